//! Health, info, the error body and basic auth against an in-process server over TLS.

use crate::helper::{PASSWORD, TestServer, USER};
use mothership::protocol::{ErrorBody, Info};

#[tokio::test]
async fn health_needs_no_auth_and_info_does() {
    let server = TestServer::start().await;
    let client = server.anon_client();
    let health = client
        .get(format!("{}/v1/health", server.url))
        .send()
        .await
        .expect("health");
    assert_eq!(health.status(), 200);

    let info = client
        .get(format!("{}/v1/info", server.url))
        .send()
        .await
        .expect("info");
    assert_eq!(info.status(), 401);
    assert_eq!(
        info.headers()
            .get("www-authenticate")
            .and_then(|v| v.to_str().ok())
            .map(|v| v.starts_with("Basic realm=\"Mothership\"")),
        Some(true)
    );
    let body: ErrorBody = info.json().await.expect("error body");
    assert_eq!(body.error.code, "unauthorized");

    let info: Info = server
        .get("/v1/info")
        .send()
        .await
        .expect("info")
        .json()
        .await
        .expect("info body");
    assert_eq!(info.name, "mothership");
    assert_eq!(info.api_version, "v1");
}

#[tokio::test]
async fn wrong_password_unknown_user_and_malformed_header_are_401() {
    let server = TestServer::start().await;
    let client = server.anon_client();
    let url = format!("{}/v1/info", server.url);
    for (user, pass) in [(USER, "wrong"), ("nobody", PASSWORD)] {
        let r = client
            .get(&url)
            .basic_auth(user, Some(pass))
            .send()
            .await
            .expect("send");
        assert_eq!(r.status(), 401, "{user}");
    }
    for header in ["Basic !!!notbase64", "Bearer abc", "Basic", ""] {
        let r = client
            .get(&url)
            .header("authorization", header)
            .send()
            .await
            .expect("send");
        assert_eq!(r.status(), 401, "{header:?}");
        let body: ErrorBody = r.json().await.expect("error body");
        assert_eq!(body.error.code, "unauthorized");
    }
}

#[tokio::test]
async fn unknown_routes_get_the_json_error_body() {
    let server = TestServer::start().await;
    let r = server.get("/v1/nope").send().await.expect("send");
    assert_eq!(r.status(), 404);
    let body: ErrorBody = r.json().await.expect("error body");
    assert_eq!(body.error.code, "not_found");

    let r = server
        .request(reqwest::Method::DELETE, "/v1/info")
        .send()
        .await
        .expect("send");
    assert_eq!(r.status(), 405);
    let body: ErrorBody = r.json().await.expect("error body");
    assert_eq!(body.error.code, "method_not_allowed");
}
