//! What a build request names — a stored NaCl, an uplink — and the answers when it names them
//! wrong: the client's mistakes are 4xx with the store's codes, never a 500.

use mothership::protocol::ErrorBody;
use mothership::protocol::documents::Document;
use reqwest::{Method, StatusCode};
use serde_json::json;

use crate::helper::TestServer;
use crate::helper::docker::docker_env;

async fn build(
    server: &TestServer,
    builder: &str,
    body: serde_json::Value,
) -> (StatusCode, String) {
    let r = server
        .request(
            Method::POST,
            &format!("/v1/images/build/services/Starbase/builders/{builder}"),
        )
        .json(&body)
        .send()
        .await
        .expect("build request");
    let status = r.status();
    let body: ErrorBody = r.json().await.expect("error body");
    (status, body.error.code.to_string())
}

/// An ambiguous NaCl prefix in a build request was a `500 internal` ("failed to read NaCl"):
/// the seam between builds and the store turned every store error into a string.
#[tokio::test]
async fn an_ambiguous_nacl_prefix_is_409_not_500() {
    let Some(env) = docker_env() else { return };
    let server = TestServer::start_with(|c| env.configure(c)).await;
    let nacl: Document = server
        .request(Method::POST, "/v1/nacls")
        .json(&json!({"name": "web", "content": "Iface eth0 {\n  index: 0,\n  config: dhcp\n}\n"}))
        .send()
        .await
        .expect("create nacl")
        .json()
        .await
        .expect("nacl");
    // A second NaCl sharing the first 6 digits (IDs are random, so it is put in place directly).
    let twin = format!("{}{}", &nacl.id[..6], "0".repeat(nacl.id.len() - 6));
    let store = mothership::store::Store::open(&server.config.runtime_dir).expect("open store");
    store
        .call(move |c| {
            c.execute(
                "INSERT INTO nacls (id, name, content, created, updated) \
                 VALUES (?1, 'twin', 'x', 0, 0)",
                [twin],
            )?;
            Ok(())
        })
        .await
        .expect("insert twin");

    let builder = env.builder();
    assert_eq!(
        build(&server, builder, json!({"nacl_id": &nacl.id[..6]})).await,
        (StatusCode::CONFLICT, "ambiguous_id".to_owned())
    );
    assert_eq!(
        build(&server, builder, json!({"nacl_id": "no-such-nacl"})).await,
        (StatusCode::NOT_FOUND, "not_found".to_owned())
    );
    assert_eq!(
        build(
            &server,
            builder,
            json!({"nacl_id": "web", "uplink_id": "no-such-uplink"})
        )
        .await,
        (StatusCode::NOT_FOUND, "not_found".to_owned())
    );
    assert_eq!(
        build(
            &server,
            builder,
            json!({"nacl_id": "web", "nacl_content": "x"})
        )
        .await,
        (StatusCode::BAD_REQUEST, "bad_request".to_owned())
    );
}
