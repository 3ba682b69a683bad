//! The web interface in a real headless Chromium (tests/helper/browser.rs) against a real
//! server: logging in and out, the instances page updating live as emulated instances dock,
//! and an instance's page. Every test ends by checking that no page logged a console error.

use crate::hangar::wait_status;
use crate::helper::browser::{Browser, EXPECTED_401};
use crate::helper::instance::{self, InstanceSpec};
use crate::helper::{PASSWORD, TestServer, UPLINK_TOKEN, USER};
use mothership::protocol::instances::InstanceStatus;

#[tokio::test]
async fn a_wrong_password_is_refused_then_login_reload_and_logout_work() {
    let server = TestServer::start().await;
    let browser = Browser::start().await;
    // A deep link before login goes to the login page, and back there after it.
    browser
        .goto(&format!("{}/instances?status=connected", server.url))
        .await;
    browser.wait_for("#login-user").await;
    browser
        .wait_path("/login?next=%2Finstances%3Fstatus%3Dconnected")
        .await;
    browser.fill("#login-user", USER).await;
    browser.fill("#login-password", "not-the-password").await;
    browser.click("#login-submit").await;
    browser
        .wait_text("#login-message", "Wrong user name or password")
        .await;
    browser.fill("#login-password", PASSWORD).await;
    browser.click("#login-submit").await;
    browser.wait_text("#who", "Logged in as admin").await;
    browser.wait_path("/instances?status=connected").await;
    browser.wait_text("h1", "Instances").await;

    // The cookie is HttpOnly: the page's scripts cannot read it.
    let cookies = browser
        .client
        .execute("return document.cookie", vec![])
        .await
        .expect("script");
    assert_eq!(cookies, serde_json::json!(""));
    // A reload shows the same view, still logged in.
    browser.client.refresh().await.expect("reload");
    browser.wait_text("#who", "Logged in as admin").await;
    browser.wait_path("/instances?status=connected").await;
    browser
        .wait_text("[data-status=connected][aria-pressed=true]", "Connected")
        .await;

    browser.click("#logout").await;
    browser.wait_for("#login-user").await;
    browser.wait_path("/login").await;
    // Logged out on the server too: the interface asks for a login again.
    browser.goto(&format!("{}/settings", server.url)).await;
    browser.wait_for("#login-user").await;
    browser.assert_no_console_errors(&[EXPECTED_401]).await;
}

#[tokio::test]
async fn the_instances_page_shows_docking_instances_live_and_keeps_its_view_in_the_url() {
    let server = TestServer::start().await;
    let browser = Browser::start().await;
    browser.log_in(&server).await;
    browser.wait_text("#page-status", "of 0").await;
    browser
        .wait_text("[data-status=connected] .count-value", "0")
        .await;

    // An emulated instance docks: its count and row appear without a reload.
    let mut spec = InstanceSpec::new(UPLINK_TOKEN);
    spec.tag = Some("web-live".into());
    let uuid = spec.uuid.clone();
    let mut first = instance::spawn(server.uplink_target(), spec);
    first.wait_docked().await;
    browser
        .wait_text("[data-status=connected] .count-value", "1")
        .await;
    browser.wait_text("#instances tbody", &uuid).await;
    browser.wait_text("#instances tbody", "connected").await;
    browser.wait_text("#instances tbody", "web-live").await;
    let mut second = instance::spawn(server.uplink_target(), InstanceSpec::new(UPLINK_TOKEN));
    second.wait_docked().await;
    browser
        .wait_text("[data-status=all] .count-value", "2")
        .await;
    browser.wait_text("#page-status", "1–2 of 2").await;

    // Search, sort and the status filter go into the URL; back and forward walk through them.
    browser.fill("#instance-search", &uuid[..13]).await;
    browser.wait_text("#page-status", "1–1 of 1").await;
    let search_path = format!("/instances?search={}", &uuid[..13]);
    browser.wait_path(&search_path).await;
    browser.click("button.sort[data-sort=alias]").await;
    let sorted = format!("{search_path}&sort=alias");
    browser.wait_path(&sorted).await;
    browser.wait_text("th[aria-sort=ascending]", "Alias").await;
    browser.click("[data-status=connected]").await;
    browser
        .wait_path(&format!("{search_path}&status=connected&sort=alias"))
        .await;
    browser.client.back().await.expect("back");
    browser.wait_path(&sorted).await;
    browser
        .wait_text("[data-status=all][aria-pressed=true]", "All")
        .await;
    browser.client.back().await.expect("back");
    browser.wait_path(&search_path).await;

    // Delete one (the search shows just it): select it, confirm with force (it is connected).
    browser.wait_text("#page-status", "1–1 of 1").await;
    browser
        .click(&format!("tr[data-id='{uuid}'] input[type=checkbox]"))
        .await;
    browser.click("#delete-selected").await;
    browser.click("#delete-force").await;
    browser.click("#delete-confirm").await;
    browser.wait_text("[role=status].notice", "Deleted 1").await;
    let r = server
        .get(&format!("/v1/instances/{uuid}"))
        .send()
        .await
        .expect("send");
    // Forced out, it docks again at once (as a real instance would); either way the delete
    // reached the server.
    assert!(r.status() == 404 || r.status() == 200, "{}", r.status());
    browser.assert_no_console_errors(&[EXPECTED_401]).await;
}

#[tokio::test]
async fn an_instance_page_edits_the_alias_in_place_and_follows_the_log() {
    let server = TestServer::start().await;
    let browser = Browser::start().await;
    browser.log_in(&server).await;
    let spec = InstanceSpec::new(UPLINK_TOKEN);
    let uuid = spec.uuid.clone();
    let mut inst = instance::spawn(server.uplink_target(), spec);
    inst.wait_docked().await;
    // Docked means the instance sent its IDENT; the page needs the server to have stored it.
    wait_status(&server, &uuid, InstanceStatus::Connected).await;

    browser
        .goto(&format!("{}/instances/{uuid}", server.url))
        .await;
    browser.wait_text("#instance-title", &uuid).await;
    browser.wait_text("#tab-panel", "Starbase").await;
    browser.click("#edit-alias").await;
    browser.fill("#alias-input", "web-ui-1").await;
    browser.click(".inline-edit button[type=submit]").await;
    browser.wait_text("#alias-text", "web-ui-1").await;
    let stored: serde_json::Value = server
        .get(&format!("/v1/instances/{uuid}"))
        .send()
        .await
        .expect("send")
        .json()
        .await
        .expect("json");
    assert_eq!(stored["alias"], "web-ui-1");

    // The Log tab has its own URL and follows the log as lines arrive.
    browser.click("#tab-log").await;
    browser.wait_path(&format!("/instances/{uuid}/log")).await;
    browser.wait_text("#log-state", "following").await;
    inst.log("first line from the instance\n");
    browser
        .wait_text("#log", "first line from the instance")
        .await;
    inst.log("second line, live\n");
    browser.wait_text("#log", "second line, live").await;
    // A reload comes back to the same tab.
    browser.client.refresh().await.expect("reload");
    browser.wait_text("#log", "second line, live").await;
    browser.click("#tab-hardware").await;
    browser.wait_text("#tab-panel", "x86_64").await;
    browser.assert_no_console_errors(&[EXPECTED_401]).await;
}
