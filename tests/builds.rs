//! Builds and NaCl validation against a real Docker engine: success, failure, timeout, cancel,
//! the queue, restarts (see `helper/docker.rs` for how to provide the engine).

use std::collections::HashMap;
use std::time::{Duration, Instant};

use mothership::protocol::ErrorBody;
use mothership::protocol::builders::{Build, BuildStatus, ValidateResult};
use mothership::protocol::documents::Document;
use mothership::protocol::images::Image;
use mothership::protocol::list::Page;
use mothership::protocol::uplinks::Uplink;
use reqwest::Method;
use serde_json::json;

use crate::helper::TestServer;
use crate::helper::docker::{DockerEnv, docker_env};

async fn server(env: &DockerEnv) -> TestServer {
    TestServer::start_with(|c| env.configure(c)).await
}

async fn error_of(r: reqwest::Response, status: u16) -> ErrorBody {
    assert_eq!(r.status(), status);
    r.json().await.expect("error body")
}

/// Polls a build until it has finished (bounded).
/// The answer of a NaCl validation at `path` for `text`.
pub async fn validate(server: &TestServer, path: &str, text: &'static str) -> ValidateResult {
    server
        .request(Method::POST, path)
        .body(text)
        .send()
        .await
        .expect("validate")
        .json()
        .await
        .expect("json")
}

/// The stored log of a build.
pub async fn build_log(server: &TestServer, id: &str) -> String {
    server
        .get(&format!("/v1/builds/{id}/log"))
        .send()
        .await
        .expect("log")
        .text()
        .await
        .expect("text")
}

pub async fn wait_build(server: &TestServer, id: &str) -> Build {
    let deadline = Instant::now() + Duration::from_secs(90);
    loop {
        let build: Build = server
            .get(&format!("/v1/builds/{id}"))
            .send()
            .await
            .expect("get build")
            .json()
            .await
            .expect("build json");
        if build.status.is_finished() {
            return build;
        }
        assert!(
            Instant::now() < deadline,
            "build {id} did not finish: {build:?}"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// Polls until the build reaches `status` (bounded).
async fn wait_status(server: &TestServer, id: &str, status: BuildStatus) -> Build {
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        let build: Build = server
            .get(&format!("/v1/builds/{id}"))
            .send()
            .await
            .expect("get build")
            .json()
            .await
            .expect("build json");
        if build.status == status {
            return build;
        }
        assert!(
            Instant::now() < deadline && !build.status.is_finished(),
            "build {id} never became {status:?}: {build:?}"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

/// The config.json a test builder's image carries (between `--- config.json ---` and the next
/// `--- ` part, if any).
pub fn config_part(text: &str) -> serde_json::Value {
    let start = text.find("--- config.json ---\n").expect("config part") + 20;
    let end = text[start..]
        .find("\n--- ")
        .map_or(text.len(), |i| start + i);
    serde_json::from_str(text[start..end].trim()).expect("config.json is JSON")
}

/// The memdisk file `path` (e.g. `/certs/mothership.pem`) a test builder's image carries:
/// the text after its `--- memdisk[ file] PATH ---` line, up to the next part.
pub fn memdisk_file(text: &str, path: &str) -> Option<String> {
    let start = [
        format!("--- memdisk {path} ---\n"),
        format!("--- memdisk file {path} ---\n"),
    ]
    .iter()
    .find_map(|marker| text.find(marker.as_str()).map(|i| i + marker.len()))?;
    let end = text[start..]
        .find("--- memdisk ")
        .map_or(text.len(), |i| start + i);
    Some(text[start..end].to_owned())
}

pub async fn submit(server: &TestServer, builder: &str, mut body: serde_json::Value) -> Build {
    // The test builders read `nacl_content` as a script (`SLEEP 60`, `FAIL`), not as NaCl:
    // build it anyway.
    if body.get("force").is_none() {
        body["force"] = json!(true);
    }
    let r = server
        .request(
            Method::POST,
            &format!("/v1/images/build/services/Starbase/builders/{builder}"),
        )
        .json(&body)
        .send()
        .await
        .expect("build request");
    assert_eq!(r.status(), 202, "{:?}", r.text().await);
    let location = r
        .headers()
        .get("location")
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned);
    let build: Build = r.json().await.expect("build record");
    assert_eq!(location, Some(format!("/v1/builds/{}", build.id)));
    build
}

/// Containers of a build still on the engine.
async fn containers_of(env: &DockerEnv, build_id: &str) -> usize {
    let docker = env.docker().await;
    let filters = HashMap::from([("name".to_owned(), vec![format!("build-{build_id}")])]);
    docker
        .list_containers(Some(bollard::query_parameters::ListContainersOptions {
            all: true,
            filters: Some(filters),
            ..Default::default()
        }))
        .await
        .expect("list containers")
        .len()
}

#[tokio::test]
async fn validate_reports_valid_and_invalid_nacl() {
    let Some(env) = docker_env() else { return };
    let server = server(env).await;
    let path = format!("/v1/nacls/validate/builders/{}", env.builder());
    let ok: ValidateResult = validate(&server, &path, "Iface eth0 {\n  dhcp\n}\n").await;
    assert!(ok.valid && ok.errors.is_empty(), "{ok:?}");
    let bad: ValidateResult = validate(&server, &path, "Iface eth0 {\n  ERROR here\n").await;
    assert!(!bad.valid);
    let positions: Vec<(u32, u32)> = bad.errors.iter().map(|e| (e.line, e.column)).collect();
    assert_eq!(positions, vec![(2, 3), (1, 12)], "{bad:?}");
    assert_eq!(bad.errors[0].message, "unexpected ERROR token");
}

#[tokio::test]
async fn build_produces_an_image_reflecting_nacl_and_uplink_config() {
    let Some(env) = docker_env() else { return };
    let server = server(env).await;
    let nacl = "Iface eth0 {\n  index: 0,\n  address: 10.0.0.42\n}\n";
    let queued = submit(
        &server,
        env.builder(),
        json!({"nacl_content": nacl, "tag": "release-7"}),
    )
    .await;
    assert!(matches!(
        queued.status,
        BuildStatus::Queued | BuildStatus::Running
    ));
    // Follow the log while it runs: the stream ends when the build does.
    let log = server
        .get(&format!("/v1/builds/{}/log?follow=1", queued.id))
        .send()
        .await
        .expect("log")
        .text()
        .await
        .expect("log text");
    assert!(log.contains("building Starbase"), "{log}");
    let build = wait_build(&server, &queued.id).await;
    assert_eq!(build.status, BuildStatus::Succeeded, "{build:?}\n{log}");
    assert_eq!(build.exit_code, Some(0));
    let image_id = build.image_id.clone().expect("image id");
    let bytes = std::fs::read(server.config.runtime_dir.join("images").join(&image_id))
        .expect("image file");
    assert_eq!(build.image_size, Some(bytes.len() as u64));
    use sha1::Digest;
    assert_eq!(hex::encode(sha1::Sha1::digest(&bytes)), image_id);
    assert_eq!(&bytes[..4], b"\x7fELF");
    let text = String::from_utf8_lossy(&bytes);
    assert!(text.contains("service=Starbase"), "{text}");
    assert!(text.contains(nacl), "{text}");
    let config = config_part(&text);
    assert_eq!(config["uplink"]["tag"], "release-7");
    let url = config["uplink"]["url"].as_str().expect("uplink url");
    assert!(
        url.ends_with(&format!(":{}", server.uplink_addr.port())),
        "{url}"
    );
    let default = default_uplink(&server).await;
    assert_eq!(build.uplink_id.as_deref(), Some(default.id.as_str()));
    assert_eq!(containers_of(env, &build.id).await, 0, "container removed");

    // A service the builder does not bundle, and a bad body.
    let r = server
        .request(
            Method::POST,
            &format!("/v1/images/build/services/Nope/builders/{}", env.builder()),
        )
        .json(&json!({"nacl_content": nacl}))
        .send()
        .await
        .expect("request");
    assert!(error_of(r, 404).await.error.message.contains("Nope"));
    let r = server
        .request(
            Method::POST,
            &format!(
                "/v1/images/build/services/Starbase/builders/{}",
                env.builder()
            ),
        )
        .json(&json!({"tag": "x"}))
        .send()
        .await
        .expect("request");
    assert_eq!(r.status(), 400);
}

/// The uplink created at first start.
async fn default_uplink(server: &TestServer) -> Uplink {
    server
        .get("/v1/uplinks/default")
        .send()
        .await
        .expect("get uplink")
        .json()
        .await
        .expect("uplink json")
}

#[tokio::test]
async fn build_from_a_stored_nacl_files_the_image_in_the_store() {
    let Some(env) = docker_env() else { return };
    let server = server(env).await;
    let nacl_text = "Iface eth1 {\n  index: 1,\n  address: 10.9.8.7\n}\n";
    let r = server
        .request(Method::POST, "/v1/nacls")
        .json(&json!({"name": "edge", "content": nacl_text}))
        .send()
        .await
        .expect("create nacl");
    assert_eq!(r.status(), 201, "{:?}", r.text().await);
    let nacl: Document = r.json().await.expect("nacl json");
    let uplink = default_uplink(&server).await;

    // By id, then by name: the same inputs make the same bytes, so the same image.
    let mut image_ids = Vec::new();
    for key in [nacl.id.as_str(), "edge"] {
        let queued = submit(&server, env.builder(), json!({"nacl_id": key})).await;
        let build = wait_build(&server, &queued.id).await;
        assert_eq!(build.status, BuildStatus::Succeeded, "{build:?}");
        assert_eq!(build.nacl_id.as_deref(), Some(nacl.id.as_str()));
        assert_eq!(build.uplink_id.as_deref(), Some(uplink.id.as_str()));
        image_ids.push(build.image_id.expect("image id"));
    }
    assert_eq!(image_ids[0], image_ids[1]);
    let image_id = &image_ids[0];

    let page: Page<Image> = server
        .get("/v1/images")
        .send()
        .await
        .expect("list images")
        .json()
        .await
        .expect("images json");
    assert_eq!(page.total, 1, "{page:?}");
    let image = &page.items[0];
    assert_eq!(&image.id, image_id);
    assert_eq!(image.service.as_deref(), Some("Starbase"));
    assert_eq!(image.builder_id.as_deref(), Some(env.builder()));
    let version = &env.builders[env.builders.len() - 1].0;
    assert_eq!(image.includeos_version.as_deref(), Some(version.as_str()));
    assert_eq!(image.nacl_id.as_deref(), Some(nacl.id.as_str()));
    assert_eq!(image.nacl_name.as_deref(), Some("edge"));
    assert_eq!(image.uplink_id.as_deref(), Some(uplink.id.as_str()));

    // Downloadable, and built from the stored NaCl and the default uplink's url and token.
    let r = server
        .get(&format!("/v1/images/{image_id}"))
        .header("accept", "application/octet-stream")
        .send()
        .await
        .expect("download");
    assert_eq!(r.status(), 200);
    let bytes = r.bytes().await.expect("image bytes");
    let text = String::from_utf8_lossy(&bytes);
    assert!(text.contains(nacl_text), "{text}");
    let config = config_part(&text);
    assert_eq!(config["uplink"]["url"], uplink.url.as_str());
    let token = crate::uplinks::uplink_token(&server, &uplink.id).await;
    assert_eq!(config["uplink"]["token"], token.as_str());

    // An uplink's optional keys reach config.json; unset ones stay out.
    let r = server
        .request(Method::POST, "/v1/uplinks")
        .json(
            &json!({"name": "lab", "url": "https://lab.example:9090", "token": "t0k3n-0123456789ab",
                      "verify": false, "send_stats": 5000}),
        )
        .send()
        .await
        .expect("create uplink");
    assert_eq!(r.status(), 201, "{:?}", r.text().await);
    let lab: Uplink = r.json().await.expect("uplink json");
    let queued = submit(
        &server,
        env.builder(),
        json!({"nacl_id": "edge", "uplink_id": "lab", "tag": "t1"}),
    )
    .await;
    let build = wait_build(&server, &queued.id).await;
    assert_eq!(build.uplink_id.as_deref(), Some(lab.id.as_str()));
    let bytes = std::fs::read(
        server
            .config
            .runtime_dir
            .join("images")
            .join(build.image_id.expect("image id")),
    )
    .expect("image file");
    let text = String::from_utf8_lossy(&bytes);
    let config = config_part(&text);
    assert_eq!(
        config["uplink"],
        json!({"url": "https://lab.example:9090", "token": "t0k3n-0123456789ab", "verify": false,
               "send_stats": 5000, "tag": "t1"})
    );

    // Unknown NaCl and uplink: 404 naming them.
    for (body, named) in [
        (json!({"nacl_id": "nope-nacl"}), "nope-nacl"),
        (
            json!({"nacl_id": "edge", "uplink_id": "nope-uplink"}),
            "nope-uplink",
        ),
    ] {
        let r = server
            .request(
                Method::POST,
                &format!(
                    "/v1/images/build/services/Starbase/builders/{}",
                    env.builder()
                ),
            )
            .json(&body)
            .send()
            .await
            .expect("request");
        let message = error_of(r, 404).await.error.message;
        assert!(message.contains(named), "{message}");
    }
}

#[tokio::test]
async fn failed_build_keeps_its_log_across_a_restart() {
    let Some(env) = docker_env() else { return };
    let server = server(env).await;
    let queued = submit(&server, env.builder(), json!({"nacl_content": "FAIL\n"})).await;
    let build = wait_build(&server, &queued.id).await;
    assert_eq!(build.status, BuildStatus::Failed);
    assert_eq!(build.exit_code, Some(3));
    assert!(
        build
            .error
            .as_deref()
            .is_some_and(|e| e.contains("status 3"))
    );
    assert_eq!(containers_of(env, &build.id).await, 0, "container removed");
    let server = server.restart().await;
    let again: Build = server
        .get(&format!("/v1/builds/{}", build.id))
        .send()
        .await
        .expect("get")
        .json()
        .await
        .expect("json");
    assert_eq!(again.status, BuildStatus::Failed);
    let log = build_log(&server, &build.id).await;
    assert!(log.contains("the compiler failed"), "{log}");
}

#[tokio::test]
async fn build_timeout_stops_and_removes_the_container() {
    let Some(env) = docker_env() else { return };
    let server = TestServer::start_with(|c| {
        env.configure(c);
        c.build_timeout_secs = 2;
    })
    .await;
    let queued = submit(
        &server,
        env.builder(),
        json!({"nacl_content": "SLEEP 60\n"}),
    )
    .await;
    let started = Instant::now();
    let build = wait_build(&server, &queued.id).await;
    assert_eq!(build.status, BuildStatus::TimedOut, "{build:?}");
    assert!(started.elapsed() < Duration::from_secs(30));
    assert!(build.error.as_deref().is_some_and(|e| e.contains("2s")));
    assert_eq!(containers_of(env, &build.id).await, 0, "container removed");
}

#[tokio::test]
async fn cancel_stops_a_running_build_and_removes_its_container() {
    let Some(env) = docker_env() else { return };
    let server = server(env).await;
    let queued = submit(
        &server,
        env.builder(),
        json!({"nacl_content": "SLEEP 60\n"}),
    )
    .await;
    wait_status(&server, &queued.id, BuildStatus::Running).await;
    // Wait for the container to be doing its work (the log shows it).
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        let log = server
            .get(&format!("/v1/builds/{}/log", queued.id))
            .send()
            .await
            .expect("log")
            .text()
            .await
            .expect("text");
        if log.contains("compiling") {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "build never started compiling: {log}"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let cancelled: Build = server
        .request(Method::DELETE, &format!("/v1/builds/{}", queued.id))
        .send()
        .await
        .expect("cancel")
        .json()
        .await
        .expect("json");
    assert_eq!(cancelled.status, BuildStatus::Cancelled);
    assert_eq!(containers_of(env, &queued.id).await, 0, "container removed");
    let again = server
        .request(Method::DELETE, &format!("/v1/builds/{}", queued.id))
        .send()
        .await
        .expect("cancel again");
    assert_eq!(again.status(), 409);
}

#[tokio::test]
async fn builds_beyond_the_bound_wait_in_the_queue() {
    let Some(env) = docker_env() else { return };
    let server = TestServer::start_with(|c| {
        env.configure(c);
        c.max_builds = 1;
    })
    .await;
    let first = submit(&server, env.builder(), json!({"nacl_content": "SLEEP 2\n"})).await;
    let second = submit(&server, env.builder(), json!({"nacl_content": "a\n"})).await;
    let third = submit(&server, env.builder(), json!({"nacl_content": "b\n"})).await;
    wait_status(&server, &first.id, BuildStatus::Running).await;
    for waiting in [&second, &third] {
        let b: Build = server
            .get(&format!("/v1/builds/{}", waiting.id))
            .send()
            .await
            .expect("get")
            .json()
            .await
            .expect("json");
        assert_eq!(b.status, BuildStatus::Queued, "one slot: {b:?}");
    }
    // A queued build can be cancelled without ever running.
    let cancelled: Build = server
        .request(Method::DELETE, &format!("/v1/builds/{}", third.id))
        .send()
        .await
        .expect("cancel")
        .json()
        .await
        .expect("json");
    assert_eq!(cancelled.status, BuildStatus::Cancelled);
    assert_eq!(cancelled.started, None);
    let first = wait_build(&server, &first.id).await;
    let second = wait_build(&server, &second.id).await;
    assert_eq!(first.status, BuildStatus::Succeeded);
    assert_eq!(second.status, BuildStatus::Succeeded);
    assert!(second.started >= first.finished, "{first:?} {second:?}");
    assert_ne!(first.image_id, second.image_id);
}

#[tokio::test]
async fn builds_running_when_the_server_died_are_failed_on_restart() {
    let (dir, config) = crate::helper::test_config();
    // What a crash leaves: a record still marked running.
    let store = mothership::store::Store::open(&config.runtime_dir).expect("store");
    let record = Build {
        id: "deadbeefdeadbeef".into(),
        service: "Starbase".into(),
        builder_id: "0123456789ab".into(),
        version: "v0.15.0".into(),
        status: BuildStatus::Running,
        nacl_id: None,
        uplink_id: None,
        tag: None,
        exit_code: None,
        error: None,
        image_id: None,
        image_size: None,
        created: "2024-01-01T00:00:00Z".into(),
        started: Some("2024-01-01T00:00:01Z".into()),
        finished: None,
    };
    store
        .call_blocking(|c| mothership::store::builders::save_build(c, &record))
        .expect("save");
    drop(store);
    let server = TestServer::start_in(dir, config).await;
    let b: Build = server
        .get("/v1/builds/deadbeefdeadbeef")
        .send()
        .await
        .expect("get")
        .json()
        .await
        .expect("json");
    assert_eq!(b.status, BuildStatus::Failed);
    assert!(
        b.error
            .as_deref()
            .is_some_and(|e| e.contains("server stopped")),
        "{b:?}"
    );
    assert!(b.finished.is_some());
}

#[tokio::test]
async fn stopping_the_server_stops_its_builds() {
    let Some(env) = docker_env() else { return };
    let server = server(env).await;
    let queued = submit(
        &server,
        env.builder(),
        json!({"nacl_content": "SLEEP 60\n"}),
    )
    .await;
    wait_status(&server, &queued.id, BuildStatus::Running).await;
    let started = Instant::now();
    let server = server.restart().await;
    assert!(started.elapsed() < Duration::from_secs(30));
    assert_eq!(containers_of(env, &queued.id).await, 0, "container removed");
    let b: Build = server
        .get(&format!("/v1/builds/{}", queued.id))
        .send()
        .await
        .expect("get")
        .json()
        .await
        .expect("json");
    assert_eq!(b.status, BuildStatus::Failed);
    assert!(
        b.error
            .as_deref()
            .is_some_and(|e| e.contains("server stopped")),
        "{b:?}"
    );
}

/// `mothership build` follows the log until the build ends: that open request must not hold
/// shutdown up for the whole drain timeout (10 s, when `docker stop` kills after 10 s).
#[tokio::test]
async fn a_followed_build_log_does_not_hold_shutdown_up() {
    let Some(env) = docker_env() else { return };
    let server = server(env).await;
    let queued = submit(
        &server,
        env.builder(),
        json!({"nacl_content": "SLEEP 60\n"}),
    )
    .await;
    wait_status(&server, &queued.id, BuildStatus::Running).await;
    let log = server
        .get(&format!("/v1/builds/{}/log?follow=1", queued.id))
        .send()
        .await
        .expect("follow the log");
    assert_eq!(log.status(), 200);
    let follower = tokio::spawn(log.text());
    let started = Instant::now();
    let (_dir, _config) = server.stop().await;
    let took = started.elapsed();
    assert!(took < Duration::from_secs(5), "shutdown took {took:?}");
    let text = tokio::time::timeout(Duration::from_secs(5), follower)
        .await
        .expect("the log stream ended")
        .expect("follower task");
    if let Ok(text) = text {
        assert!(text.contains("server stopped"), "{text}");
    }
    assert_eq!(containers_of(env, &queued.id).await, 0, "container removed");
}

#[tokio::test]
async fn dockeroptions_reach_the_build_container() {
    let Some(env) = docker_env() else { return };
    // Builders made after this change print what they were given.
    let made = crate::helper::docker::make_builders(
        &env.registry,
        &crate::helper::docker::unique("mstest/options"),
        &["v4.0.0"],
        false,
    );
    let server = TestServer::start_with(|c| {
        env.configure(c);
        c.dockeroptions = Some("-e BUILDER_OPT_GREETING='hello there' --memory 64m".into());
    })
    .await;
    let queued = submit(&server, &made[0].1, json!({"nacl_content": "a {\n}\n"})).await;
    let build = wait_build(&server, &queued.id).await;
    let log = build_log(&server, &build.id).await;
    assert_eq!(build.status, BuildStatus::Succeeded, "{log}");
    assert!(log.contains("BUILDER_OPT_GREETING=hello there"), "{log}");
    assert!(
        log.contains(&format!("memory limit: {}", 64 << 20)),
        "{log}"
    );
}
