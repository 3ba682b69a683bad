//! The original Mothership's two documented examples, end to end with stand-ins of the published
//! IncludeOS builder images in a registry of their own: Example 1 (providers, update, bobs,
//! prepare — a real pull —, builders) and Example 2 (build Starbase with the prepared builder,
//! validate a NaCl with it), once through the API with the documented paths and once through the
//! CLI's commands.

use mothership::protocol::builders::{Bob, BobProvider, BuildStatus, Builder, ValidateResult};
use reqwest::Method;
use serde_json::json;

use crate::builds::{build_log, submit, validate, wait_build};
use crate::helper::TestServer;
use crate::helper::cli::{logged_in, stderr_of, stdout_of};
use crate::helper::docker::{DockerEnv, docker_env, make_classic_builders, unique};

/// A server whose DockerHub provider reads a repository of fresh classic stand-ins (one per
/// version) that the engine does not hold; returns it with the (version, bob id) pairs.
async fn fresh_provider(env: &DockerEnv, versions: &[&str]) -> (TestServer, Vec<(String, String)>) {
    let repo = unique("mstest/seed");
    let made = make_classic_builders(&env.registry, &repo, versions, true);
    for (version, _) in &made {
        env.forget_local(&repo, version).await;
    }
    let server = TestServer::start_with(|c| {
        env.configure(c);
        c.dockerhub_repository = repo.clone();
    })
    .await;
    (server, made)
}

async fn get_json<T: serde::de::DeserializeOwned>(server: &TestServer, path: &str) -> T {
    let r = server.get(path).send().await.expect("GET");
    assert_eq!(r.status(), 200, "GET {path}: {:?}", r.text().await);
    r.json().await.expect("json")
}

#[tokio::test]
async fn examples_1_and_2_through_the_api() {
    let Some(env) = docker_env() else { return };
    let (server, made) = fresh_provider(env, &["v0.14.1"]).await;
    let id_num1 = made[0].1.clone();

    // Example 1. 1: the providers.
    let providers: Vec<BobProvider> =
        get_json::<mothership::protocol::list::Page<BobProvider>>(&server, "/v1/bobproviders")
            .await
            .items;
    assert!(
        providers.iter().any(|p| p.id == "DockerHub"),
        "{providers:?}"
    );
    // 2: update DockerHub.
    let r = server
        .request(Method::POST, "/v1/bobproviders/DockerHub/update")
        .send()
        .await
        .expect("update");
    assert_eq!(r.status(), 200, "{:?}", r.text().await);
    // 3: its bobs; the published layout, not yet prepared.
    let bobs: Vec<Bob> = get_json::<mothership::protocol::list::Page<Bob>>(
        &server,
        "/v1/bobproviders/DockerHub/bobs",
    )
    .await
    .items;
    let bob = bobs
        .iter()
        .find(|b| b.id == id_num1)
        .unwrap_or_else(|| panic!("bob {id_num1} not listed: {bobs:?}"));
    assert_eq!(bob.name, "IncludeOS builder");
    assert!(!bob.prepared, "{bob:?}");
    // 4: prepare it (pulls from the registry, progress as NDJSON).
    let r = server
        .request(
            Method::POST,
            &format!("/v1/bobproviders/DockerHub/prepare/bobs/{id_num1}"),
        )
        .send()
        .await
        .expect("prepare");
    assert_eq!(r.status(), 200);
    let progress = r.text().await.expect("progress");
    let last: serde_json::Value =
        serde_json::from_str(progress.lines().last().unwrap_or("{}")).expect("an NDJSON last line");
    assert_eq!(last["builder"]["id"], json!(id_num1), "{progress}");
    // 5: the builders list has it, as a classic builder.
    let builders: Vec<Builder> =
        get_json::<mothership::protocol::list::Page<Builder>>(&server, "/v1/builders")
            .await
            .items;
    let builder = builders
        .iter()
        .find(|b| b.id == id_num1)
        .unwrap_or_else(|| panic!("builder {id_num1} not listed: {builders:?}"));
    assert_eq!(builder.version, "v0.14.1");

    // Example 2: build Starbase with it...
    let queued = submit(
        &server,
        &id_num1,
        json!({"nacl_content": "Iface eth0 {\n  index: 0,\n  address: 10.0.0.50,\n  netmask: 255.255.255.0\n}\n"}),
    )
    .await;
    let build = wait_build(&server, &queued.id).await;
    let log = build_log(&server, &build.id).await;
    assert_eq!(build.status, BuildStatus::Succeeded, "{build:?}\n{log}");
    assert!(
        log.contains("[100%] Linking CXX executable starbase"),
        "{log}"
    );
    let image = build.image_id.expect("image id");
    let r = server
        .get(&format!("/v1/images/{image}"))
        .send()
        .await
        .expect("image");
    assert_eq!(r.status(), 200, "the built image is stored");
    // ...and validate a NaCl with it.
    let path = format!("/v1/nacls/validate/builders/{id_num1}");
    let ok: ValidateResult = validate(
        &server,
        &path,
        "Iface eth0 {\n  index: 0,\n  config: dhcp\n}\n",
    )
    .await;
    assert!(ok.valid, "{ok:?}");
    let bad: ValidateResult = validate(&server, &path, "Iface eth0 {\n  ERROR here\n").await;
    assert!(!bad.valid && !bad.errors.is_empty(), "{bad:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn examples_1_and_2_through_the_cli() {
    let Some(env) = docker_env() else { return };
    let (server, made) = fresh_provider(env, &["v0.13.0"]).await;
    let id_num1 = made[0].1.clone();
    let home = tempfile::tempdir().expect("tempdir");
    let dir = tempfile::tempdir().expect("tempdir");
    let good = dir.path().join("good.nacl");
    let bad = dir.path().join("bad.nacl");
    std::fs::write(
        &good,
        "Iface eth0 {\n  index: 0,\n  address: 10.0.0.51,\n  netmask: 255.255.255.0\n}\n",
    )
    .expect("write");
    std::fs::write(&bad, "Iface eth0 {\n  ERROR here\n").expect("write");
    let good = good.to_string_lossy().into_owned();
    let bad = bad.to_string_lossy().into_owned();
    let run = |args: Vec<String>| {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let mut cmd = logged_in(&server, home.path(), &args);
        cmd.timeout(std::time::Duration::from_secs(120));
        async move {
            tokio::task::spawn_blocking(move || cmd.output().expect("run mothership"))
                .await
                .expect("join")
        }
    };
    let ok = |out: &std::process::Output, what: &str| {
        assert!(
            out.status.success(),
            "{what}: {}\n{}",
            stdout_of(out),
            stderr_of(out)
        );
        stdout_of(out)
    };
    let s = |v: &[&str]| v.iter().map(|a| (*a).to_owned()).collect::<Vec<String>>();

    // Example 1.
    let out = run(s(&["bobproviders", "list"])).await;
    assert!(ok(&out, "bobproviders list").contains("DockerHub"));
    let out = run(s(&["bobproviders", "update", "DockerHub"])).await;
    ok(&out, "bobproviders update");
    let out = run(s(&["bobs", "list", "DockerHub"])).await;
    assert!(
        ok(&out, "bobs list").contains(&id_num1),
        "{}",
        stdout_of(&out)
    );
    let out = run(s(&["bobs", "prepare", "DockerHub", &id_num1])).await;
    ok(&out, "bobs prepare");
    let out = run(s(&["builders", "list", "-o", "json"])).await;
    let builders: Vec<Builder> =
        serde_json::from_str(&ok(&out, "builders list")).expect("builders json");
    assert!(builders.iter().any(|b| b.id == id_num1), "{builders:?}");

    // Example 2.
    let out = run(s(&[
        "build",
        "Starbase",
        "--builder",
        &id_num1,
        "--nacl-file",
        &good,
    ]))
    .await;
    let stdout = ok(&out, "build");
    let image = stdout.lines().last().unwrap_or_default().trim().to_owned();
    let r = server
        .get(&format!("/v1/images/{image}"))
        .send()
        .await
        .expect("image");
    assert_eq!(r.status(), 200, "build printed {image:?} last:\n{stdout}");
    let out = run(s(&["validate", &good, "--builder", &id_num1])).await;
    ok(&out, "validate good");
    let out = run(s(&["validate", &bad, "--builder", &id_num1])).await;
    assert_eq!(out.status.code(), Some(1), "{}", stderr_of(&out));
    let report = format!("{}{}", stdout_of(&out), stderr_of(&out));
    assert!(report.contains(&format!("{bad}:2:3:")), "{report}");
}
