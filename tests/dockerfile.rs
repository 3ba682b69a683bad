//! The Dockerfile keeps the original Mothership's container layout: the server runs in
//! `/home/ubuntu/mothership`, so the documented `-v …:/home/ubuntu/mothership/config_files` and
//! `-v mothership_storage:/home/ubuntu/mothership/runtime_files` mounts are the ones it uses.
//! scripts/docker-seed-check.sh builds the image and runs those commands for real.

use std::path::PathBuf;

const SEED_DIR: &str = "/home/ubuntu/mothership";

fn read(name: &str) -> String {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("read {}: {e}", path.display()))
}

/// The seed's two `docker run` lines against the image the Dockerfile makes (its runtime stage
/// with the binary under test on top, as its last stage does with the one it compiles), on the
/// private engine: the mounted config_files/ is used (a user of its .htpasswd logs in over its
/// cert.pem, its config.yaml names the server), state lands in the named volume and a second
/// container finds it there, no anonymous volume appears, and a container without the mounts
/// warns. The checks themselves are scripts/docker-seed-check.sh.
#[test]
fn the_seeds_docker_run_lines_use_the_mounted_config_and_the_named_volume() {
    if crate::helper::docker::docker_env().is_none() {
        return;
    }
    let base = std::process::Command::new("docker")
        .args(["image", "inspect", "debian:bookworm-slim"])
        .output()
        .expect("run docker");
    assert!(
        base.status.success(),
        "the engine has no debian:bookworm-slim for the Dockerfile's runtime stage: scripts/test.sh \
         makes one with `scripts/dockerfile-standins.sh DIR debian` (run it by hand for cargo test)"
    );
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let out = std::process::Command::new(root.join("scripts/docker-seed-check.sh"))
        .args(["--prebuilt", env!("CARGO_BIN_EXE_mothership")])
        // The private engine's containers have no network of their own.
        .env("SEED_CHECK_NETWORK", "host")
        .env(
            "SEED_CHECK_VOLUME",
            format!("seed-check-{}", std::process::id()),
        )
        .output()
        .expect("run docker-seed-check.sh");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success(),
        "docker-seed-check.sh failed:\n{stderr}"
    );
    assert!(
        stderr.contains("OK: the seed's docker run lines use the mounted config_files"),
        "{stderr}"
    );
}

#[test]
fn the_docs_give_the_seeds_docker_run_lines() {
    for (name, text) in [
        ("README.md", read("README.md")),
        ("Dockerfile", read("Dockerfile")),
    ] {
        for mount in [
            format!("-v $PWD/config_files:{SEED_DIR}/config_files"),
            format!("-v mothership_storage:{SEED_DIR}/runtime_files"),
        ] {
            assert!(text.contains(&mount), "{name} lacks `{mount}`");
        }
    }
}
