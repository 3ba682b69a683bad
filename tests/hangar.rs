//! The uplink hangar against emulated IncludeOS instances that write exactly what real ones do
//! (TEXT frames with binary payloads, two Connection fields, scrambled control payloads).

use std::future::Future;
use std::time::Duration;

use mothership::protocol::instances::{Instance, InstanceStatus};
use mothership::protocol::transport::{Transport, code, encode_header};
use mothership::server::ServerConfig;

use crate::helper::instance::{self, Event, InstanceSpec};
use crate::helper::wire::{self, WsClient};
use crate::helper::{TestServer, UPLINK_TOKEN};

/// Polls `f` every 20 ms until it returns `Some`, for at most `limit`.
pub async fn wait_until<T, F, Fut>(limit: Duration, what: &str, mut f: F) -> T
where
    F: FnMut() -> Fut,
    Fut: Future<Output = Option<T>>,
{
    let deadline = tokio::time::Instant::now() + limit;
    loop {
        if let Some(v) = f().await {
            return v;
        }
        if tokio::time::Instant::now() > deadline {
            panic!("timed out after {limit:?} waiting for {what}");
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

/// The instance as the API shows it, if it exists.
pub async fn get_instance(server: &TestServer, id: &str) -> Option<Instance> {
    let r = server
        .get(&format!("/v1/instances/{id}"))
        .send()
        .await
        .expect("get instance");
    if r.status() == 404 {
        return None;
    }
    assert_eq!(r.status(), 200);
    Some(r.json().await.expect("instance body"))
}

/// Waits until the instance shows `status`.
pub async fn wait_status(server: &TestServer, id: &str, status: InstanceStatus) -> Instance {
    wait_until(
        Duration::from_secs(10),
        &format!("{id} to be {status}"),
        || async {
            get_instance(server, id)
                .await
                .filter(|i| i.status == status)
        },
    )
    .await
}

/// Waits until the instance is disconnected and the reason is stored.
pub async fn wait_disconnected(server: &TestServer, id: &str) -> Instance {
    wait_until(
        Duration::from_secs(10),
        &format!("{id} to disconnect"),
        || async {
            get_instance(server, id).await.filter(|i| {
                i.status == InstanceStatus::Disconnected && i.disconnect_reason.is_some()
            })
        },
    )
    .await
}

/// Fast heartbeats and small gaps so timing behaviour shows within a test.
pub fn quick(config: &mut ServerConfig) {
    config.hangar.ping_interval_ms = 150;
    config.hangar.write_gap_ms = 30;
    config.hangar.idle_timeout_ms = 1_000;
}

/// Authenticates and docks by hand; returns the websocket.
pub async fn dock_by_hand(server: &TestServer, id: &str) -> WsClient {
    let target = server.uplink_target();
    let auth = wire::auth(&target, id, UPLINK_TOKEN, None)
        .await
        .expect("auth");
    assert_eq!(auth.status, 200);
    let token = String::from_utf8(auth.body).expect("token text");
    wire::dock(&target, &token).await.expect("dock")
}

fn ident(uuid: &str) -> Vec<u8> {
    InstanceSpec {
        uuid: uuid.to_owned(),
        ..InstanceSpec::new(UPLINK_TOKEN)
    }
    .ident_json(None, None)
    .into_bytes()
}

fn new_uuid() -> String {
    InstanceSpec::new(UPLINK_TOKEN).uuid
}

pub async fn logs(server: &TestServer, id: &str, query: &str) -> String {
    let r = server
        .get(&format!("/v1/instances/{id}/logs{query}"))
        .send()
        .await
        .expect("logs");
    assert_eq!(r.status(), 200);
    r.text().await.expect("log text")
}

#[tokio::test]
async fn instance_docks_and_shows_everything_it_said_in_the_api() {
    let server = TestServer::start_with(quick).await;
    let mut spec = InstanceSpec::new(UPLINK_TOKEN);
    spec.early_log = Some(b"booting\n".to_vec());
    spec.panic = Some("PANIC: out of memory\n".into());
    spec.auth_id = "c0:01:0a:00:00:2a".into();
    let mut inst = instance::spawn(server.uplink_target(), spec.clone());
    assert_eq!(
        inst.wait_docked().await,
        Event::Docked { n: 1, binary: None }
    );
    inst.log("hello from the instance\n");
    let i = wait_until(Duration::from_secs(10), "uplink and log stored", || async {
        get_instance(&server, &spec.uuid)
            .await
            .filter(|i| i.uplink.is_some() && i.log_bytes > 8 && i.panicked)
    })
    .await;
    assert_eq!(i.status, InstanceStatus::Connected);
    assert_eq!(i.version.as_deref(), Some("v0.12.0-test"));
    assert_eq!(i.service.as_deref(), Some("Starbase"));
    assert_eq!(i.tag.as_deref(), Some("starbase-test"));
    assert_eq!(i.net[0].addr, "10.0.0.42");
    assert_eq!(i.physical_ram, Some(134_217_728));
    assert_eq!(i.auth_id.as_deref(), Some("c0:01:0a:00:00:2a"));
    assert!(i.connected_since.is_some() && i.last_seen.is_some() && i.last_log.is_some());
    assert_eq!(i.panics, 1);
    let uplink = i.uplink.expect("uplink");
    assert!(
        uplink
            .url
            .as_deref()
            .is_some_and(|u| u.starts_with("https://"))
    );
    // The token the instance reported is never shown.
    let raw = server
        .get(&format!("/v1/instances/{}", spec.uuid))
        .send()
        .await
        .expect("get")
        .text()
        .await
        .expect("text");
    assert!(!raw.contains(UPLINK_TOKEN), "{raw}");
    // Buffered log came before IDENT and is kept, in order.
    assert_eq!(
        logs(&server, &spec.uuid, "").await,
        "booting\nhello from the instance\n"
    );
}

#[tokio::test]
async fn server_frames_are_spaced_unmasked_and_nothing_follows_the_101() {
    let server = TestServer::start_with(quick).await;
    let spec = InstanceSpec::new(UPLINK_TOKEN);
    let mut inst = instance::spawn(server.uplink_target(), spec.clone());
    inst.wait_docked().await;
    wait_status(&server, &spec.uuid, InstanceStatus::Connected).await;
    // Stats requests on top of pings: the server must still write one frame at a time.
    for _ in 0..5 {
        let r = server
            .request(
                reqwest::Method::POST,
                &format!("/v1/instances/{}/stats", spec.uuid),
            )
            .send()
            .await
            .expect("stats");
        assert_eq!(r.status(), 200);
    }
    for _ in 0..3 {
        inst.wait_for(Duration::from_secs(5), |e| *e == Event::Pinged)
            .await;
    }
    let c = inst.counters();
    assert_eq!(c.bytes_with_101, 0, "bytes arrived with the 101");
    assert_eq!(c.crowded_reads, 0, "frames shared a read");
    assert_eq!(c.masked_server_frames, 0);
    assert_eq!(c.docks, 1);
}

#[tokio::test]
async fn wrong_token_is_refused_and_the_instance_backs_off() {
    let server = TestServer::start().await;
    let target = server.uplink_target();
    let r = wire::auth(&target, "some-id", "wrong-token", None)
        .await
        .expect("auth");
    assert_eq!(r.status, 401);
    let body = String::from_utf8_lossy(&r.body);
    assert!(
        !body.contains(UPLINK_TOKEN) && !body.contains("wrong-token"),
        "{body}"
    );

    let mut spec = InstanceSpec::new("wrong-token");
    spec.backoff_unit = Duration::from_millis(30);
    let mut inst = instance::spawn(target.clone(), spec);
    let started = tokio::time::Instant::now();
    for _ in 0..3 {
        inst.wait_for(Duration::from_secs(5), |e| *e == Event::AuthRefused(401))
            .await;
    }
    // Back-off of 30, 60 ms after the first two failures.
    assert!(started.elapsed() >= Duration::from_millis(90));
    assert_eq!(inst.counters().docks, 0);
}

#[tokio::test]
async fn auth_body_is_lenient_about_whitespace_and_strict_about_types() {
    let server = TestServer::start().await;
    let target = server.uplink_target();
    let lenient =
        format!("\n{{\n  \"key\" :\t\"{UPLINK_TOKEN}\" ,\"id\":\"x\" , \"extra\": 1 }}\n");
    let r = wire::auth_raw(&target, lenient.as_bytes(), Some("stale-bearer"))
        .await
        .expect("auth");
    assert_eq!(r.status, 200, "{}", String::from_utf8_lossy(&r.body));
    assert!(!r.body.is_empty());
    assert_eq!(
        r.header("content-length")
            .and_then(|v| v.parse::<usize>().ok()),
        Some(r.body.len())
    );
    for bad in [
        format!("{{\"id\": 5, \"key\": \"{UPLINK_TOKEN}\"}}"),
        format!("{{\"id\": \"x\", \"key\": [\"{UPLINK_TOKEN}\"]}}"),
        format!("{{\"key\": \"{UPLINK_TOKEN}\"}}"),
        "not json".to_owned(),
        String::new(),
    ] {
        let r = wire::auth_raw(&target, bad.as_bytes(), None)
            .await
            .expect("auth");
        assert_eq!(r.status, 400, "{bad}");
    }
}

#[tokio::test]
async fn forged_used_and_expired_session_tokens_cannot_dock() {
    let server = TestServer::start_with(|c| c.hangar.session_ttl_ms = 300).await;
    let target = server.uplink_target();
    assert!(matches!(
        wire::dock(&target, "forged").await,
        Err(wire::DockError::Refused(401))
    ));
    let token = String::from_utf8(
        wire::auth(&target, "inst", UPLINK_TOKEN, None)
            .await
            .expect("auth")
            .body,
    )
    .expect("text");
    let first = wire::dock(&target, &token).await;
    assert!(first.is_ok(), "fresh token docks");
    assert!(
        matches!(
            wire::dock(&target, &token).await,
            Err(wire::DockError::Refused(401))
        ),
        "a session token is single-use"
    );
    let token = String::from_utf8(
        wire::auth(&target, "inst", UPLINK_TOKEN, None)
            .await
            .expect("auth")
            .body,
    )
    .expect("text");
    tokio::time::sleep(Duration::from_millis(400)).await;
    assert!(
        matches!(
            wire::dock(&target, &token).await,
            Err(wire::DockError::Refused(401))
        ),
        "an unused session token expires"
    );
}

#[tokio::test]
async fn split_and_coalesced_transports_are_reassembled() {
    let server = TestServer::start().await;
    let uuid = new_uuid();
    let mut ws = dock_by_hand(&server, &uuid).await;
    // IDENT over seven messages.
    ws.send_transport_split(code::IDENT, &ident(&uuid), 7)
        .await
        .expect("ident");
    wait_status(&server, &uuid, InstanceStatus::Connected).await;
    // Three transports in one message.
    ws.send_coalesced(&[
        (code::LOG, b"one\n"),
        (code::LOG, b"two\n"),
        (42, b"ignored"),
    ])
    .await
    .expect("coalesced");
    // A message ending in the middle of a transport whose rest comes with the next one.
    let mut a = Transport::new(code::LOG, &b"three\n"[..])
        .to_bytes()
        .to_vec();
    let b = Transport::new(code::LOG, &b"four\n"[..])
        .to_bytes()
        .to_vec();
    a.extend_from_slice(&b[..3]);
    ws.send_text(&a).await.expect("part 1");
    ws.send_text(&b[3..]).await.expect("part 2");
    // Binary opcode and a fragmented message work as well.
    ws.send_raw(&wire::client_frame(
        true,
        wire::BINARY,
        &Transport::new(code::LOG, &b"five\n"[..]).to_bytes(),
    ))
    .await
    .expect("binary");
    let six = Transport::new(code::LOG, &b"six\n"[..]).to_bytes();
    ws.send_raw(&wire::client_frame(false, wire::TEXT, &six[..4]))
        .await
        .expect("fragment");
    ws.send_raw(&wire::client_frame(true, 0, &six[4..]))
        .await
        .expect("continuation");
    let text = wait_until(Duration::from_secs(10), "six log lines", || async {
        let text = logs(&server, &uuid, "").await;
        (text.lines().count() == 6).then_some(text)
    })
    .await;
    assert_eq!(text, "one\ntwo\nthree\nfour\nfive\nsix\n");
    assert_eq!(logs(&server, &uuid, "?lines=2").await, "five\nsix\n");
}

#[tokio::test]
async fn oversized_transport_closes_only_that_connection() {
    let server = TestServer::start_with(|c| c.hangar.transport_limits.log = 1024).await;
    let calm = InstanceSpec::new(UPLINK_TOKEN);
    let mut inst = instance::spawn(server.uplink_target(), calm.clone());
    inst.wait_docked().await;

    let uuid = new_uuid();
    let mut ws = dock_by_hand(&server, &uuid).await;
    ws.send_transport(code::IDENT, &ident(&uuid))
        .await
        .expect("ident");
    wait_status(&server, &uuid, InstanceStatus::Connected).await;
    // Only the header: the bound applies before the payload is read.
    let mut header = encode_header(code::LOG, 1025).to_vec();
    header.extend_from_slice(b"xx");
    ws.send_text(&header).await.expect("oversized header");
    let end = tokio::time::timeout(Duration::from_secs(5), async {
        loop {
            match ws.read_frame().await {
                Ok(Some(_)) => continue,
                other => return other,
            }
        }
    })
    .await
    .expect("server closes the connection");
    assert!(!matches!(end, Ok(Some(_))));
    let i = wait_disconnected(&server, &uuid).await;
    let reason = i.disconnect_reason.expect("reason");
    assert!(
        reason.contains("LOG") && reason.contains("1025"),
        "{reason}"
    );
    // The other instance and the server are fine.
    assert_eq!(
        get_instance(&server, &calm.uuid).await.map(|i| i.status),
        Some(InstanceStatus::Connected)
    );
    assert_eq!(inst.counters().docks, 1);
}

/// Reads frames until the server closes the connection; panics if it stays open for 5 s.
async fn wait_closed(ws: &mut WsClient) {
    let end = tokio::time::timeout(Duration::from_secs(5), async {
        loop {
            match ws.read_frame().await {
                Ok(Some(_)) => continue,
                other => return other,
            }
        }
    })
    .await
    .expect("the server closes the connection");
    assert!(!matches!(end, Ok(Some(_))));
}

/// Empty transports before IDENT cost the server an entry each (and used to pin the receive
/// buffer they came in): 40 MB of them grew the server by 350 MB. Each counts now, header
/// included, and their number is capped.
#[tokio::test]
async fn a_flood_of_empty_transports_before_ident_closes_the_connection() {
    let server = TestServer::start_with(|c| {
        // The count cap is the default; the byte cap is lowered to show headers count too.
        c.hangar.transport_limits.before_ident_bytes = 1000;
    })
    .await;
    let empty: Vec<(u8, &[u8])> = vec![(code::LOG, &b""[..]); 1000];
    // Over the count: 65 empty LOGs in one frame (a real instance sends one before IDENT).
    let mut ws = dock_by_hand(&server, &new_uuid()).await;
    ws.send_coalesced(&empty[..65]).await.expect("flood");
    wait_closed(&mut ws).await;
    // Over the bytes only with the headers counted: 40 empty transports and one of 800 bytes
    // are 800 bytes of payload, 1,005 with the headers.
    let mut ws = dock_by_hand(&server, &new_uuid()).await;
    let big = vec![b'x'; 800];
    let mut some = empty[..40].to_vec();
    some.push((code::LOG, &big[..]));
    ws.send_coalesced(&some).await.expect("flood");
    wait_closed(&mut ws).await;
    // Up to the caps is fine: the instance docks and its early transports are kept.
    let uuid = new_uuid();
    let mut ws = dock_by_hand(&server, &uuid).await;
    ws.send_coalesced(&[(code::LOG, &b"one\n"[..]), (code::LOG, &b"two\n"[..])])
        .await
        .expect("early logs");
    ws.send_coalesced(&empty[..60]).await.expect("empties");
    ws.send_transport(code::IDENT, &ident(&uuid))
        .await
        .expect("ident");
    wait_status(&server, &uuid, InstanceStatus::Connected).await;
    wait_until(Duration::from_secs(10), "early logs", || async {
        (logs(&server, &uuid, "").await == "one\ntwo\n").then_some(())
    })
    .await;
}

#[tokio::test]
async fn truncated_transport_is_reported_and_not_stored() {
    let server = TestServer::start().await;
    let uuid = new_uuid();
    let mut ws = dock_by_hand(&server, &uuid).await;
    ws.send_transport(code::IDENT, &ident(&uuid))
        .await
        .expect("ident");
    wait_status(&server, &uuid, InstanceStatus::Connected).await;
    ws.send_transport(code::LOG, b"whole\n").await.expect("log");
    let mut partial = encode_header(code::LOG, 100).to_vec();
    partial.extend_from_slice(b"0123456789");
    ws.send_text(&partial).await.expect("partial");
    wait_until(Duration::from_secs(10), "first log", || async {
        (logs(&server, &uuid, "").await == "whole\n").then_some(())
    })
    .await;
    ws.send_quirky_close(1000).await.expect("close");
    let i = wait_disconnected(&server, &uuid).await;
    let reason = i.disconnect_reason.expect("reason");
    assert!(
        reason.contains("truncated LOG transport: 10 of 100"),
        "{reason}"
    );
    assert_eq!(logs(&server, &uuid, "").await, "whole\n");
}

#[tokio::test]
async fn silent_connection_times_out_and_a_ponging_one_stays() {
    let server = TestServer::start_with(quick).await;
    let spec = InstanceSpec::new(UPLINK_TOKEN);
    let mut inst = instance::spawn(server.uplink_target(), spec.clone());
    inst.wait_docked().await;

    let uuid = new_uuid();
    let mut ws = dock_by_hand(&server, &uuid).await;
    ws.send_transport(code::IDENT, &ident(&uuid))
        .await
        .expect("ident");
    wait_status(&server, &uuid, InstanceStatus::Connected).await;
    // Read the pings, answer nothing.
    let started = tokio::time::Instant::now();
    let mut pings = 0;
    while let Ok(Some(frame)) = ws.read_frame_within(Duration::from_secs(5)).await {
        assert_eq!(frame.opcode, wire::PING);
        assert!(frame.payload.is_empty(), "pings carry no payload");
        pings += 1;
    }
    assert!(pings >= 2, "the server pinged ({pings})");
    assert!(started.elapsed() >= Duration::from_millis(500));
    let i = wait_disconnected(&server, &uuid).await;
    assert!(
        i.disconnect_reason
            .as_deref()
            .is_some_and(|r| r.contains("no frame")),
        "{:?}",
        i.disconnect_reason
    );
    // The emulated instance answered every ping with a scrambled pong and is still there.
    assert_eq!(
        get_instance(&server, &spec.uuid).await.map(|i| i.status),
        Some(InstanceStatus::Connected)
    );
    assert_eq!(inst.counters().docks, 1);
}

#[tokio::test]
async fn a_second_dock_of_the_same_uuid_replaces_the_first() {
    let server = TestServer::start_with(quick).await;
    let uuid = new_uuid();
    let mut first = dock_by_hand(&server, &uuid).await;
    first
        .send_transport(code::IDENT, &ident(&uuid))
        .await
        .expect("ident");
    wait_status(&server, &uuid, InstanceStatus::Connected).await;
    let mut second = dock_by_hand(&server, &uuid).await;
    second
        .send_transport(code::IDENT, &ident(&uuid))
        .await
        .expect("ident");
    let end = tokio::time::timeout(Duration::from_secs(5), async {
        loop {
            match first.read_frame().await {
                Ok(Some(_)) => continue,
                _ => return,
            }
        }
    })
    .await;
    assert!(end.is_ok(), "the old connection is closed");
    second.send_quirky_pong().await.expect("pong");
    let i = get_instance(&server, &uuid).await.expect("instance");
    assert_eq!(i.status, InstanceStatus::Connected);
}

#[tokio::test]
async fn restart_makes_instances_unknown_until_they_dock_again() {
    let server = TestServer::start().await;
    let spec = InstanceSpec::new(UPLINK_TOKEN);
    let mut inst = instance::spawn(server.uplink_target(), spec.clone());
    inst.wait_docked().await;
    let before = wait_status(&server, &spec.uuid, InstanceStatus::Connected).await;
    let r = server
        .request(
            reqwest::Method::PATCH,
            &format!("/v1/instances/{}", spec.uuid),
        )
        .json(&serde_json::json!({"alias": "web-1"}))
        .send()
        .await
        .expect("patch");
    assert_eq!(r.status(), 200);
    drop(inst);

    let server = server.restart().await;
    let after = get_instance(&server, "web-1").await.expect("still known");
    assert_eq!(after.status, InstanceStatus::Unknown);
    assert_eq!(after.first_seen, before.first_seen);
    // The instance comes back (the restarted server listens on a new port).
    let mut inst = instance::spawn(server.uplink_target(), spec.clone());
    inst.wait_docked().await;
    let back = wait_status(&server, "web-1", InstanceStatus::Connected).await;
    assert_eq!(back.id, spec.uuid);
    assert_eq!(back.alias.as_deref(), Some("web-1"));
}

/// `POST /auth` from `local` (one of 127.0.0.0/8) for `id`: the status and the session token.
async fn auth_from(server: &TestServer, local: [u8; 4], id: &str) -> (u16, String) {
    let target = wire::Target {
        bind: Some(local.into()),
        ..server.uplink_target()
    };
    let r = wire::auth(&target, id, UPLINK_TOKEN, None)
        .await
        .expect("auth");
    (r.status, String::from_utf8(r.body).expect("text"))
}

/// Few pending sessions, so a flood fills them within a test.
fn small_session_limits(c: &mut ServerConfig) {
    c.hangar.max_pending_sessions = 64;
    c.hangar.max_pending_sessions_per_address = 16;
    c.hangar.max_pending_sessions_per_uuid = 4;
}

/// Regression: pending sessions were bounded only in all (200,000, for 60 s each), so one
/// address authenticating ~3,300 times a second without docking kept every real instance out.
/// An address past its bound replaces its own oldest sessions instead.
#[tokio::test]
async fn an_auth_flood_from_one_address_does_not_keep_other_instances_out() {
    let server = TestServer::start_with(small_session_limits).await;
    let mut last = String::new();
    for i in 0..100 {
        let (status, token) = auth_from(&server, [127, 0, 0, 2], &format!("flood-{i}")).await;
        assert_eq!(status, 200, "the flooder's own auth {i}");
        last = token;
    }
    // The flooder's newest session is still good; the real instance gets one of its own.
    let (status, token) = auth_from(&server, [127, 0, 0, 3], "real-instance").await;
    assert_eq!(status, 200, "another address was refused");
    let target = wire::Target {
        bind: Some([127, 0, 0, 3].into()),
        ..server.uplink_target()
    };
    let mut ws = wire::dock(&target, &token)
        .await
        .expect("the real instance docks");
    ws.send_transport(code::IDENT, &ident("real-instance"))
        .await
        .expect("ident");
    wait_status(&server, "real-instance", InstanceStatus::Connected).await;
    let flooder = wire::Target {
        bind: Some([127, 0, 0, 2].into()),
        ..server.uplink_target()
    };
    assert!(wire::dock(&flooder, &last).await.is_ok());
}

/// The same with one uuid authenticated over and over, from many addresses: past the per-uuid
/// bound it replaces its own oldest sessions, and other uuids still get theirs.
#[tokio::test]
async fn an_auth_flood_of_one_uuid_does_not_keep_other_instances_out() {
    let server = TestServer::start_with(small_session_limits).await;
    for i in 0..100u8 {
        let (status, _) = auth_from(&server, [127, 0, 1, 2 + i % 10], "one-uuid").await;
        assert_eq!(status, 200, "auth {i}");
    }
    let (status, token) = auth_from(&server, [127, 0, 0, 3], "real-instance").await;
    assert_eq!(status, 200, "another uuid was refused");
    let target = wire::Target {
        bind: Some([127, 0, 0, 3].into()),
        ..server.uplink_target()
    };
    assert!(wire::dock(&target, &token).await.is_ok());
}

/// The `mothership_uplink_idle_connections` figure on `/metrics`.
async fn idle_connections(server: &TestServer) -> Option<u64> {
    let page = server
        .get("/metrics")
        .send()
        .await
        .ok()?
        .text()
        .await
        .ok()?;
    page.lines()
        .find_map(|l| l.strip_prefix("mothership_uplink_idle_connections "))
        .and_then(|n| n.trim().parse().ok())
}

#[tokio::test]
async fn an_idle_instance_is_pinged_by_the_idle_loop_and_taken_back_for_anything_else() {
    let server = TestServer::start_with(quick).await;
    let spec = InstanceSpec::new(UPLINK_TOKEN);
    let mut inst = instance::spawn(server.uplink_target(), spec.clone());
    inst.wait_docked().await;
    wait_status(&server, &spec.uuid, InstanceStatus::Connected).await;
    let parked = || async { idle_connections(&server).await.filter(|&n| n == 1) };
    wait_until(Duration::from_secs(10), "the instance parked", parked).await;

    // Parked, it is still pinged, its pongs count (the idle timeout is 1 s) and its
    // last_seen moves on.
    let seen = get_instance(&server, &spec.uuid)
        .await
        .and_then(|i| i.last_seen)
        .expect("last_seen");
    for _ in 0..10 {
        inst.wait_for(Duration::from_secs(5), |e| *e == Event::Pinged)
            .await;
    }
    let i = get_instance(&server, &spec.uuid).await.expect("instance");
    assert_eq!(i.status, InstanceStatus::Connected);
    assert!(
        i.last_seen.is_some_and(|t| t > seen),
        "{:?} {seen:?}",
        i.last_seen
    );
    assert_eq!(inst.counters().docks, 1);

    // A LOG from the instance goes to its task, and the connection parks again.
    inst.log("said while parked\n");
    wait_until(Duration::from_secs(10), "the log stored", || async {
        logs(&server, &spec.uuid, "")
            .await
            .contains("said while parked")
            .then_some(())
    })
    .await;
    wait_until(Duration::from_secs(10), "parked again", parked).await;
    // A command (a STATS request) recalls it, and the answer comes back.
    let r = server
        .request(
            reqwest::Method::POST,
            &format!("/v1/instances/{}/stats", spec.uuid),
        )
        .send()
        .await
        .expect("stats");
    assert_eq!(r.status(), 200);
    wait_until(Duration::from_secs(10), "parked once more", parked).await;
    let c = inst.counters();
    assert_eq!(
        (c.crowded_reads, c.masked_server_frames, c.docks),
        (0, 0, 1)
    );

    // The instance goes away: the end of its stream is seen while parked, not the timeout.
    inst.control
        .send(instance::Control::Stop)
        .expect("stop the instance");
    let i = wait_disconnected(&server, &spec.uuid).await;
    assert!(
        i.disconnect_reason
            .as_deref()
            .is_some_and(|r| r.contains("closed by the instance")),
        "{:?}",
        i.disconnect_reason
    );
    assert_eq!(idle_connections(&server).await, Some(0));
}

#[tokio::test]
async fn without_the_idle_loop_an_idle_instance_keeps_its_task() {
    let server = TestServer::start_with(|c| {
        quick(c);
        c.hangar.idle_loop = false;
    })
    .await;
    let spec = InstanceSpec::new(UPLINK_TOKEN);
    let mut inst = instance::spawn(server.uplink_target(), spec.clone());
    inst.wait_docked().await;
    for _ in 0..5 {
        inst.wait_for(Duration::from_secs(5), |e| *e == Event::Pinged)
            .await;
    }
    assert_eq!(idle_connections(&server).await, Some(0));
    assert_eq!(
        get_instance(&server, &spec.uuid).await.map(|i| i.status),
        Some(InstanceStatus::Connected)
    );
}
