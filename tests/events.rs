//! Events (`GET /v1/events`), webhooks and the audit log, against a real server with emulated
//! instances docking, real webhook receivers (a local HTTP server) and the CLI.

use std::net::SocketAddr;
use std::time::{Duration, Instant};

use bytes::Bytes;
use futures_util::StreamExt;
use hmac::{Hmac, KeyInit, Mac};
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};
use sha2::Sha256;
use tokio::sync::mpsc;

use crate::hangar::wait_until;
use crate::helper::cli::{against, stdout_of};
use crate::helper::instance::{self, InstanceHandle, InstanceSpec};
use crate::helper::{TestServer, UPLINK_TOKEN, USER};

/// One server-sent event as read off the wire.
#[derive(Debug, Clone)]
struct Sse {
    id: Option<u64>,
    kind: String,
    data: Value,
}

/// A `GET /v1/events` response read event by event.
struct Stream {
    body: futures_util::stream::BoxStream<'static, reqwest::Result<Bytes>>,
    pending: Vec<u8>,
}

impl Stream {
    async fn open(server: &TestServer, query: &str, last_event_id: Option<u64>) -> Stream {
        let mut req = server.get(&format!("/v1/events{query}"));
        if let Some(id) = last_event_id {
            req = req.header("last-event-id", id.to_string());
        }
        let r = req.send().await.expect("events");
        assert_eq!(r.status(), StatusCode::OK);
        assert_eq!(
            r.headers()["content-type"].to_str().expect("type"),
            "text/event-stream"
        );
        let mut stream = Stream {
            body: r.bytes_stream().boxed(),
            pending: Vec::new(),
        };
        // The server's first line says the subscription is in place.
        let first = stream.block(Duration::from_secs(5)).await.expect("first");
        assert_eq!(first, ": subscribed");
        stream
    }

    /// The next blank-line-terminated block (without its end), `None` when the stream ended.
    async fn block(&mut self, limit: Duration) -> Option<String> {
        let deadline = tokio::time::Instant::now() + limit;
        loop {
            if let Some(end) = self.pending.windows(2).position(|w| w == b"\n\n") {
                let block: Vec<u8> = self.pending.drain(..end + 2).collect();
                return Some(String::from_utf8_lossy(&block[..end]).into_owned());
            }
            match tokio::time::timeout_at(deadline, self.body.next()).await {
                Ok(Some(Ok(chunk))) => self.pending.extend_from_slice(&chunk),
                Ok(Some(Err(e))) => panic!("stream broke: {e}"),
                Ok(None) => return None,
                Err(_) => panic!("no event within {limit:?}"),
            }
        }
    }

    /// The next event (comments skipped), `None` when the stream ended.
    async fn next(&mut self, limit: Duration) -> Option<Sse> {
        loop {
            let block = self.block(limit).await?;
            let mut event = Sse {
                id: None,
                kind: String::new(),
                data: Value::Null,
            };
            for line in block.lines() {
                if let Some(v) = line.strip_prefix("id: ") {
                    event.id = Some(v.parse().expect("numeric id"));
                } else if let Some(v) = line.strip_prefix("event: ") {
                    event.kind = v.to_owned();
                } else if let Some(v) = line.strip_prefix("data: ") {
                    event.data = serde_json::from_str(v).expect("JSON data");
                }
            }
            if !event.kind.is_empty() {
                return Some(event);
            }
        }
    }

    /// Every event until the stream ends.
    async fn rest(mut self) -> Vec<Sse> {
        let mut all = Vec::new();
        while let Some(e) = self.next(Duration::from_secs(5)).await {
            all.push(e);
        }
        all
    }
}

fn spec() -> InstanceSpec {
    InstanceSpec::new(UPLINK_TOKEN)
}

/// Docks an instance; returns it and how long docking took.
async fn dock(server: &TestServer, spec: InstanceSpec) -> (InstanceHandle, Duration) {
    let started = Instant::now();
    let mut inst = instance::spawn(server.uplink_target(), spec);
    inst.wait_docked().await;
    (inst, started.elapsed())
}

#[tokio::test]
async fn docking_reaches_a_subscriber_within_100ms_and_a_resume_gets_what_it_missed() {
    let server = TestServer::start().await;
    let mut stream = Stream::open(&server, "?type=instance.*", None).await;

    let (first, _) = dock(&server, spec()).await;
    let docked_at = Instant::now();
    let event = stream.next(Duration::from_secs(5)).await.expect("event");
    let late = docked_at.elapsed();
    assert!(
        late < Duration::from_millis(100),
        "the event came {late:?} after the dock"
    );
    assert_eq!(event.kind, "instance.docked");
    assert_eq!(event.data["type"], "instance.docked");
    assert_eq!(event.data["data"]["instance_id"], first.spec.uuid.as_str());
    assert_eq!(event.data["data"]["version"], "v0.12.0-test");
    let seen = event.id.expect("id");
    assert_eq!(event.data["id"], seen);
    drop(stream);

    // While nobody listens: another instance docks, a NaCl is made, the first one goes.
    let (second, _) = dock(&server, spec()).await;
    let nacl = server
        .request(Method::POST, "/v1/nacls")
        .json(&json!({"name": "missed", "content": "Iface eth0 { index: 0, config: dhcp }"}))
        .send()
        .await
        .expect("nacl");
    assert_eq!(nacl.status(), StatusCode::CREATED);
    first.control.send(instance::Control::Stop).ok();
    drop(first);

    // Resuming after the last event seen gets what followed, filtered, and nothing twice.
    let resumed = wait_until(Duration::from_secs(10), "the disconnect", || async {
        let s = Stream::open(
            &server,
            "?type=instance.docked,instance.disconnected&follow=false",
            Some(seen),
        )
        .await;
        let events = s.rest().await;
        events
            .iter()
            .any(|e| e.kind == "instance.disconnected")
            .then_some(events)
    })
    .await;
    assert!(resumed.iter().all(|e| e.id.expect("id") > seen));
    let kinds: Vec<&str> = resumed.iter().map(|e| e.kind.as_str()).collect();
    assert_eq!(kinds[0], "instance.docked", "{kinds:?}");
    assert_eq!(
        resumed[0].data["data"]["instance_id"],
        second.spec.uuid.as_str()
    );
    assert!(
        kinds.iter().all(|k| k.starts_with("instance.")),
        "{kinds:?}"
    );

    // ?since= does the same, and the whole history holds the NaCl and the login.
    let all = Stream::open(&server, "?follow=0", None).await.rest().await;
    let kinds: Vec<&str> = all.iter().map(|e| e.kind.as_str()).collect();
    assert!(kinds.contains(&"nacl.created"), "{kinds:?}");
    assert!(kinds.contains(&"user.login"), "{kinds:?}");
    let after = Stream::open(
        &server,
        &format!("?since={seen}&follow=0&type=nacl.*"),
        None,
    )
    .await
    .rest()
    .await;
    assert_eq!(after.len(), 1);
    assert_eq!(after[0].data["data"]["name"], "missed");

    // A resume from before the history starts says so first.
    let old = Stream::open(&server, "?since=1&follow=0", None)
        .await
        .rest()
        .await;
    assert_eq!(old[0].kind, "stream.gap");
    assert_eq!(old[0].id, None);

    // Unknown types are refused with the list of known ones.
    let r = server
        .get("/v1/events?type=instance.dockd")
        .send()
        .await
        .expect("get");
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.text().await.expect("body").contains("instance.docked"));
}

/// What a webhook receiver got.
#[derive(Debug)]
struct Delivery {
    path: String,
    headers: http::HeaderMap,
    body: Bytes,
}

/// A local HTTP server that records every request and answers 200 on `/ok`, 500 elsewhere.
async fn receiver() -> (SocketAddr, mpsc::UnboundedReceiver<Delivery>) {
    use http_body_util::BodyExt;
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let addr = listener.local_addr().expect("addr");
    let (tx, rx) = mpsc::unbounded_channel();
    tokio::spawn(async move {
        while let Ok((socket, _)) = listener.accept().await {
            let tx = tx.clone();
            tokio::spawn(async move {
                let service =
                    hyper::service::service_fn(move |req: http::Request<hyper::body::Incoming>| {
                        let tx = tx.clone();
                        async move {
                            let (parts, body) = req.into_parts();
                            let body = body
                                .collect()
                                .await
                                .map(|b| b.to_bytes())
                                .unwrap_or_default();
                            let ok = parts.uri.path() == "/ok";
                            let _ = tx.send(Delivery {
                                path: parts.uri.path().to_owned(),
                                headers: parts.headers,
                                body,
                            });
                            let status = if ok { 200 } else { 500 };
                            Ok::<_, std::convert::Infallible>(
                                http::Response::builder()
                                    .status(status)
                                    .body(http_body_util::Full::new(Bytes::new()))
                                    .expect("response"),
                            )
                        }
                    });
                let _ = hyper::server::conn::http1::Builder::new()
                    .serve_connection(hyper_util::rt::TokioIo::new(socket), service)
                    .await;
            });
        }
    });
    (addr, rx)
}

async fn add_webhook(server: &TestServer, body: Value) -> reqwest::Response {
    server
        .request(Method::POST, "/v1/webhooks")
        .json(&body)
        .send()
        .await
        .expect("post webhook")
}

async fn webhook(server: &TestServer, id: &str) -> Value {
    let r = server
        .get(&format!("/v1/webhooks/{id}"))
        .send()
        .await
        .expect("get");
    assert_eq!(r.status(), StatusCode::OK);
    r.json().await.expect("json")
}

#[tokio::test]
async fn webhooks_get_signed_deliveries_and_a_failing_one_is_retried_and_recorded() {
    let server = TestServer::start_with(|c| {
        c.events.webhook_retry_ms = 20;
        c.events.webhook_attempts = 3;
    })
    .await;
    let (addr, mut deliveries) = receiver().await;

    let r = add_webhook(
        &server,
        json!({"url": format!("http://{addr}/ok"), "events": ["nacl.*"], "secret": "s3cret"}),
    )
    .await;
    assert_eq!(r.status(), StatusCode::CREATED);
    let good: Value = r.json().await.expect("json");
    assert_eq!(good["secret"], "s3cret");
    let r = add_webhook(
        &server,
        json!({"url": format!("http://{addr}/fail"), "events": ["nacl.created"]}),
    )
    .await;
    assert_eq!(r.status(), StatusCode::CREATED);
    let bad: Value = r.json().await.expect("json");
    let generated = bad["secret"].as_str().expect("a generated secret");
    assert_eq!(generated.len(), 64);
    for url in ["ftp://example.com/", "not a url", "file:///etc/passwd"] {
        let r = add_webhook(&server, json!({ "url": url })).await;
        assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY, "{url}");
    }

    let r = server
        .request(Method::POST, "/v1/nacls")
        .json(&json!({"name": "hooked", "content": "Iface eth0 { index: 0, config: dhcp }"}))
        .send()
        .await
        .expect("nacl");
    assert_eq!(r.status(), StatusCode::CREATED);

    let mut ok = None;
    let mut failed = Vec::new();
    while ok.is_none() || failed.len() < 3 {
        let d = tokio::time::timeout(Duration::from_secs(10), deliveries.recv())
            .await
            .expect("a delivery in time")
            .expect("receiver");
        if d.path == "/ok" {
            ok = Some(d);
        } else {
            failed.push(d);
        }
    }
    let ok = ok.expect("delivered");
    let mut mac = Hmac::<Sha256>::new_from_slice(b"s3cret").expect("key");
    mac.update(&ok.body);
    let expected = format!("sha256={}", hex::encode(mac.finalize().into_bytes()));
    assert_eq!(ok.headers["x-mothership-signature"], expected.as_str());
    assert_eq!(ok.headers["x-mothership-event"], "nacl.created");
    assert_eq!(ok.headers["content-type"], "application/json");
    let event: Value = serde_json::from_slice(&ok.body).expect("event JSON");
    assert_eq!(event["type"], "nacl.created");
    assert_eq!(event["data"]["name"], "hooked");
    assert_eq!(
        ok.headers["x-mothership-event-id"],
        event["id"].to_string().as_str()
    );
    let attempts: Vec<&str> = failed
        .iter()
        .map(|d| {
            d.headers["x-mothership-delivery-attempt"]
                .to_str()
                .expect("n")
        })
        .collect();
    assert_eq!(attempts, ["1", "2", "3"]);
    let mut mac = Hmac::<Sha256>::new_from_slice(generated.as_bytes()).expect("key");
    mac.update(&failed[0].body);
    let expected = format!("sha256={}", hex::encode(mac.finalize().into_bytes()));
    assert_eq!(
        failed[0].headers["x-mothership-signature"],
        expected.as_str()
    );

    let bad_id = bad["id"].as_str().expect("id").to_owned();
    let recorded = wait_until(Duration::from_secs(5), "the failures recorded", || async {
        let hook = webhook(&server, &bad_id).await;
        (hook["delivery"]["failed"] == 1).then_some(hook)
    })
    .await;
    assert_eq!(recorded["delivery"]["consecutive_failures"], 3);
    assert_eq!(recorded["delivery"]["last_status"], 500);
    assert!(
        recorded["delivery"]["last_error"]
            .as_str()
            .expect("error")
            .contains("500")
    );
    assert!(recorded.get("secret").is_none());
    let good_id = good["id"].as_str().expect("id").to_owned();
    let hook = wait_until(Duration::from_secs(5), "the success recorded", || async {
        let hook = webhook(&server, &good_id).await;
        (hook["delivery"]["delivered"] == 1).then_some(hook)
    })
    .await;
    assert_eq!(hook["delivery"]["last_status"], 200);
    assert_eq!(hook["delivery"]["consecutive_failures"], 0);
    assert_eq!(hook["delivery"]["last_delivered"], event["id"]);

    let list: Value = server
        .get("/v1/webhooks")
        .send()
        .await
        .expect("list")
        .json()
        .await
        .expect("json");
    assert_eq!(list["total"], 2);
    assert!(
        list["items"]
            .as_array()
            .expect("items")
            .iter()
            .all(|h| h.get("secret").is_none())
    );

    // What went wrong survives a restart.
    let server = server.restart().await;
    let hook = webhook(&server, &bad_id).await;
    assert_eq!(hook["delivery"]["consecutive_failures"], 3);
    let r = server
        .request(Method::DELETE, &format!("/v1/webhooks/{bad_id}"))
        .send()
        .await
        .expect("delete");
    assert_eq!(r.status(), StatusCode::NO_CONTENT);
    let r = server
        .get(&format!("/v1/webhooks/{bad_id}"))
        .send()
        .await
        .expect("get");
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
}

/// `GET /v1/events` on a bare socket with a 4 KiB receive buffer that is then not read.
async fn stalled_subscriber(server: &TestServer) -> tokio::net::TcpStream {
    use base64::Engine;
    use tokio::io::AsyncWriteExt;
    let socket = tokio::net::TcpSocket::new_v4().expect("socket");
    socket.set_recv_buffer_size(4096).expect("rcvbuf");
    let mut stream = socket.connect(server.api_addr).await.expect("connect");
    let credentials = base64::engine::general_purpose::STANDARD
        .encode(format!("{USER}:{}", crate::helper::PASSWORD));
    stream
        .write_all(
            format!(
                "GET /v1/events HTTP/1.1\r\nHost: mothership\r\nAuthorization: Basic \
                 {credentials}\r\n\r\n"
            )
            .as_bytes(),
        )
        .await
        .expect("request");
    stream
}

#[tokio::test]
async fn a_dead_webhook_and_a_stalled_subscriber_do_not_slow_docking() {
    let server = TestServer::start_with(|c| {
        c.events.history = 64;
        c.events.webhook_queue = 8;
        c.events.webhook_retry_ms = 50;
        // Plain HTTP, so the stalled subscriber below can be a bare socket.
        c.server_tls = false;
    })
    .await;
    let mut baseline = Duration::ZERO;
    let mut keep = Vec::new();
    for _ in 0..3 {
        let (inst, took) = dock(&server, spec()).await;
        baseline = baseline.max(took);
        keep.push(inst);
    }

    // A receiver that is gone (a closed port) and one that never answers (accepts, reads
    // nothing), both for every event.
    let closed = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
        l.local_addr().expect("addr")
    };
    let silent = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let silent_addr = silent.local_addr().expect("addr");
    tokio::spawn(async move {
        let mut held = Vec::new();
        while let Ok((s, _)) = silent.accept().await {
            held.push(s);
        }
    });
    let mut hooks = Vec::new();
    for addr in [closed, silent_addr] {
        let r = add_webhook(&server, json!({"url": format!("http://{addr}/hook")})).await;
        assert_eq!(r.status(), StatusCode::CREATED);
        hooks.push(
            r.json::<Value>().await.expect("json")["id"]
                .as_str()
                .expect("id")
                .to_owned(),
        );
    }
    // A subscriber that stops reading, with a small receive window so the server's writes to
    // it block soon.
    let mut stalled = stalled_subscriber(&server).await;

    // Many events (more than the history and the queues hold), with docks among them.
    let mut slowest = Duration::ZERO;
    let long = "x".repeat(100);
    for round in 0..8 {
        for i in 0..30 {
            let r = server
                .request(Method::POST, "/v1/nacls")
                .json(&json!({"name": format!("{long}-n{round}-{i}"), "content": ""}))
                .send()
                .await
                .expect("nacl");
            assert_eq!(r.status(), StatusCode::CREATED);
            let r = server
                .request(Method::POST, "/v1/uplinks")
                .json(
                    &json!({"name": format!("{long}-u{round}-{i}"), "url": "http://10.0.0.1:9090"}),
                )
                .send()
                .await
                .expect("uplink");
            assert_eq!(r.status(), StatusCode::CREATED);
        }
        let (inst, took) = dock(&server, spec()).await;
        slowest = slowest.max(took);
        keep.push(inst);
    }
    assert!(
        slowest < baseline * 3 + Duration::from_millis(500),
        "docking took {slowest:?} with a dead webhook and a stalled subscriber (at most \
         {baseline:?} before)"
    );

    // The stalled subscriber still gets events, in order, once it reads again; when the
    // server had to drop some for it (only once the socket, hyper's and the stream's buffers
    // are full: about 150 KB here), it is told how many (`stream.lagged`).
    let raw = {
        use tokio::io::AsyncReadExt;
        let mut raw = Vec::new();
        let mut buf = vec![0u8; 64 * 1024];
        while let Ok(Ok(n)) =
            tokio::time::timeout(Duration::from_secs(1), stalled.read(&mut buf)).await
        {
            if n == 0 {
                break;
            }
            raw.extend_from_slice(&buf[..n]);
        }
        String::from_utf8_lossy(&raw).into_owned()
    };
    let ids: Vec<u64> = raw
        .lines()
        .filter_map(|l| l.strip_prefix("id: "))
        .map(|id| id.parse().expect("id"))
        .collect();
    assert!(
        ids.len() > 100,
        "the stalled subscriber got {} events",
        ids.len()
    );
    assert!(ids.windows(2).all(|w| w[0] < w[1]), "events out of order");
    if let Some(at) = raw.find("event: stream.lagged") {
        let data = raw[at..].lines().nth(1).expect("data line");
        let missed: Value =
            serde_json::from_str(data.strip_prefix("data: ").expect("data")).expect("json");
        assert!(missed["missed"].as_u64().expect("missed") > 0, "{data}");
    }

    // The dead receivers' queues dropped their oldest and their failures are recorded.
    let hook = wait_until(Duration::from_secs(10), "failures recorded", || async {
        let hook = webhook(&server, &hooks[0]).await;
        (hook["delivery"]["consecutive_failures"].as_u64() > Some(0)).then_some(hook)
    })
    .await;
    assert!(
        hook["delivery"]["dropped"].as_u64().expect("dropped") > 0,
        "{hook}"
    );
    assert!(
        hook["delivery"]["queued"].as_u64().expect("queued") <= 8,
        "{hook}"
    );
    assert!(hook["delivery"]["last_error"].is_string(), "{hook}");
}

#[tokio::test]
async fn state_changing_requests_are_audited_with_user_and_address() {
    let server = TestServer::start().await;
    let r = server
        .request(Method::POST, "/v1/nacls")
        .json(&json!({"name": "audited", "content": "Iface eth0 { index: 0, config: dhcp }"}))
        .send()
        .await
        .expect("create");
    assert_eq!(r.status(), StatusCode::CREATED);
    let id = r.json::<Value>().await.expect("json")["id"]
        .as_str()
        .expect("id")
        .to_owned();
    let r = server
        .request(Method::DELETE, &format!("/v1/nacls/{id}"))
        .send()
        .await
        .expect("delete");
    assert_eq!(r.status(), StatusCode::NO_CONTENT);
    let r = server
        .anon_client()
        .delete(format!("{}/v1/nacls/{id}", server.url))
        .basic_auth(USER, Some("wrong"))
        .send()
        .await
        .expect("refused");
    assert_eq!(r.status(), StatusCode::UNAUTHORIZED);
    server.get("/v1/nacls").send().await.expect("list");

    let page: Value = server
        .get("/v1/audit")
        .send()
        .await
        .expect("audit")
        .json()
        .await
        .expect("json");
    assert_eq!(page["total"], 3, "{page}");
    let rows = page["items"].as_array().expect("items");
    // Newest first.
    assert_eq!(rows[0]["method"], "DELETE");
    assert_eq!(rows[0]["status"], 401);
    assert!(rows[0].get("user").is_none(), "{}", rows[0]);
    assert_eq!(rows[1]["method"], "DELETE");
    assert_eq!(rows[1]["path"], format!("/v1/nacls/{id}"));
    assert_eq!(rows[1]["status"], 204);
    assert_eq!(rows[1]["user"], USER);
    assert_eq!(rows[2]["method"], "POST");
    assert_eq!(rows[2]["path"], "/v1/nacls");
    assert_eq!(rows[2]["status"], 201);
    for row in rows {
        let address: SocketAddr = row["address"]
            .as_str()
            .expect("address")
            .parse()
            .expect("addr");
        assert!(address.ip().is_loopback(), "{row}");
    }
    // The refused one is also a failed login.
    let events = Stream::open(&server, "?type=user.*&follow=0", None)
        .await
        .rest()
        .await;
    let failed: Vec<&Sse> = events
        .iter()
        .filter(|e| e.kind == "user.login_failed")
        .collect();
    assert_eq!(failed.len(), 1);
    assert_eq!(failed[0].data["data"]["user"], USER);
    assert_eq!(failed[0].data["data"]["address"], "127.0.0.1");

    let home = tempfile::tempdir().expect("home");
    let out = against(&server, home.path(), &["audit", "--search", "nacls"])
        .output()
        .await
        .expect("run");
    assert!(out.status.success());
    let text = stdout_of(&out);
    assert!(text.starts_with("TIME"), "{text}");
    assert!(
        text.contains("POST") && text.contains("/v1/nacls") && text.contains("201"),
        "{text}"
    );
}

#[tokio::test]
async fn the_cli_prints_events_and_manages_webhooks() {
    let server = TestServer::start().await;
    let r = server
        .request(Method::POST, "/v1/uplinks")
        .json(&json!({"name": "printed", "url": "http://10.0.0.1:9090"}))
        .send()
        .await
        .expect("uplink");
    assert_eq!(r.status(), StatusCode::CREATED);
    let home = tempfile::tempdir().expect("home");

    let out = against(&server, home.path(), &["events"])
        .output()
        .await
        .expect("run");
    assert!(out.status.success(), "{out:?}");
    let text = stdout_of(&out);
    let line = text
        .lines()
        .find(|l| l.contains("uplink.created"))
        .unwrap_or_else(|| panic!("no uplink.created in {text}"));
    assert!(line.contains("name=printed"), "{line}");

    let out = against(
        &server,
        home.path(),
        &["events", "-t", "uplink.*", "-o", "json"],
    )
    .output()
    .await
    .expect("run");
    assert!(out.status.success(), "{out:?}");
    let lines: Vec<Value> = stdout_of(&out)
        .lines()
        .map(|l| serde_json::from_str(l).expect("one JSON object per line"))
        .collect();
    assert_eq!(lines.len(), 1);
    assert_eq!(lines[0]["data"]["name"], "printed");

    let out = against(
        &server,
        home.path(),
        &[
            "webhooks",
            "add",
            "http://127.0.0.1:9/x",
            "--event",
            "deploy.*",
        ],
    )
    .output()
    .await
    .expect("run");
    assert!(out.status.success(), "{out:?}");
    let text = stdout_of(&out);
    assert!(text.contains("Secret (shown only now"), "{text}");
    let out = against(&server, home.path(), &["webhooks", "list"])
        .output()
        .await
        .expect("run");
    let text = stdout_of(&out);
    assert!(
        text.contains("http://127.0.0.1:9/x") && text.contains("deploy.*"),
        "{text}"
    );
    let out = against(&server, home.path(), &["webhooks", "add", "gopher://x/"])
        .output()
        .await
        .expect("run");
    assert!(!out.status.success());
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("http or https"),
        "{out:?}"
    );
}
