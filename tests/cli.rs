//! The client as a user runs it: the built binary against an in-process server, with its own
//! `XDG_CONFIG_HOME`. `init` pins the certificate, later commands trust the pin, and failures
//! have the documented exit codes (0 ok, 1 error, 2 usage, 3 authentication failed, 4 not
//! found).

use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::Output;

use mothership::client::config::ClientConfig;
use mothership::protocol::Info;

use crate::helper::cli::{mothership, stderr_of, stdout_of};
use crate::helper::{PASSWORD, TestServer, USER};

/// A client's home: `XDG_CONFIG_HOME` for the runs of one test.
struct Home {
    tmp: tempfile::TempDir,
}

impl Home {
    fn new() -> Self {
        Home {
            tmp: tempfile::tempdir().expect("tempdir"),
        }
    }

    fn client_yaml(&self) -> PathBuf {
        self.tmp.path().join("mothership").join("client.yaml")
    }

    fn saved(&self) -> ClientConfig {
        ClientConfig::load(&self.client_yaml()).expect("load client.yaml")
    }

    /// Runs `mothership <args>` off the async threads (the server runs on them).
    async fn run(&self, args: &[&str], stdin: &str) -> Output {
        let mut cmd = mothership(self.tmp.path());
        cmd.args(args).write_stdin(stdin.to_owned());
        tokio::task::spawn_blocking(move || cmd.output().expect("run mothership"))
            .await
            .expect("join")
    }

    /// `mothership init` against `server` with its fingerprint and the test user.
    async fn init(&self, server: &TestServer, fingerprint: &str, password: &str) -> Output {
        self.run(
            &[
                "init",
                "--host",
                &server.url,
                "--username",
                USER,
                "--fingerprint",
                fingerprint,
                "--password-stdin",
            ],
            &format!("{password}\n"),
        )
        .await
    }
}

fn fingerprint_of(cert: &Path) -> String {
    mothership::tlsutil::fingerprint(
        mothership::tlsutil::certs_from_pem(&std::fs::read(cert).expect("read cert"))
            .expect("parse cert")[0]
            .as_ref(),
    )
}

fn code(out: &Output) -> Option<i32> {
    out.status.code()
}

/// Asserts an exit code, showing the output when it differs.
fn assert_code(out: &Output, want: i32) {
    assert_eq!(
        code(out),
        Some(want),
        "stdout:\n{}\nstderr:\n{}",
        stdout_of(out),
        stderr_of(out)
    );
}

#[tokio::test]
async fn init_pins_the_certificate_and_info_then_needs_no_flags() {
    let server = TestServer::start().await;
    let home = Home::new();
    let fp = fingerprint_of(&server.cert_path());
    // Typed lowercase and without colons: still the same fingerprint.
    let typed = fp.replace(':', "").to_lowercase();
    let out = home.init(&server, &typed, PASSWORD).await;
    assert_code(&out, 0);
    assert!(stderr_of(&out).contains(&fp), "shows the fingerprint");

    let mode = std::fs::metadata(home.client_yaml())
        .expect("client.yaml written")
        .permissions()
        .mode()
        & 0o777;
    assert_eq!(mode, 0o600, "client.yaml holds a password");
    let saved = home.saved();
    assert_eq!(saved.host.as_deref(), Some(server.url.as_str()));
    assert_eq!(saved.username.as_deref(), Some(USER));
    assert_eq!(saved.password.as_deref(), Some(PASSWORD));
    assert_eq!(saved.fingerprint.as_deref(), Some(fp.as_str()));

    // No --host, no credentials, no --insecure or --cacert: the pin is trusted.
    let out = home.run(&["info"], "").await;
    assert_code(&out, 0);
    let table = stdout_of(&out);
    assert!(table.contains("Name:"), "{table}");
    assert!(table.contains("mothership"), "{table}");
    assert!(table.contains(&server.url), "{table}");

    let out = home.run(&["info", "-o", "json"], "").await;
    assert_code(&out, 0);
    let info: Info = serde_json::from_slice(&out.stdout).expect("info -o json parses");
    assert_eq!(info.name, "mothership");
    assert_eq!(info.api_version, "v1");
    assert_eq!(info.version, env!("CARGO_PKG_VERSION"));

    let out = home.run(&["info", "-o", "yaml"], "").await;
    assert_code(&out, 0);
    assert!(stdout_of(&out).contains("api_version: v1"));
    let out = home.run(&["info", "-o", "id"], "").await;
    assert_code(&out, 0);
    assert_eq!(stdout_of(&out), "mothership\n");
}

#[tokio::test]
async fn a_wrong_fingerprint_is_refused_and_nothing_is_saved() {
    let server = TestServer::start().await;
    let home = Home::new();
    let wrong = "AB:".repeat(31) + "AB";
    let out = home.init(&server, &wrong, PASSWORD).await;
    assert_code(&out, 1);
    let err = stderr_of(&out);
    assert!(err.contains("does not match"), "{err}");
    assert!(err.contains(&fingerprint_of(&server.cert_path())), "{err}");
    assert!(!home.client_yaml().exists(), "saved despite a wrong pin");

    let out = home.init(&server, "not-hex", PASSWORD).await;
    assert_code(&out, 1);
    assert!(
        stderr_of(&out).contains("--fingerprint"),
        "{}",
        stderr_of(&out)
    );
    assert!(!home.client_yaml().exists());
}

#[tokio::test]
async fn init_without_a_terminal_needs_a_fingerprint_or_yes() {
    let server = TestServer::start().await;
    let home = Home::new();
    let fp = fingerprint_of(&server.cert_path());
    let base = [
        "init",
        "--host",
        &server.url,
        "--username",
        USER,
        "--password-stdin",
    ];
    let out = home.run(&base, &format!("{PASSWORD}\n")).await;
    assert_code(&out, 1);
    // It says what to pass, with the fingerprint to check.
    assert!(stderr_of(&out).contains(&fp), "{}", stderr_of(&out));
    assert!(!home.client_yaml().exists());

    let mut with_yes = base.to_vec();
    with_yes.push("--yes");
    let out = home.run(&with_yes, &format!("{PASSWORD}\n")).await;
    assert_code(&out, 0);
    assert_eq!(home.saved().fingerprint.as_deref(), Some(fp.as_str()));
}

#[tokio::test]
async fn init_with_a_wrong_password_is_exit_3_and_saves_nothing() {
    let server = TestServer::start().await;
    let home = Home::new();
    let fp = fingerprint_of(&server.cert_path());
    let out = home.init(&server, &fp, "not-the-password").await;
    assert_code(&out, 3);
    assert!(!home.client_yaml().exists());
}

#[tokio::test]
async fn a_changed_server_certificate_is_refused_with_a_hint_to_rerun_init() {
    let server = TestServer::start().await;
    let home = Home::new();
    let out = home
        .init(&server, &fingerprint_of(&server.cert_path()), PASSWORD)
        .await;
    assert_code(&out, 0);

    // Same address, new certificate: a fresh pair is generated at restart.
    let (dir, config) = server.stop().await;
    std::fs::remove_file(&config.certfile).expect("rm cert");
    std::fs::remove_file(&config.keyfile).expect("rm key");
    let server = TestServer::start_in(dir, config).await;
    // The fixture binds a new port; point the saved host at it, keeping the old pin.
    let mut saved = home.saved();
    saved.host = Some(server.url.clone());
    saved.save(&home.client_yaml()).expect("save");

    let out = home.run(&["info"], "").await;
    assert_code(&out, 1);
    let err = stderr_of(&out);
    assert!(err.contains("mothership init"), "{err}");
    assert!(err.contains(&fingerprint_of(&server.cert_path())), "{err}");
    assert!(err.contains(&saved.fingerprint.expect("pin")), "{err}");
    assert!(err.contains("refusing"), "{err}");

    // Running init again with the new fingerprint fixes it.
    let out = home
        .init(&server, &fingerprint_of(&server.cert_path()), PASSWORD)
        .await;
    assert_code(&out, 0);
    assert_code(&home.run(&["info"], "").await, 0);
}

#[tokio::test]
async fn exit_codes_for_auth_server_down_and_usage() {
    let server = TestServer::start().await;
    let home = Home::new();
    let cert = server.cert_path();
    let cert = cert.to_str().expect("utf-8 path");

    // Flags alone, trusting the certificate file: 0.
    let ok = home
        .run(
            &[
                "info",
                "--host",
                &server.url,
                "--cacert",
                cert,
                "--username",
                USER,
                "--password",
                PASSWORD,
            ],
            "",
        )
        .await;
    assert_code(&ok, 0);

    // Wrong password: 3, with the server's sentence and hint.
    let out = home
        .run(
            &[
                "info",
                "--host",
                &server.url,
                "--cacert",
                cert,
                "--username",
                USER,
                "--password",
                "nope",
            ],
            "",
        )
        .await;
    assert_code(&out, 3);
    let err = stderr_of(&out);
    assert!(err.contains("wrong user name or password"), "{err}");
    assert!(err.contains("hint:"), "{err}");

    // No credentials at all: 3 too.
    let out = home
        .run(&["info", "--host", &server.url, "--cacert", cert], "")
        .await;
    assert_code(&out, 3);

    // Credentials from the environment.
    let mut cmd = mothership(home.tmp.path());
    cmd.args(["info", "--host", &server.url, "--cacert", cert])
        .env("MOTHERSHIP_USERNAME", USER)
        .env("MOTHERSHIP_PASSWORD", PASSWORD);
    let out = tokio::task::spawn_blocking(move || cmd.output().expect("run"))
        .await
        .expect("join");
    assert_code(&out, 0);

    // A self-signed server not pinned and not trusted: 1, pointing at init.
    let out = home
        .run(
            &[
                "info",
                "--host",
                &server.url,
                "--username",
                USER,
                "--password",
                PASSWORD,
            ],
            "",
        )
        .await;
    assert_code(&out, 1);
    let err = stderr_of(&out);
    assert!(err.contains("mothership init"), "{err}");
    // One sentence and a hint, no log lines from the TLS stack around them.
    assert!(
        err.lines()
            .all(|l| l.starts_with("error: ") || l.starts_with("  hint: ")),
        "{err}"
    );

    // --insecure gets through.
    let out = home
        .run(
            &[
                "info",
                "--host",
                &server.url,
                "--insecure",
                "--username",
                USER,
                "--password",
                PASSWORD,
            ],
            "",
        )
        .await;
    assert_code(&out, 0);

    // Usage errors: 2.
    assert_code(&home.run(&["info", "--no-such-flag"], "").await, 2);
    assert_code(&home.run(&["no-such-command"], "").await, 2);
    assert_code(&home.run(&["info", "-o", "xml"], "").await, 2);

    // Server down: 1, saying where it tried and what to check.
    let closed = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
        l.local_addr().expect("addr").port()
    };
    let host = format!("https://127.0.0.1:{closed}");
    let out = home
        .run(
            &[
                "info",
                "--host",
                &host,
                "--username",
                USER,
                "--password",
                PASSWORD,
            ],
            "",
        )
        .await;
    assert_code(&out, 1);
    let err = stderr_of(&out);
    assert!(err.contains(&host), "{err}");
    assert!(err.contains("mothership serve"), "{err}");
}

#[tokio::test]
async fn not_found_is_exit_4() {
    let home = Home::new();
    let file = home.tmp.path().join("users");
    let file = file.to_str().expect("utf-8 path");
    let out = home
        .run(
            &[
                "htpasswd",
                "add",
                "alice",
                "--password-stdin",
                "--cost",
                "4",
                "--file",
                file,
            ],
            "pw\n",
        )
        .await;
    assert_code(&out, 0);
    let out = home
        .run(&["htpasswd", "delete", "bob", "--file", file], "")
        .await;
    assert_code(&out, 4);
    assert!(stderr_of(&out).contains("bob"), "{}", stderr_of(&out));
}

#[tokio::test]
async fn plain_http_servers_need_no_pin() {
    let server = TestServer::start_with(|c| c.server_tls = false).await;
    let home = Home::new();
    let out = home
        .run(
            &[
                "init",
                "--host",
                &server.url,
                "--username",
                USER,
                "--password-stdin",
            ],
            &format!("{PASSWORD}\n"),
        )
        .await;
    assert_code(&out, 0);
    assert_eq!(home.saved().fingerprint, None);
    assert_code(&home.run(&["info"], "").await, 0);
}

#[tokio::test]
async fn client_flags_go_before_or_after_the_subcommand() {
    let server = TestServer::start().await;
    let home = Home::new();
    let cert = server.cert_path();
    let cert = cert.to_str().expect("utf-8 path");
    let flags = [
        "--host",
        &server.url,
        "--cacert",
        cert,
        "--username",
        USER,
        "--password",
        PASSWORD,
        "-o",
        "id",
    ];
    let before: Vec<&str> = flags.iter().copied().chain(["info"]).collect();
    let after: Vec<&str> = ["info"].into_iter().chain(flags).collect();
    let split: Vec<&str> = flags[..4]
        .iter()
        .copied()
        .chain(["images", "list"])
        .chain(flags[4..].iter().copied())
        .collect();
    for args in [&before, &after] {
        let out = home.run(args, "").await;
        assert_code(&out, 0);
        assert_eq!(stdout_of(&out), "mothership\n", "{args:?}");
    }
    assert_code(&home.run(&split, "").await, 0);

    // A flag beats the environment wherever it is given.
    for args in [&before, &after] {
        let mut cmd = mothership(home.tmp.path());
        cmd.args(args.iter())
            .env("MOTHERSHIP_HOST", "https://127.0.0.1:9");
        let out = tokio::task::spawn_blocking(move || cmd.output().expect("run"))
            .await
            .expect("join");
        assert_code(&out, 0);
    }
}

#[test]
fn serve_shows_and_takes_only_server_options() {
    let home = Home::new();
    let out = mothership(home.tmp.path())
        .args(["serve", "--help"])
        .output()
        .expect("run");
    let help = stdout_of(&out);
    assert!(help.contains("--serverport"), "{help}");
    for client in [
        "--host",
        "--username",
        "--password",
        "--cacert",
        "--insecure",
        "--output",
    ] {
        assert!(
            !help.contains(client),
            "serve --help shows {client}:\n{help}"
        );
    }
    // Refused after `serve` by clap, before it by us; the config file named here does not exist,
    // so a serve that got through would fail with 1, not 2.
    let missing = home.tmp.path().join("missing.yaml");
    let missing = missing.to_str().expect("utf-8 path");
    for args in [
        &["serve", "--config", missing, "--host", "h:1"][..],
        &["--host", "h:1", "serve", "--config", missing],
        &["-o", "json", "serve", "--config", missing],
    ] {
        let out = mothership(home.tmp.path())
            .args(args)
            .output()
            .expect("run");
        assert_code(&out, 2);
        let err = stderr_of(&out);
        assert!(
            err.contains("--host") || err.contains("--output"),
            "{args:?}: {err}"
        );
    }
    // The environment a client uses does not stop a server.
    let out = mothership(home.tmp.path())
        .args(["serve", "--config", missing])
        .env("MOTHERSHIP_HOST", "h:1")
        .output()
        .expect("run");
    assert_code(&out, 1);
    assert!(
        stderr_of(&out).contains("missing.yaml"),
        "{}",
        stderr_of(&out)
    );
}
