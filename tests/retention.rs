//! Bounds on the instance registry as a whole: instances not seen for the retention time are
//! forgotten, and an uplink token may add new instances only at a bounded rate.

use std::time::Duration;

use mothership::protocol::instances::InstanceStatus;

use crate::hangar::{get_instance, quick, wait_disconnected, wait_status, wait_until};
use crate::helper::instance::{self, InstanceSpec};
use crate::helper::{TestServer, UPLINK_TOKEN};

#[tokio::test]
async fn instances_not_seen_for_the_retention_time_are_forgotten() {
    let server = TestServer::start_with(|c| {
        quick(c);
        c.hangar.forget_unseen_after_ms = 1_500;
        c.hangar.retention_interval_ms = 100;
    })
    .await;
    let gone = InstanceSpec::new(UPLINK_TOKEN);
    let mut g = instance::spawn(server.uplink_target(), gone.clone());
    g.wait_docked().await;
    wait_status(&server, &gone.uuid, InstanceStatus::Connected).await;
    let stays = InstanceSpec::new(UPLINK_TOKEN);
    let mut s = instance::spawn(server.uplink_target(), stays.clone());
    s.wait_docked().await;
    drop(g);
    wait_disconnected(&server, &gone.uuid).await;
    wait_until(
        Duration::from_secs(10),
        "the unseen instance forgotten",
        || async {
            get_instance(&server, &gone.uuid)
                .await
                .is_none()
                .then_some(())
        },
    )
    .await;
    // Its stored last_seen is refreshed only once a minute, but a docked instance is never
    // forgotten.
    tokio::time::sleep(Duration::from_millis(500)).await;
    let kept = get_instance(&server, &stays.uuid).await.expect("kept");
    assert_eq!(kept.status, InstanceStatus::Connected);
}

#[tokio::test]
async fn an_uplink_token_adds_new_instances_only_within_its_allowance() {
    let server = TestServer::start_with(|c| {
        c.hangar.new_instances_burst = 2;
        c.hangar.new_instances_per_minute = 1;
    })
    .await;
    let target = server.uplink_target();
    // The first new instance docks for real (and so becomes known).
    let known = InstanceSpec::new(UPLINK_TOKEN);
    let mut k = instance::spawn(target.clone(), known.clone());
    k.wait_docked().await;
    wait_status(&server, &known.uuid, InstanceStatus::Connected).await;
    drop(k);
    wait_disconnected(&server, &known.uuid).await;
    let second = InstanceSpec::new(UPLINK_TOKEN).uuid;
    let auth = crate::helper::wire::auth(&target, &second, UPLINK_TOKEN, None)
        .await
        .expect("auth");
    assert_eq!(auth.status, 200);
    // The third new uuid is over the burst: refused with a reason and when to come back.
    let third = InstanceSpec::new(UPLINK_TOKEN).uuid;
    let refused = crate::helper::wire::auth(&target, &third, UPLINK_TOKEN, None)
        .await
        .expect("auth");
    assert_eq!(refused.status, 429);
    let body = String::from_utf8_lossy(&refused.body);
    assert!(
        body.contains("too_many_new_instances") && body.contains("new_instances_per_minute"),
        "{body}"
    );
    let retry: u64 = refused
        .headers
        .iter()
        .find(|(k, _)| k.eq_ignore_ascii_case("retry-after"))
        .and_then(|(_, v)| v.parse().ok())
        .expect("Retry-After");
    assert!((1..=60).contains(&retry), "{retry}");
    // A known instance is not counted: it comes back whatever the allowance.
    let again = crate::helper::wire::auth(&target, &known.uuid, UPLINK_TOKEN, None)
        .await
        .expect("auth");
    assert_eq!(again.status, 200);
}
