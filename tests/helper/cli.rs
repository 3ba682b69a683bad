//! Running the built `mothership` binary: a command with a private client config directory, and
//! Apache's `htpasswd` for interop checks.

use std::path::Path;

/// The built binary.
pub const BIN: &str = env!("CARGO_BIN_EXE_mothership");

/// `mothership` with `XDG_CONFIG_HOME` in `config_home` (so no real `client.yaml` is read or
/// written) and none of the `MOTHERSHIP_*` variables of the environment the tests run in.
pub fn mothership(config_home: &Path) -> assert_cmd::Command {
    let mut cmd = assert_cmd::Command::new(BIN);
    cmd.env("XDG_CONFIG_HOME", config_home)
        .env_remove("MOTHERSHIP_HOST")
        .env_remove("MOTHERSHIP_USERNAME")
        .env_remove("MOTHERSHIP_PASSWORD")
        .env_remove("MOTHERSHIP_LOG")
        .timeout(std::time::Duration::from_secs(60));
    cmd
}

/// [`mothership`] logged in to `server` (host, test user, its certificate as `--cacert`), then
/// `args`; for commands that run to the end (see [`against`] for ones a test follows).
pub fn logged_in(
    server: &super::TestServer,
    config_home: &Path,
    args: &[&str],
) -> assert_cmd::Command {
    let mut cmd = mothership(config_home);
    cmd.args(["--host", &server.url])
        .args(["--username", super::USER, "--password", super::PASSWORD])
        .arg("--cacert")
        .arg(server.cert_path())
        .args(args);
    cmd
}

/// Apache's `htpasswd` (package apache2-utils). The interop tests need it; a machine without it
/// fails them with this message rather than skipping them.
pub fn apache_htpasswd() -> std::process::Command {
    let found = std::env::var_os("PATH").is_some_and(|paths| {
        std::env::split_paths(&paths).any(|dir| dir.join("htpasswd").is_file())
    });
    assert!(
        found,
        "Apache's `htpasswd` is not installed: `apt-get install apache2-utils` (scripts/test.sh \
         installs it)"
    );
    std::process::Command::new("htpasswd")
}

/// The stdout of a finished command as text.
pub fn stdout_of(output: &std::process::Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// The stderr of a finished command as text.
pub fn stderr_of(output: &std::process::Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// `mothership ARGS` as an async command logged in to `server` (host, test user, its certificate
/// as `--cacert`), with `XDG_CONFIG_HOME` in `config_home` and none of the `MOTHERSHIP_*`
/// connection variables of the test environment. Killed if dropped before it ends.
pub fn against(
    server: &super::TestServer,
    config_home: &Path,
    args: &[&str],
) -> tokio::process::Command {
    let mut cmd = tokio::process::Command::new(BIN);
    cmd.env("XDG_CONFIG_HOME", config_home)
        .env_remove("MOTHERSHIP_HOST")
        .env_remove("MOTHERSHIP_USERNAME")
        .env_remove("MOTHERSHIP_PASSWORD")
        .args(["--host", &server.url])
        .args(["--username", super::USER, "--password", super::PASSWORD])
        .arg("--cacert")
        .arg(server.cert_path())
        .args(args)
        .kill_on_drop(true);
    cmd
}
