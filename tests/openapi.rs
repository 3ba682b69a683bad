//! The API's description: `GET /v1/openapi.json` (OpenAPI 3.1, made from the route table in
//! `protocol::routes`, public), the interactive page at `/apidocs` (its files served by the
//! server itself), and that the document, the server's routes and docs/API.md agree.

use std::collections::BTreeSet;
use std::process::Command;

use mothership::protocol::{ErrorBody, ErrorCode};
use mothership::server::api::allow::{ENDPOINTS, template};
use reqwest::{Method, StatusCode};
use serde_json::Value;

use crate::helper::TestServer;

/// The document as the server serves it, fetched without credentials.
async fn document(server: &TestServer) -> Value {
    let r = server
        .anon_client()
        .get(format!("{}/v1/openapi.json", server.url))
        .send()
        .await
        .expect("GET /v1/openapi.json");
    assert_eq!(
        r.status(),
        StatusCode::OK,
        "the document needs no credentials"
    );
    assert_eq!(
        r.headers()
            .get("content-type")
            .and_then(|v| v.to_str().ok()),
        Some("application/json")
    );
    r.json().await.expect("a JSON document")
}

/// `(METHOD, /path/{}/template)` of every operation in the document.
fn operations(doc: &Value) -> BTreeSet<(String, String)> {
    let paths = doc["paths"].as_object().expect("paths");
    let mut out = BTreeSet::new();
    for (path, item) in paths {
        for method in ["get", "post", "put", "patch", "delete"] {
            if item.get(method).is_some() {
                out.insert((method.to_uppercase(), anonymous(path)));
            }
        }
    }
    out
}

/// `/v1/instances/{id}` as `/v1/instances/{}`.
fn anonymous(path: &str) -> String {
    path.split('/')
        .map(|s| if s.starts_with('{') { "{}" } else { s })
        .collect::<Vec<_>>()
        .join("/")
}

#[tokio::test]
async fn every_route_the_server_answers_is_in_the_document_and_back() {
    let server = TestServer::start_with(|config| {
        // No builder endpoint may wait on an engine here.
        config.docker_host = Some("tcp://127.0.0.1:9".to_owned());
    })
    .await;
    let doc = document(&server).await;
    assert_eq!(doc["openapi"], "3.1.0");
    let documented = operations(&doc);

    // The server's own table of routes (405 answers, metrics labels) is the document's.
    let table: BTreeSet<(String, String)> = ENDPOINTS
        .iter()
        .flat_map(|(path, methods)| {
            methods
                .iter()
                .map(move |m| (m.as_str().to_owned(), path.clone()))
        })
        .collect();
    assert_eq!(documented, table);
    for must in [
        ("GET", "/v1/openapi.json"),
        ("GET", "/v1/health"),
        ("POST", "/v1/instances/{}/deploy/{}"),
        ("GET", "/metrics"),
    ] {
        assert!(
            documented.contains(&(must.0.to_owned(), must.1.to_owned())),
            "{must:?} is not documented"
        );
    }

    // Each documented operation reaches a route: whatever it answers to a made-up ID or an
    // empty body, it is not the 404 of a path no route serves, nor a 405. (Methods the
    // document leaves out answer 405: tests/allowed_methods.rs, from the same table.)
    for (method, path) in &documented {
        let concrete = path.replace("{}", "x0");
        let query = if path == "/v1/events" {
            "?follow=false"
        } else {
            ""
        };
        let method = Method::from_bytes(method.as_bytes()).expect("method");
        let r = server
            .request(method.clone(), &format!("{concrete}{query}"))
            .send()
            .await
            .expect("send");
        let status = r.status();
        assert_ne!(
            status,
            StatusCode::METHOD_NOT_ALLOWED,
            "{method} {concrete}"
        );
        if status == StatusCode::NOT_FOUND {
            let body: ErrorBody = r.json().await.expect("error body");
            assert_ne!(
                body.error.message, "no such API endpoint",
                "{method} {concrete}: no route answers a documented operation"
            );
        }
    }

    // Every operation names the codes it answers, in the one error body.
    for (path, item) in doc["paths"].as_object().expect("paths") {
        for (method, op) in item.as_object().expect("path item") {
            let responses = op["responses"].as_object().expect("responses");
            assert!(
                responses.keys().any(|s| s.starts_with('2') || s == "301"),
                "{method} {path} has no success answer"
            );
            assert!(responses.contains_key("500"), "{method} {path}: no 500");
        }
    }
    let codes = doc["components"]["schemas"]["ErrorCode"]["enum"]
        .as_array()
        .expect("ErrorCode is an enum");
    assert_eq!(codes.len(), ErrorCode::ALL.len());
    assert!(codes.contains(&Value::from("not_found")));
    // Public routes say so; the rest ask for basic auth.
    assert!(doc["paths"]["/v1/health"]["get"]["security"].is_null());
    assert_eq!(
        doc["paths"]["/v1/info"]["get"]["security"][0]["basic"],
        serde_json::json!([])
    );
}

/// The `METHOD /path` pairs of the API port docs/API.md names in backquotes (`{}` for each parameter, without
/// the query).
fn api_md_operations() -> BTreeSet<(String, String)> {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/API.md"))
        .expect("docs/API.md");
    let mut out = BTreeSet::new();
    for quoted in text.split('`').skip(1).step_by(2) {
        let Some((method, rest)) = quoted.split_once(' ') else {
            continue;
        };
        // (The uplink port's `/auth` and `/dock` are another port's.)
        let api_port = ["/v1/", "/metrics", "/apidocs"]
            .iter()
            .any(|p| rest.starts_with(p));
        if !["GET", "POST", "PUT", "PATCH", "DELETE"].contains(&method) || !api_port {
            continue;
        }
        let path = rest
            .split(['?', ' ', '['])
            .next()
            .unwrap_or_default()
            .trim_end_matches('/');
        out.insert((method.to_owned(), path.to_owned()));
    }
    out
}

#[tokio::test]
async fn docs_api_md_lists_the_same_routes() {
    let server = TestServer::start().await;
    let documented = operations(&document(&server).await);
    let listed = api_md_operations();
    // Each route is in docs/API.md as a template...
    let templates: BTreeSet<(String, String)> = listed
        .iter()
        .map(|(m, p)| (m.clone(), anonymous(p)))
        .collect();
    let missing: Vec<_> = documented.difference(&templates).collect();
    assert!(
        missing.is_empty(),
        "docs/API.md does not list {missing:?} (as `METHOD /path/{{param}}`)"
    );
    // ...and every path docs/API.md names is one the server serves (examples with real names
    // included: `GET /v1/bobproviders/DockerHub/update` shows the 405 of a wrong method).
    for (method, path) in &listed {
        assert!(
            template(path).is_some(),
            "docs/API.md names {method} {path}, which no route serves"
        );
    }
}

#[tokio::test]
async fn the_document_passes_an_openapi_validator() {
    let server = TestServer::start().await;
    let doc = document(&server).await;
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("openapi.json");
    std::fs::write(&file, serde_json::to_vec_pretty(&doc).expect("json")).expect("write");
    // openapi-spec-validator (PyPI; scripts/test.sh installs it) validates 3.1 documents
    // against the 3.1 schema and checks references and parameters.
    let out = Command::new("openapi-spec-validator")
        .arg(&file)
        .output()
        .unwrap_or_else(|e| {
            panic!(
                "cannot run openapi-spec-validator ({e}): `pip install openapi-spec-validator` \
                 (scripts/test.sh installs it)"
            )
        });
    let said = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.status.success(), "the validator refused it:\n{said}");
    assert!(said.contains("OK"), "{said}");

    // The validator does refuse a broken document (a path parameter that is not declared).
    let mut broken = doc.clone();
    broken["paths"]["/v1/nope/{id}"] = serde_json::json!({
        "get": {"responses": {"200": {"description": "x"}}}
    });
    broken["openapi"] = Value::from("3.1.0");
    broken["info"] = Value::from("not an object");
    std::fs::write(&file, serde_json::to_vec(&broken).expect("json")).expect("write");
    let out = Command::new("openapi-spec-validator")
        .arg(&file)
        .output()
        .expect("run openapi-spec-validator");
    assert!(!out.status.success(), "a broken document passed");
}

#[tokio::test]
async fn apidocs_works_offline_from_the_server_alone() {
    let server = TestServer::start().await;
    let client = server.anon_client();
    // `/apidocs` redirects to `/apidocs/`, the page, without credentials.
    let r = server
        .client_builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .expect("client")
        .get(format!("{}/apidocs", server.url))
        .send()
        .await
        .expect("GET /apidocs");
    assert_eq!(r.status(), StatusCode::MOVED_PERMANENTLY);
    assert_eq!(
        r.headers().get("location").and_then(|v| v.to_str().ok()),
        Some("/apidocs/")
    );
    let r = client
        .get(format!("{}/apidocs", server.url))
        .send()
        .await
        .expect("GET /apidocs/");
    assert_eq!(r.status(), StatusCode::OK);
    let page = r.text().await.expect("page");
    assert!(page.contains("swagger-ui"), "{page}");
    assert!(
        !page.contains("://"),
        "the page loads something from elsewhere:\n{page}"
    );

    // Every script, style sheet and icon the page names is served by the server itself.
    let mut assets = Vec::new();
    for attr in ["src=\"", "href=\""] {
        for piece in page.split(attr).skip(1) {
            let link = piece.split('"').next().unwrap_or_default();
            assets.push(link.trim_start_matches("./").to_owned());
        }
    }
    assert!(
        assets.iter().any(|a| a.ends_with("swagger-ui-bundle.js")),
        "{assets:?}"
    );
    for asset in &assets {
        assert!(
            !asset.starts_with('/') && !asset.contains(':'),
            "{asset} is not relative"
        );
        let r = client
            .get(format!("{}/apidocs/{asset}", server.url))
            .send()
            .await
            .expect("asset");
        assert_eq!(r.status(), StatusCode::OK, "{asset}");
        assert!(!r.bytes().await.expect("body").is_empty(), "{asset}");
    }
    // The initializer points Swagger UI at this server's document, and at no online validator.
    let init = client
        .get(format!("{}/apidocs/swagger-initializer.js", server.url))
        .send()
        .await
        .expect("initializer")
        .text()
        .await
        .expect("text");
    assert!(init.contains("/v1/openapi.json"), "{init}");
    assert!(!init.contains("petstore"), "{init}");
    assert!(init.contains("\"validatorUrl\": \"none\""), "{init}");
    // A file that is not there is the usual 404 body.
    let r = client
        .get(format!("{}/apidocs/nope.js", server.url))
        .send()
        .await
        .expect("nope");
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
    let body: ErrorBody = r.json().await.expect("error body");
    assert_eq!(body.error.code, ErrorCode::NotFound);
}
