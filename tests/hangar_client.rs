//! The hangar against what the real uplink client does beyond the wire quirks (docs/UPLINK.md,
//! "Logs sent while offline"): a huge log buffered while offline, sent before IDENT, and STATS
//! answers that get lost.

use std::time::Duration;

use mothership::protocol::instances::InstanceStatus;
use reqwest::{Method, StatusCode};

use crate::hangar::{quick, wait_status};
use crate::helper::instance::{self, Event, InstanceSpec};
use crate::helper::{TestServer, UPLINK_TOKEN};

async fn request_stats(server: &TestServer, uuid: &str, timeout_s: u64) -> reqwest::Response {
    server
        .request(
            Method::POST,
            &format!("/v1/instances/{uuid}/stats?timeout={timeout_s}"),
        )
        .send()
        .await
        .expect("stats request")
}

#[tokio::test]
async fn a_lost_stats_reply_does_not_stop_later_stats_requests() {
    let server = TestServer::start_with(quick).await;
    let mut spec = InstanceSpec::new(UPLINK_TOKEN);
    spec.lost_stats_replies = 1;
    let mut inst = instance::spawn(server.uplink_target(), spec.clone());
    inst.wait_docked().await;
    wait_status(&server, &spec.uuid, InstanceStatus::Connected).await;

    let r = request_stats(&server, &spec.uuid, 1).await;
    assert_eq!(r.status(), StatusCode::GATEWAY_TIMEOUT);
    inst.wait_for(Duration::from_secs(5), |e| *e == Event::StatsRequested)
        .await;
    // The answer to the first request never came; the next request must still reach the
    // instance and be answered.
    let r = request_stats(&server, &spec.uuid, 10).await;
    assert_eq!(r.status(), StatusCode::OK);
    let body: serde_json::Value = r.json().await.expect("snapshot");
    assert_eq!(body["stats"][0]["name"], "eth0.ethernet.packets_rx");
    assert_eq!(inst.counters().docks, 1);
}

/// Numbered lines, `size` bytes at least.
fn numbered_log(size: usize) -> Vec<u8> {
    let mut out = Vec::with_capacity(size + 64);
    let mut n = 0u32;
    while out.len() < size {
        out.extend_from_slice(format!("offline line {n:08} of a long outage\n").as_bytes());
        n += 1;
    }
    out
}

#[tokio::test]
async fn a_5_mib_offline_log_before_ident_docks_and_its_newest_part_is_kept() {
    let cap: u64 = 2 * 1024 * 1024;
    let server = TestServer::start_with(|c| {
        quick(c);
        c.hangar.log_cap_bytes = cap;
    })
    .await;
    let offline = numbered_log(5 * 1024 * 1024);
    let last_line = offline[..offline.len() - 1]
        .rsplit(|b| *b == b'\n')
        .next()
        .map(|l| String::from_utf8_lossy(l).into_owned())
        .expect("a last line");
    let mut spec = InstanceSpec::new(UPLINK_TOKEN);
    spec.early_log = Some(offline.clone());
    let mut inst = instance::spawn(server.uplink_target(), spec.clone());
    inst.wait_docked().await;
    wait_status(&server, &spec.uuid, InstanceStatus::Connected).await;
    inst.log("back online\n");
    let text = crate::hangar::wait_until(Duration::from_secs(10), "logs stored", || async {
        let text = crate::hangar::logs(&server, &spec.uuid, "").await;
        text.ends_with("back online\n").then_some(text)
    })
    .await;
    // The newest lines of the offline log, then the line saying what was dropped, then what
    // came after; never the oldest lines, never a broken first line.
    assert!(!text.contains("offline line 00000000 "), "oldest line kept");
    assert!(text.starts_with("offline line "), "{}", &text[..80]);
    let marker_at = text.find("[mothership: ").expect("a drop marker");
    let marker = text[marker_at..].lines().next().expect("marker line");
    assert!(
        marker.contains(&format!("sent {} bytes", offline.len())),
        "{marker}"
    );
    let kept = text[..marker_at].len();
    assert!(
        marker.contains(&format!(
            "the oldest {} bytes were dropped",
            offline.len() - kept
        )),
        "{marker} (kept {kept})"
    );
    assert!(kept as u64 > cap / 2 && (kept as u64) < cap, "kept {kept}");
    assert!(text[..marker_at].ends_with(&format!("{last_line}\n")));
    assert!(offline.ends_with(&text.as_bytes()[..marker_at]));
    let i = crate::hangar::get_instance(&server, &spec.uuid)
        .await
        .expect("instance");
    assert!(i.log_bytes <= cap, "{} stored bytes", i.log_bytes);
    // One connection: the big log did not cost the instance a reconnect.
    assert_eq!(inst.counters().docks, 1);
}
