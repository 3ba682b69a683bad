//! The web interface's sign-in (`/v1/session`) and how the interface is served: the session
//! cookie's attributes, CSRF protection of cookie-authenticated writes, logout, sessions ending
//! with their user, the shared failure budget, and the headers of the interface's files.

use std::time::Duration;

use crate::helper::{PASSWORD, TestServer, USER};
use mothership::htpasswd::Htpasswd;
use mothership::protocol::ErrorBody;
use mothership::protocol::session::{COOKIE_TLS, SessionInfo};
use reqwest::{Method, StatusCode};
use serde_json::json;

/// A browser's view of a session: the cookie to send back and the CSRF token.
struct Login {
    cookie: String,
    csrf: String,
    set_cookie: String,
}

async fn login(server: &TestServer, user: &str, password: &str) -> Login {
    let r = server
        .anon_client()
        .post(format!("{}/v1/session", server.url))
        .json(&json!({"user": user, "password": password}))
        .send()
        .await
        .expect("send");
    assert_eq!(r.status(), StatusCode::OK);
    let set_cookie = r
        .headers()
        .get("set-cookie")
        .and_then(|v| v.to_str().ok())
        .expect("a Set-Cookie")
        .to_owned();
    let info: SessionInfo = r.json().await.expect("session info");
    let cookie = set_cookie.split(';').next().expect("name=value").to_owned();
    Login {
        cookie,
        csrf: info.csrf_token.expect("a CSRF token"),
        set_cookie,
    }
}

/// A request with only the cookie (what a browser sends on its own).
fn with_cookie(
    server: &TestServer,
    method: Method,
    path: &str,
    login: &Login,
) -> reqwest::RequestBuilder {
    server
        .anon_client()
        .request(method, format!("{}{path}", server.url))
        .header("cookie", &login.cookie)
}

async fn code(r: reqwest::Response) -> String {
    let body: ErrorBody = r.json().await.expect("error body");
    body.error.code.as_str().to_owned()
}

#[tokio::test]
async fn a_login_answers_a_strict_cookie_and_a_csrf_token_and_wrong_ones_are_refused() {
    let server = TestServer::start().await;
    let session = login(&server, USER, PASSWORD).await;
    let set = &session.set_cookie;
    assert!(set.starts_with(&format!("{COOKIE_TLS}=")), "{set}");
    for attribute in [
        "HttpOnly",
        "Secure",
        "SameSite=Strict",
        "Path=/",
        "Max-Age=43200",
    ] {
        assert!(
            set.split("; ").any(|a| a == attribute),
            "{attribute} missing: {set}"
        );
    }
    assert!(!set.contains("Domain"), "{set}");
    // 256 random bits, base64url.
    let token = session.cookie.split_once('=').expect("value").1;
    assert_eq!(token.len(), 43, "{token}");
    assert_eq!(session.csrf.len(), 43);

    // The cookie authenticates reads; GET /v1/session says who and hands the token again.
    let r = with_cookie(&server, Method::GET, "/v1/session", &session)
        .send()
        .await
        .expect("send");
    assert_eq!(r.status(), StatusCode::OK);
    assert_eq!(
        r.headers()
            .get("cache-control")
            .and_then(|v| v.to_str().ok()),
        Some("no-store")
    );
    let info: SessionInfo = r.json().await.expect("info");
    assert_eq!(info.user, USER);
    assert_eq!(info.auth, "session");
    assert_eq!(info.csrf_token.as_deref(), Some(session.csrf.as_str()));
    assert!(info.expires.is_some());
    let r = with_cookie(&server, Method::GET, "/v1/instances", &session)
        .send()
        .await
        .expect("send");
    assert_eq!(r.status(), StatusCode::OK);
    // Basic auth still works, and says so.
    let info: SessionInfo = server
        .get("/v1/session")
        .send()
        .await
        .expect("send")
        .json()
        .await
        .expect("info");
    assert_eq!(
        (info.user.as_str(), info.auth.as_str(), info.csrf_token),
        (USER, "basic", None)
    );

    // A wrong password: 401, no cookie.
    let r = server
        .anon_client()
        .post(format!("{}/v1/session", server.url))
        .json(&json!({"user": USER, "password": "wrong"}))
        .send()
        .await
        .expect("send");
    assert_eq!(r.status(), StatusCode::UNAUTHORIZED);
    assert!(r.headers().get("set-cookie").is_none());
    assert_eq!(code(r).await, "unauthorized");
    // A made-up cookie is no session.
    let fake = Login {
        cookie: format!("{COOKIE_TLS}=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"),
        csrf: String::new(),
        set_cookie: String::new(),
    };
    let r = with_cookie(&server, Method::GET, "/v1/instances", &fake)
        .send()
        .await
        .expect("send");
    assert_eq!(r.status(), StatusCode::UNAUTHORIZED);
    // ... and its 401 carries no basic-auth challenge (a browser would pop up its own dialog).
    assert!(r.headers().get("www-authenticate").is_none());
    let r = server
        .anon_client()
        .get(format!("{}/v1/instances", server.url))
        .header("x-requested-with", "mothership-web")
        .send()
        .await
        .expect("send");
    assert_eq!(r.status(), StatusCode::UNAUTHORIZED);
    assert!(r.headers().get("www-authenticate").is_none());
    let r = server
        .anon_client()
        .get(format!("{}/v1/instances", server.url))
        .send()
        .await
        .expect("send");
    assert!(
        r.headers().get("www-authenticate").is_some(),
        "API clients keep the challenge"
    );

    // A login is JSON: a cross-site HTML form (urlencoded) cannot log a browser in.
    let r = server
        .anon_client()
        .post(format!("{}/v1/session", server.url))
        .header("content-type", "application/x-www-form-urlencoded")
        .body(format!("user={USER}&password={PASSWORD}"))
        .send()
        .await
        .expect("send");
    assert_eq!(r.status(), StatusCode::UNSUPPORTED_MEDIA_TYPE);
    assert!(r.headers().get("set-cookie").is_none());
}

/// The attack: another site's page makes the browser POST to the API (an HTML form, or a
/// fetch in `no-cors` mode); the browser adds the cookie, but the page cannot read or send the
/// CSRF token. Without the token every write is refused, and nothing changes.
#[tokio::test]
async fn a_cross_site_write_with_only_the_cookie_is_refused() {
    let server = TestServer::start().await;
    let session = login(&server, USER, PASSWORD).await;
    let uplinks = || async {
        let page: serde_json::Value = server
            .get("/v1/uplinks")
            .send()
            .await
            .expect("send")
            .json()
            .await
            .expect("json");
        page["total"].as_u64().expect("total")
    };
    let before = uplinks().await;
    let body = json!({"name": "evil", "url": "https://evil.example:9090"});
    // A form post (text/plain is what a cross-site form can send as JSON-looking text).
    let r = with_cookie(&server, Method::POST, "/v1/uplinks", &session)
        .header("content-type", "text/plain")
        .body(body.to_string())
        .send()
        .await
        .expect("send");
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    assert_eq!(code(r).await, "csrf_failed");
    for (method, path) in [
        (Method::POST, "/v1/uplinks"),
        (Method::PATCH, "/v1/uplinks/default"),
        (Method::DELETE, "/v1/uplinks/default"),
        (Method::DELETE, "/v1/session"),
    ] {
        let r = with_cookie(&server, method.clone(), path, &session)
            .json(&body)
            .send()
            .await
            .expect("send");
        assert_eq!(r.status(), StatusCode::FORBIDDEN, "{method} {path}");
        let r = with_cookie(&server, method.clone(), path, &session)
            .header("x-csrf-token", "not-the-token")
            .json(&body)
            .send()
            .await
            .expect("send");
        assert_eq!(
            r.status(),
            StatusCode::FORBIDDEN,
            "{method} {path} with a wrong token"
        );
    }
    assert_eq!(uplinks().await, before, "nothing was created or deleted");
    // The page itself, which has the token, may write.
    let r = with_cookie(&server, Method::POST, "/v1/uplinks", &session)
        .header("x-csrf-token", &session.csrf)
        .json(&body)
        .send()
        .await
        .expect("send");
    assert_eq!(r.status(), StatusCode::CREATED);
    assert_eq!(uplinks().await, before + 1);
}

#[tokio::test]
async fn logout_ends_the_session_on_the_server() {
    let server = TestServer::start().await;
    let session = login(&server, USER, PASSWORD).await;
    let other = login(&server, USER, PASSWORD).await;
    let r = with_cookie(&server, Method::DELETE, "/v1/session", &session)
        .header("x-csrf-token", &session.csrf)
        .send()
        .await
        .expect("send");
    assert_eq!(r.status(), StatusCode::NO_CONTENT);
    let cleared = r
        .headers()
        .get("set-cookie")
        .and_then(|v| v.to_str().ok())
        .expect("cleared")
        .to_owned();
    assert!(cleared.contains("Max-Age=0"), "{cleared}");
    // The old cookie, replayed (a copy kept by whoever had it), no longer works.
    let r = with_cookie(&server, Method::GET, "/v1/instances", &session)
        .send()
        .await
        .expect("send");
    assert_eq!(r.status(), StatusCode::UNAUTHORIZED);
    // Another login of the same user is its own session.
    let r = with_cookie(&server, Method::GET, "/v1/instances", &other)
        .send()
        .await
        .expect("send");
    assert_eq!(r.status(), StatusCode::OK);
}

#[tokio::test]
async fn removing_a_user_or_changing_their_password_ends_their_sessions() {
    let server = TestServer::start().await;
    let path = server.config.htpasswd.clone();
    let mut file = Htpasswd::load(&path).expect("load");
    file.set_password("bob", "bob-password-1", 4).expect("hash");
    file.save(&path).expect("save");
    // The file is looked at every 100 ms; a login right after the change may see the old one.
    tokio::time::sleep(Duration::from_millis(200)).await;
    let admin = login(&server, USER, PASSWORD).await;
    let bob = login(&server, "bob", "bob-password-1").await;

    let mut file = Htpasswd::load(&path).expect("load");
    assert!(file.remove("bob"));
    file.save(&path).expect("save");
    wait_refused(&server, &bob).await;
    let r = with_cookie(&server, Method::GET, "/v1/instances", &admin)
        .send()
        .await
        .expect("send");
    assert_eq!(r.status(), StatusCode::OK, "other users keep theirs");

    // A new password ends the sessions made with the old one.
    let mut file = Htpasswd::load(&path).expect("load");
    file.set_password(USER, "a-new-password", 4).expect("hash");
    file.save(&path).expect("save");
    wait_refused(&server, &admin).await;
}

/// Waits until the session's cookie is refused (the server notices a changed file within
/// 100 ms, or 1 s when size, inode and time stayed the same).
async fn wait_refused(server: &TestServer, session: &Login) {
    let deadline = tokio::time::Instant::now() + Duration::from_secs(5);
    loop {
        let r = with_cookie(server, Method::GET, "/v1/instances", session)
            .send()
            .await
            .expect("send");
        if r.status() == StatusCode::UNAUTHORIZED {
            let body: ErrorBody = r.json().await.expect("error");
            assert!(
                body.error.message.contains("htpasswd"),
                "{}",
                body.error.message
            );
            return;
        }
        assert_eq!(r.status(), StatusCode::OK);
        assert!(
            tokio::time::Instant::now() < deadline,
            "the session outlived its user"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

#[tokio::test]
async fn failed_logins_count_against_the_same_budget_as_basic_auth() {
    let server = TestServer::start_with(|c| c.login_failures_per_minute = 3).await;
    let post = |password: &'static str| {
        server
            .anon_client()
            .post(format!("{}/v1/session", server.url))
            .json(&json!({"user": USER, "password": password}))
            .send()
    };
    for _ in 0..2 {
        assert_eq!(
            post("wrong").await.expect("send").status(),
            StatusCode::UNAUTHORIZED
        );
    }
    // A wrong basic-auth password spends the same budget (its third failure)...
    let r = server
        .anon_client()
        .get(format!("{}/v1/info", server.url))
        .basic_auth(USER, Some("also-wrong"))
        .send()
        .await
        .expect("send");
    assert_eq!(r.status(), StatusCode::UNAUTHORIZED);
    // ... so the login form's third try is over it: refused before any password check (even
    // the right one), with Retry-After.
    let r = post("wrong").await.expect("send");
    assert_eq!(r.status(), StatusCode::TOO_MANY_REQUESTS);
    let r = post(PASSWORD).await.expect("send");
    assert_eq!(r.status(), StatusCode::TOO_MANY_REQUESTS);
    assert!(r.headers().get("retry-after").is_some());
    assert_eq!(code(r).await, "too_many_failures");
    // Another address is not affected.
    let r = server
        .anon_client_from([127, 0, 0, 2].into())
        .post(format!("{}/v1/session", server.url))
        .json(&json!({"user": USER, "password": PASSWORD}))
        .send()
        .await
        .expect("send");
    assert_eq!(r.status(), StatusCode::OK);
}

#[tokio::test]
async fn without_authentication_the_interface_needs_no_login() {
    let server =
        TestServer::start_with(|c| c.auth = mothership::server::config::AuthMode::None).await;
    let info: SessionInfo = server
        .anon_client()
        .get(format!("{}/v1/session", server.url))
        .send()
        .await
        .expect("send")
        .json()
        .await
        .expect("info");
    assert_eq!(
        (info.user.as_str(), info.auth.as_str()),
        ("anonymous", "none")
    );
}

#[tokio::test]
async fn the_interface_is_served_from_the_binary_with_strict_headers() {
    let server = TestServer::start().await;
    let client = server.anon_client();
    let index = client
        .get(format!("{}/", server.url))
        .send()
        .await
        .expect("send");
    assert_eq!(
        index.status(),
        StatusCode::OK,
        "no login needed for the page itself"
    );
    let headers = index.headers().clone();
    let header = |name: &str| {
        headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_owned()
    };
    assert_eq!(header("content-type"), "text/html; charset=utf-8");
    let csp = header("content-security-policy");
    for directive in [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "frame-ancestors 'none'",
        "object-src 'none'",
        "base-uri 'none'",
    ] {
        assert!(csp.contains(directive), "{directive} missing: {csp}");
    }
    assert!(
        !csp.contains("unsafe-inline") && !csp.contains("unsafe-eval"),
        "{csp}"
    );
    assert_eq!(header("x-content-type-options"), "nosniff");
    assert_eq!(header("referrer-policy"), "no-referrer");
    let etag = header("etag");
    assert!(etag.starts_with('"'), "{etag}");
    let html = index.text().await.expect("body");
    assert!(html.contains(r#"<script type="module" src="/assets/app.js">"#));
    assert!(
        !html.contains("<script>") && !html.contains("style="),
        "no inline script or style"
    );

    // Deep links answer the same page (the interface routes in the browser).
    for path in [
        "/instances",
        "/instances/abc/log?x=1",
        "/images",
        "/settings",
        "/login",
    ] {
        let r = client
            .get(format!("{}{path}", server.url))
            .send()
            .await
            .expect("send");
        assert_eq!(r.status(), StatusCode::OK, "{path}");
        assert_eq!(r.text().await.expect("body"), html, "{path}");
    }
    // Unchanged: 304.
    let r = client
        .get(format!("{}/", server.url))
        .header("if-none-match", &etag)
        .send()
        .await
        .expect("send");
    assert_eq!(r.status(), StatusCode::NOT_MODIFIED);
    // Files have their types, gzipped for clients that take it.
    for (path, kind) in [
        ("/assets/app.js", "text/javascript"),
        ("/assets/app.css", "text/css"),
        ("/assets/favicon.svg", "image/svg+xml"),
    ] {
        let r = client
            .get(format!("{}{path}", server.url))
            .send()
            .await
            .expect("send");
        assert_eq!(r.status(), StatusCode::OK, "{path}");
        assert!(
            r.headers()["content-type"]
                .to_str()
                .expect("type")
                .starts_with(kind),
            "{path}"
        );
        assert!(r.headers().get("content-encoding").is_none());
    }
    let r = client
        .get(format!("{}/assets/app.js", server.url))
        .header("accept-encoding", "gzip")
        .send()
        .await
        .expect("send");
    assert_eq!(
        r.headers()
            .get("content-encoding")
            .and_then(|v| v.to_str().ok()),
        Some("gzip")
    );
    assert_eq!(
        r.headers().get("vary").and_then(|v| v.to_str().ok()),
        Some("Accept-Encoding")
    );
    let r = client
        .get(format!("{}/assets/nothing.js", server.url))
        .send()
        .await
        .expect("send");
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
    // The API and other paths are as they were: not the page.
    let r = client
        .get(format!("{}/v1/instances", server.url))
        .send()
        .await
        .expect("send");
    assert_eq!(r.status(), StatusCode::UNAUTHORIZED);
    let r = client
        .get(format!("{}/wp-admin", server.url))
        .send()
        .await
        .expect("send");
    assert_ne!(r.status(), StatusCode::OK);
}
