//! `POST /v1/instances/{id}/upgrade` and `/v1/upgrades` against a real engine and an emulated
//! instance: one record per upgrade with its build and deploy, followed to `verified` with or
//! without `?wait=true`; failed, cancelled and interrupted upgrades; the errors.

use std::time::Duration;

use mothership::protocol::ErrorBody;
use mothership::protocol::builders::BuildStatus;
use mothership::protocol::deploys::DeployState;
use mothership::protocol::documents::Document;
use mothership::protocol::images::Image;
use mothership::protocol::list::Page;
use mothership::protocol::upgrade::{Upgrade, UpgradeState};
use mothership::protocol::uplinks::Uplink;
use reqwest::{Method, StatusCode};
use serde_json::json;

use crate::deploy::{docked, spec};
use crate::hangar::get_instance;
use crate::helper::TestServer;
use crate::helper::docker::{DockerEnv, docker_env};
use crate::helper::instance::{InstanceHandle, OnUpdate};

/// A server on the test engine with one docked instance running the newest test builder's
/// version, and the default uplink set to the url it reports (so its images fit it).
pub struct Setup {
    pub server: TestServer,
    pub instance: InstanceHandle,
    pub uuid: String,
    pub uplink: Uplink,
    /// The newest test builder, the one an upgrade picks.
    pub builder: String,
}

pub async fn setup(env: &DockerEnv) -> Setup {
    setup_with(env, OnUpdate::Apply).await
}

/// [`setup`] with an instance that takes updates its own way.
pub async fn setup_with(env: &DockerEnv, on_update: OnUpdate) -> Setup {
    let server = TestServer::start_with(|c| env.configure(c)).await;
    let (version, builder) = env.builders.last().expect("a test builder").clone();
    let mut s = spec(on_update);
    s.version = version;
    let instance = docked(&server, s.clone()).await;
    let uplink = default_uplink_as_reported_by(&server, &s.uuid).await;
    Setup {
        server,
        instance,
        uuid: s.uuid,
        uplink,
        builder,
    }
}

/// Sets the default uplink's url to the one the docked instance `uuid` reports, so images
/// built with it fit that instance; returns the uplink.
pub async fn default_uplink_as_reported_by(server: &TestServer, uuid: &str) -> Uplink {
    let reported = get_instance(server, uuid)
        .await
        .and_then(|i| i.uplink)
        .and_then(|u| u.url)
        .expect("reported uplink url");
    let r = server
        .request(Method::PATCH, "/v1/uplinks/default")
        .json(&json!({"url": reported}))
        .send()
        .await
        .expect("patch uplink");
    assert_eq!(r.status(), StatusCode::OK, "{:?}", r.text().await);
    r.json().await.expect("uplink")
}

/// Stores a NaCl.
pub async fn stored_nacl(server: &TestServer, name: &str, content: &str) -> Document {
    let r = server
        // The test builders read the NaCl as a script (`SLEEP 60`, `FAIL`): store it anyway.
        .request(Method::POST, "/v1/nacls?force=true")
        .json(&json!({"name": name, "content": content}))
        .send()
        .await
        .expect("create nacl");
    assert_eq!(r.status(), 201);
    r.json().await.expect("nacl")
}

async fn post_upgrade(
    server: &TestServer,
    id: &str,
    wait: bool,
    body: serde_json::Value,
) -> reqwest::Response {
    let query = if wait { "?wait=true" } else { "" };
    server
        .request(Method::POST, &format!("/v1/instances/{id}/upgrade{query}"))
        .json(&body)
        .send()
        .await
        .expect("upgrade request")
}

pub async fn get_upgrade(server: &TestServer, id: &str) -> Upgrade {
    let r = server
        .get(&format!("/v1/upgrades/{id}"))
        .send()
        .await
        .expect("get upgrade");
    assert_eq!(r.status(), StatusCode::OK, "{:?}", r.text().await);
    r.json().await.expect("upgrade record")
}

async fn list_upgrades(server: &TestServer, query: &str) -> Page<Upgrade> {
    let r = server
        .get(&format!("/v1/upgrades{query}"))
        .send()
        .await
        .expect("list upgrades");
    assert_eq!(r.status(), StatusCode::OK, "{:?}", r.text().await);
    r.json().await.expect("upgrade page")
}

/// Polls the record until it is over; returns it with every state seen on the way.
pub async fn poll_until_over(server: &TestServer, id: &str) -> (Upgrade, Vec<UpgradeState>) {
    let mut seen: Vec<UpgradeState> = Vec::new();
    let deadline = tokio::time::Instant::now() + Duration::from_secs(60);
    loop {
        let up = get_upgrade(server, id).await;
        if seen.last() != Some(&up.state) {
            seen.push(up.state);
        }
        if up.state.is_final() {
            return (up, seen);
        }
        assert!(
            tokio::time::Instant::now() < deadline,
            "upgrade {id} still {} after 60 s: {up:?}",
            up.state
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

#[tokio::test]
async fn upgrade_builds_for_the_instance_and_deploys_it() {
    let Some(env) = docker_env() else { return };
    let Setup {
        server,
        instance: _instance,
        uuid,
        uplink,
        builder,
    } = setup(env).await;

    // Unknown instance, then no NaCl known (it runs no stored build).
    let r = post_upgrade(&server, "00000000-dead", true, json!({})).await;
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
    let r = post_upgrade(&server, &uuid, true, json!({})).await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let e: ErrorBody = r.json().await.expect("error body");
    assert!(
        e.error.hint.as_deref().unwrap_or("").contains("nacl"),
        "{e:?}"
    );
    let nacl = stored_nacl(&server, "upgrade-nacl", "Iface eth0 {\n  dhcp\n}\n").await;

    // A builder that does not exist: 404 naming it, and no record.
    let r = post_upgrade(
        &server,
        &uuid,
        true,
        json!({"nacl_id": "upgrade-nacl", "builder_id": "0123456789ab"}),
    )
    .await;
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
    let e: ErrorBody = r.json().await.expect("error body");
    assert!(e.error.message.contains("0123456789ab"), "{e:?}");
    assert_eq!(
        list_upgrades(&server, "").await.total,
        0,
        "a refused upgrade leaves no record"
    );

    let r = post_upgrade(
        &server,
        &uuid[..8],
        true,
        json!({"nacl_id": "upgrade-nacl"}),
    )
    .await;
    assert_eq!(r.status(), StatusCode::OK, "{:?}", r.text().await);
    let location = r
        .headers()
        .get("location")
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned);
    let up: Upgrade = r.json().await.expect("upgrade record");
    assert_eq!(location, Some(format!("/v1/upgrades/{}", up.id)));
    assert_eq!(up.id.len(), 16, "{up:?}");
    assert_eq!(up.instance, uuid);
    assert_eq!(up.state, UpgradeState::Verified, "{up:?}");
    assert_eq!(up.error, None);
    assert!(up.finished.is_some_and(|f| f >= up.created), "{up:?}");
    assert_eq!(up.build.status, BuildStatus::Succeeded, "{up:?}");
    assert_eq!(up.build.builder_id, builder);
    assert_eq!(up.build.service, "Starbase");
    assert_eq!(up.build.uplink_id.as_deref(), Some(uplink.id.as_str()));
    assert_eq!(up.build.nacl_id.as_deref(), Some(nacl.id.as_str()));
    let image_id = up.build.image_id.clone().expect("image id");
    let deploy = up.deploy.clone().expect("deploy record");
    assert_eq!(deploy.state, DeployState::Verified, "{deploy:?}");
    assert_eq!(deploy.image, image_id);
    assert_eq!(deploy.targets.len(), 1);
    assert_eq!(deploy.targets[0].instance, uuid);

    // The record answers GET as it was answered, by whole ID and by prefix.
    assert_eq!(get_upgrade(&server, &up.id).await, up);
    assert_eq!(get_upgrade(&server, &up.id[..6]).await.id, up.id);
    let r = server
        .get("/v1/upgrades/0000ffff0000ffff")
        .send()
        .await
        .expect("get");
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
    let e: ErrorBody = r.json().await.expect("error body");
    assert!(e.error.message.contains("0000ffff0000ffff"), "{e:?}");

    let inst = get_instance(&server, &uuid).await.expect("instance");
    assert_eq!(inst.binary.as_deref(), Some(image_id.as_str()));
    let image: Image = server
        .get(&format!("/v1/images/{image_id}"))
        .send()
        .await
        .expect("get image")
        .json()
        .await
        .expect("image");
    assert_eq!(image.nacl_id.as_deref(), Some(nacl.id.as_str()));

    // Again without naming the NaCl: the one its image was built with.
    let r = post_upgrade(&server, &uuid, true, json!({"tag": "again"})).await;
    assert_eq!(r.status(), StatusCode::OK, "{:?}", r.text().await);
    let again: Upgrade = r.json().await.expect("upgrade record");
    assert_eq!(again.build.nacl_id.as_deref(), Some(nacl.id.as_str()));
    assert_eq!(again.state, UpgradeState::Verified, "{again:?}");
    assert!(again.deploy.is_some(), "{again:?}");

    // Listed newest first, by instance (any way of naming it) and state.
    let page = list_upgrades(&server, &format!("?instance_id={}", &uuid[..8])).await;
    assert_eq!(page.total, 2);
    let ids: Vec<&str> = page.items.iter().map(|u| u.id.as_str()).collect();
    assert_eq!(ids, [again.id.as_str(), up.id.as_str()]);
    assert!(page.items[0].deploy.is_some(), "{:?}", page.items[0]);
    assert_eq!(
        list_upgrades(&server, "?instance_id=00000000-gone")
            .await
            .total,
        0
    );
    assert_eq!(list_upgrades(&server, "?status=failed").await.total, 0);
    // The filter's old name (issue 12) is refused, naming the new one.
    let r = server
        .get(&format!("/v1/upgrades?instance={}", &uuid[..8]))
        .send()
        .await
        .expect("list");
    assert_eq!(r.status(), StatusCode::BAD_REQUEST);
    let text = r.text().await.expect("body");
    assert!(text.contains("`instance` is now `instance_id`"), "{text}");
    let r = server
        .get("/v1/upgrades?status=done")
        .send()
        .await
        .expect("list");
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
}

#[tokio::test]
async fn without_wait_the_record_comes_at_once_and_is_followed_to_verified() {
    let Some(env) = docker_env() else { return };
    let s = setup(env).await;
    stored_nacl(&s.server, "poll-nacl", "Iface eth0 {\n  dhcp\n}\n").await;
    let r = post_upgrade(&s.server, &s.uuid, false, json!({"nacl_id": "poll-nacl"})).await;
    assert_eq!(r.status(), StatusCode::ACCEPTED, "{:?}", r.text().await);
    let begun: Upgrade = r.json().await.expect("upgrade record");
    assert_eq!(begun.state, UpgradeState::Building, "{begun:?}");
    assert!(!begun.build.status.is_finished(), "{begun:?}");
    assert_eq!(begun.deploy, None);
    assert_eq!(begun.finished, None);

    let (done, seen) = poll_until_over(&s.server, &begun.id).await;
    assert_eq!(done.state, UpgradeState::Verified, "{done:?}");
    assert_eq!(seen.first(), Some(&UpgradeState::Building), "{seen:?}");
    assert!(
        !seen.contains(&UpgradeState::Failed),
        "states only move forward: {seen:?}"
    );
    assert_eq!(done.build.id, begun.build.id);
    assert_eq!(done.build.status, BuildStatus::Succeeded);
    let deploy = done.deploy.expect("the deploy is recorded");
    assert_eq!(deploy.state, DeployState::Verified);
    assert_eq!(Some(deploy.image), done.build.image_id);
    assert!(done.updated >= begun.updated && done.finished.is_some());
}

#[tokio::test]
async fn failed_and_cancelled_builds_end_the_upgrade_with_the_reason() {
    let Some(env) = docker_env() else { return };
    let s = setup(env).await;
    stored_nacl(&s.server, "failing", "Iface eth0 {\n  dhcp\n}\nFAIL\n").await;
    stored_nacl(&s.server, "slow", "SLEEP 60\n").await;

    let r = post_upgrade(&s.server, &s.uuid, true, json!({"nacl_id": "failing"})).await;
    assert_eq!(r.status(), StatusCode::OK, "{:?}", r.text().await);
    let failed: Upgrade = r.json().await.expect("upgrade record");
    assert_eq!(failed.state, UpgradeState::Failed, "{failed:?}");
    assert_eq!(failed.build.status, BuildStatus::Failed);
    assert_eq!(failed.deploy, None);
    let why = failed.error.clone().unwrap_or_default();
    assert!(
        why.contains(&failed.build.id) && why.contains("exited with status 3"),
        "{why}"
    );

    let r = post_upgrade(&s.server, &s.uuid, false, json!({"nacl_id": "slow"})).await;
    assert_eq!(r.status(), StatusCode::ACCEPTED);
    let slow: Upgrade = r.json().await.expect("upgrade record");
    let r = s
        .server
        .request(Method::DELETE, &format!("/v1/builds/{}", slow.build.id))
        .send()
        .await
        .expect("cancel build");
    assert_eq!(r.status(), StatusCode::OK, "{:?}", r.text().await);
    let (cancelled, _) = poll_until_over(&s.server, &slow.id).await;
    assert_eq!(cancelled.state, UpgradeState::Cancelled, "{cancelled:?}");
    assert_eq!(cancelled.build.status, BuildStatus::Cancelled);
    assert_eq!(cancelled.deploy, None);
    assert!(
        cancelled
            .error
            .as_deref()
            .unwrap_or("")
            .contains("cancelled"),
        "{cancelled:?}"
    );
    let page = list_upgrades(&s.server, "?status=cancelled").await;
    assert_eq!(page.total, 1);
    assert_eq!(page.items[0].id, slow.id);
}

#[tokio::test]
async fn an_upgrade_cut_off_by_a_restart_is_recorded_failed() {
    let Some(env) = docker_env() else { return };
    let s = setup(env).await;
    stored_nacl(&s.server, "slow", "SLEEP 60\n").await;
    let r = post_upgrade(&s.server, &s.uuid, false, json!({"nacl_id": "slow"})).await;
    assert_eq!(r.status(), StatusCode::ACCEPTED);
    let begun: Upgrade = r.json().await.expect("upgrade record");
    drop(s.instance);

    let server = s.server.restart().await;
    let after = get_upgrade(&server, &begun.id).await;
    assert_eq!(after.state, UpgradeState::Failed, "{after:?}");
    assert!(
        after
            .error
            .as_deref()
            .unwrap_or("")
            .contains("interrupted by a server shutdown"),
        "{after:?}"
    );
    assert!(after.finished.is_some());
    assert_eq!(after.build.id, begun.build.id);
    assert_eq!(after.build.status, BuildStatus::Failed, "{:?}", after.build);
    assert_eq!(after.deploy, None);
}

#[tokio::test]
async fn an_upgrade_cut_off_while_deploying_keeps_its_deploy() {
    let Some(env) = docker_env() else { return };
    // The instance never acks, so the deploy runs until the restart.
    let s = setup_with(env, OnUpdate::Ignore).await;
    stored_nacl(&s.server, "quick", "Iface eth0 {\n  dhcp\n}\n").await;
    let r = post_upgrade(&s.server, &s.uuid, false, json!({"nacl_id": "quick"})).await;
    assert_eq!(r.status(), StatusCode::ACCEPTED);
    let begun: Upgrade = r.json().await.expect("upgrade record");
    let deadline = tokio::time::Instant::now() + Duration::from_secs(60);
    let deploying = loop {
        let up = get_upgrade(&s.server, &begun.id).await;
        assert!(!up.state.is_final(), "{up:?}");
        if up.state == UpgradeState::Deploying {
            break up;
        }
        assert!(tokio::time::Instant::now() < deadline, "still {up:?}");
        tokio::time::sleep(Duration::from_millis(20)).await;
    };
    let deploy = deploying
        .deploy
        .clone()
        .expect("the deploy id is recorded as it starts");
    assert_eq!(deploy.state, DeployState::Running);
    assert_eq!(deploying.build.status, BuildStatus::Succeeded);

    let server = s.server.restart().await;
    let after = get_upgrade(&server, &begun.id).await;
    assert_eq!(after.state, UpgradeState::Failed, "{after:?}");
    assert!(
        after
            .error
            .as_deref()
            .unwrap_or("")
            .contains("interrupted by a server shutdown"),
        "{after:?}"
    );
    let kept = after.deploy.expect("the deploy survives the restart");
    assert_eq!(kept.id, deploy.id);
    assert_eq!(kept.state, DeployState::Failed, "{kept:?}");
    drop(s.instance);
}
