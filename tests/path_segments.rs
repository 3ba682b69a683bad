//! Path parameters are percent-decoded: NaCls, snippets, uplinks and instance aliases whose names
//! hold spaces, unicode, `/`, `%`, `+`, `?` or `#` are fetched, updated, deployed to and deleted
//! by name through the API and the CLI; a malformed escape is a 400 that names the segment.

use std::path::Path;
use std::process::Output;

use mothership::protocol::ErrorBody;
use mothership::protocol::deploys::Deploy;
use mothership::protocol::documents::{Document, DocumentCreate, DocumentUpdate};
use mothership::protocol::instances::Instance;
use mothership::protocol::uplinks::Uplink;
use reqwest::{Method, StatusCode};
use serde_json::json;

use crate::deploy::{self, docked};
use crate::helper::TestServer;
use crate::helper::instance::OnUpdate;

/// Names no path segment can hold as they are.
const NAMES: &[&str] = &[
    "my nacl",
    "ünïcödé ✓",
    "a/b",
    "100% sure",
    "a+b",
    "what?#now",
];

/// Encodes every byte but ASCII letters and digits, so the server has to decode each kind of
/// character (the CLI tests check the client's own, lighter encoding).
fn encode(name: &str) -> String {
    name.bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}

async fn error(r: reqwest::Response) -> (StatusCode, String, String) {
    let status = r.status();
    let body: ErrorBody = r.json().await.expect("error body");
    (status, body.error.code.to_string(), body.error.message)
}

async fn documents_by_name(resource: &str) {
    let server = TestServer::start().await;
    for name in NAMES {
        let r = server
            .request(Method::POST, &format!("/v1/{resource}"))
            .json(&DocumentCreate {
                name: (*name).into(),
                content: "one: 1".into(),
            })
            .send()
            .await
            .expect("create");
        assert_eq!(r.status(), StatusCode::CREATED, "{name}");
        let path = format!("/v1/{resource}/{}", encode(name));

        let r = server.get(&path).send().await.expect("get");
        assert_eq!(r.status(), StatusCode::OK, "{path}");
        let doc: Document = r.json().await.expect("doc");
        assert_eq!((doc.name.as_str(), doc.content.as_str()), (*name, "one: 1"));

        let r = server
            .request(Method::PATCH, &path)
            .json(&DocumentUpdate {
                name: None,
                content: Some("two: 2".into()),
            })
            .send()
            .await
            .expect("patch");
        assert_eq!(r.status(), StatusCode::OK, "{path}");
        let doc: Document = r.json().await.expect("doc");
        assert_eq!((doc.name.as_str(), doc.content.as_str()), (*name, "two: 2"));

        let r = server
            .request(Method::DELETE, &path)
            .send()
            .await
            .expect("delete");
        assert_eq!(r.status(), StatusCode::NO_CONTENT, "{path}");
        let r = server.get(&path).send().await.expect("get");
        assert_eq!(r.status(), StatusCode::NOT_FOUND, "{path}");
    }
}

#[tokio::test]
async fn nacls_with_odd_names_are_reached_by_name() {
    documents_by_name("nacls").await;
}

#[tokio::test]
async fn snippets_with_odd_names_are_reached_by_name() {
    documents_by_name("snippets").await;
}

#[tokio::test]
async fn plus_stays_a_plus_and_escapes_are_case_insensitive() {
    let server = TestServer::start().await;
    for name in ["a b", "a+b", "ü"] {
        let r = server
            .request(Method::POST, "/v1/nacls")
            .json(&DocumentCreate {
                name: name.into(),
                content: String::new(),
            })
            .send()
            .await
            .expect("create");
        assert_eq!(r.status(), StatusCode::CREATED, "{name}");
    }
    // `+` is a space only in a query string, never in a path.
    for (path, name) in [
        ("a+b", "a+b"),
        ("a%2Bb", "a+b"),
        ("a%20b", "a b"),
        ("%c3%bc", "ü"),
    ] {
        let r = server
            .get(&format!("/v1/nacls/{path}"))
            .send()
            .await
            .expect("get");
        assert_eq!(r.status(), StatusCode::OK, "{path}");
        let doc: Document = r.json().await.expect("doc");
        assert_eq!(doc.name, name, "{path}");
    }
}

#[tokio::test]
async fn a_malformed_escape_is_a_400_naming_the_segment() {
    let server = TestServer::start().await;
    for (path, segment) in [
        ("/v1/nacls/%ZZ", "%ZZ"),
        ("/v1/snippets/ab%2", "ab%2"),
        ("/v1/uplinks/50%", "50%"),
        ("/v1/images/%FF%FE", "%FF%FE"),
        ("/v1/instances/web%C3/logs", "web%C3"),
    ] {
        let (status, code, message) = error(server.get(path).send().await.expect("get")).await;
        assert_eq!(
            (status, code.as_str()),
            (StatusCode::BAD_REQUEST, "bad_request"),
            "{path}: {message}"
        );
        assert!(message.contains(segment), "{path}: {message}");
    }
    // Authentication still comes first.
    let r = server
        .anon_client()
        .get(format!("{}/v1/nacls/%ZZ", server.url))
        .send()
        .await
        .expect("get");
    assert_eq!(r.status(), StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn uplinks_with_odd_names_are_reached_by_name() {
    let server = TestServer::start().await;
    for name in NAMES {
        let r = server
            .request(Method::POST, "/v1/uplinks")
            .json(&json!({"name": name, "url": "https://10.0.0.1:9090"}))
            .send()
            .await
            .expect("create");
        assert_eq!(r.status(), StatusCode::CREATED, "{name}");
        let path = format!("/v1/uplinks/{}", encode(name));

        let r = server.get(&path).send().await.expect("get");
        assert_eq!(r.status(), StatusCode::OK, "{path}");
        let uplink: Uplink = r.json().await.expect("uplink");
        assert_eq!(uplink.name, *name);

        let r = server
            .request(Method::PATCH, &path)
            .json(&json!({"send_stats": 500}))
            .send()
            .await
            .expect("patch");
        assert_eq!(r.status(), StatusCode::OK, "{path}");
        let uplink: Uplink = r.json().await.expect("uplink");
        assert_eq!(
            (uplink.name.as_str(), uplink.options.send_stats),
            (*name, Some(500))
        );

        let r = server
            .request(Method::DELETE, &path)
            .send()
            .await
            .expect("delete");
        assert_eq!(r.status(), StatusCode::NO_CONTENT, "{path}");
        let r = server.get(&path).send().await.expect("get");
        assert_eq!(r.status(), StatusCode::NOT_FOUND, "{path}");
    }
}

#[tokio::test]
async fn an_instance_alias_with_a_space_resolves() {
    let server = TestServer::start().await;
    let inst = docked(&server, deploy::spec(OnUpdate::Apply)).await;
    let spec = inst.spec.clone();

    let alias = "web one/ü";
    let r = server
        .request(Method::PATCH, &format!("/v1/instances/{}", spec.uuid))
        .json(&json!({ "alias": alias }))
        .send()
        .await
        .expect("patch");
    assert_eq!(r.status(), StatusCode::OK);

    let by_alias = format!("/v1/instances/{}", encode(alias));
    let r = server.get(&by_alias).send().await.expect("get");
    assert_eq!(r.status(), StatusCode::OK, "{by_alias}");
    let got: Instance = r.json().await.expect("instance");
    assert_eq!(got.id, spec.uuid);
    for tail in ["logs", "panics", "stats"] {
        let r = server
            .get(&format!("{by_alias}/{tail}"))
            .send()
            .await
            .expect("get");
        assert_eq!(r.status(), StatusCode::OK, "{by_alias}/{tail}");
    }
    let image = deploy::uploaded_image(&server, 64 * 1024, 3).await;
    let r = deploy::post_deploy(&server, &encode(alias), &image, "?wait=true").await;
    assert_eq!(r.status(), StatusCode::OK);
    let done: Deploy = r.json().await.expect("deploy record");
    assert_eq!(done.targets.len(), 1, "{done:?}");
    assert_eq!(done.targets[0].instance, spec.uuid);

    let dir = tempfile::tempdir().expect("tempdir");
    let out = ok(cli(
        &server,
        dir.path(),
        &["instances", "inspect", alias, "-o", "json"],
    )
    .await);
    let got: Instance = serde_json::from_str(&out).expect("json instance");
    assert_eq!(got.id, spec.uuid);
}

/// Runs `mothership ARGS` against `server`, in `dir`, with its own empty client config.
async fn cli(server: &TestServer, dir: &Path, args: &[&str]) -> Output {
    crate::helper::cli::against(server, &dir.join("xdg"), args)
        .current_dir(dir)
        .output()
        .await
        .expect("run mothership")
}

fn ok(o: Output) -> String {
    assert!(
        o.status.success(),
        "failed: {}\nstderr: {}",
        o.status,
        String::from_utf8_lossy(&o.stderr)
    );
    String::from_utf8_lossy(&o.stdout).into_owned()
}

async fn documents_through_the_cli(resource: &str) {
    let server = TestServer::start().await;
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(dir.path().join("one.txt"), "one: 1\n").expect("write");
    std::fs::write(dir.path().join("two.txt"), "two: 2\n").expect("write");
    for name in NAMES {
        ok(cli(
            &server,
            dir.path(),
            &[resource, "push", "one.txt", "--name", name],
        )
        .await);
        let out = ok(cli(&server, dir.path(), &[resource, "show", name, "-o", "json"]).await);
        let doc: Document = serde_json::from_str(&out).expect("json doc");
        assert_eq!(
            (doc.name.as_str(), doc.content.as_str()),
            (*name, "one: 1\n")
        );

        ok(cli(
            &server,
            dir.path(),
            &[resource, "push", "two.txt", "--name", name, "--replace"],
        )
        .await);
        let out = ok(cli(&server, dir.path(), &[resource, "show", name]).await);
        assert!(out.contains("two: 2"), "{name}: {out}");

        ok(cli(&server, dir.path(), &[resource, "delete", name]).await);
        let o = cli(&server, dir.path(), &[resource, "show", name]).await;
        assert_eq!(o.status.code(), Some(4), "{name} is gone");
    }
}

#[tokio::test]
async fn cli_shows_replaces_and_deletes_nacls_with_odd_names() {
    documents_through_the_cli("nacls").await;
}

#[tokio::test]
async fn cli_shows_replaces_and_deletes_snippets_with_odd_names() {
    documents_through_the_cli("snippets").await;
}

#[tokio::test]
async fn cli_shows_updates_and_deletes_uplinks_with_odd_names() {
    let server = TestServer::start().await;
    let dir = tempfile::tempdir().expect("tempdir");
    for name in NAMES {
        ok(cli(
            &server,
            dir.path(),
            &["uplinks", "create", name, "--url", "https://10.0.0.1:9090"],
        )
        .await);
        let out = ok(cli(
            &server,
            dir.path(),
            &[
                "uplinks",
                "update",
                name,
                "--send-stats",
                "700",
                "-o",
                "json",
            ],
        )
        .await);
        let uplink: Uplink = serde_json::from_str(&out).expect("json uplink");
        assert_eq!(
            (uplink.name.as_str(), uplink.options.send_stats),
            (*name, Some(700))
        );
        let out = ok(cli(
            &server,
            dir.path(),
            &["uplinks", "show", name, "-o", "json"],
        )
        .await);
        let shown: Uplink = serde_json::from_str(&out).expect("json uplink");
        assert_eq!(shown.id, uplink.id);

        ok(cli(&server, dir.path(), &["uplinks", "delete", name]).await);
        let o = cli(&server, dir.path(), &["uplinks", "show", name]).await;
        assert_eq!(o.status.code(), Some(4), "{name} is gone");
    }
}

#[tokio::test]
async fn dot_names_are_refused_as_they_cannot_be_addressed() {
    let server = TestServer::start().await;
    for name in [".", ".."] {
        let r = server
            .request(Method::POST, "/v1/nacls")
            .json(&DocumentCreate {
                name: name.into(),
                content: "one: 1".into(),
            })
            .send()
            .await
            .expect("create");
        let (status, code, message) = error(r).await;
        assert_eq!(
            (status, code.as_str()),
            (StatusCode::UNPROCESSABLE_ENTITY, "invalid_field"),
            "{name}: {message}"
        );
        assert!(message.contains("`.` or `..`"), "{message}");
    }
}
