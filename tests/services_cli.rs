//! `mothership services push|list|pull` and `mothership build <stored service>` with the real
//! binary against an in-process server and a classic stand-in builder.

use crate::helper::TestServer;
use crate::helper::cli::{against, stderr_of, stdout_of};
use crate::helper::docker::docker_env;
use crate::services::HELLO_CMAKE;

#[tokio::test]
async fn push_skips_build_dirs_and_the_pushed_service_lists_and_builds() {
    let Some(env) = docker_env() else { return };
    let server = TestServer::start_with(|c| env.configure(c)).await;
    let home = tempfile::tempdir().expect("home");
    let src = tempfile::tempdir().expect("src");
    let dir = src.path().join("hello");
    std::fs::create_dir_all(dir.join("disk")).expect("mkdir");
    std::fs::create_dir_all(dir.join("build")).expect("mkdir");
    std::fs::write(dir.join("CMakeLists.txt"), HELLO_CMAKE).expect("write");
    std::fs::write(dir.join("service.cpp"), "int main() {}\n").expect("write");
    std::fs::write(dir.join("disk/marker.txt"), "cli marker\n").expect("write");
    std::fs::write(dir.join("build/hello"), "stale output\n").expect("write");
    let dir_arg = dir.to_string_lossy().into_owned();

    let out = against(&server, home.path(), &["services", "push", &dir_arg])
        .output()
        .await
        .expect("push");
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert!(
        stdout_of(&out).contains("Stored service hello (3 files"),
        "{}",
        stdout_of(&out)
    );

    let out = against(&server, home.path(), &["services", "list"])
        .output()
        .await
        .expect("list");
    assert!(out.status.success(), "{}", stderr_of(&out));
    let listed = stdout_of(&out);
    assert!(
        listed
            .lines()
            .any(|l| l.starts_with("hello") && l.contains("stored")),
        "{listed}"
    );
    assert!(
        listed
            .lines()
            .any(|l| l.starts_with("Starbase") && l.contains("bundled")),
        "{listed}"
    );

    let pulled = src.path().join("pulled.tar");
    let pulled_arg = pulled.to_string_lossy().into_owned();
    let out = against(
        &server,
        home.path(),
        &["services", "pull", "hello", "-f", &pulled_arg],
    )
    .output()
    .await
    .expect("pull");
    assert!(out.status.success(), "{}", stderr_of(&out));
    let tar = std::fs::read(&pulled).expect("pulled tar");
    let names: Vec<String> = tar::Archive::new(tar.as_slice())
        .entries()
        .expect("entries")
        .map(|e| {
            e.expect("entry")
                .path()
                .expect("path")
                .display()
                .to_string()
        })
        .collect();
    assert!(!names.iter().any(|n| n.starts_with("build")), "{names:?}");

    let nacl = src.path().join("web.nacl");
    std::fs::write(&nacl, "Iface eth0 {\n  index: 0,\n  config: dhcp\n}\n").expect("write");
    let nacl_arg = nacl.to_string_lossy().into_owned();
    let builder = env.classic("v0.13.0");
    let out = against(
        &server,
        home.path(),
        &[
            "build",
            "hello",
            "--builder",
            builder,
            "--nacl-file",
            &nacl_arg,
            "-o",
            "id",
        ],
    )
    .output()
    .await
    .expect("build");
    assert!(
        out.status.success(),
        "{}\n{}",
        stdout_of(&out),
        stderr_of(&out)
    );
    let id = stdout_of(&out).trim().to_owned();
    let bytes = std::fs::read(server.config.runtime_dir.join("images").join(&id)).expect("image");
    let text = String::from_utf8_lossy(&bytes);
    assert!(text.contains("binary=hello\n"), "{text}");
    assert!(text.contains("cli marker"), "{text}");
}
