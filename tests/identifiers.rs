//! One rule for identifiers on every resource with IDs (docs/API.md "Identifiers"): a whole ID
//! or a unique prefix of at least 6 characters, case-insensitively; a shorter one is a `400`, one
//! that matches nothing a `404`, one that matches several a `409 ambiguous_id` with the matches
//! in `candidates`. Names that could be read as IDs are refused where they are set.
//!
//! Two rows whose IDs share their first 6 digits cannot be made through the API in a test (the
//! IDs are random or content hashes), so they are written through the store directly.

use mothership::protocol::ErrorBody;
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

use crate::helper::TestServer;

/// A resource, the length of its IDs and the SQL that stores a row with the ID `?1`.
struct Resource {
    path: &'static str,
    id_len: usize,
    insert: &'static str,
}

const RESOURCES: &[Resource] = &[
    Resource {
        path: "/v1/images",
        id_len: 40,
        insert: "INSERT INTO images (id, size, created) VALUES (?1, 4, 0)",
    },
    Resource {
        path: "/v1/nacls",
        id_len: 16,
        insert: "INSERT INTO nacls (id, name, content, created, updated)
                 VALUES (?1, 'nacl ' || ?1, '', 0, 0)",
    },
    Resource {
        path: "/v1/snippets",
        id_len: 16,
        insert: "INSERT INTO snippets (id, name, content, created, updated)
                 VALUES (?1, 'snippet ' || ?1, '', 0, 0)",
    },
    Resource {
        path: "/v1/uplinks",
        id_len: 16,
        insert:
            "INSERT INTO uplinks (id, name, url, token, options, created)
                 VALUES (?1, 'uplink ' || ?1, 'https://ship.example:9090', 'token-' || ?1, '{}', 0)",
    },
    Resource {
        path: "/v1/deploys",
        id_len: 16,
        insert: "INSERT INTO deploys (id, image_id, created, finished, state, concurrency)
                 VALUES (?1, 'abc', 0, 0, 'verified', 1)",
    },
    Resource {
        path: "/v1/builds",
        id_len: 16,
        insert: "INSERT INTO builds (id, service, builder_id, version, status, created_at,
                     finished_at)
                 VALUES (?1, 'Starbase', 'b', 'v', 'succeeded', '2026-01-01T00:00:00.000Z',
                     '2026-01-01T00:00:01.000Z')",
    },
    Resource {
        path: "/v1/upgrades",
        id_len: 16,
        // The build of the same ID (stored just before) is its build.
        insert: "INSERT INTO upgrades (id, instance, state, build_id, created, updated, finished)
                 VALUES (?1, 'lab-vm', 'verified', ?1, 0, 0, 0)",
    },
    Resource {
        path: "/v1/webhooks",
        id_len: 16,
        insert: "INSERT INTO webhooks (id, url, secret, created)
                 VALUES (?1, 'https://hooks.example/x', 'secret', 0)",
    },
    Resource {
        path: "/v1/instances",
        // An instance's uuid as instances report it: 8-4-4-4-12.
        id_len: 0,
        insert: "INSERT INTO instances (uuid, first_seen) VALUES (?1, 0)",
    },
];

/// Two IDs of the resource that share their first 6 characters (`abcdef`) and no more.
fn twin_ids(r: &Resource) -> [String; 2] {
    if r.id_len == 0 {
        return ["1", "2"].map(|n| format!("abcdef{n}0-0000-4000-8000-00000000000{n}"));
    }
    ["1", "2"].map(|n| format!("abcdef{n}{}", "0".repeat(r.id_len - 7)))
}

async fn insert(server: &TestServer, sql: &'static str, ids: Vec<String>) {
    let store = mothership::store::Store::open(&server.config.runtime_dir).expect("open store");
    store
        .call(move |c| {
            for id in &ids {
                c.execute(sql, [id])?;
            }
            Ok(())
        })
        .await
        .expect("insert");
}

async fn error(
    server: &TestServer,
    method: Method,
    path: &str,
    body: Option<Value>,
) -> (StatusCode, ErrorBody) {
    let mut request = server.request(method, path);
    if let Some(body) = body {
        request = request.json(&body);
    }
    let r = request.send().await.expect("request");
    let status = r.status();
    let text = r.text().await.expect("body");
    let body: ErrorBody =
        serde_json::from_str(&text).unwrap_or_else(|e| panic!("{path}: {status} {text}: {e}"));
    (status, body)
}

#[tokio::test]
async fn every_resource_takes_the_same_id_prefixes() {
    let server = TestServer::start().await;
    for r in RESOURCES {
        let ids = twin_ids(r);
        insert(&server, r.insert, ids.to_vec()).await;
        if r.path == "/v1/images" {
            for id in &ids {
                std::fs::write(
                    server.config.runtime_dir.join("images").join(id),
                    b"\x7fELF",
                )
                .expect("blob");
            }
        }
        let [a, b] = &ids;
        // The whole ID, a unique prefix of 7 characters, and the same in capitals.
        for key in [a.clone(), a[..7].to_owned(), a[..7].to_ascii_uppercase()] {
            let path = format!("{}/{key}", r.path);
            let resp = server.get(&path).send().await.expect("get");
            assert_eq!(resp.status(), StatusCode::OK, "{path}");
            let got: Value = resp.json().await.expect("json");
            assert_eq!(got["id"], json!(a), "{path}: {got}");
        }
        // Six characters that start both: 409 with both in `candidates`.
        let path = format!("{}/abcdef", r.path);
        let (status, e) = error(&server, Method::GET, &path, None).await;
        assert_eq!(status, StatusCode::CONFLICT, "{path}");
        assert_eq!(e.error.code, "ambiguous_id", "{path}");
        assert_eq!(e.error.candidates, Some(ids.to_vec()), "{path}");
        assert!(
            e.error.message.contains(a.as_str()) && e.error.message.contains(b.as_str()),
            "{path}: {}",
            e.error.message
        );
        // Five: too short, the same 400 everywhere.
        let path = format!("{}/abcde", r.path);
        let (status, e) = error(&server, Method::GET, &path, None).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{path}");
        assert_eq!(e.error.code, "bad_request", "{path}");
        assert!(
            e.error.message.contains("at least 6 characters"),
            "{path}: {}",
            e.error.message
        );
        // Six that start none: 404.
        let path = format!("{}/fedcba", r.path);
        let (status, e) = error(&server, Method::GET, &path, None).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{path}");
        assert_eq!(e.error.code, "not_found", "{path}");
        // A short key that no ID could start with names nothing: 404 too.
        let path = format!("{}/xyz", r.path);
        let (status, _) = error(&server, Method::GET, &path, None).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{path}");
    }
}

#[tokio::test]
async fn names_that_read_as_ids_are_refused_everywhere() {
    let server = TestServer::start().await;
    let nacl: Value = server
        .request(Method::POST, "/v1/nacls")
        .json(&json!({"name": "web", "content": "Iface eth0 { index: 0, config: dhcp }"}))
        .send()
        .await
        .expect("create")
        .json()
        .await
        .expect("nacl");
    let nacl_id = nacl["id"].as_str().expect("id").to_owned();
    let uplink: Value = server
        .get("/v1/uplinks/default")
        .send()
        .await
        .expect("uplink")
        .json()
        .await
        .expect("uplink");
    let uplink_id = uplink["id"].as_str().expect("id").to_owned();
    let url = "https://ship.example:9090";

    // Another NaCl named with this one's ID would hide it; so would any 6+ hex digits.
    let cases: Vec<(Method, String, Value)> = vec![
        (
            Method::POST,
            "/v1/nacls".into(),
            json!({"name": nacl_id, "content": ""}),
        ),
        (
            Method::POST,
            "/v1/nacls".into(),
            json!({"name": "ABCDEF", "content": ""}),
        ),
        (
            Method::POST,
            "/v1/snippets".into(),
            json!({"name": "0123456789", "content": ""}),
        ),
        (
            Method::PATCH,
            "/v1/nacls/web".into(),
            json!({"name": "deadbeef"}),
        ),
        (
            Method::POST,
            "/v1/uplinks".into(),
            json!({"name": uplink_id, "url": url}),
        ),
        (
            Method::POST,
            "/v1/uplinks".into(),
            json!({"name": "cafe-babe", "url": url}),
        ),
        (
            Method::PATCH,
            "/v1/uplinks/default".into(),
            json!({"name": "facade"}),
        ),
    ];
    for (method, path, body) in cases {
        let (status, e) = error(&server, method.clone(), &path, Some(body.clone())).await;
        assert_eq!(
            status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{method} {path} {body}"
        );
        assert_eq!(e.error.code, "invalid_field", "{method} {path} {body}");
        assert!(
            e.error.message.contains("could be read as an ID"),
            "{method} {path}: {}",
            e.error.message
        );
    }
    // An instance's alias: the same rule.
    let uuid = "0f0f0f0f-0000-4000-8000-000000000001".to_owned();
    insert(
        &server,
        "INSERT INTO instances (uuid, first_seen) VALUES (?1, 0)",
        vec![uuid.clone()],
    )
    .await;
    let path = format!("/v1/instances/{uuid}");
    let (status, e) = error(
        &server,
        Method::PATCH,
        &path,
        Some(json!({"alias": "abcdef12"})),
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(e.error.code, "invalid_field");
    assert!(
        e.error.message.contains("could be read as an ID"),
        "{}",
        e.error.message
    );

    // Short hex names and names with other letters are fine, and are found by name.
    for name in ["cafe", "web-01", "deadbeefx"] {
        let r = server
            .request(Method::POST, "/v1/nacls")
            .json(&json!({"name": name, "content": ""}))
            .send()
            .await
            .expect("create");
        assert_eq!(r.status(), StatusCode::CREATED, "{name}");
        let r = server
            .get(&format!("/v1/nacls/{name}"))
            .send()
            .await
            .expect("get");
        assert_eq!(r.status(), StatusCode::OK, "{name}");
    }
    // A short hex key that is no name: too short for a prefix, the same 400 as above.
    let (status, e) = error(&server, Method::GET, "/v1/nacls/beef", None).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(
        e.error.message.contains("at least 6"),
        "{}",
        e.error.message
    );
}

#[tokio::test]
async fn the_openapi_document_describes_candidates() {
    let server = TestServer::start().await;
    let doc: Value = server
        .get("/v1/openapi.json")
        .send()
        .await
        .expect("openapi")
        .json()
        .await
        .expect("json");
    let detail = &doc["components"]["schemas"]["ErrorDetail"]["properties"]["candidates"];
    assert!(
        detail.is_object(),
        "{}",
        doc["components"]["schemas"]["ErrorDetail"]
    );
}
