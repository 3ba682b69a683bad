//! The fleet in the web interface, in a real headless Chromium (tests/helper/browser.rs)
//! against a real server and emulated instances: deploying an image from an instance's page
//! and following it to the verified re-dock, the "Automatically redeploy last image" switch,
//! the Statistics tab's charts, uplinks in Settings and logging out; and the two API filters
//! the pages use (`GET /v1/events?instance_id=`, `GET /v1/instances?panicked=`). Every browser
//! test ends by checking that no page logged a console error.

use std::time::Duration;

use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

use crate::deploy::{docked, post_deploy, redock_running, spec, uploaded_image};
use crate::hangar::{get_instance, wait_until};
use crate::helper::browser::{Browser, EXPECTED_401};
use crate::helper::instance::{self, InstanceSpec, OnUpdate};
use crate::helper::{TestServer, UPLINK_TOKEN};

/// Chromium logs every 4xx/5xx answer as a console error. The test server has no Docker
/// engine, so Settings' builder lists are answered `503 engine_unavailable` (and shown as such).
const EXPECTED_503: &str = "status of 503";

/// Sets a `<select>`'s value as a user choosing an option would (with its change event).
async fn choose(browser: &Browser, css: &str, value: &str) {
    browser.wait_for(css).await;
    browser
        .client
        .execute(
            "const el = document.querySelector(arguments[0]); el.value = arguments[1]; \
             el.dispatchEvent(new Event('change', {bubbles: true})); return el.value;",
            vec![json!(css), json!(value)],
        )
        .await
        .expect("choose an option");
}

#[tokio::test]
async fn an_image_deployed_from_the_instance_page_is_followed_to_its_verified_redock() {
    let server = TestServer::start().await;
    let inst = docked(&server, spec(OnUpdate::Apply)).await;
    let uuid = inst.spec.uuid.clone();
    let image = uploaded_image(&server, 64 * 1024, 41).await;
    let browser = Browser::start().await;
    browser.log_in(&server).await;
    browser
        .goto(&format!("{}/instances/{uuid}", server.url))
        .await;
    browser.wait_text("#running", "Starbase").await;
    browser.wait_text("#deploy-image", &image[..12]).await;
    choose(&browser, "#deploy-image", &image).await;
    browser.click("#deploy-submit").await;
    // Sent, acked, re-docked: the steps fill in live until the result.
    browser.wait_text("#update-result", "Verified").await;
    browser.wait_text("#deploy-steps", "Re-docked").await;
    // What runs on the instance follows: the new image, without a reload.
    browser.wait_text("#running", &image).await;
    let i = get_instance(&server, &uuid).await.expect("instance");
    assert_eq!(i.binary.as_deref(), Some(image.as_str()));
    // The Activity tab lists the deploy and the docks, newest first.
    browser.click("#tab-activity").await;
    browser
        .wait_path(&format!("/instances/{uuid}/activity"))
        .await;
    browser.wait_text("#activity", "Docked").await;
    browser.wait_text("#activity", "Deploy").await;
    browser.wait_text("#activity", "verified").await;
    browser.assert_no_console_errors(&[EXPECTED_401]).await;
}

#[tokio::test]
async fn automatic_redeploy_turned_on_in_the_page_happens_when_the_instance_docks_running_another_binary()
 {
    let server = TestServer::start().await;
    let inst = docked(&server, spec(OnUpdate::Apply)).await;
    let uuid = inst.spec.uuid.clone();
    let image = uploaded_image(&server, 64 * 1024, 42).await;
    let r = post_deploy(&server, &uuid, &image, "?wait=true").await;
    assert_eq!(r.status(), StatusCode::OK);

    let browser = Browser::start().await;
    browser.log_in(&server).await;
    browser
        .goto(&format!("{}/instances/{uuid}/activity", server.url))
        .await;
    browser.wait_text("#auto-redeploy-state", "off").await;
    browser.click("#auto-redeploy").await;
    browser.wait_text("#auto-redeploy-state", "on").await;
    let i = get_instance(&server, &uuid).await.expect("instance");
    assert!(i.auto_redeploy, "the page turned the switch on");
    // The page shows the server's value: after a reload, still on.
    browser.client.refresh().await.expect("reload");
    browser.wait_for("#auto-redeploy[aria-checked=true]").await;
    browser.wait_text("#activity", "Deploy").await;

    // It reboots into another image; Mothership deploys the last one again.
    let mut inst = redock_running(&server, inst, Some("cd".repeat(20))).await;
    inst.wait_for(
        Duration::from_secs(10),
        |e| matches!(e, instance::Event::Docked { binary: Some(b), .. } if *b == image),
    )
    .await;
    browser
        .wait_text(
            "#activity tbody tr[data-kind='Automatic redeploy']",
            "verified",
        )
        .await;
    browser.assert_no_console_errors(&[EXPECTED_401]).await;
}

#[tokio::test]
async fn the_statistics_tab_charts_the_stats_an_instance_sends() {
    let server = TestServer::start().await;
    let mut s = InstanceSpec::new(UPLINK_TOKEN);
    s.send_stats_ms = 200;
    let uuid = s.uuid.clone();
    let _inst = docked(&server, s).await;
    // A line needs two answers.
    wait_until(Duration::from_secs(10), "two STATS answers", || async {
        let v: Value = server
            .get(&format!("/v1/instances/{uuid}/stats"))
            .send()
            .await
            .ok()?
            .json()
            .await
            .ok()?;
        (v["history"].as_array().map_or(0, Vec::len) >= 1).then_some(())
    })
    .await;
    let browser = Browser::start().await;
    browser.log_in(&server).await;
    browser
        .goto(&format!("{}/instances/{uuid}/statistics", server.url))
        .await;
    // The emulator sends what IncludeOS's Statman holds: the CPU's busy share comes from its
    // cycle counters (75 % asleep), the network counters are rates, and the per-CPU timer
    // counts are not CPU figures.
    browser.wait_for("#stats-cpu svg polyline").await;
    // Readable without hovering: the name, the latest value and the axes' values are text.
    browser.wait_text("#stats-cpu", "cpu0 busy").await;
    browser.wait_text("#stats-cpu", "latest 25%").await;
    browser.wait_text("#stats-cpu svg", "time (local)").await;
    browser
        .wait_text("#stats-network", "eth0.ethernet.packets_rx per second")
        .await;
    browser
        .wait_text("#stats-other", "cpu0.timers.oneshot_started")
        .await;
    browser
        .wait_text("#stats-memory", "reports no memory figures")
        .await;
    let cpu_charts = browser.wait_text("#stats-cpu", "cpu0 busy").await;
    assert!(!cpu_charts.contains("timers"), "{cpu_charts}");
    browser.assert_no_console_errors(&[EXPECTED_401]).await;
}

#[tokio::test]
async fn an_uplink_is_created_its_token_shown_on_request_edited_and_deleted_then_logout() {
    let server = TestServer::start().await;
    let browser = Browser::start().await;
    browser.log_in(&server).await;
    browser.goto(&format!("{}/settings", server.url)).await;
    browser
        .wait_text("#server-version", env!("CARGO_PKG_VERSION"))
        .await;
    browser.wait_text("#server-uptime", "min").await;

    browser.click("#uplink-new").await;
    browser.fill("#uplink-name", "fleet-web").await;
    browser.fill("#uplink-url", "https://10.0.0.9:9090").await;
    browser.click("#uplink-save").await;
    browser
        .wait_text("#uplink-detail", "Uplink fleet-web")
        .await;
    browser
        .wait_text("#uplink-table", "https://10.0.0.9:9090")
        .await;
    // The token stays hidden until asked for.
    let shown = browser.wait_text("#uplink-token", "•").await;
    let token: Value = server
        .get("/v1/uplinks/fleet-web/token")
        .send()
        .await
        .expect("token")
        .json()
        .await
        .expect("json");
    let token = token["token"].as_str().expect("a token").to_owned();
    assert!(!shown.contains(&token));
    browser.click("#uplink-token-show").await;
    browser.wait_text("#uplink-token", &token).await;
    browser.click("#uplink-token-copy").await;
    // Copied, or (without clipboard permission in a headless browser) selected for Ctrl+C.
    let said = browser.wait_text("#uplink-token-copied", "C").await;
    assert!(
        said.contains("Copied") || said.contains("Selected"),
        "{said}"
    );

    browser
        .click("tr[data-uplink='fleet-web'] .uplink-edit")
        .await;
    browser.fill("#uplink-url", "https://10.0.0.10:9090").await;
    browser.click("#uplink-form details summary").await;
    browser.fill("#uplink-opt-tag", "edge").await;
    browser.click("#uplink-save").await;
    browser
        .wait_text("#uplink-detail", "https://10.0.0.10:9090")
        .await;
    let stored: Value = server
        .get("/v1/uplinks/fleet-web")
        .send()
        .await
        .expect("uplink")
        .json()
        .await
        .expect("json");
    assert_eq!(stored["url"], "https://10.0.0.10:9090");
    assert_eq!(stored["tag"], "edge");

    browser
        .click("tr[data-uplink='fleet-web'] .uplink-delete")
        .await;
    browser.click("#uplink-delete-confirm").await;
    browser
        .wait_text("#uplink-detail", "Deleted uplink fleet-web")
        .await;
    let r = server
        .get("/v1/uplinks/fleet-web")
        .send()
        .await
        .expect("send");
    assert_eq!(r.status(), StatusCode::NOT_FOUND);

    browser.click("#logout").await;
    browser.wait_for("#login-user").await;
    browser.wait_path("/login").await;
    browser
        .assert_no_console_errors(&[EXPECTED_401, EXPECTED_503])
        .await;
}

#[tokio::test]
async fn events_filter_by_instance_and_instances_by_panic_in_the_api_and_the_page() {
    let server = TestServer::start().await;
    let mut panicking = InstanceSpec::new(UPLINK_TOKEN);
    panicking.panic = Some("kernel panic: out of memory".into());
    let panicked_uuid = panicking.uuid.clone();
    let mut a = instance::spawn(server.uplink_target(), panicking);
    a.wait_docked().await;
    let mut b = instance::spawn(server.uplink_target(), InstanceSpec::new(UPLINK_TOKEN));
    b.wait_docked().await;
    let other_uuid = b.spec.uuid.clone();
    wait_until(Duration::from_secs(10), "the panic stored", || async {
        get_instance(&server, &panicked_uuid)
            .await
            .filter(|i| i.panicked)
    })
    .await;

    // `instance_id` (here a unique prefix) keeps the history to the events about that instance.
    let text = server
        .get(&format!(
            "/v1/events?follow=false&instance_id={}",
            &panicked_uuid[..13]
        ))
        .send()
        .await
        .expect("events")
        .text()
        .await
        .expect("text");
    let events: Vec<Value> = text
        .lines()
        .filter_map(|l| l.strip_prefix("data: "))
        .map(|d| serde_json::from_str(d).expect("event json"))
        .collect();
    let kinds: Vec<&str> = events.iter().filter_map(|e| e["type"].as_str()).collect();
    assert!(kinds.contains(&"instance.docked"), "{kinds:?}");
    assert!(kinds.contains(&"instance.panicked"), "{kinds:?}");
    assert!(
        events
            .iter()
            .all(|e| e["data"]["instance_id"] == panicked_uuid.as_str()),
        "{events:?}"
    );
    assert!(!text.contains(&other_uuid));
    // A whole UUID nobody has (a deleted instance's) is a filter like any other: nothing.
    let r = server
        .get("/v1/events?follow=false&instance_id=0badc0de-0000-4000-8000-000000000000")
        .send()
        .await
        .expect("events");
    assert_eq!(r.status(), StatusCode::OK);
    assert!(!r.text().await.expect("text").contains("data: "));
    let r = server
        .get("/v1/events?follow=false&instance_id=")
        .send()
        .await
        .expect("events");
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);

    // `panicked=true` lists the instances that reported a panic; `false` the others.
    for (flag, expect) in [("true", &panicked_uuid), ("false", &other_uuid)] {
        let page: Value = server
            .get(&format!("/v1/instances?panicked={flag}"))
            .send()
            .await
            .expect("list")
            .json()
            .await
            .expect("json");
        assert_eq!(page["total"], 1, "{page}");
        assert_eq!(page["items"][0]["id"], expect.as_str());
    }
    let r = server
        .request(Method::GET, "/v1/instances?panicked=maybe")
        .send()
        .await
        .expect("list");
    assert_eq!(r.status(), StatusCode::BAD_REQUEST);

    // In the page the Panicked count is a filter like the statuses, with its own URL.
    let browser = Browser::start().await;
    browser.log_in(&server).await;
    browser
        .wait_text("[data-status=panicked] .count-value", "1")
        .await;
    browser.click("[data-status=panicked]").await;
    browser.wait_path("/instances?status=panicked").await;
    browser.wait_text("#page-status", "1–1 of 1").await;
    browser.wait_text("#instances tbody", &panicked_uuid).await;
    browser.assert_no_console_errors(&[EXPECTED_401]).await;
}

/// The instance page's "Desired image" line follows `desired.state` events: set through the
/// API it shows the image (updating: this instance never answers the update), cleared it shows
/// "not managed" again, without a reload.
#[tokio::test]
async fn the_instance_page_follows_its_desired_state_live() {
    let server = TestServer::start().await;
    let inst = docked(&server, spec(OnUpdate::Ignore)).await;
    let uuid = inst.spec.uuid.clone();
    let image = uploaded_image(&server, 64 * 1024, 43).await;
    let browser = Browser::start().await;
    browser.log_in(&server).await;
    browser
        .goto(&format!("{}/instances/{uuid}", server.url))
        .await;
    browser.wait_text("#desired-state", "not managed").await;
    let r = server
        .request(Method::PUT, &format!("/v1/instances/{uuid}/desired"))
        .json(&json!({"image_id": image}))
        .send()
        .await
        .expect("set desired");
    assert_eq!(r.status(), StatusCode::OK);
    browser.wait_text("#desired-state", &image).await;
    browser.wait_text("#desired-state", "updating").await;
    let r = server
        .request(Method::DELETE, &format!("/v1/instances/{uuid}/desired"))
        .send()
        .await
        .expect("clear desired");
    assert_eq!(r.status(), StatusCode::OK);
    browser.wait_text("#desired-state", "not managed").await;
    browser.assert_no_console_errors(&[EXPECTED_401]).await;
}
