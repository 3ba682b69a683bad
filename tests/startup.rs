//! `mothership serve` as a real process: configuration precedence, the first run on a bare
//! machine, `--clean`, start-up errors that name what is wrong, and SIGTERM.

use std::os::unix::fs::PermissionsExt;
use std::time::{Duration, Instant};

use mothership::protocol::Info;

use crate::helper::process::{ServeDirs, ServeProcess, client_trusting, serve_fails};

/// The name `/v1/info` reports, with auth off.
async fn reported_name(dirs: &ServeDirs, port: u16) -> String {
    let client = client_trusting(&dirs.config_dir().join("cert.pem"));
    let info: Info = client
        .get(format!("https://127.0.0.1:{port}/v1/info"))
        .send()
        .await
        .expect("GET /v1/info")
        .json()
        .await
        .expect("info body");
    info.name
}

async fn name_with(dirs: &ServeDirs, env: Option<&str>, flag: Option<&str>) -> String {
    let mut cmd = dirs.command();
    cmd.args(["--serverauth", "none"]);
    if let Some(v) = env {
        cmd.env("MOTHERSHIP_NAME", v);
    }
    if let Some(v) = flag {
        cmd.args(["--name", v]);
    }
    let mut server = ServeProcess::spawn(cmd);
    let port = server.wait_ready();
    reported_name(dirs, port).await
}

#[tokio::test]
async fn flag_beats_environment_beats_config_file_beats_default() {
    let dirs = ServeDirs::new();
    assert_eq!(name_with(&dirs, None, None).await, "mothership");
    std::fs::write(
        dirs.config_dir().join("config.yaml"),
        "# written by the test\nname: from-file\n",
    )
    .expect("write config.yaml");
    assert_eq!(name_with(&dirs, None, None).await, "from-file");
    assert_eq!(name_with(&dirs, Some("from-env"), None).await, "from-env");
    assert_eq!(
        name_with(&dirs, Some("from-env"), Some("from-flag")).await,
        "from-flag"
    );
}

#[tokio::test]
async fn config_file_settings_apply_and_a_flag_overrides_them() {
    let dirs = ServeDirs::new();
    std::fs::create_dir_all(dirs.config_dir()).expect("mkdir");
    let other = dirs.tmp.path().join("elsewhere.yaml");
    std::fs::write(&other, "noservertls: true\nserverauth: none\nname: other\n").expect("write");

    // --config names a file outside the config directory; it turns TLS off.
    let mut cmd = dirs.command();
    cmd.arg("--config").arg(&other);
    let mut server = ServeProcess::spawn(cmd);
    let port = server.wait_ready();
    assert!(
        server
            .output
            .iter()
            .any(|l| l.contains("Setting up server without TLS")),
        "{:#?}",
        server.output
    );
    mothership::client::install_crypto_provider();
    let info: Info = reqwest::get(format!("http://127.0.0.1:{port}/v1/info"))
        .await
        .expect("plain GET")
        .json()
        .await
        .expect("info");
    assert_eq!(info.name, "other");
    drop(server);

    // The environment turns it back on over the file.
    let mut cmd = dirs.command();
    cmd.arg("--config")
        .arg(&other)
        .env("MOTHERSHIP_NOSERVERTLS", "false");
    let mut server = ServeProcess::spawn(cmd);
    let port = server.wait_ready();
    assert_eq!(reported_name(&dirs, port).await, "other");
}

#[test]
fn an_unknown_key_stops_startup_naming_key_file_and_known_keys() {
    let dirs = ServeDirs::new();
    std::fs::create_dir_all(dirs.config_dir()).expect("mkdir");
    let file = dirs.config_dir().join("config.yaml");
    std::fs::write(&file, "name: x\nservreport: 8080\n").expect("write");
    let (code, output) = serve_fails(dirs.command());
    assert_eq!(code, Some(1), "{output}");
    assert!(output.contains("servreport"), "{output}");
    assert!(
        output.contains(&file.display().to_string()),
        "names the file: {output}"
    );
    assert!(
        output.contains("serverport"),
        "lists the known keys: {output}"
    );
    // Nothing was created: the error came before any side effect.
    assert!(!dirs.config_dir().join("cert.pem").exists());

    // A --config file that does not exist is an error too (a default one may be missing).
    let mut cmd = dirs.command();
    cmd.args(["--config", "missing.yaml"]);
    let (code, output) = serve_fails(cmd);
    assert_eq!(code, Some(1), "{output}");
    assert!(output.contains("missing.yaml"), "{output}");
}

#[tokio::test]
async fn first_run_generates_a_certificate_and_an_admin_that_works() {
    let dirs = ServeDirs::new();
    let mut server = ServeProcess::spawn(dirs.command());
    let port = server.wait_ready();
    let output = server.output.join("\n");

    let cert = dirs.config_dir().join("cert.pem");
    let key = dirs.config_dir().join("key.pem");
    let mode =
        |p: &std::path::Path| std::fs::metadata(p).expect("stat").permissions().mode() & 0o777;
    assert_eq!(mode(&key), 0o600, "the key is private");
    assert_eq!(mode(&dirs.config_dir().join(".htpasswd")), 0o600);

    // The printed fingerprint is the certificate's.
    let pem = std::fs::read(&cert).expect("read cert");
    let der = mothership::tlsutil::certs_from_pem(&pem).expect("cert")[0].clone();
    let fingerprint = mothership::tlsutil::fingerprint(der.as_ref());
    assert!(
        output.contains(&format!("fingerprint: {fingerprint}")),
        "{output}"
    );

    // Valid for the names a local client uses, and RSA: the uplink port presents it to
    // instances that offer only RSA key exchange.
    let (_, parsed) = x509_parser::parse_x509_certificate(der.as_ref()).expect("x509");
    assert_eq!(
        parsed.public_key().algorithm.algorithm,
        x509_parser::oid_registry::OID_PKCS1_RSAENCRYPTION
    );
    let san = parsed
        .subject_alternative_name()
        .expect("SAN extension")
        .expect("has SANs");
    let names: Vec<String> = san
        .value
        .general_names
        .iter()
        .map(|n| match n {
            x509_parser::extensions::GeneralName::DNSName(d) => d.to_string(),
            x509_parser::extensions::GeneralName::IPAddress(ip) => match ip.len() {
                4 => std::net::Ipv4Addr::from(<[u8; 4]>::try_from(*ip).expect("v4")).to_string(),
                16 => std::net::Ipv6Addr::from(<[u8; 16]>::try_from(*ip).expect("v6")).to_string(),
                _ => format!("{ip:?}"),
            },
            other => format!("{other:?}"),
        })
        .collect();
    for want in ["localhost", "127.0.0.1", "::1"] {
        assert!(names.iter().any(|n| n == want), "{want} not in {names:?}");
    }

    // The start-up log says what it did.
    for line in [
        "1 registered user",
        "Setting up hangar (uplink) with TLS on :",
        "and AES256-SHA for IncludeOS instances",
        "Uplink certificate SHA-256 fingerprint: ",
        "Setting up server with TLS on :",
    ] {
        assert!(output.contains(line), "missing {line:?} in:\n{output}");
    }

    // The printed admin password works; the certificate verifies for localhost.
    let password = output
        .lines()
        .find_map(|l| l.split("user `admin` and password: ").nth(1))
        .unwrap_or_else(|| panic!("no admin password printed:\n{output}"))
        .trim()
        .to_owned();
    assert!(password.len() >= 16, "{password:?}");
    let client = client_trusting(&cert);
    let url = format!("https://localhost:{port}/v1/info");
    let ok = client
        .get(&url)
        .basic_auth("admin", Some(&password))
        .send()
        .await
        .expect("GET");
    assert_eq!(ok.status(), 200);
    let wrong = client
        .get(&url)
        .basic_auth("admin", Some("not-it"))
        .send()
        .await
        .expect("GET");
    assert_eq!(wrong.status(), 401);
    drop(server);

    // The second run keeps the certificate and the users, and says so no more.
    let mut server = ServeProcess::spawn(dirs.command());
    server.wait_ready();
    let second = server.output.join("\n");
    assert_eq!(std::fs::read(&cert).expect("read"), pem, "cert regenerated");
    assert!(
        second.contains(&format!("fingerprint: {fingerprint}")),
        "{second}"
    );
    assert!(!second.contains("password:"), "{second}");
    assert!(!second.contains("Generated"), "{second}");
}

#[test]
fn clean_empties_the_runtime_directory_but_not_the_config_directory() {
    let dirs = ServeDirs::new();
    let mut server = ServeProcess::spawn(dirs.command());
    server.wait_ready();
    drop(server);
    let junk = dirs.runtime_dir().join("images");
    std::fs::create_dir_all(&junk).expect("mkdir");
    std::fs::write(junk.join("blob"), "x").expect("write");
    std::fs::write(dirs.runtime_dir().join("leftover"), "x").expect("write");
    std::fs::write(dirs.config_dir().join("keep-me"), "x").expect("write");
    let config_before: Vec<_> = std::fs::read_dir(dirs.config_dir())
        .expect("ls")
        .map(|e| e.expect("entry").file_name())
        .collect();

    // Without --clean, the state stays.
    let mut server = ServeProcess::spawn(dirs.command());
    server.wait_ready();
    drop(server);
    assert!(dirs.runtime_dir().join("leftover").exists());

    let mut cmd = dirs.command();
    cmd.arg("--clean");
    let mut server = ServeProcess::spawn(cmd);
    server.wait_ready();
    assert!(
        !junk.join("blob").exists(),
        "a file in a runtime subdirectory survived --clean"
    );
    assert!(!dirs.runtime_dir().join("leftover").exists());
    assert!(
        dirs.runtime_dir().join("mothership.db").exists(),
        "the store is recreated"
    );
    let mut config_after: Vec<_> = std::fs::read_dir(dirs.config_dir())
        .expect("ls")
        .map(|e| e.expect("entry").file_name())
        .collect();
    let mut config_before = config_before;
    config_before.sort();
    config_after.sort();
    assert_eq!(config_before, config_after);
}

#[test]
fn a_busy_port_is_an_error_naming_the_port() {
    let dirs = ServeDirs::new();
    let taken = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let port = taken.local_addr().expect("addr").port();
    for (flag, cmd) in [
        ("--serverport", dirs.command_on(port, 0)),
        ("--uplinkport", dirs.command_on(0, port)),
    ] {
        let (code, output) = serve_fails(cmd);
        assert_eq!(code, Some(1), "{output}");
        assert!(output.contains(&format!("port {port}")), "{output}");
        assert!(output.contains(flag), "says which flag to change: {output}");
    }
}

#[test]
fn bad_certificate_or_key_files_are_errors_naming_the_file() {
    let dirs = ServeDirs::new();
    // A good pair first, to break one half at a time.
    let mut server = ServeProcess::spawn(dirs.command());
    server.wait_ready();
    drop(server);
    let cert = dirs.config_dir().join("cert.pem");
    let key = dirs.config_dir().join("key.pem");
    let good_cert = std::fs::read(&cert).expect("read");
    let good_key = std::fs::read(&key).expect("read");

    std::fs::write(&cert, "not a certificate\n").expect("write");
    let (code, output) = serve_fails(dirs.command());
    assert_eq!(code, Some(1), "{output}");
    assert!(output.contains(&cert.display().to_string()), "{output}");
    std::fs::write(&cert, &good_cert).expect("restore");

    std::fs::write(
        &key,
        "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n",
    )
    .expect("write");
    let (code, output) = serve_fails(dirs.command());
    assert_eq!(code, Some(1), "{output}");
    assert!(output.contains(&key.display().to_string()), "{output}");

    // A key that does not belong to the certificate: another first run's key.
    let other = ServeDirs::new();
    let mut server = ServeProcess::spawn(other.command());
    server.wait_ready();
    drop(server);
    std::fs::copy(other.config_dir().join("key.pem"), &key).expect("copy");
    let (code, output) = serve_fails(dirs.command());
    assert_eq!(code, Some(1), "{output}");
    assert!(output.contains(&cert.display().to_string()), "{output}");
    assert!(output.contains(&key.display().to_string()), "{output}");

    // Only one of the pair: no silent regeneration over a real certificate.
    std::fs::remove_file(&key).expect("rm");
    let (code, output) = serve_fails(dirs.command());
    assert_eq!(code, Some(1), "{output}");
    assert!(output.contains(&key.display().to_string()), "{output}");

    // --certfile naming a file that does not exist.
    std::fs::write(&key, &good_key).expect("restore");
    let mut cmd = dirs.command();
    cmd.args(["--certfile", "/nonexistent/cert.pem"]);
    let (code, output) = serve_fails(cmd);
    assert_eq!(code, Some(1), "{output}");
    assert!(output.contains("/nonexistent/cert.pem"), "{output}");
}

/// Also a regression test: the signal handler used to be installed only after "Ready", so a
/// SIGTERM right then killed the process (no exit code) about one time in four.
#[tokio::test]
async fn sigterm_shuts_down_gracefully_with_exit_0() {
    let dirs = ServeDirs::new();
    let mut cmd = dirs.command();
    cmd.args(["--serverauth", "none"]);
    let mut server = ServeProcess::spawn(cmd);
    let port = server.wait_ready();
    // An idle keep-alive connection must not hold shutdown up.
    let client = client_trusting(&dirs.config_dir().join("cert.pem"));
    let r = client
        .get(format!("https://127.0.0.1:{port}/v1/health"))
        .send()
        .await
        .expect("GET");
    assert_eq!(r.status(), 200);
    // A connection that never finishes its TLS handshake must not either.
    let _silent = std::net::TcpStream::connect(("127.0.0.1", port)).expect("connect");

    let started = Instant::now();
    server.terminate();
    // Wait on another thread so this runtime keeps driving the client's connection (an HTTP/2
    // client answers the server's shutdown ping).
    let (status, output) =
        tokio::task::spawn_blocking(move || server.wait_exit(Duration::from_secs(30)))
            .await
            .expect("wait");
    assert_eq!(status.code(), Some(0), "{output}");
    assert!(output.contains("Shutting down"), "{output}");
    assert!(output.contains("Stopped"), "{output}");
    assert!(
        started.elapsed() < Duration::from_secs(5),
        "shutdown took {:?}: open connections held it up:\n{output}",
        started.elapsed()
    );
    drop(client);
}

#[test]
fn clean_refuses_a_runtime_directory_that_holds_the_configuration() {
    let dirs = ServeDirs::new();
    let mut server = ServeProcess::spawn(dirs.command());
    server.wait_ready();
    drop(server);
    // The runtime directory is the parent of config_files/.
    let mut cmd = std::process::Command::new(crate::helper::cli::BIN);
    cmd.current_dir(dirs.tmp.path())
        .env_remove("MOTHERSHIP_CONFIG_DIR")
        .env_remove("MOTHERSHIP_RUNTIME_DIR")
        .args([
            "serve",
            "--runtime-dir",
            ".",
            "--clean",
            "--bind",
            "127.0.0.1",
        ])
        .args(["--serverport", "0", "--uplinkport", "0"]);
    let (code, output) = serve_fails(cmd);
    assert_eq!(code, Some(1), "{output}");
    assert!(output.contains("refusing to --clean"), "{output}");
    assert!(dirs.config_dir().join("cert.pem").exists());
    assert!(dirs.config_dir().join(".htpasswd").exists());
    assert!(dirs.runtime_dir().join("mothership.db").exists());
}
