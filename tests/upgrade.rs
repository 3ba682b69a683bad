//! `POST /v1/instances/{id}/upgrade` against a real engine and an emulated instance: the build
//! for the instance's uplink with a stored NaCl, the deploy verified by the re-dock, the errors.

use mothership::protocol::ErrorBody;
use mothership::protocol::builders::BuildStatus;
use mothership::protocol::deploys::DeployState;
use mothership::protocol::documents::Document;
use mothership::protocol::images::Image;
use mothership::protocol::upgrade::Upgrade;
use mothership::protocol::uplinks::Uplink;
use reqwest::{Method, StatusCode};
use serde_json::json;

use crate::deploy::{docked, spec};
use crate::hangar::get_instance;
use crate::helper::TestServer;
use crate::helper::docker::docker_env;
use crate::helper::instance::OnUpdate;

async fn post_upgrade(server: &TestServer, id: &str, body: serde_json::Value) -> reqwest::Response {
    server
        .request(
            Method::POST,
            &format!("/v1/instances/{id}/upgrade?wait=true"),
        )
        .json(&body)
        .send()
        .await
        .expect("upgrade request")
}

#[tokio::test]
async fn upgrade_builds_for_the_instance_and_deploys_it() {
    let Some(env) = docker_env() else { return };
    let server = TestServer::start_with(|c| env.configure(c)).await;
    let (version, builder) = env.builders.last().expect("a test builder").clone();
    let mut s = spec(OnUpdate::Apply);
    s.version = version;
    let _inst = docked(&server, s.clone()).await;
    let uuid = s.uuid.clone();

    // The default uplink is the one the instance docked with.
    let reported = get_instance(&server, &uuid)
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
    let uplink: Uplink = r.json().await.expect("uplink");

    // Unknown instance, then no NaCl known (it runs no stored build).
    let r = post_upgrade(&server, "00000000-dead", json!({})).await;
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
    let r = post_upgrade(&server, &uuid, json!({})).await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let e: ErrorBody = r.json().await.expect("error body");
    assert!(
        e.error.hint.as_deref().unwrap_or("").contains("nacl"),
        "{e:?}"
    );

    let r = server
        .request(Method::POST, "/v1/nacls")
        .json(&json!({"name": "upgrade-nacl", "content": "Iface eth0 {\n  dhcp\n}\n"}))
        .send()
        .await
        .expect("create nacl");
    assert_eq!(r.status(), 201);
    let nacl: Document = r.json().await.expect("nacl");

    let r = post_upgrade(&server, &uuid[..8], json!({"nacl": "upgrade-nacl"})).await;
    assert_eq!(r.status(), StatusCode::OK, "{:?}", r.text().await);
    let up: Upgrade = r.json().await.expect("upgrade record");
    assert_eq!(up.instance, uuid);
    assert_eq!(up.build.status, BuildStatus::Succeeded, "{up:?}");
    assert_eq!(up.build.builder_id, builder);
    assert_eq!(up.build.service, "Starbase");
    assert_eq!(up.build.uplink_id.as_deref(), Some(uplink.id.as_str()));
    assert_eq!(up.build.nacl_id.as_deref(), Some(nacl.id.as_str()));
    let image_id = up.build.image_id.clone().expect("image id");
    let deploy = up.deploy.expect("deploy record");
    assert_eq!(deploy.state, DeployState::Verified, "{deploy:?}");
    assert_eq!(deploy.image, image_id);

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
    let r = post_upgrade(&server, &uuid, json!({"tag": "again"})).await;
    assert_eq!(r.status(), StatusCode::OK, "{:?}", r.text().await);
    let again: Upgrade = r.json().await.expect("upgrade record");
    assert_eq!(again.build.nacl_id.as_deref(), Some(nacl.id.as_str()));
    assert_eq!(again.build.status, BuildStatus::Succeeded, "{again:?}");
    assert!(again.deploy.is_some(), "{again:?}");
}
