//! `/v1/nacls` and `/v1/snippets`: create, unique names, lookups by ID, name and prefix, search,
//! update, content limit, delete, restart.

use mothership::protocol::ErrorBody;
use mothership::protocol::documents::{Document, DocumentCreate, DocumentSummary, MAX_CONTENT};
use mothership::protocol::list::Page;
use reqwest::{Method, StatusCode};
use serde_json::json;

use crate::helper::TestServer;

async fn create(
    server: &TestServer,
    resource: &str,
    name: &str,
    content: &str,
) -> reqwest::Response {
    // These tests store any text; NaCls need `force` for that (the checks are tested below).
    let force = if resource == "nacls" {
        "?force=true"
    } else {
        ""
    };
    server
        .request(Method::POST, &format!("/v1/{resource}{force}"))
        .json(&DocumentCreate {
            name: name.into(),
            content: content.into(),
        })
        .send()
        .await
        .expect("create")
}

async fn code(r: reqwest::Response) -> (StatusCode, String, String) {
    let status = r.status();
    let body: ErrorBody = r.json().await.expect("error body");
    (status, body.error.code.to_string(), body.error.message)
}

async fn crud(resource: &str) {
    let server = TestServer::start().await;
    let r = create(
        &server,
        resource,
        "web",
        "Iface eth0 { address: 10.0.0.42 }",
    )
    .await;
    assert_eq!(r.status(), StatusCode::CREATED);
    let web: Document = r.json().await.expect("doc");
    assert_eq!(web.name, "web");

    let (status, code_, message) = code(create(&server, resource, "web", "other").await).await;
    assert_eq!(
        (status, code_.as_str()),
        (StatusCode::CONFLICT, "duplicate_name")
    );
    assert!(message.contains("\"web\""), "{message}");

    for key in [web.id.clone(), "web".into(), web.id[..6].to_owned()] {
        let got: Document = server
            .get(&format!("/v1/{resource}/{key}"))
            .send()
            .await
            .expect("get")
            .json()
            .await
            .expect("doc");
        assert_eq!(got, web, "{key}");
    }
    let r = server
        .get(&format!("/v1/{resource}/nosuch"))
        .send()
        .await
        .expect("get");
    assert_eq!(r.status(), StatusCode::NOT_FOUND);

    assert_eq!(
        create(&server, resource, "db", "Iface eth0 { address: 10.0.0.99 }")
            .await
            .status(),
        StatusCode::CREATED
    );
    let page: Page<DocumentSummary> = server
        .get(&format!("/v1/{resource}?search=10.0.0.42"))
        .send()
        .await
        .expect("list")
        .json()
        .await
        .expect("page");
    assert_eq!(page.total, 1);
    assert_eq!(page.items[0].name, "web");
    let all: Page<DocumentSummary> = server
        .get(&format!("/v1/{resource}?sort=-name"))
        .send()
        .await
        .expect("list")
        .json()
        .await
        .expect("page");
    let names: Vec<_> = all.items.iter().map(|d| d.name.as_str()).collect();
    assert_eq!(names, ["web", "db"]);

    // Update: content, then a rename onto a taken name.
    let updated: Document = server
        .request(Method::PATCH, &format!("/v1/{resource}/web"))
        .json(&json!({"content": "Iface eth0 { index: 0, address: 10.0.0.43 }"}))
        .send()
        .await
        .expect("patch")
        .json()
        .await
        .expect("doc");
    assert_eq!(updated.id, web.id);
    assert!(updated.content.contains("10.0.0.43"));
    let r = server
        .request(Method::PATCH, &format!("/v1/{resource}/web"))
        .json(&json!({"name": "db"}))
        .send()
        .await
        .expect("patch");
    assert_eq!(r.status(), StatusCode::CONFLICT);

    // 1 MiB of content is fine, one byte more is a 413.
    let big = "x".repeat(MAX_CONTENT);
    assert_eq!(
        create(&server, resource, "big", &big).await.status(),
        StatusCode::CREATED
    );
    let (status, code_, _) =
        code(create(&server, resource, "bigger", &format!("{big}x")).await).await;
    assert_eq!(
        (status, code_.as_str()),
        (StatusCode::PAYLOAD_TOO_LARGE, "payload_too_large")
    );
    let r = server
        .request(Method::POST, &format!("/v1/{resource}"))
        .header("content-type", "application/json")
        .body(vec![b' '; 4 * MAX_CONTENT])
        .send()
        .await
        .expect("huge body");
    assert_eq!(r.status(), StatusCode::PAYLOAD_TOO_LARGE);

    let (status, code_, message) = code(create(&server, resource, "", "x").await).await;
    assert_eq!(
        (status, code_.as_str()),
        (StatusCode::UNPROCESSABLE_ENTITY, "invalid_field")
    );
    assert!(message.contains("name"), "{message}");

    let server = server.restart().await;
    let kept: Document = server
        .get(&format!("/v1/{resource}/web"))
        .send()
        .await
        .expect("get")
        .json()
        .await
        .expect("doc");
    assert_eq!(kept, updated);

    let r = server
        .request(Method::DELETE, &format!("/v1/{resource}/web"))
        .send()
        .await
        .expect("delete");
    assert_eq!(r.status(), StatusCode::NO_CONTENT);
    let r = server
        .get(&format!("/v1/{resource}/{}", web.id))
        .send()
        .await
        .expect("get");
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn nacls_crud_names_limits_and_restart() {
    crud("nacls").await;
}

#[tokio::test]
async fn snippets_crud_names_limits_and_restart() {
    crud("snippets").await;
}

#[tokio::test]
async fn nacls_and_snippets_are_separate() {
    let server = TestServer::start().await;
    assert_eq!(
        create(&server, "nacls", "same", "a").await.status(),
        StatusCode::CREATED
    );
    assert_eq!(
        create(&server, "snippets", "same", "b").await.status(),
        StatusCode::CREATED
    );
    let snippet: Document = server
        .get("/v1/snippets/same")
        .send()
        .await
        .expect("get")
        .json()
        .await
        .expect("doc");
    assert_eq!(snippet.content, "b");
}

/// `POST /v1/nacls/validate`: Mothership's own checks, no builder: a valid NaCl, an invalid
/// one with each problem at its line and column, a body that is not UTF-8, and one too large.
#[tokio::test]
async fn validate_without_a_builder() {
    use mothership::nacl::Severity;
    use mothership::protocol::builders::NaclCheck;

    let server = TestServer::start().await;
    let check = |body: Vec<u8>| {
        server
            .request(Method::POST, "/v1/nacls/validate")
            .header("content-type", "text/plain")
            .body(body)
            .send()
    };
    let r = check(b"Iface eth0 dhcp\neth0.index: 0\n".to_vec())
        .await
        .expect("send");
    assert_eq!(r.status(), StatusCode::OK);
    let ok: NaclCheck = r.json().await.expect("check");
    assert!(ok.valid, "{ok:?}");
    assert!(ok.diagnostics.is_empty(), "{ok:?}");

    let r = check(b"Iface eth0 dhcp\nIfac eth1 dhcp\nIface e dhcpish\n".to_vec())
        .await
        .expect("send");
    assert_eq!(r.status(), StatusCode::OK);
    let raw: serde_json::Value = r.json().await.expect("json");
    let first = &raw["diagnostics"][0];
    for key in [
        "severity",
        "line",
        "column",
        "end_line",
        "end_column",
        "message",
        "code",
    ] {
        assert!(first.get(key).is_some(), "{key} missing in {first}");
    }
    let bad: NaclCheck = serde_json::from_value(raw).expect("check");
    assert!(!bad.valid);
    let places: Vec<(u32, u32, &str)> = bad
        .diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .map(|d| (d.line, d.column, d.code.as_str()))
        .collect();
    assert!(places.contains(&(2, 1, "unknown-type")), "{places:?}");

    let r = check(vec![b'I', 0xff, 0xfe]).await.expect("send");
    assert_eq!(r.status(), StatusCode::BAD_REQUEST);

    let r = check(vec![b'#'; (1 << 20) + 1]).await.expect("send");
    assert_eq!(r.status(), StatusCode::PAYLOAD_TOO_LARGE);
    assert_eq!(code(r).await.1, "payload_too_large");

    // The route is not a NaCl's key: GET still looks up a NaCl named so.
    let r = server.get("/v1/nacls/validate").send().await.expect("get");
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
}

/// A NaCl with errors is refused (`422 invalid_nacl`, every error in `diagnostics`, the hint
/// naming `force`) when created or updated, unless `force=true`; snippets are not checked.
#[tokio::test]
async fn nacls_with_errors_are_refused_unless_forced() {
    let server = TestServer::start().await;
    let bad = "Iface eth0 { address: 10.0.0.300 }\nFilter::IP f { nonsense }\n";
    let post = |url: &str, content: &str| {
        server
            .request(Method::POST, url)
            .json(&json!({"name": "wrong", "content": content}))
            .send()
    };
    let r = post("/v1/nacls", bad).await.expect("post");
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let body: ErrorBody = r.json().await.expect("error body");
    assert_eq!(body.error.code.to_string(), "invalid_nacl");
    assert!(
        body.error
            .hint
            .as_deref()
            .unwrap_or("")
            .contains("force=true"),
        "{body:?}"
    );
    let diags = body.error.diagnostics.expect("diagnostics");
    assert!(diags.len() >= 2, "{diags:?}");
    assert!(
        diags
            .iter()
            .any(|d| d.code == "invalid-address" && d.line == 1),
        "{diags:?}"
    );
    assert!(
        body.error.message.contains("line 1"),
        "{}",
        body.error.message
    );
    // Nothing was stored.
    let r = server.get("/v1/nacls/wrong").send().await.expect("get");
    assert_eq!(r.status(), StatusCode::NOT_FOUND);

    // force=true stores it as it is; a snippet is never checked.
    let r = post("/v1/nacls?force=true", bad).await.expect("post");
    assert_eq!(r.status(), StatusCode::CREATED);
    let r = server
        .request(Method::POST, "/v1/snippets")
        .json(&json!({"name": "piece", "content": "Iface {"}))
        .send()
        .await
        .expect("snippet");
    assert_eq!(r.status(), StatusCode::CREATED);

    // An update to content with errors is refused too, a valid one or a rename is not.
    let patch = |url: String, body: serde_json::Value| {
        server.request(Method::PATCH, &url).json(&body).send()
    };
    let r = patch("/v1/nacls/wrong".into(), json!({"content": "Iface eth0 {"}))
        .await
        .expect("patch");
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let r = patch(
        "/v1/nacls/wrong".into(),
        json!({"content": "Iface eth0 { index: 0, config: dhcp }"}),
    )
    .await
    .expect("patch");
    assert_eq!(r.status(), StatusCode::OK);
    let r = patch(
        "/v1/nacls/wrong?force=true".into(),
        json!({"content": "Iface eth0 {"}),
    )
    .await
    .expect("patch");
    assert_eq!(r.status(), StatusCode::OK);
    let r = patch("/v1/nacls/wrong".into(), json!({"name": "renamed"}))
        .await
        .expect("patch");
    assert_eq!(r.status(), StatusCode::OK, "a rename alone is not checked");
}
