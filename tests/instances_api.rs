//! `/v1/instances` against instances docked through the real uplink: listing, search, counts,
//! alias and description, deletes, logs (tail and follow), panics and stats.

use std::time::Duration;

use futures_util::StreamExt;
use mothership::protocol::instances::{
    DeleteResult, Instance, InstanceCounts, InstanceStats, InstanceStatus, PanicReport,
    StatsSnapshot,
};
use mothership::protocol::transport::code;
use reqwest::Method;

use crate::hangar::{
    dock_by_hand, get_instance, quick, wait_disconnected, wait_status, wait_until,
};
use crate::helper::instance::{self, InstanceHandle, InstanceSpec};
use crate::helper::{TestServer, UPLINK_TOKEN};

async fn docked(server: &TestServer, change: impl FnOnce(&mut InstanceSpec)) -> InstanceHandle {
    let mut spec = InstanceSpec::new(UPLINK_TOKEN);
    change(&mut spec);
    let mut inst = instance::spawn(server.uplink_target(), spec.clone());
    inst.wait_docked().await;
    wait_status(server, &spec.uuid, InstanceStatus::Connected).await;
    inst
}

async fn list(server: &TestServer, query: &str) -> (Vec<Instance>, String, u64) {
    let r = server
        .get(&format!("/v1/instances{query}"))
        .send()
        .await
        .expect("list");
    assert_eq!(r.status(), 200, "{query}");
    let counts = r
        .headers()
        .get("x-instance-counts")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_owned();
    let total = r
        .headers()
        .get("x-total-count")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse().ok())
        .unwrap_or(0);
    let page: mothership::protocol::list::Page<Instance> = r.json().await.expect("a page");
    assert_eq!(page.total, total, "X-Total-Count repeats total");
    (page.items, counts, total)
}

#[tokio::test]
async fn list_searches_filters_pages_and_counts() {
    let server = TestServer::start().await;
    let a = docked(&server, |s| {
        s.tag = Some("frontend".into());
        s.address = "10.1.2.3".into();
    })
    .await;
    let b = docked(&server, |s| s.tag = Some("backend".into())).await;
    let gone = docked(&server, |s| s.tag = Some("batch".into())).await;
    let gone_id = gone.spec.uuid.clone();
    drop(gone);
    wait_disconnected(&server, &gone_id).await;

    let (all, counts, total) = list(&server, "").await;
    assert_eq!(all.len(), 3);
    assert_eq!(total, 3);
    assert!(
        counts.contains("connected=2") && counts.contains("total=3"),
        "{counts}"
    );
    let (found, _, _) = list(&server, "?search=10.1.2").await;
    assert_eq!(
        found.iter().map(|i| &i.id).collect::<Vec<_>>(),
        vec![&a.spec.uuid]
    );
    let (found, _, _) = list(&server, "?search=BACKEND").await;
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].id, b.spec.uuid);
    let (found, _, _) = list(&server, "?status=disconnected").await;
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].id, gone_id);
    let (page, _, total) = list(&server, "?limit=2&offset=2&sort=-first_seen").await;
    assert_eq!((page.len(), total), (1, 3));
    let (sorted, _, _) = list(&server, "?sort=tag").await;
    assert_eq!(sorted[0].tag.as_deref(), Some("backend"));
    let counts: InstanceCounts = server
        .get("/v1/instances/counts")
        .send()
        .await
        .expect("counts")
        .json()
        .await
        .expect("counts body");
    assert_eq!(
        (counts.connected, counts.disconnected, counts.total),
        (2, 1, 3)
    );
    // A value the list does not know is a 422 like an out-of-range limit; what does not parse
    // or is not a parameter of the list, a 400.
    for (bad, status) in [
        ("?status=sleeping", 422),
        ("?sort=colour", 422),
        ("?colour=red", 400),
        ("?limit=many", 400),
    ] {
        let r = server
            .get(&format!("/v1/instances{bad}"))
            .send()
            .await
            .expect("bad");
        assert_eq!(r.status(), status, "{bad}");
    }
    // The same page bounds as every other list (1 to 1000, default 100), and the same answer
    // out of range: a 422 that names the parameter.
    for out_of_range in ["0", "1001", "4294967295"] {
        let r = server
            .get(&format!("/v1/instances?limit={out_of_range}"))
            .send()
            .await
            .expect("out of range");
        assert_eq!(r.status(), 422, "limit={out_of_range}");
        let body: serde_json::Value = r.json().await.expect("error body");
        assert_eq!(body["error"]["code"], "invalid_field", "{body}");
        let message = body["error"]["message"].as_str().unwrap_or_default();
        assert!(
            message.contains("limit") && message.contains("1000"),
            "{message}"
        );
    }
    let (page, _, total) = list(&server, "?limit=1000").await;
    assert_eq!((page.len(), total), (3, 3));
}

#[tokio::test]
async fn alias_description_and_ids_by_alias_or_prefix() {
    let server = TestServer::start().await;
    let a = docked(&server, |_| {}).await;
    let b = docked(&server, |_| {}).await;
    let patch = |id: String, body: serde_json::Value| {
        let server = &server;
        async move {
            server
                .request(Method::PATCH, &format!("/v1/instances/{id}"))
                .json(&body)
                .send()
                .await
                .expect("patch")
        }
    };
    let r = patch(
        a.spec.uuid.clone(),
        serde_json::json!({"alias": "web-1", "description": "front door"}),
    )
    .await;
    assert_eq!(r.status(), 200);
    let i: Instance = r.json().await.expect("instance");
    assert_eq!(i.alias.as_deref(), Some("web-1"));
    assert_eq!(i.description.as_deref(), Some("front door"));
    assert_eq!(
        get_instance(&server, "web-1").await.map(|i| i.id),
        Some(a.spec.uuid.clone())
    );
    let prefix = &b.spec.uuid[..8];
    assert_eq!(
        get_instance(&server, prefix).await.map(|i| i.id),
        Some(b.spec.uuid.clone())
    );
    let r = patch(b.spec.uuid.clone(), serde_json::json!({"alias": "web-1"})).await;
    assert_eq!(r.status(), 409);
    let r = patch(a.spec.uuid.clone(), serde_json::json!({"alias": ""})).await;
    assert_eq!(r.status(), 200);
    let i = get_instance(&server, &a.spec.uuid).await.expect("instance");
    assert_eq!(i.alias, None);
    assert_eq!(i.description.as_deref(), Some("front door"));
    let r = patch(a.spec.uuid.clone(), serde_json::json!({"colour": "red"})).await;
    assert_eq!(r.status(), 422);
    for unusable in [".", ".."] {
        let r = patch(
            a.spec.uuid.clone(),
            serde_json::json!({ "alias": unusable }),
        )
        .await;
        assert_eq!(r.status(), 400, "alias {unusable}");
    }
    assert!(get_instance(&server, "no-such-instance").await.is_none());
}

#[tokio::test]
async fn deletes_refuse_connected_instances_unless_forced() {
    let server = TestServer::start().await;
    let a = docked(&server, |_| {}).await;
    let b = docked(&server, |_| {}).await;
    let c = docked(&server, |_| {}).await;
    let (a_id, b_id) = (a.spec.uuid.clone(), b.spec.uuid.clone());
    let r = server
        .request(Method::DELETE, &format!("/v1/instances/{a_id}"))
        .send()
        .await
        .expect("delete");
    assert_eq!(r.status(), 409);
    drop(a);
    drop(b);
    for id in [&a_id, &b_id] {
        wait_until(Duration::from_secs(10), "disconnect", || async {
            get_instance(&server, id)
                .await
                .filter(|i| i.status == InstanceStatus::Disconnected)
        })
        .await;
    }
    let r = server
        .request(Method::DELETE, &format!("/v1/instances/{a_id}"))
        .send()
        .await
        .expect("delete");
    assert_eq!(r.status(), 200);
    assert!(get_instance(&server, &a_id).await.is_none());
    let result: DeleteResult = server
        .request(Method::DELETE, "/v1/instances")
        .json(&serde_json::json!({"ids": [b_id, c.spec.uuid, "nope"]}))
        .send()
        .await
        .expect("delete many")
        .json()
        .await
        .expect("result");
    assert_eq!(result.deleted, vec![b_id.clone()]);
    assert_eq!(result.not_found, vec!["nope".to_owned()]);
    assert_eq!(result.connected, vec![c.spec.uuid.clone()]);
    let r = server
        .request(Method::DELETE, "/v1/instances")
        .send()
        .await
        .expect("delete nothing");
    assert_eq!(r.status(), 400, "no ids and no status deletes nothing");
    let result: DeleteResult = server
        .request(Method::DELETE, "/v1/instances?status=connected&force=true")
        .send()
        .await
        .expect("delete by status")
        .json()
        .await
        .expect("result");
    assert_eq!(result.deleted, vec![c.spec.uuid.clone()]);
}

#[tokio::test]
async fn logs_are_tailed_and_followed() {
    let server = TestServer::start().await;
    let inst = docked(&server, |_| {}).await;
    let id = inst.spec.uuid.clone();
    inst.log("one\ntwo\nthr");
    inst.log("ee\n");
    let tail = wait_until(Duration::from_secs(10), "logs", || async {
        let text = server
            .get(&format!("/v1/instances/{id}/logs?lines=2"))
            .send()
            .await
            .expect("logs")
            .text()
            .await
            .expect("text");
        text.contains("three").then_some(text)
    })
    .await;
    assert_eq!(tail, "two\nthree\n");

    let r = server
        .get(&format!("/v1/instances/{id}/logs?follow=1&lines=1"))
        .send()
        .await
        .expect("follow");
    assert_eq!(r.status(), 200);
    let mut body = r.bytes_stream();
    let mut seen = String::new();
    let mut next = async || {
        let chunk = tokio::time::timeout(Duration::from_secs(10), body.next())
            .await
            .expect("a chunk in time")
            .expect("stream open")
            .expect("chunk");
        String::from_utf8(chunk.to_vec()).expect("utf-8")
    };
    seen.push_str(&next().await);
    assert_eq!(seen, "three\n");
    inst.log("four\n");
    while !seen.contains("four") {
        seen.push_str(&next().await);
    }
    inst.log("five\n");
    while !seen.contains("five") {
        seen.push_str(&next().await);
    }
    assert_eq!(seen, "three\nfour\nfive\n");

    // Flags are spelled every way scripts spell them; a non-flag is a 400.
    for (query, status) in [("follow=no", 200), ("follow=maybe", 400)] {
        let r = server
            .get(&format!("/v1/instances/{id}/logs?{query}&lines=1"))
            .send()
            .await
            .expect("logs");
        assert_eq!(r.status(), status, "{query}");
        if status == 200 {
            assert_eq!(r.text().await.expect("text"), "five\n");
        }
    }
}

#[tokio::test]
async fn logs_are_capped_to_the_newest_bytes() {
    let server = TestServer::start_with(|c| c.hangar.log_cap_bytes = 10_000).await;
    let inst = docked(&server, |_| {}).await;
    let id = inst.spec.uuid.clone();
    for i in 0..300 {
        inst.log(format!("line {i:04} {}\n", "x".repeat(40)));
    }
    let text = wait_until(Duration::from_secs(10), "last line", || async {
        let t = server
            .get(&format!("/v1/instances/{id}/logs"))
            .send()
            .await
            .expect("logs")
            .text()
            .await
            .expect("text");
        t.contains("line 0299").then_some(t)
    })
    .await;
    assert!(text.len() <= 10_000, "{} bytes kept", text.len());
    assert!(!text.contains("line 0000"));
    assert!(text.starts_with("line "), "whole transports are dropped");
    let i = get_instance(&server, &id).await.expect("instance");
    assert_eq!(i.log_bytes, text.len() as u64);
}

#[tokio::test]
async fn panics_are_kept_and_flag_the_instance() {
    let server = TestServer::start().await;
    let inst = docked(&server, |s| {
        s.panic = Some("PANIC: division by zero\n".into())
    })
    .await;
    let id = inst.spec.uuid.clone();
    let i = wait_until(Duration::from_secs(10), "panicked", || async {
        get_instance(&server, &id).await.filter(|i| i.panicked)
    })
    .await;
    assert_eq!(i.panics, 1);
    let panics: Vec<PanicReport> = server
        .get(&format!("/v1/instances/{id}/panics"))
        .send()
        .await
        .expect("panics")
        .json::<mothership::protocol::list::Page<PanicReport>>()
        .await
        .expect("panics body")
        .items;
    assert_eq!(panics.len(), 1);
    assert_eq!(panics[0].text, "PANIC: division by zero\n");
}

#[tokio::test]
async fn stats_are_requested_from_the_instance_and_kept() {
    let server = TestServer::start_with(quick).await;
    let inst = docked(&server, |_| {}).await;
    let id = inst.spec.uuid.clone();
    let r = server
        .request(Method::POST, &format!("/v1/instances/{id}/stats"))
        .send()
        .await
        .expect("request stats");
    assert_eq!(r.status(), 200);
    let snapshot: StatsSnapshot = r.json().await.expect("snapshot");
    assert_eq!(snapshot.stats[0].name, "eth0.ethernet.packets_rx");
    assert_eq!(snapshot.stats[0].value.as_u64(), Some(1234));
    let stats: InstanceStats = wait_until(Duration::from_secs(10), "stored stats", || async {
        let s: InstanceStats = server
            .get(&format!("/v1/instances/{id}/stats"))
            .send()
            .await
            .expect("stats")
            .json()
            .await
            .expect("stats body");
        s.latest.is_some().then_some(s)
    })
    .await;
    assert_eq!(stats.latest.expect("latest").stats.len(), 6);

    // A docked instance that never answers: the request gives up at its timeout.
    let uuid = InstanceSpec::new(UPLINK_TOKEN).uuid;
    let mut ws = dock_by_hand(&server, &uuid).await;
    let ident = InstanceSpec {
        uuid: uuid.clone(),
        ..InstanceSpec::new(UPLINK_TOKEN)
    }
    .ident_json(None, None);
    ws.send_transport(code::IDENT, ident.as_bytes())
        .await
        .expect("ident");
    wait_status(&server, &uuid, InstanceStatus::Connected).await;
    let keepalive = tokio::spawn(async move {
        // Answer pings so the connection lives; ignore the STATS request.
        while let Ok(Some(f)) = ws.read_frame().await {
            if f.opcode == crate::helper::wire::PING && ws.send_quirky_pong().await.is_err() {
                return;
            }
        }
    });
    let r = server
        .request(
            Method::POST,
            &format!("/v1/instances/{uuid}/stats?timeout=1"),
        )
        .send()
        .await
        .expect("request stats");
    assert_eq!(r.status(), 504);
    keepalive.abort();

    drop(inst);
    wait_until(Duration::from_secs(10), "disconnect", || async {
        get_instance(&server, &id)
            .await
            .filter(|i| i.status == InstanceStatus::Disconnected)
    })
    .await;
    let r = server
        .request(Method::POST, &format!("/v1/instances/{id}/stats"))
        .send()
        .await
        .expect("request stats");
    assert_eq!(r.status(), 409);
}

#[tokio::test]
async fn an_ambiguous_prefix_is_a_conflict_naming_the_matches() {
    let server = TestServer::start().await;
    let a = docked(&server, |s| {
        s.uuid = "5eedface-0000-4000-8000-000000000001".into()
    })
    .await;
    let b = docked(&server, |s| {
        s.uuid = "5eedface-0000-4000-8000-000000000002".into()
    })
    .await;
    let r = server
        .get("/v1/instances/5eedface")
        .send()
        .await
        .expect("get");
    assert_eq!(r.status(), 409);
    let e: mothership::protocol::ErrorBody = r.json().await.expect("error body");
    assert_eq!(e.error.code, "ambiguous_id");
    assert!(
        e.error.message.contains(&a.spec.uuid) && e.error.message.contains(&b.spec.uuid),
        "{e:?}"
    );
}
