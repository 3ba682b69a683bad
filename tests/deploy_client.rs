//! Deploys against what the real uplink client does when an update meets its limits
//! (docs/UPLINK.md, "Live update"): an ack that is lost because the instance jumps into the new
//! kernel right after writing it, and an image too large for the instance's RAM.

use std::time::Duration;

use mothership::protocol::deploys::{Deploy, DeployState, TargetState};
use reqwest::StatusCode;

use crate::deploy::{docked, get_deploy, post_deploy, spec, uploaded_image};
use crate::deploy_cli::{cli, stderr, stdout};
use crate::hangar::get_instance;
use crate::helper::TestServer;
use crate::helper::instance::{Event, OnUpdate};
use crate::images::error_code;

#[tokio::test]
async fn a_lost_ack_is_verified_by_the_dock_with_the_new_binary() {
    let server = TestServer::start().await;
    let mut inst = docked(&server, spec(OnUpdate::LoseAck)).await;
    let uuid = inst.spec.uuid.clone();
    let image = uploaded_image(&server, 200 * 1024, 31).await;

    let r = post_deploy(&server, &uuid, &image, "?wait=true").await;
    assert_eq!(r.status(), StatusCode::OK);
    let d: Deploy = r.json().await.expect("deploy record");
    assert_eq!(d.state, DeployState::Verified, "{d:?}");
    assert_eq!(d.reason, None, "{d:?}");
    let t = &d.targets[0];
    assert_eq!(t.state, TargetState::Verified);
    assert!(t.acked.is_none(), "no ack arrived: {t:?}");
    let note = t.reason.clone().unwrap_or_default();
    assert!(note.contains("ack never arrived"), "{note}");
    inst.wait_for(
        Duration::from_secs(5),
        |e| matches!(e, Event::Docked { binary: Some(b), .. } if *b == image),
    )
    .await;
    let i = get_instance(&server, &uuid).await.expect("instance");
    assert_eq!(i.binary.as_deref(), Some(image.as_str()));
    // The note survives in the stored record.
    assert_eq!(get_deploy(&server, &d.id).await.targets[0].reason, t.reason);
}

#[tokio::test]
async fn an_image_too_large_for_the_instances_ram_is_refused_unless_forced() {
    let server = TestServer::start().await;
    // Emulated instances report 128 MiB of RAM: they take at most (96 - 16) / 3 MiB.
    let inst = docked(&server, spec(OnUpdate::Apply)).await;
    let uuid = inst.spec.uuid.clone();
    let image = uploaded_image(&server, 27 * 1024 * 1024, 32).await;

    let r = post_deploy(&server, &uuid, &image, "?wait=true").await;
    let (status, code, message) = error_code(r).await;
    assert_eq!((status, code.as_str()), (StatusCode::CONFLICT, "no_room"));
    assert!(
        message.contains("27.0 MiB")
            && message.contains("128.0 MiB of RAM")
            && message.contains(&uuid)
            && message.contains("3 times"),
        "{message}"
    );

    let o = cli(&server, &["deploy", &uuid, &image, "--wait"]).await;
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let err = stderr(&o);
    assert!(
        err.contains("too large for the instances' memory") && err.contains("--force"),
        "{err}"
    );

    // Forced, it goes out (this emulated instance has room after all).
    let o = cli(
        &server,
        &["deploy", &uuid, &image, "--wait", "--force", "-o", "json"],
    )
    .await;
    assert!(o.status.success(), "{}", stderr(&o));
    let d: Deploy = serde_json::from_slice(&o.stdout).expect("json record");
    assert_eq!(d.state, DeployState::Verified, "{}", stdout(&o));
    assert!(d.force);
    assert!(
        d.warnings
            .iter()
            .any(|w| w.starts_with("forced although") && w.contains("RAM")),
        "{:?}",
        d.warnings
    );
}

#[tokio::test]
async fn an_update_too_slow_for_its_deadline_is_reported_as_a_slow_transfer() {
    // The write deadline is the idle timeout plus the image's size at the slowest rate the
    // hangar allows: 1 s + 16 MiB at 4 MiB/s = 5 s. The instance reads 512 KiB/s, so at most
    // about 2.5 MiB plus what the sockets buffer has gone out by then.
    let server = TestServer::start_with(|c| {
        c.hangar.ping_interval_ms = 300;
        c.hangar.idle_timeout_ms = 1_000;
        c.hangar.min_transfer_rate = 4 * 1024 * 1024;
    })
    .await;
    let mut s = spec(OnUpdate::Apply);
    s.read_rate = Some(512 * 1024);
    let inst = docked(&server, s).await;
    let uuid = inst.spec.uuid.clone();
    let image = uploaded_image(&server, 16 * 1024 * 1024, 33).await;

    let r = post_deploy(&server, &uuid, &image, "?wait=true").await;
    assert_eq!(r.status(), StatusCode::OK);
    let d: Deploy = r.json().await.expect("deploy record");
    assert_eq!(d.state, DeployState::Failed, "{d:?}");
    let reason = d.targets[0].reason.clone().unwrap_or_default();
    assert!(
        reason.contains("transfer of 16.0 MiB did not finish within 5 s")
            && reason.contains("KiB/s")
            && reason.contains("the deadline allows 4096 KiB/s"),
        "a slow link is reported as such: {reason}"
    );
    assert!(!reason.contains("before the instance acked"), "{reason}");
}
