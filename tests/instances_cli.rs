//! `mothership instances ...` run as the built binary against an in-process server with an
//! emulated instance docked.

use std::process::Output;
use std::time::Duration;

use mothership::protocol::instances::{Instance, InstanceStatus};
use tokio::io::AsyncBufReadExt;

use crate::hangar::{get_instance, wait_until};
use crate::helper::instance::{self, InstanceSpec};
use crate::helper::{TestServer, UPLINK_TOKEN};

fn command(server: &TestServer, args: &[&str]) -> tokio::process::Command {
    crate::helper::cli::against(server, &server.dir.path().join("client-config"), args)
}

/// Runs the CLI (asynchronously: the server runs on this test's runtime).
async fn cli(server: &TestServer, args: &[&str]) -> Output {
    tokio::time::timeout(Duration::from_secs(30), command(server, args).output())
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
async fn list_inspect_alias_describe_logs_panics_stats_delete() {
    let server = TestServer::start().await;
    let mut spec = InstanceSpec::new(UPLINK_TOKEN);
    spec.panic = Some("PANIC: kaboom\n".into());
    let mut inst = instance::spawn(server.uplink_target(), spec.clone());
    inst.wait_docked().await;
    inst.log("first line\nsecond line\n");
    let id = spec.uuid.clone();
    wait_until(Duration::from_secs(10), "log stored", || async {
        get_instance(&server, &id)
            .await
            .filter(|i| i.last_log.is_some() && i.panicked)
    })
    .await;

    let o = cli(&server, &["instances"]).await;
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    let header = out.lines().next().unwrap_or_default();
    for column in ["Alias", "Status", "ID", "Image", "Tag", "Launched"] {
        assert!(header.contains(column), "{header}");
    }
    assert!(out.contains(&id) && out.contains("starbase-test"), "{out}");
    assert!(out.contains("connected (panicked)"), "{out}");

    let o = cli(&server, &["instances", "-o", "id"]).await;
    assert_eq!(stdout(&o).trim(), id);
    let o = cli(
        &server,
        &["instances", "-o", "json", "--status", "connected"],
    )
    .await;
    let list: Vec<Instance> = serde_json::from_slice(&o.stdout).expect("json array");
    assert_eq!(list.len(), 1);
    let o = cli(&server, &["instances", "--search", "nothing-matches-this"]).await;
    assert_eq!(stdout(&o).lines().count(), 1, "only the header");

    let o = cli(&server, &["instances", "alias", &id, "web-1"]).await;
    assert!(o.status.success(), "{}", stderr(&o));
    let o = cli(
        &server,
        &["instances", "describe", "web-1", "the front door"],
    )
    .await;
    assert!(o.status.success(), "{}", stderr(&o));
    for args in [
        &["instances", "inspect", "web-1"][..],
        &["inspect-instance", "web-1"][..],
    ] {
        let o = cli(&server, args).await;
        assert!(o.status.success(), "{}", stderr(&o));
        let out = stdout(&o);
        assert!(out.contains("ID:") && out.contains(&id), "{out}");
        assert!(out.contains("the front door"), "{out}");
        let last_log = out
            .lines()
            .find(|l| l.starts_with("Last Log:"))
            .unwrap_or_else(|| panic!("no Last Log line in {out}"));
        assert!(last_log.contains("ago"), "{last_log}");
        assert!(
            out.lines()
                .any(|l| l.starts_with("Status:") && l.contains("connected"))
        );
    }

    let o = cli(&server, &["instances", "logs", "web-1"]).await;
    assert_eq!(stdout(&o), "first line\nsecond line\n");
    let o = cli(&server, &["instances", "logs", "web-1", "-n", "1"]).await;
    assert_eq!(stdout(&o), "second line\n");
    let mut follow = command(&server, &["instances", "logs", "web-1", "-f", "-n", "0"])
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("follow");
    let mut lines = tokio::io::BufReader::new(follow.stdout.take().expect("stdout")).lines();
    inst.log("third line\n");
    let line = tokio::time::timeout(Duration::from_secs(10), lines.next_line())
        .await
        .expect("followed line in time")
        .expect("read")
        .expect("a line");
    assert_eq!(line, "third line");
    let _ = follow.kill().await;

    let o = cli(&server, &["instances", "panics", "web-1"]).await;
    assert!(stdout(&o).contains("PANIC: kaboom"), "{}", stdout(&o));
    let o = cli(&server, &["instances", "stats", "web-1"]).await;
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        stdout(&o).contains("eth0.ethernet.packets_rx"),
        "{}",
        stdout(&o)
    );

    let o = cli(&server, &["instances", "delete", "no-such-instance"]).await;
    assert_eq!(o.status.code(), Some(4), "{}", stderr(&o));
    let o = cli(&server, &["instances", "delete", "web-1"]).await;
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("--force"), "{}", stderr(&o));
    wait_until(Duration::from_secs(10), "stats stored", || async {
        let r = server
            .get(&format!("/v1/instances/{id}/stats"))
            .send()
            .await
            .expect("stats");
        let stats: mothership::protocol::instances::InstanceStats = r.json().await.expect("body");
        stats.latest
    })
    .await;
    drop(inst);
    wait_until(Duration::from_secs(10), "disconnected", || async {
        get_instance(&server, &id)
            .await
            .filter(|i| i.status == InstanceStatus::Disconnected)
    })
    .await;
    let o = cli(&server, &["instances", "stats", "web-1"]).await;
    assert!(
        o.status.success(),
        "stored stats when not connected: {}",
        stderr(&o)
    );
    let o = cli(&server, &["instances", "delete", "web-1"]).await;
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(stdout(&o).trim(), id);
    assert!(get_instance(&server, &id).await.is_none());
}

/// `instances desired set|show|clear` with `-o json|yaml|id` and the human layouts.
#[tokio::test]
async fn desired_set_show_clear() {
    use mothership::protocol::desired::{DesiredChange, DesiredState, DesiredStatus};
    let server = TestServer::start().await;
    let mut spec = crate::deploy::spec(instance::OnUpdate::Apply);
    spec.tag = Some("cli-desired".into());
    let mut inst = instance::spawn(server.uplink_target(), spec.clone());
    inst.wait_docked().await;
    let id = spec.uuid.clone();
    let image = crate::deploy::uploaded_image(&server, 4096, 41).await;
    wait_until(Duration::from_secs(10), "the instance stored", || async {
        get_instance(&server, &id).await
    })
    .await;

    let o = cli(&server, &["instances", "desired", "show", &id]).await;
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).contains("not_managed"), "{}", stdout(&o));

    let o = cli(
        &server,
        &["instances", "desired", "set", &image, &id, "-o", "json"],
    )
    .await;
    assert!(o.status.success(), "{}", stderr(&o));
    let change: DesiredChange = serde_json::from_slice(&o.stdout).expect("json");
    assert_eq!(change.image_id.as_deref(), Some(image.as_str()));
    assert_eq!(change.instances, vec![id.clone()]);
    inst.wait_for(
        Duration::from_secs(10),
        |e| matches!(e, instance::Event::Docked { binary: Some(b), .. } if *b == image),
    )
    .await;
    let d = wait_until(Duration::from_secs(10), "in sync", || async {
        let o = cli(
            &server,
            &["instances", "desired", "show", &id, "-o", "json"],
        )
        .await;
        let d: DesiredState = serde_json::from_slice(&o.stdout).expect("json");
        (d.status == DesiredStatus::InSync).then_some(d)
    })
    .await;
    assert_eq!(d.set_by.as_deref(), Some("api"));
    let o = cli(
        &server,
        &["instances", "desired", "show", &id, "-o", "yaml"],
    )
    .await;
    assert!(stdout(&o).contains("status: in_sync"), "{}", stdout(&o));
    let o = cli(&server, &["instances", "desired", "show", &id, "-o", "id"]).await;
    assert_eq!(stdout(&o).trim(), image);
    let o = cli(&server, &["instances", "desired", "show", &id]).await;
    assert!(stdout(&o).contains("in_sync"), "{}", stdout(&o));
    let o = cli(&server, &["instances", "inspect", &id]).await;
    assert!(stdout(&o).contains("Desired:"), "{}", stdout(&o));
    let o = cli(&server, &["instances", "--desired", "in_sync", "-o", "id"]).await;
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(stdout(&o).trim(), id);
    let o = cli(&server, &["instances", "--desired", "failed", "-o", "id"]).await;
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(stdout(&o).trim(), "");

    let o = cli(
        &server,
        &[
            "instances",
            "desired",
            "clear",
            "--selector",
            "tag=cli-desired",
            "-o",
            "id",
        ],
    )
    .await;
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(stdout(&o).trim(), id);
    let o = cli(
        &server,
        &["instances", "desired", "show", &id, "-o", "json"],
    )
    .await;
    let d: DesiredState = serde_json::from_slice(&o.stdout).expect("json");
    assert_eq!(d.status, DesiredStatus::NotManaged);
    let o = cli(&server, &["instances", "desired", "set", &image]).await;
    assert!(!o.status.success());
    assert!(stderr(&o).contains("--selector"), "{}", stderr(&o));
}
