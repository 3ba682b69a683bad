//! Bob providers, bobs and builders against a real Docker engine and registry (see
//! `helper/docker.rs` for how to provide them).

use mothership::protocol::ErrorBody;
use mothership::protocol::builders::{Bob, BobProvider, Builder, PrepareEvent, Service};
use reqwest::Method;

use crate::helper::TestServer;
use crate::helper::docker::{DockerEnv, docker_env, make_builders, unique};

async fn server(env: &DockerEnv) -> TestServer {
    TestServer::start_with(|c| env.configure(c)).await
}

async fn error_of(r: reqwest::Response, status: u16) -> ErrorBody {
    assert_eq!(r.status(), status);
    r.json().await.expect("error body")
}

/// Refreshes the DockerHub provider (a 200 expected) and lists its bobs.
pub async fn update_and_list_bobs(server: &TestServer) -> Vec<Bob> {
    let r = server
        .request(Method::POST, "/v1/bobproviders/DockerHub/update")
        .send()
        .await
        .expect("update");
    assert_eq!(r.status(), 200, "{:?}", r.text().await);
    server
        .get("/v1/bobproviders/DockerHub/bobs")
        .send()
        .await
        .expect("bobs")
        .json::<mothership::protocol::list::Page<Bob>>()
        .await
        .expect("bobs json")
        .items
}

#[tokio::test]
async fn dockerhub_update_list_and_prepare_keep_the_bob_id() {
    let Some(env) = docker_env() else { return };
    // A repository of its own with an image the engine does not have, so prepare really pulls.
    let repo = unique("mstest/prepare");
    let made = make_builders(&env.registry, &repo, &["v1.0.0"], true);
    let bob_id = made[0].1.clone();
    env.forget_local(&repo, "v1.0.0").await;
    let server = TestServer::start_with(|c| {
        env.configure(c);
        c.dockerhub_repository = repo.clone();
    })
    .await;

    let updated: BobProvider = server
        .request(Method::POST, "/v1/bobproviders/DockerHub/update")
        .send()
        .await
        .expect("update")
        .json()
        .await
        .expect("provider");
    assert_eq!((updated.bobs, updated.last_error.clone()), (1, None));
    assert!(updated.last_update.is_some());

    let bobs: Vec<Bob> = server
        .get("/v1/bobproviders/DockerHub/bobs")
        .send()
        .await
        .expect("bobs")
        .json::<mothership::protocol::list::Page<Bob>>()
        .await
        .expect("bob list")
        .items;
    assert_eq!(bobs.len(), 1);
    let bob = &bobs[0];
    assert_eq!(bob.id, bob_id);
    assert_eq!(bob.version, "v1.0.0");
    assert_eq!(bob.name, "IncludeOS_builder");
    assert_eq!(bob.vcs_ref.as_deref().map(str::len), Some(40));
    assert_eq!(bob.services, vec!["Starbase".to_owned()]);
    assert!(!bob.prepared);

    let r = server
        .request(
            Method::POST,
            &format!("/v1/bobproviders/DockerHub/prepare/bobs/{bob_id}"),
        )
        .send()
        .await
        .expect("prepare");
    assert_eq!(r.status(), 200);
    let text = r.text().await.expect("progress");
    let events: Vec<PrepareEvent> = text
        .lines()
        .map(|l| serde_json::from_str(l).expect("ndjson line"))
        .collect();
    assert!(events.len() > 1, "progress lines: {text}");
    let last = events.last().expect("last line");
    assert_eq!(last.error, None, "{text}");
    let builder = last.builder.clone().expect("the builder");
    assert_eq!(builder.id, bob_id, "preparing bob X gives builder X");
    assert_eq!(builder.provider_id, "DockerHub");

    let fetched: Builder = server
        .get(&format!("/v1/builders/{bob_id}"))
        .send()
        .await
        .expect("builder")
        .json()
        .await
        .expect("builder json");
    assert_eq!(fetched.version, "v1.0.0");
    let bobs: Vec<Bob> = server
        .get("/v1/bobproviders/dockerhub/bobs")
        .send()
        .await
        .expect("bobs")
        .json::<mothership::protocol::list::Page<Bob>>()
        .await
        .expect("bobs json")
        .items;
    assert!(bobs[0].prepared);

    // The state survives a restart.
    let server = server.restart().await;
    let providers: Vec<BobProvider> = server
        .get("/v1/bobproviders")
        .send()
        .await
        .expect("providers")
        .json::<mothership::protocol::list::Page<BobProvider>>()
        .await
        .expect("providers json")
        .items;
    let hub = providers.iter().find(|p| p.id == "DockerHub").expect("hub");
    assert_eq!(hub.bobs, 1);
    assert!(hub.source.ends_with(&repo), "{}", hub.source);

    let e = error_of(
        server
            .request(
                Method::POST,
                "/v1/bobproviders/DockerHub/prepare/bobs/0123456789ab",
            )
            .send()
            .await
            .expect("prepare unknown"),
        404,
    )
    .await;
    assert!(e.error.message.contains("0123456789ab"), "{e:?}");
}

#[tokio::test]
async fn manifest_lists_resolve_to_the_linux_amd64_image() {
    let Some(env) = docker_env() else { return };
    let repo = unique("mstest/list");
    let made = make_builders(&env.registry, &repo, &["v2.0.0", "v2.0.1"], true);
    let (amd64_id, arm64_id) = (made[0].1.clone(), made[1].1.clone());
    // A multi-platform tag, as Docker Hub serves them: amd64 -> v2.0.0, arm64 -> v2.0.1.
    mothership::client::install_crypto_provider();
    let http = reqwest::Client::new();
    let base = format!("http://{}/v2/{repo}/manifests", env.registry);
    let mut entries = Vec::new();
    for (tag, arch) in [("v2.0.1", "arm64"), ("v2.0.0", "amd64")] {
        let r = http
            .get(format!("{base}/{tag}"))
            .header(
                "accept",
                "application/vnd.docker.distribution.manifest.v2+json",
            )
            .send()
            .await
            .expect("manifest");
        let digest = r.headers()["docker-content-digest"]
            .to_str()
            .expect("digest")
            .to_owned();
        let size = r.bytes().await.expect("body").len();
        entries.push(serde_json::json!({
            "mediaType": "application/vnd.docker.distribution.manifest.v2+json",
            "digest": digest,
            "size": size,
            "platform": {"architecture": arch, "os": "linux"},
        }));
    }
    let list = serde_json::json!({
        "schemaVersion": 2,
        "mediaType": "application/vnd.docker.distribution.manifest.list.v2+json",
        "manifests": entries,
    });
    let r = http
        .put(format!("{base}/multi"))
        .header(
            "content-type",
            "application/vnd.docker.distribution.manifest.list.v2+json",
        )
        .body(list.to_string())
        .send()
        .await
        .expect("put list");
    assert!(r.status().is_success(), "{:?}", r.text().await);

    let server = TestServer::start_with(|c| {
        env.configure(c);
        c.dockerhub_repository = repo.clone();
    })
    .await;
    let bobs = update_and_list_bobs(&server).await;
    let amd64 = bobs.iter().find(|b| b.id == amd64_id).expect("amd64 bob");
    assert_eq!(amd64.tags, vec!["multi".to_owned(), "v2.0.0".to_owned()]);
    let arm64 = bobs.iter().find(|b| b.id == arm64_id).expect("arm64 bob");
    assert_eq!(arm64.tags, vec!["v2.0.1".to_owned()]);
}

#[tokio::test]
async fn a_moved_tag_is_seen_by_the_next_update() {
    let Some(env) = docker_env() else { return };
    let repo = unique("mstest/moved");
    let first = make_builders(&env.registry, &repo, &["v3.0.0", "v3.1.0"], true);
    let server = TestServer::start_with(|c| {
        env.configure(c);
        c.dockerhub_repository = repo.clone();
    })
    .await;
    let ids = |bobs: Vec<Bob>| {
        let mut ids: Vec<String> = bobs.into_iter().map(|b| b.id).collect();
        ids.sort();
        ids
    };
    let update = || update_and_list_bobs(&server);
    let mut expected: Vec<String> = first.iter().map(|(_, id)| id.clone()).collect();
    expected.sort();
    assert_eq!(ids(update().await), expected);
    // Re-made images get new configs, so v3.1.0 now points at another image.
    let moved = make_builders(&env.registry, &repo, &["v3.1.0"], true);
    assert_ne!(moved[0].1, first[1].1);
    let mut expected = vec![first[0].1.clone(), moved[0].1.clone()];
    expected.sort();
    assert_eq!(ids(update().await), expected);
}

#[tokio::test]
async fn local_provider_lists_engine_builders_and_unknowns_are_404() {
    let Some(env) = docker_env() else { return };
    let server = server(env).await;
    let updated: BobProvider = server
        .request(Method::POST, "/v1/bobproviders/Local/update")
        .send()
        .await
        .expect("update")
        .json()
        .await
        .expect("provider");
    assert!(updated.bobs >= 2, "{updated:?}");
    let bobs: Vec<Bob> = server
        .get("/v1/bobproviders/Local/bobs")
        .send()
        .await
        .expect("bobs")
        .json::<mothership::protocol::list::Page<Bob>>()
        .await
        .expect("bobs json")
        .items;
    for (version, id) in &env.builders {
        let bob = bobs
            .iter()
            .find(|b| &b.id == id)
            .expect("shared builder listed");
        assert_eq!(&bob.version, version);
        assert!(bob.prepared);
        assert_eq!(bob.provider_id, "Local");
    }
    let r = server
        .request(
            Method::POST,
            &format!("/v1/bobproviders/Local/prepare/bobs/{}", env.builder()),
        )
        .send()
        .await
        .expect("prepare local");
    let text = r.text().await.expect("body");
    let last: PrepareEvent =
        serde_json::from_str(text.lines().last().expect("a line")).expect("event");
    assert_eq!(last.builder.expect("builder").id, env.builder());

    let services: Vec<Service> = server
        .get("/v1/services")
        .send()
        .await
        .expect("services")
        .json::<mothership::protocol::list::Page<Service>>()
        .await
        .expect("services json")
        .items;
    let starbase = services
        .iter()
        .find(|s| s.name == "Starbase")
        .expect("Starbase");
    assert!(starbase.builders.iter().any(|b| b == env.builder()));

    for (path, named) in [
        ("/v1/bobproviders/Nowhere/bobs", "Nowhere"),
        ("/v1/builders/abcdefabcdef", "abcdefabcdef"),
    ] {
        let e = error_of(server.get(path).send().await.expect("get"), 404).await;
        assert!(e.error.message.contains(named), "{e:?}");
    }
    let e = error_of(
        server
            .request(
                Method::POST,
                "/v1/bobproviders/Local/prepare/bobs/abcdefabcdef",
            )
            .send()
            .await
            .expect("prepare"),
        404,
    )
    .await;
    assert!(e.error.message.contains("abcdefabcdef"), "{e:?}");
}

#[tokio::test]
async fn delete_builder_removes_the_image() {
    let Some(env) = docker_env() else { return };
    let repo = unique("mstest/delete");
    let made = make_builders(&env.registry, &repo, &["v9.9.9"], false);
    let id = &made[0].1;
    let server = server(env).await;
    let r = server
        .request(Method::DELETE, &format!("/v1/builders/{id}"))
        .send()
        .await
        .expect("delete");
    assert_eq!(r.status(), 200, "{:?}", r.text().await);
    let e = error_of(
        server
            .get(&format!("/v1/builders/{id}"))
            .send()
            .await
            .expect("get"),
        404,
    )
    .await;
    assert!(e.error.message.contains(id.as_str()));
}

#[tokio::test]
async fn registry_unreachable_is_502_naming_the_url() {
    let Some(env) = docker_env() else { return };
    let server = TestServer::start_with(|c| {
        env.configure(c);
        c.dockerhub_url = "http://127.0.0.1:9".into();
    })
    .await;
    let e = error_of(
        server
            .request(Method::POST, "/v1/bobproviders/DockerHub/update")
            .send()
            .await
            .expect("update"),
        502,
    )
    .await;
    assert!(e.error.message.contains("http://127.0.0.1:9/v2/"), "{e:?}");
    let providers: Vec<BobProvider> = server
        .get("/v1/bobproviders")
        .send()
        .await
        .expect("providers")
        .json::<mothership::protocol::list::Page<BobProvider>>()
        .await
        .expect("json")
        .items;
    let hub = providers.iter().find(|p| p.id == "DockerHub").expect("hub");
    assert!(
        hub.last_error
            .as_deref()
            .is_some_and(|e| e.contains("127.0.0.1:9"))
    );
    // The other provider is not affected.
    let r = server
        .request(Method::POST, "/v1/bobproviders/Local/update")
        .send()
        .await
        .expect("local");
    assert_eq!(r.status(), 200);
}

#[tokio::test]
async fn engine_down_is_503_and_picked_up_when_it_returns() {
    let Some(env) = docker_env() else { return };
    let dir = tempfile::tempdir().expect("tempdir");
    let socket = dir.path().join("docker.sock");
    let host = format!("unix://{}", socket.display());
    let server = TestServer::start_with(|c| {
        env.configure(c);
        c.docker_host = Some(host.clone());
    })
    .await;
    for (method, path) in [
        (Method::GET, "/v1/builders".to_owned()),
        (Method::POST, "/v1/bobproviders/Local/update".to_owned()),
        // It answered `200 []`, which a script reads as "no builders".
        (Method::GET, "/v1/bobproviders/Local/bobs".to_owned()),
        (
            Method::POST,
            format!("/v1/nacls/validate/builders/{}", env.builder()),
        ),
    ] {
        let e = error_of(
            server.request(method, &path).send().await.expect("request"),
            503,
        )
        .await;
        assert_eq!(e.error.code, "engine_unavailable");
        assert!(
            e.error
                .message
                .contains(&format!("no Docker engine at {host}"))
                && e.error.message.contains("start dockerd or set DOCKER_HOST"),
            "{e:?}"
        );
    }
    // The request is checked before the engine: a body without a NaCl is the caller's mistake
    // (it was a 503 that sent the user to fix the engine first).
    let r = server
        .request(
            Method::POST,
            &format!(
                "/v1/images/build/services/Starbase/builders/{}",
                env.builder()
            ),
        )
        .json(&serde_json::json!({}))
        .send()
        .await
        .expect("build");
    let e = error_of(r, 400).await;
    assert!(e.error.message.contains("no NaCl"), "{e:?}");
    // Everything else still works.
    assert_eq!(
        server.get("/v1/info").send().await.expect("info").status(),
        200
    );

    // The engine "comes back" at the configured address.
    std::os::unix::fs::symlink(env.socket(), &socket).expect("symlink the socket");
    let builders: Vec<Builder> = server
        .get("/v1/builders")
        .send()
        .await
        .expect("builders")
        .json::<mothership::protocol::list::Page<Builder>>()
        .await
        .expect("builders json")
        .items;
    assert!(builders.iter().any(|b| b.id == env.builder()));
}

#[tokio::test]
async fn unknown_dockeroptions_stop_startup_naming_the_option() {
    let (_dir, mut config) = crate::helper::test_config();
    config.dockeroptions = Some("--privileged --frobnicate 3".into());
    let api = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let uplink = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let err = mothership::server::serve(
        config,
        mothership::server::Listeners { api, uplink },
        std::future::ready(()),
    )
    .await
    .expect_err("refused");
    assert!(err.to_string().contains("--frobnicate"), "{err}");
}
