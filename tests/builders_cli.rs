//! The builder subcommands of the real binary against an in-process server and a real engine.

use assert_cmd::Command;

use crate::helper::TestServer;
use crate::helper::cli::logged_in;
use crate::helper::docker::docker_env;

/// The CLI against one server, with a private client configuration directory.
struct Cli<'a> {
    xdg: tempfile::TempDir,
    server: &'a TestServer,
}

impl<'a> Cli<'a> {
    fn new(server: &'a TestServer) -> Self {
        Cli {
            xdg: tempfile::tempdir().expect("tempdir"),
            server,
        }
    }

    fn cmd(&self, args: &[&str]) -> Command {
        let mut cmd = logged_in(self.server, self.xdg.path(), args);
        cmd.timeout(std::time::Duration::from_secs(120));
        cmd
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn build_prints_the_image_id_last_and_fails_with_the_build() {
    let Some(env) = docker_env() else { return };
    let server = TestServer::start_with(|c| env.configure(c)).await;
    let cli = Cli::new(&server);
    let dir = tempfile::tempdir().expect("tempdir");
    let good = dir.path().join("good.nacl");
    let bad = dir.path().join("bad.nacl");
    std::fs::write(&good, "Iface eth0 {\n  index: 0,\n  config: dhcp\n}\n").expect("write");
    std::fs::write(&bad, "FAIL\n").expect("write");
    let builder = env.builder().to_owned();

    let good_path = good.to_string_lossy().into_owned();
    let cmd_args = [
        "build",
        "Starbase",
        "--builder",
        &builder,
        "--nacl-file",
        &good_path,
        "--tag",
        "cli",
    ];
    let mut cmd = cli.cmd(&cmd_args);
    let out = tokio::task::spawn_blocking(move || cmd.output().expect("run"))
        .await
        .expect("join");
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(
        out.status.success(),
        "{stdout}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        stdout.contains("building Starbase"),
        "the log is streamed: {stdout}"
    );
    let last = stdout.lines().last().expect("a last line");
    assert_eq!(last.len(), 40, "the image id comes last: {stdout}");
    assert!(server.config.runtime_dir.join("images").join(last).exists());

    let bad_path = bad.to_string_lossy().into_owned();
    let mut cmd = cli.cmd(&[
        "build",
        "Starbase",
        "--builder",
        &builder,
        "--nacl-file",
        &bad_path,
    ]);
    let out = tokio::task::spawn_blocking(move || cmd.output().expect("run"))
        .await
        .expect("join");
    // Not NaCl at all: the build fails at once, before any container, naming the line.
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("failed") && stderr.contains("the NaCl is not valid"),
        "{stderr}"
    );
    assert!(stderr.contains("nacl.txt:2:1:"), "{stderr}");

    // --detach prints the build id at once.
    let mut cmd = cli.cmd(&[
        "build",
        "Starbase",
        "--builder",
        &builder,
        "--nacl-file",
        &good_path,
        "--detach",
    ]);
    let out = tokio::task::spawn_blocking(move || cmd.output().expect("run"))
        .await
        .expect("join");
    assert!(out.status.success());
    let id = String::from_utf8_lossy(&out.stdout).trim().to_owned();
    assert_eq!(id.len(), 16, "{id}");
    crate::builds::wait_build(&server, &id).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn validate_prints_file_line_col_and_exits_1_when_invalid() {
    let Some(env) = docker_env() else { return };
    let server = TestServer::start_with(|c| env.configure(c)).await;
    let cli = Cli::new(&server);
    let dir = tempfile::tempdir().expect("tempdir");
    let bad = dir.path().join("bad.nacl");
    std::fs::write(&bad, "x {\n ERROR\n").expect("write");
    let bad_path = bad.to_string_lossy().into_owned();
    let builder = env.builder().to_owned();
    let mut cmd = cli.cmd(&["validate", &bad_path, "--builder", &builder]);
    let out = tokio::task::spawn_blocking(move || cmd.output().expect("run"))
        .await
        .expect("join");
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.contains(&format!("{bad_path}:2:2: unexpected ERROR token")),
        "{stdout}"
    );
    assert!(
        stdout.contains(&format!("{bad_path}:1:3: unclosed brace")),
        "{stdout}"
    );

    let good = dir.path().join("good.nacl");
    std::fs::write(&good, "x {\n}\n").expect("write");
    let good_path = good.to_string_lossy().into_owned();
    let mut cmd = cli.cmd(&["validate", &good_path, "--builder", &builder]);
    let out = tokio::task::spawn_blocking(move || cmd.output().expect("run"))
        .await
        .expect("join");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );

    // Stored NaCls, by name and by id; errors are reported under the NaCl's name.
    let mut ids = Vec::new();
    for (name, content) in [("broken", "x {\n ERROR\n"), ("fine", "x {\n}\n")] {
        let r = server
            .request(reqwest::Method::POST, "/v1/nacls?force=true")
            .json(&serde_json::json!({"name": name, "content": content}))
            .send()
            .await
            .expect("create nacl");
        assert_eq!(r.status(), 201);
        let doc: mothership::protocol::documents::Document = r.json().await.expect("json");
        ids.push(doc.id);
    }
    let mut cmd = cli.cmd(&["validate", "broken", "--builder", &builder]);
    let out = tokio::task::spawn_blocking(move || cmd.output().expect("run"))
        .await
        .expect("join");
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.contains("broken:2:2: unexpected ERROR token")
            && stdout.contains("broken:1:3: unclosed brace"),
        "{stdout}"
    );
    let mut cmd = cli.cmd(&["validate", &ids[1], "--builder", &builder]);
    let out = tokio::task::spawn_blocking(move || cmd.output().expect("run"))
        .await
        .expect("join");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stderr).contains("fine: valid"));
    let mut cmd = cli.cmd(&["validate", "no-such-nacl", "--builder", &builder]);
    let out = tokio::task::spawn_blocking(move || cmd.output().expect("run"))
        .await
        .expect("join");
    assert_eq!(out.status.code(), Some(4), "not found exits 4");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("no-such-nacl is neither a file nor a stored NaCl"),
        "{stderr}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn providers_bobs_and_builders_commands() {
    let Some(env) = docker_env() else { return };
    let server = TestServer::start_with(|c| env.configure(c)).await;
    let cli = Cli::new(&server);
    let mut cmd = cli.cmd(&["bobproviders", "update", "DockerHub"]);
    let out = tokio::task::spawn_blocking(move || cmd.output().expect("run"))
        .await
        .expect("join");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let mut cmd = cli.cmd(&["bobs", "list", "DockerHub", "-o", "id"]);
    let out = tokio::task::spawn_blocking(move || cmd.output().expect("run"))
        .await
        .expect("join");
    let ids = String::from_utf8_lossy(&out.stdout).into_owned();
    for (_, id) in &env.builders {
        assert!(ids.lines().any(|l| l == id), "{ids}");
    }
    let builder = env.builder().to_owned();
    let mut cmd = cli.cmd(&["bobs", "prepare", "DockerHub", &builder]);
    let out = tokio::task::spawn_blocking(move || cmd.output().expect("run"))
        .await
        .expect("join");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains(&format!("Prepared builder {builder}")));
    let mut cmd = cli.cmd(&["builders", "inspect", &builder]);
    let out = tokio::task::spawn_blocking(move || cmd.output().expect("run"))
        .await
        .expect("join");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("Services:") && text.contains("Starbase"),
        "{text}"
    );
    let mut cmd = cli.cmd(&["builders", "inspect", "ffffffffffff"]);
    let out = tokio::task::spawn_blocking(move || cmd.output().expect("run"))
        .await
        .expect("join");
    assert_eq!(out.status.code(), Some(4), "not found exits 4");
}

/// `builders delete -o id` printed the "Deleted builder" sentence instead of the ID.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn builders_delete_o_id_prints_only_the_id() {
    let Some(env) = docker_env() else { return };
    let repo = crate::helper::docker::unique("mstest/clidelete");
    let made = crate::helper::docker::make_builders(&env.registry, &repo, &["v9.9.8"], false);
    let id = made[0].1.clone();
    let server = TestServer::start_with(|c| env.configure(c)).await;
    let cli = Cli::new(&server);
    let mut cmd = cli.cmd(&["builders", "delete", &id, "-o", "id"]);
    let out = tokio::task::spawn_blocking(move || cmd.output().expect("run"))
        .await
        .expect("join");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(String::from_utf8_lossy(&out.stdout), format!("{id}\n"));
}

/// The seed's workflow with a published-style builder: inspect shows the contract and unknown
/// labels, `build Starbase` streams the image's own make and prints the image id, `validate`
/// prints NaCl.py's errors as FILE:LINE:COL with columns from 1.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn classic_builder_inspect_build_and_validate() {
    let Some(env) = docker_env() else { return };
    let server = TestServer::start_with(|c| env.configure(c)).await;
    let cli = Cli::new(&server);
    let builder = env.classic("v0.14.1").to_owned();
    let run = |args: Vec<String>| {
        let mut cmd = cli.cmd(&args.iter().map(String::as_str).collect::<Vec<_>>());
        async move {
            tokio::task::spawn_blocking(move || cmd.output().expect("run"))
                .await
                .expect("join")
        }
    };
    let args = |a: &[&str]| a.iter().map(|s| (*s).to_owned()).collect::<Vec<String>>();

    let out = run(args(&["builders", "inspect", &builder])).await;
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{text}");
    assert!(
        text.contains("Contract:") && text.contains("classic"),
        "{text}"
    );
    assert!(
        text.contains("VCS ref:") && text.contains("unknown"),
        "{text}"
    );
    assert!(!text.contains("Check file"), "{text}");

    let dir = tempfile::tempdir().expect("tempdir");
    let good = dir.path().join("good.nacl");
    std::fs::write(&good, "Iface eth0 {\n  index: 0,\n  config: dhcp\n}\n").expect("write");
    let good_path = good.to_string_lossy().into_owned();
    let out = run(args(&[
        "build",
        "Starbase",
        "--builder",
        &builder,
        "--nacl-file",
        &good_path,
    ]))
    .await;
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(
        out.status.success(),
        "{stdout}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        stdout.contains("[100%] Linking CXX executable starbase"),
        "the builder's own make is streamed: {stdout}"
    );
    let last = stdout.lines().last().expect("a last line");
    assert_eq!(last.len(), 40, "the image id comes last: {stdout}");
    // Built for the default (https) uplink: inspect says which certificate it trusts.
    let out = run(args(&["images", "inspect", last])).await;
    let text = String::from_utf8_lossy(&out.stdout);
    let pem = std::fs::read(&server.config.certfile).expect("server cert");
    let der = openssl::x509::X509::from_pem(&pem)
        .and_then(|c| c.to_der())
        .expect("certificate");
    let fingerprint = mothership::tlsutil::fingerprint(&der);
    assert!(
        text.contains(&format!("{fingerprint} (the uplink's certificate)")),
        "{text}"
    );

    let bad = dir.path().join("bad.nacl");
    std::fs::write(&bad, "Iface eth0 {\n  ERROR\n").expect("write");
    let bad_path = bad.to_string_lossy().into_owned();
    let out = run(args(&["validate", &bad_path, "--builder", &builder])).await;
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.contains(&format!("{bad_path}:2:3: extraneous input 'ERROR'")),
        "{stdout}"
    );
    assert!(
        stdout.contains(&format!("{bad_path}:1:12: missing '}}' at '<EOF>'")),
        "{stdout}"
    );
    let out = run(args(&["validate", &good_path, "--builder", &builder])).await;
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}
