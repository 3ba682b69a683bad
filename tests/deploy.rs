//! Deploys (live updates) through the API against emulated instances: verified, wrong ack,
//! timeouts, disconnect before the ack, an update that fails inside the instance, uplink and
//! version mismatches refused and forced, deploys to many with a concurrency limit.

use std::time::Duration;

use bytes::Bytes;
use mothership::protocol::deploys::{Deploy, DeployState, TargetState};
use mothership::protocol::images::{Image, TRUST_UPLINK, TrustedCertificate};
use mothership::protocol::instances::Instance;
use mothership::protocol::uplinks::Uplink;
use mothership::store::Store;
use mothership::store::images::NewImage;
use reqwest::{Method, StatusCode};

use crate::hangar::{get_instance, wait_until};
use crate::helper::instance::{self, InstanceHandle, InstanceSpec, OnUpdate};
use crate::helper::{TestServer, UPLINK_TOKEN};
use crate::images::{elf, error_code, sha1_hex, upload};

/// Starts an emulated instance and waits until the server knows its IDENT and UPLINK.
pub async fn docked(server: &TestServer, spec: InstanceSpec) -> InstanceHandle {
    let mut inst = instance::spawn(server.uplink_target(), spec.clone());
    inst.wait_docked().await;
    wait_until(
        Duration::from_secs(10),
        "IDENT and UPLINK stored",
        || async {
            get_instance(server, &spec.uuid)
                .await
                .filter(|i| i.uplink.is_some())
        },
    )
    .await;
    inst
}

/// An instance spec that deploys act on in a given way.
pub fn spec(on_update: OnUpdate) -> InstanceSpec {
    let mut spec = InstanceSpec::new(UPLINK_TOKEN);
    spec.on_update = on_update;
    spec
}

/// Uploads an ELF image (unknown origin) and returns its ID.
pub async fn uploaded_image(server: &TestServer, len: usize, seed: u8) -> String {
    let bytes = elf(len, seed);
    let r = upload(server, bytes.clone(), Some("deploy-test")).await;
    assert!(r.status().is_success(), "upload: {}", r.status());
    sha1_hex(&bytes)
}

/// Stores an image with build metadata straight into the server's store (builds are another
/// issue; this is what a build records).
pub async fn built_image(server: &TestServer, seed: u8, meta: NewImage) -> Image {
    let store = Store::open(&server.config.runtime_dir).expect("open store");
    store
        .put_image_from_bytes(Bytes::from(elf(64 * 1024, seed)), meta)
        .await
        .expect("put image")
        .image
}

async fn create_uplink(server: &TestServer, name: &str, url: &str) -> Uplink {
    let r = server
        .request(Method::POST, "/v1/uplinks")
        .json(&serde_json::json!({"name": name, "url": url, "token": UPLINK_TOKEN}))
        .send()
        .await
        .expect("create uplink");
    assert_eq!(r.status(), StatusCode::CREATED);
    r.json().await.expect("uplink")
}

/// `POST /v1/instances/{id}/deploy/{image}{query}`.
pub async fn post_deploy(
    server: &TestServer,
    instance: &str,
    image: &str,
    query: &str,
) -> reqwest::Response {
    server
        .request(
            Method::POST,
            &format!("/v1/instances/{instance}/deploy/{image}{query}"),
        )
        .send()
        .await
        .expect("deploy request")
}

/// Deploys with `?wait=true` and returns the final record.
async fn deploy_and_wait(server: &TestServer, instance: &str, image: &str, force: bool) -> Deploy {
    let query = if force {
        "?wait=true&force=true"
    } else {
        "?wait=true"
    };
    let r = post_deploy(server, instance, image, query).await;
    assert_eq!(r.status(), StatusCode::OK);
    let d: Deploy = r.json().await.expect("deploy record");
    assert_ne!(d.state, DeployState::Running);
    d
}

/// `GET /v1/deploys/{id}`.
pub async fn get_deploy(server: &TestServer, id: &str) -> Deploy {
    let r = server
        .get(&format!("/v1/deploys/{id}"))
        .send()
        .await
        .expect("get deploy");
    assert_eq!(r.status(), StatusCode::OK);
    r.json().await.expect("deploy record")
}

/// Polls a deploy until it is done.
pub async fn wait_done(server: &TestServer, id: &str) -> Deploy {
    wait_until(Duration::from_secs(30), "the deploy to end", || async {
        let d = get_deploy(server, id).await;
        (d.state != DeployState::Running).then_some(d)
    })
    .await
}

fn only_target(d: &Deploy) -> &mothership::protocol::deploys::DeployTarget {
    assert_eq!(d.targets.len(), 1, "{d:?}");
    &d.targets[0]
}

#[tokio::test]
async fn deploy_is_verified_when_the_instance_docks_again_running_the_image() {
    let server = TestServer::start().await;
    let mut inst = docked(&server, spec(OnUpdate::Apply)).await;
    let uuid = inst.spec.uuid.clone();
    let image = uploaded_image(&server, 300 * 1024, 1).await;

    // Without wait: 202 with the record as it starts, then it runs on.
    let r = post_deploy(&server, &uuid[..8], &image[..8], "").await;
    assert_eq!(r.status(), StatusCode::ACCEPTED);
    let location = r
        .headers()
        .get("location")
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned);
    let started: Deploy = r.json().await.expect("record");
    assert_eq!(location, Some(format!("/v1/deploys/{}", started.id)));
    assert_eq!(started.image, image);
    assert_eq!(started.counts.total, 1);
    assert!(
        started
            .warnings
            .iter()
            .any(|w| w.contains("unknown origin")),
        "an uploaded image gives a warning: {:?}",
        started.warnings
    );
    let done = wait_done(&server, &started.id).await;
    assert_eq!(done.state, DeployState::Verified, "{done:?}");
    let t = only_target(&done);
    assert_eq!(
        (t.instance.as_str(), t.state),
        (uuid.as_str(), TargetState::Verified)
    );
    assert!(
        t.sent.is_some() && t.acked.is_some() && t.finished.is_some(),
        "{t:?}"
    );
    assert!(t.sent <= t.acked && t.acked <= t.finished);
    assert!(done.finished.is_some() && done.reason.is_none());
    inst.wait_for(
        Duration::from_secs(5),
        |e| matches!(e, instance::Event::Docked { binary: Some(b), .. } if *b == image),
    )
    .await;
    let instance = get_instance(&server, &uuid).await.expect("instance");
    assert_eq!(instance.binary.as_deref(), Some(image.as_str()));

    // With wait: 200 with the final record; a prefix of the deploy ID finds it afterwards.
    let image2 = uploaded_image(&server, 200 * 1024, 2).await;
    let done = deploy_and_wait(&server, &uuid, &image2, false).await;
    assert_eq!(done.state, DeployState::Verified, "{done:?}");
    let again = get_deploy(&server, &done.id[..6]).await;
    assert_eq!(again, done);
    let r = server
        .get("/v1/deploys?status=verified")
        .send()
        .await
        .expect("list");
    let page: mothership::protocol::list::Page<Deploy> = r.json().await.expect("page");
    assert_eq!(page.total, 2);
    assert!(page.items.iter().all(|d| d.targets.is_empty()));
    assert_eq!(page.items[0].id, done.id, "newest first");
    assert_eq!(inst.counters().crowded_reads, 0);
}

#[tokio::test]
async fn wrong_ack_and_disconnect_before_ack_fail_with_their_reason() {
    let server = TestServer::start().await;
    let wrong = docked(&server, spec(OnUpdate::WrongAck)).await;
    let dropping = docked(&server, spec(OnUpdate::Drop)).await;
    let image = uploaded_image(&server, 100 * 1024, 3).await;

    let d = deploy_and_wait(&server, &wrong.spec.uuid, &image, false).await;
    assert_eq!(d.state, DeployState::Failed);
    let t = only_target(&d);
    assert_eq!(t.state, TargetState::Failed);
    let reason = t.reason.clone().unwrap_or_default();
    assert!(reason.starts_with("wrong ack"), "{reason}");
    assert!(reason.contains(&image), "{reason}");
    assert!(t.acked.is_none(), "a wrong ack is not an ack: {t:?}");
    assert_eq!(d.reason.as_deref(), Some(reason.as_str()));

    let d = deploy_and_wait(&server, &dropping.spec.uuid, &image, false).await;
    assert_eq!(d.state, DeployState::Failed);
    let reason = only_target(&d).reason.clone().unwrap_or_default();
    assert!(
        reason.contains("connection ended before the instance acked"),
        "{reason}"
    );
}

#[tokio::test]
async fn no_ack_or_no_redock_within_the_deploy_timeout_fails() {
    let server = TestServer::start_with(|c| c.deploy_timeout = Duration::from_millis(1500)).await;
    let silent = docked(&server, spec(OnUpdate::Ignore)).await;
    let gone = docked(&server, spec(OnUpdate::AckAndStayAway)).await;
    let image = uploaded_image(&server, 64 * 1024, 4).await;
    let r = server
        .request(Method::POST, "/v1/deploys?wait=true")
        .json(&serde_json::json!({
            "image_id": image,
            "instances": [silent.spec.uuid, gone.spec.uuid],
        }))
        .send()
        .await
        .expect("deploy");
    assert_eq!(r.status(), StatusCode::OK);
    let d: Deploy = r.json().await.expect("record");
    assert_eq!(d.state, DeployState::Failed);
    assert_eq!(d.counts.failed, 2);
    let by_uuid = |u: &str| {
        d.targets
            .iter()
            .find(|t| t.instance == u)
            .cloned()
            .expect("target")
    };
    let t = by_uuid(&silent.spec.uuid);
    let reason = t.reason.unwrap_or_default();
    assert!(
        reason.contains("no ack") && reason.contains("1.5 s"),
        "{reason}"
    );
    let t = by_uuid(&gone.spec.uuid);
    assert!(t.acked.is_some(), "{t:?}");
    let reason = t.reason.unwrap_or_default();
    assert!(reason.contains("did not dock again"), "{reason}");
    let summary = d.reason.unwrap_or_default();
    assert!(summary.starts_with("2 of 2 instances failed"), "{summary}");
}

#[tokio::test]
async fn an_update_that_fails_inside_the_instance_is_acked_but_not_verified() {
    let server = TestServer::start().await;
    let inst = docked(&server, spec(OnUpdate::Apply)).await;
    // Not an ELF file: the instance acks it, fails to boot it and comes back unchanged.
    // Uploads refuse such files, so it goes into the store directly.
    let bytes = b"#!/bin/sh\necho this is not a unikernel\n".to_vec();
    let id = sha1_hex(&bytes);
    let store = Store::open(&server.config.runtime_dir).expect("open store");
    let (row, size) = (id.clone(), bytes.len() as i64);
    store
        .call(move |c| {
            c.execute(
                "INSERT INTO images (id, size, created) VALUES (?1, ?2, 0)",
                rusqlite::params![row, size],
            )?;
            Ok(())
        })
        .await
        .expect("insert");
    std::fs::write(server.config.runtime_dir.join("images").join(&id), &bytes).expect("blob");

    let d = deploy_and_wait(&server, &inst.spec.uuid, &id, false).await;
    assert_eq!(d.state, DeployState::Failed);
    let t = only_target(&d);
    assert!(t.acked.is_some(), "the ack was right: {t:?}");
    let reason = t.reason.clone().unwrap_or_default();
    assert!(
        reason.contains("without reporting a binary") && reason.contains("failed inside"),
        "{reason}"
    );
}

#[tokio::test]
async fn images_for_another_uplink_or_version_are_refused_unless_forced() {
    let server = TestServer::start_with(|c| c.image_size_limit = 128 * 1024).await;
    let inst = docked(&server, spec(OnUpdate::Apply)).await;
    let uuid = inst.spec.uuid.clone();
    let reported = format!("https://{}", server.uplink_addr);
    let ours = create_uplink(&server, "ours", &reported).await;
    let theirs = create_uplink(&server, "theirs", "https://elsewhere.example:9090").await;
    let version = inst.spec.version.clone();
    let meta = |uplink: &Uplink, version: &str| NewImage {
        tag: Some("built".into()),
        service: Some("Starbase".into()),
        builder_id: Some("b1".into()),
        includeos_version: Some(version.to_owned()),
        nacl_id: None,
        uplink_id: Some(uplink.id.clone()),
        trusted_certificate: None,
    };

    let fits = built_image(&server, 10, meta(&ours, &version)).await;
    let d = deploy_and_wait(&server, &uuid, &fits.id, false).await;
    assert_eq!(d.state, DeployState::Verified, "{d:?}");
    assert!(d.warnings.is_empty(), "{:?}", d.warnings);
    assert!(!d.force);

    let other_url = built_image(&server, 11, meta(&theirs, &version)).await;
    let r = post_deploy(&server, &uuid, &other_url.id, "?wait=true").await;
    let (status, code, message) = error_code(r).await;
    assert_eq!((status, code.as_str()), (StatusCode::CONFLICT, "mismatch"));
    assert!(
        message.contains("https://elsewhere.example:9090") && message.contains(&reported),
        "{message}"
    );
    let d = deploy_and_wait(&server, &uuid, &other_url.id, true).await;
    assert_eq!(d.state, DeployState::Verified, "{d:?}");
    assert!(d.force);
    assert!(
        d.warnings.iter().any(|w| w.starts_with("forced although")),
        "{:?}",
        d.warnings
    );

    let other_version = built_image(&server, 12, meta(&ours, "v0.99.0")).await;
    let r = post_deploy(&server, &uuid, &other_version.id, "").await;
    let (status, code, message) = error_code(r).await;
    assert_eq!((status, code.as_str()), (StatusCode::CONFLICT, "mismatch"));
    assert!(
        message.contains("v0.99.0") && message.contains(&version),
        "{message}"
    );
    let d = deploy_and_wait(&server, &uuid, &other_version.id, true).await;
    assert_eq!(d.state, DeployState::Verified, "{d:?}");

    // The image size limit bounds what goes to instances too.
    let big = {
        let store = Store::open(&server.config.runtime_dir).expect("open store");
        store
            .put_image_from_bytes(Bytes::from(elf(256 * 1024, 13)), NewImage::default())
            .await
            .expect("put")
            .image
    };
    let r = post_deploy(&server, &uuid, &big.id, "?force=true").await;
    let (status, code, _) = error_code(r).await;
    assert_eq!(
        (status, code.as_str()),
        (StatusCode::PAYLOAD_TOO_LARGE, "payload_too_large")
    );
}

/// The most targets of a deploy that were between sent and finished at the same time.
fn max_in_flight(d: &Deploy) -> usize {
    let mut edges: Vec<(time::OffsetDateTime, i32)> = Vec::new();
    for t in &d.targets {
        edges.push((t.sent.expect("sent"), 1));
        edges.push((t.finished.expect("finished"), -1));
    }
    // At equal times the end comes first: the next target starts after one finished.
    edges.sort();
    let (mut now, mut max) = (0i32, 0i32);
    for (_, step) in edges {
        now += step;
        max = max.max(now);
    }
    max as usize
}

#[tokio::test]
async fn deploy_to_many_by_tag_with_a_concurrency_limit() {
    let server = TestServer::start().await;
    let mut fleet = Vec::new();
    for _ in 0..5 {
        let mut s = spec(OnUpdate::Apply);
        s.tag = Some("fleet-a".into());
        fleet.push(docked(&server, s).await);
    }
    let mut other = spec(OnUpdate::Apply);
    other.tag = Some("fleet-b".into());
    let bystander = docked(&server, other).await;
    let image = uploaded_image(&server, 512 * 1024, 5).await;

    let r = server
        .request(Method::POST, "/v1/deploys?wait=true")
        .json(&serde_json::json!({"image_id": &image[..10], "tag": "fleet-a", "concurrency": 2}))
        .send()
        .await
        .expect("deploy");
    assert_eq!(r.status(), StatusCode::OK);
    let d: Deploy = r.json().await.expect("record");
    assert_eq!(d.state, DeployState::Verified, "{d:?}");
    assert_eq!(d.concurrency, 2);
    assert_eq!((d.counts.total, d.counts.verified), (5, 5));
    let mut targets: Vec<&str> = d.targets.iter().map(|t| t.instance.as_str()).collect();
    let mut expected: Vec<&str> = fleet.iter().map(|i| i.spec.uuid.as_str()).collect();
    targets.sort();
    expected.sort();
    assert_eq!(targets, expected);
    let in_flight = max_in_flight(&d);
    assert!((1..=2).contains(&in_flight), "{in_flight} at once");
    let untouched = get_instance(&server, &bystander.spec.uuid)
        .await
        .expect("bystander");
    assert_eq!(untouched.binary, None);
    for inst in &fleet {
        let i = get_instance(&server, &inst.spec.uuid)
            .await
            .expect("instance");
        assert_eq!(i.binary.as_deref(), Some(image.as_str()));
    }
}

#[tokio::test]
async fn deploy_requests_that_cannot_start_say_why() {
    let server = TestServer::start().await;
    let inst = docked(&server, spec(OnUpdate::Apply)).await;
    let image = uploaded_image(&server, 8 * 1024, 6).await;
    let post = |body: serde_json::Value| {
        server
            .request(Method::POST, "/v1/deploys")
            .json(&body)
            .send()
    };
    let cases = [
        (
            serde_json::json!({"image_id": image}),
            StatusCode::BAD_REQUEST,
            "bad_request",
        ),
        (
            serde_json::json!({"image_id": image, "instances": [inst.spec.uuid], "tag": "x"}),
            StatusCode::BAD_REQUEST,
            "bad_request",
        ),
        (
            serde_json::json!({"image_id": image, "all": true, "concurrency": 0}),
            StatusCode::BAD_REQUEST,
            "bad_request",
        ),
        (
            serde_json::json!({"image_id": image, "tag": "no-such-tag"}),
            StatusCode::NOT_FOUND,
            "no_targets",
        ),
        (
            serde_json::json!({"image_id": image, "instances": ["no-such-instance"]}),
            StatusCode::NOT_FOUND,
            "not_found",
        ),
        (
            serde_json::json!({"image_id": "ffffffffff", "all": true}),
            StatusCode::NOT_FOUND,
            "not_found",
        ),
        (
            serde_json::json!({"image_id": image, "all": true, "bogus": 1}),
            StatusCode::UNPROCESSABLE_ENTITY,
            "invalid_field",
        ),
    ];
    for (body, status, code) in cases {
        let (got, got_code, message) = error_code(post(body.clone()).await.expect("post")).await;
        assert_eq!(
            (got, got_code.as_str()),
            (status, code),
            "{body}: {message}"
        );
    }
    // A known but undocked instance: 409 for the single form, nothing recorded.
    let uuid = inst.spec.uuid.clone();
    drop(inst);
    wait_until(Duration::from_secs(10), "the instance to leave", || async {
        get_instance(&server, &uuid)
            .await
            .filter(|i| i.status != mothership::protocol::instances::InstanceStatus::Connected)
    })
    .await;
    let (status, code, message) = error_code(post_deploy(&server, &uuid, &image, "").await).await;
    assert_eq!(
        (status, code.as_str()),
        (StatusCode::CONFLICT, "not_connected")
    );
    assert!(message.contains(&uuid), "{message}");
    let r = server.get("/v1/deploys").send().await.expect("list");
    let page: mothership::protocol::list::Page<Deploy> = r.json().await.expect("page");
    assert_eq!(page.total, 0);
    let r = server
        .get("/v1/deploys?status=done")
        .send()
        .await
        .expect("list");
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let (status, code, _) = error_code(
        server
            .get("/v1/deploys/0123456789abcdef")
            .send()
            .await
            .expect("get"),
    )
    .await;
    assert_eq!(
        (status, code.as_str()),
        (StatusCode::NOT_FOUND, "not_found")
    );
}

/// A certificate rotation must not strand a fleet silently: deploying an image that trusts the
/// uplink's previous certificate succeeds with a warning that says so.
#[tokio::test]
async fn deploying_an_image_that_trusts_a_rotated_certificate_warns() {
    let server = TestServer::start().await;
    let reported = format!("https://{}", server.uplink_addr);
    let ours = create_uplink(&server, "ours", &reported).await;
    let fingerprint_of = |path: &std::path::Path| {
        let pem = std::fs::read(path).expect("certificate");
        let cert = openssl::x509::X509::from_pem(&pem).expect("PEM");
        mothership::tlsutil::fingerprint(&cert.to_der().expect("DER"))
    };
    let before = fingerprint_of(&server.config.certfile);
    let inst = docked(&server, spec(OnUpdate::Apply)).await;
    let meta = NewImage {
        tag: Some("built".into()),
        service: Some("Starbase".into()),
        builder_id: Some("b1".into()),
        includeos_version: Some(inst.spec.version.clone()),
        nacl_id: None,
        uplink_id: Some(ours.id.clone()),
        trusted_certificate: Some(TrustedCertificate {
            fingerprint: before.clone(),
            source: TRUST_UPLINK.into(),
        }),
    };
    let image = built_image(&server, 31, meta.clone()).await;
    let d = deploy_and_wait(&server, &inst.spec.uuid, &image.id, false).await;
    assert_eq!(d.state, DeployState::Verified, "{d:?}");
    assert!(d.warnings.is_empty(), "{:?}", d.warnings);
    drop(inst);

    // The certificate is rotated: the next start generates a new one.
    let (dir, config) = server.stop().await;
    std::fs::remove_file(&config.certfile).expect("remove cert");
    std::fs::remove_file(&config.keyfile).expect("remove key");
    let server = TestServer::start_in(dir, config).await;
    let after = fingerprint_of(&server.config.certfile);
    assert_ne!(before, after);
    // The restarted server listens elsewhere: an image built for its uplink, before the
    // rotation.
    let moved = create_uplink(&server, "moved", &format!("https://{}", server.uplink_addr)).await;
    let inst = docked(&server, spec(OnUpdate::Apply)).await;
    let stale = built_image(
        &server,
        32,
        NewImage {
            uplink_id: Some(moved.id.clone()),
            ..meta
        },
    )
    .await;
    let d = deploy_and_wait(&server, &inst.spec.uuid, &stale.id, false).await;
    assert_eq!(
        d.state,
        DeployState::Verified,
        "a warning, not a refusal: {d:?}"
    );
    let warning = d
        .warnings
        .iter()
        .find(|w| w.contains("trusts certificate"))
        .unwrap_or_else(|| panic!("no certificate warning: {:?}", d.warnings));
    assert!(
        warning.contains(&before) && warning.contains(&after),
        "{warning}"
    );
}

/// `PATCH /v1/instances/{id}` with `auto_redeploy`; returns the instance as it is after.
async fn set_auto_redeploy(server: &TestServer, id: &str, on: bool) -> Instance {
    let r = server
        .request(Method::PATCH, &format!("/v1/instances/{id}"))
        .json(&serde_json::json!({ "auto_redeploy": on }))
        .send()
        .await
        .expect("patch instance");
    assert_eq!(r.status(), StatusCode::OK);
    let i: Instance = r.json().await.expect("instance");
    assert_eq!(i.auto_redeploy, on);
    i
}

/// Stops an emulated instance and docks it again from scratch, reporting `binary` (as after a
/// reboot into another image).
pub async fn redock_running(
    server: &TestServer,
    inst: InstanceHandle,
    binary: Option<String>,
) -> InstanceHandle {
    let mut spec = inst.spec.clone();
    drop(inst);
    spec.binary = binary.clone();
    let mut inst = instance::spawn(server.uplink_target(), spec);
    inst.wait_for(
        Duration::from_secs(10),
        |e| matches!(e, instance::Event::Docked { binary: b, .. } if *b == binary),
    )
    .await;
    inst
}

#[tokio::test]
async fn an_instance_with_auto_redeploy_on_gets_its_last_image_again_when_it_docks_running_another()
{
    let server = TestServer::start().await;
    let on = docked(&server, spec(OnUpdate::Apply)).await;
    let off = docked(&server, spec(OnUpdate::Apply)).await;
    let image = uploaded_image(&server, 64 * 1024, 7).await;
    for inst in [&on, &off] {
        let d = deploy_and_wait(&server, &inst.spec.uuid, &image, false).await;
        assert_eq!(d.state, DeployState::Verified, "{d:?}");
        assert!(d.trigger.is_none(), "asked for by a client: {d:?}");
    }
    let fresh = get_instance(&server, &on.spec.uuid)
        .await
        .expect("instance");
    assert!(!fresh.auto_redeploy, "off unless turned on");
    set_auto_redeploy(&server, &on.spec.uuid, true).await;
    set_auto_redeploy(&server, &off.spec.uuid, true).await;
    set_auto_redeploy(&server, &off.spec.uuid, false).await;

    // Docks are handled in order: the one with the switch off first, then the one with it on;
    // once the second has its redeploy, the first would have had one too.
    let other = Some("ab".repeat(20));
    let off = redock_running(&server, off, other.clone()).await;
    let mut on = redock_running(&server, on, other.clone()).await;
    on.wait_for(
        Duration::from_secs(10),
        |e| matches!(e, instance::Event::Docked { binary: Some(b), .. } if *b == image),
    )
    .await;

    let r = server.get("/v1/deploys").send().await.expect("list");
    let page: mothership::protocol::list::Page<Deploy> = r.json().await.expect("page");
    assert_eq!(page.total, 3, "one automatic redeploy: {:?}", page.items);
    let auto = wait_done(&server, &page.items[0].id).await;
    assert_eq!(auto.state, DeployState::Verified, "{auto:?}");
    assert_eq!(auto.image, image);
    assert_eq!(only_target(&auto).instance, on.spec.uuid);
    let trigger = auto.trigger.clone().unwrap_or_default();
    assert!(
        trigger.contains("automatic redeploy") && trigger.contains(&"ab".repeat(20)),
        "{trigger}"
    );
    let i = get_instance(&server, &off.spec.uuid)
        .await
        .expect("instance");
    assert_eq!(i.binary, other, "the switch is off: left alone");
    assert!(!i.auto_redeploy);
    let i = get_instance(&server, &on.spec.uuid)
        .await
        .expect("instance");
    assert_eq!(i.binary.as_deref(), Some(image.as_str()));
    assert!(i.auto_redeploy, "the switch is persisted");
}
