//! A wrong method on a known path: 405 with an `Allow` header and a message that names the
//! method to use — the published documentation lists action paths without their method.

use crate::helper::TestServer;
use mothership::protocol::ErrorBody;
use mothership::server::api::allow::{ENDPOINTS, allowed};
use reqwest::Method;

/// Every path of `allow::ENDPOINTS` with `x0` for its parameters, the methods it accepts (what
/// every entry matching it lists: `/v1/instances/counts` is also an `/v1/instances/{}`, and the
/// routes answer it so) and the `Allow` header that names them.
fn table_paths() -> Vec<(String, Vec<Method>, String)> {
    ENDPOINTS
        .iter()
        .map(|(pattern, _)| {
            let path = pattern.replace("{}", "x0");
            let methods = allowed(&path).expect("a table path matches itself");
            let allow = methods
                .iter()
                .map(Method::as_str)
                .collect::<Vec<_>>()
                .join(", ");
            (path, methods, allow)
        })
        .collect()
}

#[tokio::test]
async fn get_on_the_seeds_bare_action_paths_says_to_post() {
    let server = TestServer::start().await;
    for path in [
        "/v1/bobproviders/DockerHub/update",
        "/v1/bobproviders/DockerHub/prepare/bobs/idNum1",
    ] {
        for method in [Method::GET, Method::PUT, Method::DELETE] {
            let r = server
                .request(method.clone(), path)
                .send()
                .await
                .expect("send");
            assert_eq!(r.status(), 405, "{method} {path}");
            assert_eq!(
                r.headers().get("allow").and_then(|v| v.to_str().ok()),
                Some("POST, OPTIONS"),
                "{method} {path}"
            );
            let body: ErrorBody = r.json().await.expect("error body");
            assert_eq!(body.error.code, "method_not_allowed");
            assert!(
                body.error.message.contains(&format!("use POST {path}")),
                "{method} {path}: {}",
                body.error.message
            );
            assert!(
                body.error.message.contains(method.as_str()),
                "{}",
                body.error.message
            );
        }
    }
}

/// Keeps `allow::ENDPOINTS` honest: a method the table leaves out must be refused by the routes
/// with exactly the table's `Allow`, and a GET the table lists must reach a route.
#[tokio::test]
async fn every_method_the_table_leaves_out_answers_405_with_what_it_lists() {
    let server = TestServer::start_with(|config| {
        // No builder endpoint may wait on an engine here.
        config.docker_host = Some("tcp://127.0.0.1:9".to_owned());
    })
    .await;
    let all = [
        Method::GET,
        Method::POST,
        Method::PUT,
        Method::PATCH,
        Method::DELETE,
    ];
    for (path, methods, allow) in table_paths() {
        assert!(
            methods.contains(&Method::HEAD) == methods.contains(&Method::GET),
            "{path}: HEAD goes with GET"
        );
        for method in &all {
            let r = server
                .request(method.clone(), &path)
                .send()
                .await
                .expect("send");
            if methods.contains(method) {
                if *method == Method::GET {
                    assert_ne!(r.status(), 405, "GET {path} is listed but refused");
                }
                continue;
            }
            assert_eq!(
                r.status(),
                405,
                "{method} {path} is not in allow::ENDPOINTS but a route took it"
            );
            assert_eq!(
                r.headers().get("allow").and_then(|v| v.to_str().ok()),
                Some(allow.as_str()),
                "{method} {path}"
            );
            let body: ErrorBody = r.json().await.expect("error body");
            assert!(
                body.error.message.contains(&path),
                "{method} {path}: {}",
                body.error.message
            );
        }
    }
}

#[tokio::test]
async fn a_wrong_method_on_a_multi_method_path_lists_them_all() {
    let server = TestServer::start().await;
    let r = server
        .request(Method::PUT, "/v1/uplinks/default")
        .send()
        .await
        .expect("send");
    assert_eq!(r.status(), 405);
    assert_eq!(
        r.headers().get("allow").and_then(|v| v.to_str().ok()),
        Some("GET, HEAD, PATCH, DELETE, OPTIONS")
    );
    let body: ErrorBody = r.json().await.expect("error body");
    assert!(
        body.error.message.contains("use GET, PATCH or DELETE"),
        "{}",
        body.error.message
    );
}

/// Regression: `OPTIONS` was a 405, and a method warp has no route for at all (`TRACE`, made-up
/// ones) could get a 405 without `Allow`. Now every path the API serves answers `OPTIONS` with
/// `204` and `Allow`, and every 405 carries `Allow`.
#[tokio::test]
async fn options_answers_allow_and_every_405_carries_it() {
    let server = TestServer::start_with(|config| {
        config.docker_host = Some("tcp://127.0.0.1:9".to_owned());
    })
    .await;
    let odd = Method::from_bytes(b"FROB").expect("a method name");
    for (path, _, allow) in table_paths() {
        let r = server
            .request(Method::OPTIONS, &path)
            .send()
            .await
            .expect("send");
        assert_eq!(r.status(), 204, "OPTIONS {path}");
        assert_eq!(
            r.headers().get("allow").and_then(|v| v.to_str().ok()),
            Some(allow.as_str()),
            "OPTIONS {path}"
        );
        for method in [Method::TRACE, odd.clone()] {
            let r = server
                .request(method.clone(), &path)
                .send()
                .await
                .expect("send");
            assert_eq!(r.status(), 405, "{method} {path}");
            assert_eq!(
                r.headers().get("allow").and_then(|v| v.to_str().ok()),
                Some(allow.as_str()),
                "{method} {path}"
            );
        }
    }
    let r = server
        .request(Method::OPTIONS, "/v1/no-such-thing")
        .send()
        .await
        .expect("send");
    assert_eq!(r.status(), 404);
}
