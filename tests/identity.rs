//! Instances without a unique uuid (issue 8, point 6, and the identity rule of issue 10): QEMU
//! gives every VM started without `-uuid` the all-zero uuid, platforms without SMBIOS report an
//! empty one. A dock for a uuid docked now from another IP address is refused (the live instance
//! keeps its place, the attempt is recorded); from the same address it replaces the old
//! connection (`hangar::a_second_dock_of_the_same_uuid_replaces_the_first`). An empty uuid docks,
//! keyed by the instance's address. Emulated instances bind 127.0.0.2 and 127.0.0.3 to come from
//! two addresses.
//!
//! The attacks of issue 10 on identity: a dock with another uplink's token (refused even from
//! the instance's own address, unless a deploy moved the instance to that uplink), an impostor
//! trying to pass a deploy's verification from another address, a uuid or alias shadowing the
//! other, and uuids or `/auth` ids with control characters or surrounding spaces.

use std::net::IpAddr;
use std::process::Output;
use std::time::Duration;

use mothership::protocol::ErrorBody;
use mothership::protocol::deploys::{Deploy, DeployState, TargetState};
use mothership::protocol::instances::{Instance, InstanceStatus};
use mothership::protocol::uplinks::Uplink;
use mothership::server::uplink::config_token_key;
use mothership::store::images::NewImage;
use reqwest::{Method, StatusCode};

use crate::deploy::{built_image, post_deploy, uploaded_image, wait_done};
use crate::hangar::{get_instance, wait_status, wait_until};
use crate::helper::instance::{self, Event, InstanceHandle, InstanceSpec, OnUpdate};
use crate::helper::{TestServer, UPLINK_TOKEN, wire};

/// The token of a second uplink.
const OTHER_TOKEN: &str = "other-uplink-token-0123456789";

const ZERO_UUID: &str = "00000000-0000-0000-0000-000000000000";

fn from(server: &TestServer, address: &str) -> crate::helper::wire::Target {
    let mut target = server.uplink_target();
    target.bind = Some(address.parse::<IpAddr>().expect("ip"));
    target
}

fn spec(uuid: &str) -> InstanceSpec {
    InstanceSpec {
        uuid: uuid.to_owned(),
        auth_id: uuid.to_owned(),
        ..InstanceSpec::new(UPLINK_TOKEN)
    }
}

async fn cli(server: &TestServer, args: &[&str]) -> Output {
    let home = server.dir.path().join("client-config");
    tokio::time::timeout(
        Duration::from_secs(30),
        crate::helper::cli::against(server, &home, args).output(),
    )
    .await
    .expect("cli finished in time")
    .expect("cli ran")
}

/// Fails if the instance saw its connection end.
fn assert_never_disconnected(inst: &mut InstanceHandle) {
    while let Ok(e) = inst.events.try_recv() {
        assert!(
            !matches!(e, Event::Disconnected(_)),
            "the live instance lost its connection: {e:?}"
        );
    }
    assert_eq!(inst.counters().docks, 1, "the live instance docked once");
}

/// Waits until the instance shows a conflict from `address`.
async fn wait_conflict(server: &TestServer, id: &str, address: &str) -> Instance {
    wait_until(
        Duration::from_secs(10),
        &format!("a conflict from {address} on {id}"),
        || async {
            get_instance(server, id)
                .await
                .filter(|i| i.conflicts.iter().any(|c| c.address == address))
        },
    )
    .await
}

#[tokio::test]
async fn two_instances_with_an_all_zero_uuid_from_two_addresses_do_not_flap() {
    let server = TestServer::start().await;
    let mut first = instance::spawn(from(&server, "127.0.0.2"), spec(ZERO_UUID));
    first.wait_docked().await;
    wait_status(&server, ZERO_UUID, InstanceStatus::Connected).await;

    // The second one is refused at /auth (so it backs off) as long as the first is docked.
    let mut second = instance::spawn(from(&server, "127.0.0.3"), spec(ZERO_UUID));
    for _ in 0..3 {
        second
            .wait_for(Duration::from_secs(10), |e| {
                matches!(e, Event::AuthRefused(409) | Event::Docked { .. })
            })
            .await;
    }
    assert_eq!(second.counters().docks, 0, "the newcomer never docked");
    assert_never_disconnected(&mut first);

    let i = wait_conflict(&server, ZERO_UUID, "127.0.0.3").await;
    assert_eq!(i.status, InstanceStatus::Connected);
    assert!(
        i.address
            .as_deref()
            .is_some_and(|a| a.starts_with("127.0.0.2:")),
        "{:?}",
        i.address
    );
    let problem = i.uuid_problem.clone().expect("flagged");
    assert!(
        problem.contains("all-zero") && problem.contains("-uuid"),
        "{problem}"
    );
    let c = &i.conflicts[0];
    assert_eq!(c.address, "127.0.0.3");
    assert!(c.attempts >= 1);
    assert_eq!(c.live_address.as_deref(), Some("127.0.0.2"));
    assert!(c.first_at <= c.last_at);

    // The CLI shows both.
    let o = cli(&server, &["instances", "inspect", ZERO_UUID]).await;
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let out = String::from_utf8_lossy(&o.stdout);
    let line = |key: &str| {
        out.lines()
            .find(|l| l.starts_with(key))
            .unwrap_or_else(|| panic!("no {key} in:\n{out}"))
            .to_owned()
    };
    assert!(line("UUID problem:").contains("all-zero"), "{out}");
    let refused = line("Refused docks:");
    assert!(
        refused.contains("from 127.0.0.3") && refused.contains("docked from 127.0.0.2"),
        "{refused}"
    );
    let o = cli(&server, &["instances"]).await;
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(
        out.contains("connected (all-zero uuid, docks refused)"),
        "{out}"
    );
    assert!(String::from_utf8_lossy(&o.stderr).contains("unique uuid"));

    // Once the first is gone, the second takes the uuid.
    drop(first);
    second.wait_docked().await;
    wait_until(
        Duration::from_secs(10),
        "the second to hold the uuid",
        || async {
            get_instance(&server, ZERO_UUID).await.filter(|i| {
                i.status == InstanceStatus::Connected
                    && i.address
                        .as_deref()
                        .is_some_and(|a| a.starts_with("127.0.0.3:"))
            })
        },
    )
    .await;
}

#[tokio::test]
async fn a_dock_whose_ident_names_a_uuid_docked_elsewhere_is_closed_and_recorded() {
    // Some IncludeOS versions authenticate with a MAC address rather than the uuid: the
    // refusal then comes at IDENT, and the newcomer's connection is closed.
    let server = TestServer::start().await;
    let uuid = InstanceSpec::new(UPLINK_TOKEN).uuid;
    let mut first = instance::spawn(from(&server, "127.0.0.2"), spec(&uuid));
    first.wait_docked().await;
    wait_status(&server, &uuid, InstanceStatus::Connected).await;

    let mut impostor = spec(&uuid);
    impostor.auth_id = "c0:01:0a:00:00:2b".into();
    let mut second = instance::spawn(from(&server, "127.0.0.3"), impostor);
    second
        .wait_for(Duration::from_secs(10), |e| {
            matches!(e, Event::Disconnected(_))
        })
        .await;
    let i = wait_conflict(&server, &uuid, "127.0.0.3").await;
    drop(second);
    assert!(
        i.uuid_problem.is_none(),
        "a real uuid: {:?}",
        i.uuid_problem
    );
    assert!(
        i.address
            .as_deref()
            .is_some_and(|a| a.starts_with("127.0.0.2:")),
        "{:?}",
        i.address
    );
    assert_never_disconnected(&mut first);
    assert_eq!(
        get_instance(&server, &uuid).await.expect("instance").status,
        InstanceStatus::Connected
    );
}

#[tokio::test]
async fn instances_with_an_empty_uuid_dock_keyed_by_their_address_and_are_flagged() {
    let server = TestServer::start().await;
    let mut a = instance::spawn(from(&server, "127.0.0.2"), spec(""));
    let mut b = instance::spawn(from(&server, "127.0.0.3"), spec(""));
    a.wait_docked().await;
    b.wait_docked().await;
    for id in ["no-uuid-127.0.0.2", "no-uuid-127.0.0.3"] {
        let i = wait_status(&server, id, InstanceStatus::Connected).await;
        let problem = i.uuid_problem.expect("flagged");
        assert!(
            problem.contains("empty uuid") && problem.contains(id) && problem.contains("-uuid"),
            "{problem}"
        );
        assert!(i.conflicts.is_empty());
    }

    // Docked for real: a log reaches the instance's record.
    a.log("hello from an instance without a uuid\n");
    wait_until(Duration::from_secs(10), "the log", || async {
        get_instance(&server, "no-uuid-127.0.0.2")
            .await
            .filter(|i| i.log_bytes > 0)
    })
    .await;

    let o = cli(&server, &["instances", "inspect", "no-uuid-127.0.0.2"]).await;
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(
        out.lines()
            .any(|l| l.starts_with("UUID problem:") && l.contains("empty uuid")),
        "{out}"
    );
    let o = cli(&server, &["instances"]).await;
    let out = String::from_utf8_lossy(&o.stdout);
    assert_eq!(
        out.matches("connected (no uuid)").count(),
        2,
        "both listed as such:\n{out}"
    );
}

async fn create_uplink(server: &TestServer, name: &str, token: &str) -> Uplink {
    let r = server
        .request(Method::POST, "/v1/uplinks")
        .json(&serde_json::json!({"name": name, "url": "https://mothership:9090", "token": token}))
        .send()
        .await
        .expect("create uplink");
    assert_eq!(r.status(), StatusCode::CREATED);
    r.json().await.expect("uplink")
}

/// Waits until the instance shows a refused dock whose token was `uplink`'s.
async fn wait_uplink_conflict(server: &TestServer, id: &str, uplink: &str) -> Instance {
    wait_until(
        Duration::from_secs(10),
        &format!("a conflict for uplink {uplink} on {id}"),
        || async {
            get_instance(server, id).await.filter(|i| {
                i.conflicts
                    .iter()
                    .any(|c| c.uplink.as_deref() == Some(uplink))
            })
        },
    )
    .await
}

#[tokio::test]
async fn a_dock_with_another_uplinks_token_is_refused_even_from_the_same_address() {
    let server = TestServer::start().await;
    let other = create_uplink(&server, "other", OTHER_TOKEN).await;
    let uuid = InstanceSpec::new(UPLINK_TOKEN).uuid;
    let mut real = instance::spawn(from(&server, "127.0.0.2"), spec(&uuid));
    real.wait_docked().await;
    let i = wait_status(&server, &uuid, InstanceStatus::Connected).await;
    let bound = config_token_key(UPLINK_TOKEN);
    assert_eq!(i.bound_uplink.as_deref(), Some(bound.as_str()));

    // Same address (which replaces a connection of the same uplink), another uplink's token.
    let mut impostor = spec(&uuid);
    impostor.token = OTHER_TOKEN.into();
    impostor.binary = Some("0123456789abcdef0123456789abcdef01234567".into());
    let mut second = instance::spawn(from(&server, "127.0.0.2"), impostor);
    second
        .wait_for(Duration::from_secs(10), |e| {
            matches!(e, Event::Disconnected(_))
        })
        .await;
    let i = wait_uplink_conflict(&server, &uuid, &other.id).await;
    drop(second);
    assert_never_disconnected(&mut real);
    assert_eq!(i.status, InstanceStatus::Connected);
    assert_eq!(i.binary, None, "the impostor's IDENT was not stored");
    assert_eq!(i.bound_uplink.as_deref(), Some(bound.as_str()));
    let c = i
        .conflicts
        .iter()
        .find(|c| c.uplink.is_some())
        .expect("conflict");
    assert_eq!(c.address, "127.0.0.2");

    let o = cli(&server, &["instances", "inspect", &uuid]).await;
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(
        out.contains(&format!("with the token of uplink {}", other.id)),
        "{out}"
    );
    assert!(out.contains(&bound), "{out}");

    // Once the real instance is gone the uuid still stays with its uplink.
    drop(real);
    wait_status(&server, &uuid, InstanceStatus::Disconnected).await;
    let mut impostor = spec(&uuid);
    impostor.token = OTHER_TOKEN.into();
    let mut third = instance::spawn(from(&server, "127.0.0.3"), impostor);
    third
        .wait_for(Duration::from_secs(10), |e| {
            matches!(e, Event::Disconnected(_))
        })
        .await;
    drop(third);
    let i = get_instance(&server, &uuid).await.expect("instance");
    assert_eq!(i.status, InstanceStatus::Disconnected);
    assert!(
        i.address
            .as_deref()
            .is_some_and(|a| a.starts_with("127.0.0.2:")),
        "{:?}",
        i.address
    );
}

#[tokio::test]
async fn a_deploy_of_an_image_built_for_another_uplink_moves_the_instance_there() {
    let server = TestServer::start().await;
    let other = create_uplink(&server, "other", OTHER_TOKEN).await;
    let mut s = spec(&InstanceSpec::new(UPLINK_TOKEN).uuid);
    s.token_after_update = Some(OTHER_TOKEN.into());
    let uuid = s.uuid.clone();
    let mut inst = crate::deploy::docked(&server, s.clone()).await;
    let image = built_image(
        &server,
        41,
        NewImage {
            tag: Some("built".into()),
            service: Some("Starbase".into()),
            builder_id: Some("b1".into()),
            includeos_version: Some(s.version.clone()),
            nacl_id: None,
            uplink_id: Some(other.id.clone()),
            trusted_certificate: None,
        },
    )
    .await;
    // Forced: the image docks at another url than the instance's uplink.
    let r = post_deploy(&server, &uuid, &image.id, "?wait=true&force=true").await;
    assert_eq!(r.status(), StatusCode::OK);
    let d: Deploy = r.json().await.expect("deploy");
    assert_eq!(d.state, DeployState::Verified, "{d:?}");
    inst.wait_for(
        Duration::from_secs(5),
        |e| matches!(e, Event::Docked { binary: Some(b), .. } if *b == image.id),
    )
    .await;
    let i = get_instance(&server, &uuid).await.expect("instance");
    assert_eq!(i.bound_uplink.as_deref(), Some(other.id.as_str()));
    assert!(i.conflicts.is_empty(), "{:?}", i.conflicts);
}

#[tokio::test]
async fn an_impostor_from_another_address_does_not_pass_a_deploys_verification() {
    let server = TestServer::start_with(|c| {
        c.deploy_timeout = Duration::from_secs(3);
        c.hangar.ping_interval_ms = 300;
    })
    .await;
    let uuid = InstanceSpec::new(UPLINK_TOKEN).uuid;
    let mut s = spec(&uuid);
    // Acks and never comes back: only an impostor could then "verify" the deploy.
    s.on_update = OnUpdate::AckAndStayAway;
    let mut real = instance::spawn(from(&server, "127.0.0.2"), s);
    real.wait_docked().await;
    wait_status(&server, &uuid, InstanceStatus::Connected).await;
    let image = uploaded_image(&server, 64 * 1024, 42).await;
    let r = post_deploy(&server, &uuid, &image, "").await;
    assert_eq!(r.status(), StatusCode::ACCEPTED);
    let started: Deploy = r.json().await.expect("deploy");
    real.wait_for(Duration::from_secs(10), |e| {
        matches!(e, Event::Updated { .. })
    })
    .await;

    // Same uuid, same token, reporting the image's hash, from another machine.
    let mut impostor = spec(&uuid);
    impostor.binary = Some(image.clone());
    let second = instance::spawn(from(&server, "127.0.0.3"), impostor);
    let i = wait_conflict(&server, &uuid, "127.0.0.3").await;
    let c = i
        .conflicts
        .iter()
        .find(|c| c.address == "127.0.0.3")
        .expect("conflict");
    assert_eq!(c.live_address.as_deref(), Some("127.0.0.2"));
    let done = wait_done(&server, &started.id).await;
    drop(second);
    assert_eq!(done.state, DeployState::Failed, "{done:?}");
    let t = &done.targets[0];
    assert_eq!(t.state, TargetState::Failed);
    assert!(
        t.reason
            .as_deref()
            .is_some_and(|r| r.contains("did not dock again")),
        "{t:?}"
    );
    let i = get_instance(&server, &uuid).await.expect("instance");
    assert_ne!(i.binary.as_deref(), Some(image.as_str()), "{i:?}");
    assert!(
        i.address
            .as_deref()
            .is_some_and(|a| a.starts_with("127.0.0.2:")),
        "{:?}",
        i.address
    );
}

async fn patch_alias(server: &TestServer, id: &str, alias: &str) -> reqwest::Response {
    server
        .request(Method::PATCH, &format!("/v1/instances/{id}"))
        .json(&serde_json::json!({ "alias": alias }))
        .send()
        .await
        .expect("patch")
}

/// `GET /v1/instances/{id}`: the instance's uuid and what `id` matched.
async fn lookup(server: &TestServer, id: &str) -> (String, String) {
    let r = server
        .get(&format!("/v1/instances/{id}"))
        .send()
        .await
        .expect("get");
    assert_eq!(r.status(), StatusCode::OK, "{id}");
    let matched = r
        .headers()
        .get("x-instance-matched")
        .and_then(|v| v.to_str().ok())
        .expect("X-Instance-Matched")
        .to_owned();
    let i: Instance = r.json().await.expect("instance");
    (i.id, matched)
}

#[tokio::test]
async fn aliases_and_uuids_do_not_shadow_each_other() {
    let server = TestServer::start().await;
    let uuid = InstanceSpec::new(UPLINK_TOKEN).uuid;
    let _a = instance::spawn(from(&server, "127.0.0.2"), spec(&uuid));
    let _b = instance::spawn(from(&server, "127.0.0.3"), spec("lab-vm"));
    wait_status(&server, &uuid, InstanceStatus::Connected).await;
    wait_status(&server, "lab-vm", InstanceStatus::Connected).await;

    for (alias, says) in [
        (
            "01234567-89ab-cdef-0123-456789abcdef",
            "looks like an instance uuid",
        ),
        (
            "0123456789ABCDEF0123456789abcdef",
            "looks like an instance uuid",
        ),
        ("no-uuid-10.0.0.1", "looks like an instance uuid"),
        ("lab-vm", "is the uuid of instance lab-vm"),
    ] {
        let r = patch_alias(&server, &uuid, alias).await;
        assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY, "{alias}");
        let err: ErrorBody = r.json().await.expect("error");
        assert_eq!(err.error.code, "invalid_field");
        assert!(err.error.message.contains(says), "{}", err.error.message);
    }
    let r = patch_alias(&server, &uuid, "web-1").await;
    assert_eq!(r.status(), StatusCode::OK);

    // A dock whose uuid is the alias is refused: it would shadow it.
    let mut impostor = instance::spawn(from(&server, "127.0.0.4"), spec("web-1"));
    impostor
        .wait_for(Duration::from_secs(10), |e| {
            matches!(e, Event::Disconnected(_))
        })
        .await;
    drop(impostor);

    assert_eq!(
        lookup(&server, "web-1").await,
        (uuid.clone(), "alias".into())
    );
    assert_eq!(lookup(&server, &uuid).await, (uuid.clone(), "uuid".into()));
    assert_eq!(
        lookup(&server, &uuid[..8]).await,
        (uuid.clone(), "uuid-prefix".into())
    );
    assert_eq!(
        lookup(&server, "lab-vm").await,
        ("lab-vm".into(), "uuid".into())
    );
}

#[tokio::test]
async fn uuids_and_auth_ids_with_control_characters_or_spaces_are_refused() {
    let server = TestServer::start().await;
    let target = server.uplink_target();
    for id in [
        "abc\r\nFORGED line",
        " padded",
        "tab\tinside",
        "esc\u{1b}[31m",
    ] {
        let body = serde_json::json!({ "id": id, "key": UPLINK_TOKEN }).to_string();
        let r = wire::auth_raw(&target, body.as_bytes(), None)
            .await
            .expect("auth");
        assert_eq!(r.status, 400, "{id}");
        let body = String::from_utf8_lossy(&r.body);
        assert!(body.contains("the instance id"), "{body}");
    }

    // The /auth id is fine, the IDENT uuid is not: the connection is closed, nothing stored.
    for uuid in [" padded-uuid ", "line\nbreak"] {
        let mut s = spec(uuid);
        s.auth_id = InstanceSpec::new(UPLINK_TOKEN).uuid;
        let mut inst = instance::spawn(server.uplink_target(), s);
        inst.wait_for(Duration::from_secs(10), |e| {
            matches!(e, Event::Disconnected(_))
        })
        .await;
    }
    let r = server.get("/v1/instances").send().await.expect("list");
    let all: Vec<Instance> = r
        .json::<mothership::protocol::list::Page<Instance>>()
        .await
        .expect("instances")
        .items;
    assert!(all.is_empty(), "{all:?}");
}
