//! Issue 10, "Logs and files": text from the network cannot forge a log line (the real binary's
//! output is read), `runtime_files/` is private and start-up fixes it, and a crash while the
//! self-signed pair is written cannot leave half a pair.

use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use std::time::Duration;

use mothership::protocol::transport::code;
use mothership::server::tls::{ensure_certificate, partial};

use crate::helper::process::{ServeDirs, ServeProcess};
use crate::helper::wire::{self, Target};
use crate::helper::{UPLINK_TOKEN, test_config};

fn mode(path: &Path) -> u32 {
    std::fs::metadata(path)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
        .permissions()
        .mode()
        & 0o7777
}

#[tokio::test]
async fn peer_text_cannot_forge_a_log_line_and_the_runtime_directory_is_made_private() {
    let dirs = ServeDirs::new();
    // An existing runtime directory anyone may read: start-up fixes it and says so.
    std::fs::create_dir_all(dirs.runtime_dir()).expect("mkdir");
    std::fs::set_permissions(dirs.runtime_dir(), std::fs::Permissions::from_mode(0o755))
        .expect("chmod");
    let mut cmd = dirs.command();
    cmd.args(["--nouplinktls", "--uplinktoken", UPLINK_TOKEN]);
    let mut server = ServeProcess::spawn(cmd);
    server.wait_ready();
    let said = server
        .wait_for_line(Duration::from_secs(1), |l| {
            l.contains("runtime_files") && l.contains("0755") && l.contains("0700")
        })
        .unwrap_or_else(|| panic!("no mode fix logged:\n{}", server.output.join("\n")));
    assert!(said.contains("uplink tokens"), "{said}");
    assert_eq!(mode(&dirs.runtime_dir()), 0o700);
    for suffix in ["", "-wal", "-shm"] {
        let file = dirs.runtime_dir().join(format!("mothership.db{suffix}"));
        assert_eq!(mode(&file), 0o600, "{}", file.display());
    }

    let target = Target {
        addr: ([127, 0, 0, 1], server.port_of("Setting up hangar")).into(),
        tls: None,
        bind: None,
    };
    const FORGED: &str = "2030-01-01T00:00:00.000000Z  INFO mothership::server: FORGED";
    // An /auth id with a line break: refused, and logged on one line.
    let body = serde_json::json!({ "id": format!("x\r\n{FORGED} by auth"), "key": UPLINK_TOKEN });
    let r = wire::auth_raw(&target, body.to_string().as_bytes(), None)
        .await
        .expect("auth");
    assert_eq!(r.status, 400);
    // A wrong token with such an id: logged too.
    let body = serde_json::json!({ "id": format!("y\n{FORGED} by id"), "key": "wrong-token" });
    wire::auth_raw(&target, body.to_string().as_bytes(), None)
        .await
        .expect("auth");
    // A docked instance's ERROR transport with line breaks.
    let r = wire::auth(
        &target,
        "ab12cd34-0000-4000-8000-00000000000a",
        UPLINK_TOKEN,
        None,
    )
    .await
    .expect("auth");
    assert_eq!(r.status, 200);
    let mut ws = wire::dock(&target, &String::from_utf8_lossy(&r.body))
        .await
        .expect("dock");
    let ident = r#"{"uuid": "ab12cd34-0000-4000-8000-00000000000a", "version": "v0.12.0"}"#;
    ws.send_transport(code::IDENT, ident.as_bytes())
        .await
        .expect("ident");
    let error = format!("boom\r\n{FORGED} by error\n\u{1b}[2Jcleared");
    ws.send_transport(code::ERROR, error.as_bytes())
        .await
        .expect("error");

    let line = server
        .wait_for_line(Duration::from_secs(10), |l| l.contains("uplink error"))
        .unwrap_or_else(|| panic!("no ERROR logged:\n{}", server.output.join("\n")));
    assert!(line.contains("boom\\r\\n2030-01-01T"), "{line}");
    assert!(line.contains("\\u{1b}[2J"), "{line}");
    server
        .wait_for_line(Duration::from_secs(5), |l| l.contains("x\\r\\n2030-01-01T"))
        .unwrap_or_else(|| panic!("no /auth refusal logged:\n{}", server.output.join("\n")));
    server
        .wait_for_line(Duration::from_secs(5), |l| l.contains("y\\n2030-01-01T"))
        .unwrap_or_else(|| panic!("no unknown token logged:\n{}", server.output.join("\n")));
    let forged: Vec<&String> = server
        .output
        .iter()
        .filter(|l| l.contains("FORGED") && !l.contains("\\n2030-01-01T"))
        .collect();
    assert!(forged.is_empty(), "forged lines: {forged:?}");
}

#[test]
fn a_crash_while_the_self_signed_pair_is_written_leaves_no_half_pair() {
    let (_dir, config) = test_config();
    let (cert, key) = (config.certfile.clone(), config.keyfile.clone());
    std::fs::create_dir_all(cert.parent().expect("dir")).expect("mkdir");

    // Cut off between the two renames: the key is in place, the certificate still partial.
    ensure_certificate(&cert, &key).expect("generate");
    let first = std::fs::read(&cert).expect("cert");
    std::fs::rename(&cert, partial(&cert)).expect("unrename");
    assert!(ensure_certificate(&cert, &key).expect("recover").is_none());
    assert_eq!(
        std::fs::read(&cert).expect("cert"),
        first,
        "completed, not replaced"
    );
    assert!(!partial(&cert).exists());
    assert_eq!(mode(&key), 0o600);
    mothership::server::tls::acceptor(&cert, &key, &[]).expect("a usable pair");

    // Cut off before the renames: neither file in place, a new pair is made.
    std::fs::rename(&cert, partial(&cert)).expect("mv");
    std::fs::rename(&key, partial(&key)).expect("mv");
    assert!(ensure_certificate(&cert, &key).expect("generate").is_some());
    assert!(!partial(&cert).exists() && !partial(&key).exists());
    assert_ne!(std::fs::read(&cert).expect("cert"), first);
    mothership::server::tls::acceptor(&cert, &key, &[]).expect("a usable pair");

    // A key the user supplied, without its certificate (and no partial one): never replaced.
    std::fs::remove_file(&cert).expect("rm");
    let supplied = std::fs::read(&key).expect("key");
    let err = ensure_certificate(&cert, &key).expect_err("half pair");
    assert!(err.to_string().contains("only one of"), "{err}");
    assert_eq!(std::fs::read(&key).expect("key"), supplied);

    // A partial certificate that is not the key's: refused too.
    let other = tempfile::tempdir().expect("tempdir");
    let (ocert, okey) = (other.path().join("c.pem"), other.path().join("k.pem"));
    ensure_certificate(&ocert, &okey).expect("generate");
    std::fs::copy(&ocert, partial(&cert)).expect("cp");
    ensure_certificate(&cert, &key).expect_err("mismatched partial");
    assert_eq!(std::fs::read(&key).expect("key"), supplied);
}
