//! `mothership deploy` and `mothership deploys` as the built binary, and a deploy cut off by a
//! server stop.

use std::process::Output;
use std::time::Duration;

use mothership::protocol::deploys::{Deploy, DeployState, TargetState};
use reqwest::StatusCode;

use crate::deploy::{docked, get_deploy, post_deploy, spec, uploaded_image};
use crate::hangar::wait_until;
use crate::helper::TestServer;
use crate::helper::instance::OnUpdate;

/// Runs the CLI against `server` (asynchronously: the server runs on this test's runtime).
pub async fn cli(server: &TestServer, args: &[&str]) -> Output {
    let mut cmd =
        crate::helper::cli::against(server, &server.dir.path().join("client-config"), args);
    tokio::time::timeout(Duration::from_secs(60), cmd.output())
        .await
        .expect("cli finished in time")
        .expect("cli ran")
}

pub fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

#[tokio::test]
async fn cli_deploy_wait_reports_verified_and_failed_deploys() {
    let server = TestServer::start().await;
    let good = docked(&server, spec(OnUpdate::Apply)).await;
    let bad = docked(&server, spec(OnUpdate::WrongAck)).await;
    let image = uploaded_image(&server, 200 * 1024, 21).await;

    let o = cli(&server, &["deploy", &good.spec.uuid, &image[..8], "--wait"]).await;
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(out.contains("verified (1 of 1 instance verified)"), "{out}");
    assert!(
        stderr(&o).contains("warning: image") && stderr(&o).contains("unknown origin"),
        "{}",
        stderr(&o)
    );

    let o = cli(&server, &["deploy", &bad.spec.uuid, &image, "--wait"]).await;
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let err = stderr(&o);
    assert!(
        err.contains("error: deploy") && err.contains("wrong ack"),
        "{err}"
    );
    assert!(stdout(&o).contains(&bad.spec.uuid), "{}", stdout(&o));

    // The many-instance form with JSON output.
    let o = cli(
        &server,
        &[
            "deploy",
            "--all",
            "--concurrency",
            "2",
            &image,
            "--wait",
            "-o",
            "json",
        ],
    )
    .await;
    assert_eq!(o.status.code(), Some(1), "one of two fails: {}", stderr(&o));
    let d: Deploy = serde_json::from_slice(&o.stdout).expect("json record");
    assert_eq!((d.counts.verified, d.counts.failed), (1, 1));
    assert!(
        !stderr(&o).contains("warning:"),
        "no table chatter with -o json"
    );

    // Without --wait: the ID at once; `deploys show` follows it.
    let o = cli(&server, &["deploy", &good.spec.uuid, &image, "-o", "id"]).await;
    assert!(o.status.success(), "{}", stderr(&o));
    let id = stdout(&o).trim().to_owned();
    assert_eq!(id.len(), 16, "{id}");
    let done = wait_until(Duration::from_secs(20), "the deploy to end", || async {
        let d = get_deploy(&server, &id).await;
        (d.state != DeployState::Running).then_some(d)
    })
    .await;
    assert_eq!(done.state, DeployState::Verified);
    let o = cli(&server, &["deploys", "show", &id[..6]]).await;
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(out.contains(&id) && out.contains(&image), "{out}");
    assert!(
        out.contains(&good.spec.uuid) && out.contains("verified"),
        "{out}"
    );

    let o = cli(&server, &["deploys", "--status", "failed", "-o", "id"]).await;
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(stdout(&o).lines().count(), 2, "{}", stdout(&o));
    let o = cli(&server, &["deploys", "list"]).await;
    let out = stdout(&o);
    assert!(out.starts_with("ID"), "{out}");
    assert_eq!(out.lines().count(), 5, "header and four deploys: {out}");

    // Usage mistakes are explained.
    let o = cli(
        &server,
        &["deploy", "--tag", "web", &good.spec.uuid, &image],
    )
    .await;
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("only the IMAGE"), "{}", stderr(&o));
    let o = cli(&server, &["deploy", &image]).await;
    assert!(
        stderr(&o).contains("INSTANCE and the IMAGE"),
        "{}",
        stderr(&o)
    );
}

#[tokio::test]
async fn a_deploy_running_when_the_server_stops_is_failed_after_the_restart() {
    let server = TestServer::start().await;
    let silent = docked(&server, spec(OnUpdate::Ignore)).await;
    let image = uploaded_image(&server, 64 * 1024, 22).await;
    let r = post_deploy(&server, &silent.spec.uuid, &image, "").await;
    assert_eq!(r.status(), StatusCode::ACCEPTED);
    let started: Deploy = r.json().await.expect("record");
    wait_until(Duration::from_secs(10), "the image to be sent", || async {
        let d = get_deploy(&server, &started.id).await;
        (d.targets[0].state == TargetState::Sent).then_some(())
    })
    .await;

    let server = server.restart().await;
    let d = get_deploy(&server, &started.id).await;
    assert_eq!(d.state, DeployState::Failed, "{d:?}");
    let reason = d.reason.clone().unwrap_or_default();
    assert!(reason.contains("server stopped"), "{reason}");
    assert_eq!(d.targets[0].state, TargetState::Failed);
    assert_eq!(d.targets[0].reason.as_deref(), Some(reason.as_str()));
    assert!(d.targets[0].sent.is_some(), "progress was recorded: {d:?}");
    assert!(d.finished.is_some());
    drop(silent);
}
