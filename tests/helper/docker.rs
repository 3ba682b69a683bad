//! The Docker test environment: a real engine (`DOCKER_HOST`) and a real registry
//! (`MOTHERSHIP_TEST_REGISTRY`), both started by `scripts/docker-test-env.sh`, and the test builder
//! images `scripts/make-test-builders.sh` (our own contract) and `scripts/make-classic-builders.sh`
//! (stand-ins of the published IncludeOS images) make. Tests that need them FAIL when they are missing
//! (a skipped test would pass for a broken feature), unless MOTHERSHIP_SKIP_DOCKER_TESTS=1.

use std::path::PathBuf;
use std::process::Command;
use std::sync::OnceLock;

use mothership::server::ServerConfig;

const HOW_TO: &str = "the builder tests need a Docker engine and a registry: run\n  \
     eval \"$(scripts/docker-test-env.sh start)\"\nbefore `cargo test` (and \
     `scripts/docker-test-env.sh stop` afterwards), or set MOTHERSHIP_SKIP_DOCKER_TESTS=1 to skip \
     them";

/// The environment, and the two builders every test may use (pushed to `includeos/builder`).
pub struct DockerEnv {
    pub docker_host: String,
    pub registry: String,
    pub repository: String,
    /// (version, short id) of the shared test builders, oldest version first.
    pub builders: Vec<(String, String)>,
    /// (version, short id) of the shared stand-ins of the published images: v0.13.0 (classic,
    /// `IncludeOS_builder`), v0.14.1 (classic, `IncludeOS builder`, a sentence as vcs-ref, no
    /// build-date), v0.15.1 (Conan-based).
    pub classic: Vec<(String, String)>,
}

impl DockerEnv {
    /// The id of the newest shared builder.
    pub fn builder(&self) -> &str {
        &self.builders[self.builders.len() - 1].1
    }

    /// The id of the shared stand-in of the published image of `version`.
    pub fn classic(&self, version: &str) -> &str {
        &self
            .classic
            .iter()
            .find(|(v, _)| v == version)
            .unwrap_or_else(|| panic!("no classic test builder {version}"))
            .1
    }

    /// Points a server configuration at this engine and registry.
    pub fn configure(&self, config: &mut ServerConfig) {
        config.docker_host = Some(self.docker_host.clone());
        config.dockerhub_url = format!("http://{}", self.registry);
        config.dockerhub_repository = self.repository.clone();
    }

    /// Removes the engine's tags of `repository:version` (the made one and the registry's), so
    /// that preparing that bob really pulls it from the registry.
    pub async fn forget_local(&self, repository: &str, version: &str) {
        let docker = self.docker().await;
        for tag in [
            format!("{repository}:{version}"),
            format!("{}/{repository}:{version}", self.registry),
        ] {
            docker
                .remove_image(
                    &tag,
                    // Forced: another test's container may run the same image (identical
                    // stand-ins share their ID); this only takes the tag away.
                    Some(
                        bollard::query_parameters::RemoveImageOptionsBuilder::new()
                            .force(true)
                            .build(),
                    ),
                    None,
                )
                .await
                .unwrap_or_else(|e| panic!("untag the local copy {tag}: {e}"));
        }
    }

    /// A bollard client for checks the API does not offer (containers left behind...).
    pub async fn docker(&self) -> bollard::Docker {
        let path = self
            .docker_host
            .strip_prefix("unix://")
            .expect("a unix:// DOCKER_HOST");
        bollard::Docker::connect_with_unix(path, 60, bollard::API_DEFAULT_VERSION)
            .expect("docker client")
            .negotiate_version()
            .await
            .expect("negotiate with the test engine")
    }

    /// The unix socket path of the engine.
    pub fn socket(&self) -> PathBuf {
        PathBuf::from(self.docker_host.trim_start_matches("unix://"))
    }
}

/// `None` when told to skip; panics with instructions when the environment is missing.
pub fn docker_env() -> Option<&'static DockerEnv> {
    if std::env::var("MOTHERSHIP_SKIP_DOCKER_TESTS").as_deref() == Ok("1") {
        eprintln!("skipping a Docker test: MOTHERSHIP_SKIP_DOCKER_TESTS=1");
        return None;
    }
    static ENV: OnceLock<DockerEnv> = OnceLock::new();
    Some(ENV.get_or_init(|| {
        let docker_host = std::env::var("DOCKER_HOST")
            .ok()
            .filter(|h| h.starts_with("unix://"))
            .unwrap_or_else(|| panic!("DOCKER_HOST is not set to a unix:// socket: {HOW_TO}"));
        let registry = std::env::var("MOTHERSHIP_TEST_REGISTRY")
            .unwrap_or_else(|_| panic!("MOTHERSHIP_TEST_REGISTRY is not set: {HOW_TO}"));
        let repository = "includeos/builder".to_owned();
        let out = make_builders(&registry, &repository, &["v0.14.2", "v0.15.0"], true);
        let classic = make_classic_builders(
            &registry,
            &repository,
            &["v0.13.0", "v0.14.1", "v0.15.1"],
            true,
        );
        DockerEnv {
            docker_host,
            registry,
            repository,
            builders: out,
            classic,
        }
    }))
}

/// Runs `scripts/make-test-builders.sh`; returns (version, short id) per version.
pub fn make_builders(
    registry: &str,
    repository: &str,
    versions: &[&str],
    push: bool,
) -> Vec<(String, String)> {
    run_script(
        "scripts/make-test-builders.sh",
        registry,
        repository,
        versions,
        push,
    )
}

/// Runs `scripts/make-classic-builders.sh` (stand-ins of the published images); returns
/// (version, short id) per version.
pub fn make_classic_builders(
    registry: &str,
    repository: &str,
    versions: &[&str],
    push: bool,
) -> Vec<(String, String)> {
    run_script(
        "scripts/make-classic-builders.sh",
        registry,
        repository,
        versions,
        push,
    )
}

/// Runs an image-making script (`--registry R --repo REPO [--no-push] VERSION...`); returns
/// (version, short id) per `REPO:VERSION sha256:ID` line it prints.
fn run_script(
    script: &str,
    registry: &str,
    repository: &str,
    versions: &[&str],
    push: bool,
) -> Vec<(String, String)> {
    let script = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(script);
    let mut cmd = Command::new(&script);
    cmd.args(["--registry", registry, "--repo", repository]);
    if !push {
        cmd.arg("--no-push");
    }
    cmd.args(versions);
    let out = cmd
        .output()
        .unwrap_or_else(|e| panic!("cannot run {}: {e}", script.display()));
    assert!(
        out.status.success(),
        "{} failed ({}): {}\n{HOW_TO}",
        script.display(),
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    stdout
        .lines()
        .map(|line| {
            let (reference, id) = line.split_once(' ').expect("`REPO:TAG sha256:ID` lines");
            let version = reference.rsplit(':').next().unwrap_or_default().to_owned();
            let id = id.trim().trim_start_matches("sha256:")[..12].to_owned();
            (version, id)
        })
        .collect()
}

/// A name no other test (or earlier run) uses.
pub fn unique(prefix: &str) -> String {
    use std::sync::atomic::{AtomicU32, Ordering};
    static N: AtomicU32 = AtomicU32::new(0);
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.subsec_nanos())
        .unwrap_or(0);
    format!(
        "{prefix}{}x{}x{}",
        std::process::id(),
        nanos,
        N.fetch_add(1, Ordering::Relaxed)
    )
}
