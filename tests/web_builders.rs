//! Builders in a real headless Chromium, against the Docker test environment (see
//! `helper/docker.rs`): on Settings, update the DockerHub bob provider, prepare its bob with the
//! pull shown until it is a builder, delete the builder; on an instance's page, build & deploy
//! a new image with a builder and follow it until the emulated instance's re-dock is verified.

use std::time::Duration;

use mothership::protocol::list::Page;
use mothership::protocol::upgrade::{Upgrade, UpgradeState};
use serde_json::json;

use crate::hangar::wait_until;
use crate::helper::TestServer;
use crate::helper::browser::{Browser, EXPECTED_401};
use crate::helper::docker::{docker_env, make_builders, unique};
use crate::helper::instance::Event;
use crate::upgrade::{poll_until_over, setup, stored_nacl};
use crate::web_images::run;

#[tokio::test]
async fn settings_update_the_provider_prepare_a_bob_and_delete_the_builder() {
    let Some(env) = docker_env() else { return };
    // A repository of its own with an image the engine does not have, so Prepare really pulls.
    let repo = unique("mstest/webprep");
    let made = make_builders(&env.registry, &repo, &["v1.0.0"], true);
    let bob = made[0].1.clone();
    env.forget_local(&repo, "v1.0.0").await;
    let server = TestServer::start_with(|c| {
        env.configure(c);
        c.dockerhub_repository = repo.clone();
    })
    .await;
    let browser = Browser::start().await;
    browser.log_in(&server).await;
    browser.goto(&format!("{}/settings", server.url)).await;
    browser
        .wait_text("#bobproviders tr[data-provider='DockerHub']", "never")
        .await;

    browser.click("button[aria-label='Update DockerHub']").await;
    browser.wait_text("#announce", "DockerHub updated").await;
    // The row is drawn again with the time of the update instead of "never".
    let row = run(
        &browser,
        r##"const done = arguments[0], start = Date.now();
           (function look() {
             const row = document.querySelector("#bobproviders tr[data-provider='DockerHub']");
             if (row && !row.textContent.includes('never')) return done(row.textContent);
             if (Date.now() - start > 10000) return done(null);
             setTimeout(look, 50);
           })();"##,
        vec![],
    )
    .await;
    let row = row
        .as_str()
        .expect("the provider's row shows its last update");
    assert!(row.contains("none"), "no error: {row}");

    browser
        .click("button[aria-label='Show the bobs of DockerHub']")
        .await;
    browser.wait_text("#bobs", &bob).await;
    browser.wait_text("#bobs", "Starbase").await;
    browser
        .click(&format!("button[aria-label='Prepare bob {bob}']"))
        .await;
    // The pull's progress: a bar and a line per engine report, until the bob is a builder.
    browser
        .wait_for(&format!("#bobs progress[aria-label='Pull of {bob}']"))
        .await;
    wait_until(Duration::from_secs(60), "the prepared builder", || async {
        let r = server
            .get(&format!("/v1/builders/{bob}"))
            .send()
            .await
            .ok()?;
        r.status().is_success().then_some(())
    })
    .await;
    browser
        .wait_text("#bobs", &format!("Prepared builder {bob}"))
        .await;
    let full = run(
        &browser,
        r#"const [id, done] = arguments;
           const bar = document.querySelector(`progress[aria-label='Pull of ${id}']`);
           done(bar ? [bar.value, bar.max] : null);"#,
        vec![json!(bob)],
    )
    .await;
    assert_eq!(full[0], full[1], "the bar ends full: {full}");
    browser.wait_text("#builder-list", &bob).await;

    browser
        .click(&format!("button[aria-label='Delete builder {bob}']"))
        .await;
    browser
        .click(&format!(
            "button[aria-label='Confirm: delete builder {bob}']"
        ))
        .await;
    browser
        .wait_text("#announce", &format!("Builder {bob} deleted"))
        .await;
    let r = server
        .get(&format!("/v1/builders/{bob}"))
        .send()
        .await
        .expect("builder");
    assert_eq!(r.status(), 404);
    // The list is read again after the announcement: the builder leaves it.
    browser.wait_text_gone("#builder-list", &bob).await;
    browser.assert_no_console_errors(&[EXPECTED_401]).await;
}

#[tokio::test]
async fn update_instance_builds_and_deploys_until_the_redock_is_verified() {
    let Some(env) = docker_env() else { return };
    let mut s = setup(env).await;
    let nacl = stored_nacl(
        &s.server,
        "web-upgrade",
        "Iface eth0 {\n    index: 0,\n    config: dhcp\n}\n",
    )
    .await;
    let browser = Browser::start().await;
    browser.log_in(&s.server).await;
    browser
        .goto(&format!("{}/instances/{}", s.server.url, s.uuid))
        .await;
    browser
        .wait_text("#update-instance", "Update instance")
        .await;
    browser.click("#upgrade-box summary").await;
    browser
        .wait_for(&format!("#upgrade-builder option[value='{}']", s.builder))
        .await;
    browser
        .wait_for(&format!("#upgrade-nacl option[value='{}']", nacl.id))
        .await;
    run(
        &browser,
        r#"const [builder, nacl, done] = arguments;
           document.querySelector('#upgrade-builder').value = builder;
           document.querySelector('#upgrade-nacl').value = nacl;
           done(true);"#,
        vec![json!(s.builder), json!(nacl.id)],
    )
    .await;
    browser.fill("#upgrade-tag", "from-the-instance-page").await;
    browser.click("#upgrade-submit").await;
    browser.wait_for("#upgrade-status").await;

    // The build and the deploy take what they take: follow the record, then the page.
    let id = wait_until(Duration::from_secs(10), "the upgrade record", || async {
        let page: Page<Upgrade> = s
            .server
            .get(&format!("/v1/upgrades?instance_id={}", s.uuid))
            .send()
            .await
            .ok()?
            .json()
            .await
            .ok()?;
        page.items.first().map(|u| u.id.clone())
    })
    .await;
    let (done, _) = poll_until_over(&s.server, &id).await;
    assert_eq!(done.state, UpgradeState::Verified, "{done:?}");
    assert_eq!(done.build.tag.as_deref(), Some("from-the-instance-page"));
    s.instance
        .wait_for(Duration::from_secs(5), |e| {
            matches!(e, Event::Updated { .. })
        })
        .await;
    browser.wait_text("#upgrade-status", "verified").await;
    browser.wait_text("#update-result", "Verified").await;
    let steps = browser
        .wait_text("#deploy-steps", "Re-docked running the image")
        .await;
    assert!(!steps.contains("not yet"), "{steps}");
    browser.assert_no_console_errors(&[EXPECTED_401]).await;
}
