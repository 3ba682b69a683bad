//! `/v1/uplinks`: the default uplink, create/update/delete, url and token checks.

use mothership::protocol::ErrorBody;
use mothership::protocol::list::Page;
use mothership::protocol::uplinks::{Uplink, UplinkIndex, UplinkToken};
use reqwest::{Method, StatusCode};
use serde_json::json;

use crate::helper::TestServer;

async fn list(server: &TestServer) -> Page<Uplink> {
    server
        .get("/v1/uplinks")
        .send()
        .await
        .expect("list")
        .json()
        .await
        .expect("page")
}

/// The token of uplink `id`, from the one request that shows it.
pub async fn uplink_token(server: &TestServer, id: &str) -> String {
    let r = server
        .get(&format!("/v1/uplinks/{id}/token"))
        .send()
        .await
        .expect("token");
    assert_eq!(r.status(), StatusCode::OK);
    let shown: UplinkToken = r.json().await.expect("token json");
    shown.token
}

#[tokio::test]
async fn a_default_uplink_is_created_at_first_start_only() {
    let server = TestServer::start().await;
    let page = list(&server).await;
    assert_eq!(page.total, 1);
    let default = &page.items[0];
    assert_eq!(default.name, "default");
    let port = server.uplink_addr.port();
    assert!(
        default.url.starts_with("https://") && default.url.ends_with(&format!(":{port}")),
        "{}",
        default.url
    );
    let token = uplink_token(&server, "default").await;
    assert_eq!(token.len(), 64, "256 bits of hex");
    assert!(token.bytes().all(|b| b.is_ascii_hexdigit()));

    // Deleted by the user: not recreated by a restart.
    let r = server
        .request(Method::DELETE, "/v1/uplinks/default")
        .send()
        .await
        .expect("delete");
    assert_eq!(r.status(), StatusCode::NO_CONTENT);
    let server = server.restart().await;
    assert_eq!(list(&server).await.total, 0);
}

#[tokio::test]
async fn default_uplink_is_http_without_uplink_tls() {
    let server = TestServer::start_with(|c| c.uplink_tls = false).await;
    let page = list(&server).await;
    assert!(
        page.items[0].url.starts_with("http://"),
        "{}",
        page.items[0].url
    );
}

#[tokio::test]
async fn create_update_and_validation() {
    let server = TestServer::start().await;
    let r = server
        .request(Method::POST, "/v1/uplinks")
        .json(
            &json!({"name": "lab", "url": "http://10.0.0.1:9090/", "send_stats": 5000,
                      "index": "eth1", "verify": false}),
        )
        .send()
        .await
        .expect("create");
    assert_eq!(r.status(), StatusCode::CREATED);
    let lab: Uplink = r.json().await.expect("uplink");
    assert_eq!(lab.url, "http://10.0.0.1:9090");
    assert_eq!(lab.options.send_stats, Some(5000));
    assert_eq!(lab.options.index, Some(UplinkIndex::Name("eth1".into())));
    assert_eq!(lab.token.len(), 64);

    for (body, field) in [
        (json!({"name": "a", "url": "ftp://10.0.0.1:9090"}), "url"),
        (json!({"name": "b", "url": "not a url"}), "url"),
        (json!({"name": "c", "url": "https://h:1/path"}), "url"),
        (
            json!({"name": "d", "url": "https://h:1", "token": "has \"quotes\""}),
            "token",
        ),
        (json!({"name": "", "url": "https://h:1"}), "name"),
    ] {
        let r = server
            .request(Method::POST, "/v1/uplinks")
            .json(&body)
            .send()
            .await
            .expect("create");
        assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY, "{body}");
        let err: ErrorBody = r.json().await.expect("error body");
        assert_eq!(err.error.code, "invalid_field");
        assert!(
            err.error.message.starts_with(&format!("invalid {field}:")),
            "{}",
            err.error.message
        );
    }
    let r = server
        .request(Method::POST, "/v1/uplinks")
        .json(&json!({"name": "lab", "url": "https://h:1"}))
        .send()
        .await
        .expect("duplicate");
    assert_eq!(r.status(), StatusCode::CONFLICT);
    let r = server
        .request(Method::POST, "/v1/uplinks")
        .json(&json!({"name": "x", "url": "https://h:1", "colour": "red"}))
        .send()
        .await
        .expect("unknown field");
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);

    // PATCH: null clears an option, absent keeps it.
    let updated: Uplink = server
        .request(Method::PATCH, &format!("/v1/uplinks/{}", lab.id))
        .json(&json!({"url": "https://lab.example:9443", "index": null}))
        .send()
        .await
        .expect("patch")
        .json()
        .await
        .expect("uplink");
    assert_eq!(updated.url, "https://lab.example:9443");
    // Every resource that can change says when it did (issue 12): `updated`, `created` until then.
    assert_eq!(lab.updated, lab.created);
    assert_eq!(updated.created, lab.created);
    assert!(updated.updated >= lab.updated);
    assert_eq!(updated.options.index, None);
    assert_eq!(updated.options.send_stats, Some(5000));
    assert_eq!(uplink_token(&server, &lab.id).await, lab.token);
    let r = server
        .request(Method::PATCH, "/v1/uplinks/lab")
        .json(&json!({"url": "gopher://x"}))
        .send()
        .await
        .expect("patch");
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);

    let page: Page<Uplink> = server
        .get("/v1/uplinks?search=lab.example")
        .send()
        .await
        .expect("search")
        .json()
        .await
        .expect("page");
    assert_eq!(page.total, 1);

    let server = server.restart().await;
    let kept: Uplink = server
        .get("/v1/uplinks/lab")
        .send()
        .await
        .expect("get")
        .json()
        .await
        .expect("uplink");
    assert_eq!(kept, updated);
}

#[tokio::test]
async fn tokens_need_authentication() {
    let server = TestServer::start().await;
    let r = server
        .anon_client()
        .get(format!("{}/v1/uplinks", server.url))
        .send()
        .await
        .expect("anonymous");
    assert_eq!(r.status(), StatusCode::UNAUTHORIZED);
}

/// Instances read `send_stats` as a 32-bit signed int: a larger value would wrap.
#[tokio::test]
async fn send_stats_over_a_32_bit_int_is_refused_on_create_and_edit() {
    let server = TestServer::start().await;
    let refused = |r: reqwest::Response| async move {
        assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
        let err: ErrorBody = r.json().await.expect("error body");
        assert!(
            err.error.message.starts_with("invalid send_stats:")
                && err.error.message.contains("32-bit")
                && err.error.message.contains("2147483647"),
            "{}",
            err.error.message
        );
    };
    let r = server
        .request(Method::POST, "/v1/uplinks")
        .json(&json!({"name": "s", "url": "http://10.0.0.1:9090", "send_stats": 2147483648u64}))
        .send()
        .await
        .expect("create");
    refused(r).await;
    let r = server
        .request(Method::POST, "/v1/uplinks")
        .json(&json!({"name": "s", "url": "http://10.0.0.1:9090", "send_stats": 2147483647u64}))
        .send()
        .await
        .expect("create");
    assert_eq!(r.status(), StatusCode::CREATED);
    let r = server
        .request(Method::PATCH, "/v1/uplinks/s")
        .json(&json!({"send_stats": 4294967296u64}))
        .send()
        .await
        .expect("patch");
    refused(r).await;
}

#[tokio::test]
async fn tokens_set_by_hand_need_16_characters_and_short_stored_ones_are_flagged() {
    let server = TestServer::start().await;
    let create = |token: &str| {
        server
            .request(Method::POST, "/v1/uplinks")
            .json(&json!({"name": "lab", "url": "https://h:1", "token": token}))
            .send()
    };
    let r = create("fifteen-chars-x").await.expect("create");
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let err: ErrorBody = r.json().await.expect("error body");
    assert!(
        err.error.message.contains("at least 16"),
        "{}",
        err.error.message
    );
    let r = create("sixteen-chars-xx").await.expect("create");
    assert_eq!(r.status(), StatusCode::CREATED);
    let lab: Uplink = r.json().await.expect("uplink");
    assert!(lab.problems.is_empty(), "{:?}", lab.problems);
    let r = server
        .request(Method::PATCH, "/v1/uplinks/lab")
        .json(&json!({"token": "short"}))
        .send()
        .await
        .expect("update");
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);

    // A short token stored before the limit: still accepted, flagged, and the uplink stays
    // editable.
    let store = mothership::store::Store::open(&server.config.runtime_dir).expect("store");
    store
        .call(|c| {
            c.execute("UPDATE uplinks SET token = 'old' WHERE name = 'lab'", [])?;
            Ok(())
        })
        .await
        .expect("write");
    let r = server
        .request(Method::PATCH, "/v1/uplinks/lab")
        .json(&json!({"name": "lab2"}))
        .send()
        .await
        .expect("rename");
    assert_eq!(r.status(), StatusCode::OK);
    let lab: Uplink = r.json().await.expect("uplink");
    assert!(
        lab.problems
            .iter()
            .any(|p| p.contains("shorter than the 16")),
        "{:?}",
        lab.problems
    );
}

/// Regression: `GET /v1/uplinks` answered every uplink's token in plain text, so a listing pasted
/// into a ticket or a CI log leaked the secret baked into every image. Tokens now appear only in
/// the answer to the create and to `GET /v1/uplinks/{id}/token`.
#[tokio::test]
async fn tokens_are_shown_only_when_asked_for() {
    let server = TestServer::start().await;
    let r = server
        .request(Method::POST, "/v1/uplinks")
        .json(&json!({"name": "lab", "url": "https://10.0.0.1:9090", "token": "a-lab-token-of-20-chars"}))
        .send()
        .await
        .expect("create");
    assert_eq!(r.status(), StatusCode::CREATED);
    let created: serde_json::Value = r.json().await.expect("json");
    assert_eq!(
        created["token"], "a-lab-token-of-20-chars",
        "the creator sees it"
    );
    for path in ["/v1/uplinks", "/v1/uplinks/lab", "/v1/uplinks/default"] {
        let text = server
            .get(path)
            .send()
            .await
            .expect("get")
            .text()
            .await
            .expect("text");
        assert!(!text.contains("a-lab-token-of-20-chars"), "{path}: {text}");
        assert!(!text.contains("\"token\""), "{path}: {text}");
    }
    let text = server
        .request(Method::PATCH, "/v1/uplinks/lab")
        .json(&json!({"tag": "x"}))
        .send()
        .await
        .expect("patch")
        .text()
        .await
        .expect("text");
    assert!(!text.contains("a-lab-token-of-20-chars"), "PATCH: {text}");
    assert_eq!(
        uplink_token(&server, "lab").await,
        "a-lab-token-of-20-chars"
    );
    let r = server
        .get("/v1/uplinks/nope/token")
        .send()
        .await
        .expect("get");
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
}
