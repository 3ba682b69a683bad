//! `mothership upgrade` and `mothership upgrades` as the built binary, against a real engine
//! and an emulated instance.

use std::process::Output;
use std::time::Duration;

use mothership::protocol::upgrade::{Upgrade, UpgradeState};

use crate::helper::TestServer;
use crate::helper::docker::docker_env;
use crate::upgrade::{Setup, get_upgrade, poll_until_over, setup, stored_nacl};

/// Runs the CLI against `server` (asynchronously: the server runs on this test's runtime).
async fn cli(server: &TestServer, args: &[&str]) -> Output {
    let mut cmd =
        crate::helper::cli::against(server, &server.dir.path().join("client-config"), args);
    tokio::time::timeout(Duration::from_secs(90), cmd.output())
        .await
        .expect("cli finished in time")
        .expect("cli ran")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

#[tokio::test]
async fn cli_upgrade_follows_the_build_log_and_the_deploy() {
    let Some(env) = docker_env() else { return };
    let Setup {
        server,
        instance: _instance,
        uuid,
        ..
    } = setup(env).await;
    stored_nacl(&server, "cli-nacl", "Iface eth0 {\n  dhcp\n}\n").await;
    stored_nacl(&server, "cli-failing", "FAIL\n").await;

    let o = cli(&server, &["upgrade", &uuid, "--nacl", "cli-nacl"]).await;
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(out.contains("IncludeOS builder"), "the build log: {out}");
    assert!(out.contains("linked /service/build/Starbase"), "{out}");
    assert!(out.contains("verified (1 of 1 instance verified)"), "{out}");
    let last = out.lines().last().unwrap_or_default();
    assert!(
        last.starts_with("Upgrade ") && last.contains(&uuid) && last.contains("verified"),
        "{out}"
    );
    let first_id = last
        .split_whitespace()
        .nth(1)
        .unwrap_or_default()
        .to_owned();
    assert_eq!(
        get_upgrade(&server, &first_id).await.state,
        UpgradeState::Verified
    );

    // JSON: the final record alone on stdout, the log on stderr.
    let o = cli(&server, &["upgrade", &uuid[..8], "-o", "json"]).await;
    assert!(o.status.success(), "{}", stderr(&o));
    let up: Upgrade = serde_json::from_slice(&o.stdout).expect("the record as JSON");
    assert_eq!(up.state, UpgradeState::Verified, "{up:?}");
    assert_eq!(up.instance, uuid);
    assert!(up.deploy.is_some());
    assert!(stderr(&o).contains("IncludeOS builder"), "{}", stderr(&o));

    // A failing build: exit 1, with what failed and where to look.
    let o = cli(&server, &["upgrade", &uuid, "--nacl", "cli-failing"]).await;
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(stdout(&o).contains("the compiler failed"), "{}", stdout(&o));
    let err = stderr(&o);
    assert!(
        err.contains("error: upgrade") && err.contains("failed") && err.contains("/log"),
        "{err}"
    );

    // --detach: the id at once; the record follows on the server.
    let o = cli(&server, &["upgrade", &uuid, "--detach"]).await;
    assert!(o.status.success(), "{}", stderr(&o));
    let detached = stdout(&o).trim().to_owned();
    assert_eq!(detached.len(), 16, "{detached}");
    let (done, _) = poll_until_over(&server, &detached).await;
    assert_eq!(done.state, UpgradeState::Verified, "{done:?}");

    // The old --wait is still accepted.
    let o = cli(&server, &["upgrade", &uuid, "--wait", "-o", "id"]).await;
    assert!(o.status.success(), "{}", stderr(&o));
    let waited = stdout(&o).trim().to_owned();
    assert_eq!(waited.len(), 16, "{waited}");

    // The records.
    let o = cli(&server, &["upgrades", "list"]).await;
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(out.starts_with("ID"), "{out}");
    assert_eq!(out.lines().count(), 6, "header and five upgrades: {out}");
    assert!(out.contains(&first_id) && out.contains(&up.id), "{out}");
    let o = cli(
        &server,
        &[
            "upgrades",
            "list",
            "--instance",
            &uuid,
            "--status",
            "failed",
            "-o",
            "json",
        ],
    )
    .await;
    assert!(o.status.success(), "{}", stderr(&o));
    let failed: Vec<Upgrade> = serde_json::from_slice(&o.stdout).expect("a JSON list");
    assert_eq!(failed.len(), 1);
    assert!(failed[0].error.is_some());
    let o = cli(&server, &["upgrades", "-o", "id"]).await;
    let ids = stdout(&o);
    assert_eq!(
        ids.lines().next(),
        Some(waited.as_str()),
        "newest first: {ids}"
    );
    let o = cli(&server, &["upgrades", "show", &first_id[..6]]).await;
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(
        out.contains(&first_id) && out.contains(&uuid) && out.contains("verified"),
        "{out}"
    );
    let o = cli(&server, &["upgrades", "show", "0000ffff0000ffff"]).await;
    assert_eq!(o.status.code(), Some(4), "{}", stderr(&o));
    assert!(stderr(&o).contains("0000ffff0000ffff"), "{}", stderr(&o));
}
