//! Services users store (`/v1/services`): pushing a tar, listing it next to the bundled
//! Starbase, building it with a classic stand-in builder (the image comes from its sources),
//! refusing entries that leave the service directory, pulling and deleting.

use mothership::protocol::ErrorBody;
use mothership::protocol::builders::{Build, BuildStatus, Service, StoredService};
use reqwest::Method;
use serde_json::json;

use crate::builds::{build_log, memdisk_file, wait_build};
use crate::builds_classic::image_text;
use crate::helper::TestServer;
use crate::helper::docker::docker_env;

pub const HELLO_CMAKE: &str = "cmake_minimum_required(VERSION 2.8.9)
include($ENV{INCLUDEOS_PREFIX}/includeos/pre.service.cmake)
project (hello)
set(SERVICE_NAME \"Hello from my own sources\")
set(BINARY \"hello\")
set(SOURCES service.cpp)
include($ENV{INCLUDEOS_PREFIX}/includeos/post.service.cmake)
diskbuilder(disk)
";

/// A tar of `entries` (path, content); the path is written raw, so `../evil` and `/abs` go in
/// as they are.
pub fn tar_of(entries: &[(&str, &str)]) -> Vec<u8> {
    let mut b = tar::Builder::new(Vec::new());
    for (path, data) in entries {
        let mut h = tar::Header::new_gnu();
        h.set_size(data.len() as u64);
        h.set_mode(0o644);
        h.as_gnu_mut().expect("gnu").name[..path.len()].copy_from_slice(path.as_bytes());
        h.set_cksum();
        b.append(&h, data.as_bytes()).expect("append");
    }
    b.into_inner().expect("tar")
}

pub fn hello_tar() -> Vec<u8> {
    tar_of(&[
        ("./CMakeLists.txt", HELLO_CMAKE),
        ("./service.cpp", "int main() { return 0; }\n"),
        ("./disk/marker.txt", "made from the hello sources 7d1e\n"),
    ])
}

async fn push(server: &TestServer, query: &str, body: Vec<u8>) -> reqwest::Response {
    server
        .request(Method::POST, &format!("/v1/services{query}"))
        .body(body)
        .send()
        .await
        .expect("push")
}

async fn stored(server: &TestServer) -> Vec<String> {
    let r = server.get("/v1/services").send().await.expect("list");
    assert_eq!(r.status(), 200);
    let list: Vec<Service> = r
        .json::<mothership::protocol::list::Page<Service>>()
        .await
        .expect("json")
        .items;
    list.into_iter()
        .filter(|s| s.source == "stored")
        .map(|s| s.name)
        .collect()
}

/// Builds the stored service `my-hello` with `builder` from `body` and waits for the end;
/// returns the record and its log.
async fn build_my_hello(
    server: &TestServer,
    builder: &str,
    body: serde_json::Value,
) -> (Build, String) {
    let r = server
        .request(
            Method::POST,
            &format!("/v1/images/build/services/my-hello/builders/{builder}"),
        )
        .json(&body)
        .send()
        .await
        .expect("build");
    assert_eq!(r.status(), 202, "{:?}", r.text().await);
    let queued: Build = r.json().await.expect("json");
    let build = wait_build(server, &queued.id).await;
    let log = build_log(server, &build.id).await;
    (build, log)
}

#[tokio::test]
async fn escaping_entries_are_refused_by_name_and_nothing_is_stored() {
    let server = TestServer::start().await;
    for (bad, entries) in [
        (
            "../evil",
            vec![("CMakeLists.txt", HELLO_CMAKE), ("../evil", "x")],
        ),
        (
            "/etc/evil",
            vec![("CMakeLists.txt", HELLO_CMAKE), ("/etc/evil", "x")],
        ),
    ] {
        let r = push(&server, "?name=bad", tar_of(&entries)).await;
        assert_eq!(r.status(), 400, "{bad}");
        let body: ErrorBody = r.json().await.expect("error body");
        assert!(body.error.message.contains(bad), "{:?}", body.error.message);
    }
    let r = push(&server, "", tar_of(&[("main.cpp", "x")])).await;
    assert_eq!(r.status(), 400);
    let body: ErrorBody = r.json().await.expect("error body");
    assert!(body.error.message.contains("CMakeLists.txt"), "{body:?}");
    // Without an engine, the list answers 503; the archive path asks the store alone.
    let r = server
        .get("/v1/services/bad/archive")
        .send()
        .await
        .expect("pull");
    assert_eq!(r.status(), 404);
    let dir = server.config.runtime_dir.join("services");
    let files = std::fs::read_dir(&dir).map(|d| d.count()).unwrap_or(0);
    assert_eq!(
        files, 0,
        "something of a refused archive was kept in {dir:?}"
    );
}

#[tokio::test]
async fn a_service_is_stored_by_content_pulled_and_deleted() {
    let server = TestServer::start().await;
    let r = push(&server, "", hello_tar()).await;
    assert_eq!(r.status(), 201, "{:?}", r.text().await);
    let hello: StoredService = r.json().await.expect("json");
    assert_eq!(
        (hello.name.as_str(), hello.binary.as_str()),
        ("hello", "hello")
    );
    assert_eq!(hello.files, 3);
    // The same sources under another name (and gzip-compressed) get the same id.
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    std::io::Write::write_all(&mut gz, &hello_tar()).expect("gzip");
    let r = server
        .request(Method::PUT, "/v1/services/hello-two")
        .body(gz.finish().expect("gzip"))
        .send()
        .await
        .expect("put");
    assert_eq!(r.status(), 201, "{:?}", r.text().await);
    let two: StoredService = r.json().await.expect("json");
    assert_eq!(two.id, hello.id);
    assert_eq!(stored(&server).await, vec!["hello", "hello-two"]);

    let r = server.get("/v1/services/hello").send().await.expect("get");
    let inspected: Service = r.json().await.expect("json");
    assert_eq!(inspected.stored.as_ref().map(|s| &s.id), Some(&hello.id));
    let tar = server
        .get("/v1/services/hello")
        .header("accept", "application/octet-stream")
        .send()
        .await
        .expect("pull")
        .bytes()
        .await
        .expect("bytes");
    let mut names: Vec<String> = tar::Archive::new(tar.as_ref())
        .entries()
        .expect("entries")
        .map(|e| {
            e.expect("entry")
                .path()
                .expect("path")
                .display()
                .to_string()
        })
        .collect();
    names.sort();
    assert_eq!(
        names,
        vec!["CMakeLists.txt", "disk/", "disk/marker.txt", "service.cpp"]
    );

    let r = server
        .request(Method::DELETE, "/v1/services/hello")
        .send()
        .await
        .expect("delete");
    assert_eq!(r.status(), 200);
    assert_eq!(stored(&server).await, vec!["hello-two"]);
    let r = server
        .get("/v1/services/hello/archive")
        .send()
        .await
        .expect("pull");
    assert_eq!(r.status(), 404);
}

#[tokio::test]
async fn a_stored_service_builds_from_its_own_sources_with_a_classic_builder() {
    let Some(env) = docker_env() else { return };
    let server = TestServer::start_with(|c| env.configure(c)).await;
    let r = push(&server, "?name=my-hello", hello_tar()).await;
    assert_eq!(r.status(), 201, "{:?}", r.text().await);

    let list: Vec<Service> = server
        .get("/v1/services")
        .send()
        .await
        .expect("list")
        .json::<mothership::protocol::list::Page<Service>>()
        .await
        .expect("json")
        .items;
    let mine = list
        .iter()
        .find(|s| s.name == "my-hello")
        .expect("my-hello listed");
    assert_eq!(mine.source, "stored");
    assert!(
        mine.builders.iter().any(|b| b == env.classic("v0.14.1")),
        "{mine:?}"
    );
    let starbase = list
        .iter()
        .find(|s| s.name == "Starbase")
        .expect("Starbase listed");
    assert_eq!(starbase.source, "bundled");

    let builder = env.classic("v0.14.1");
    let (build, log) = build_my_hello(
        &server,
        builder,
        json!({"nacl_content": "Iface eth0 {\n  index: 0,\n  address: 10.0.0.7,\n  netmask: 255.255.255.0\n}\n"}),
    )
    .await;
    assert_eq!(build.status, BuildStatus::Succeeded, "{build:?}\n{log}");
    assert_eq!(build.service, "my-hello");
    assert!(log.contains("[100%] Linking CXX executable hello"), "{log}");
    let text = image_text(&server, build.image_id.as_deref().expect("image id"));
    assert!(
        text.contains("binary=hello\nservice=Hello from my own sources"),
        "{text}"
    );
    assert_eq!(
        memdisk_file(&text, "/marker.txt").as_deref(),
        Some("made from the hello sources 7d1e\n")
    );
    assert!(text.contains("// nacl:   address: 10.0.0.7"), "{text}");
    assert!(
        memdisk_file(&text, "/certs/mothership.pem").is_some(),
        "{text}"
    );
    assert!(
        !text.contains("kappa123"),
        "Starbase's sources went in: {text}"
    );
}

#[tokio::test]
async fn archives_over_the_limit_are_refused_with_413_packed_or_unpacked() {
    let server = TestServer::start().await;
    let over = mothership::builders::sources::MAX_SERVICE + 1;
    let r = push(&server, "?name=big", vec![0u8; over]).await;
    assert_eq!(r.status(), 413, "{:?}", r.text().await);
    // A small gzip that unpacks past the limit (a "zip bomb") is refused the same way.
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    std::io::Write::write_all(&mut gz, &vec![0u8; over]).expect("gzip");
    let bomb = gz.finish().expect("gzip");
    assert!(bomb.len() < 1 << 20, "{} bytes", bomb.len());
    let r = push(&server, "?name=bomb", bomb).await;
    assert_eq!(r.status(), 413);
    let body: ErrorBody = r.json().await.expect("error body");
    assert!(body.error.message.contains("unpacked"), "{body:?}");
    let dir = server.config.runtime_dir.join("services");
    let files = std::fs::read_dir(&dir).map(|d| d.count()).unwrap_or(0);
    assert_eq!(files, 0, "a refused archive left files in {dir:?}");
}

/// The sources of `hello` with another marker file, as a user's next version.
fn hello_tar_v2() -> Vec<u8> {
    tar_of(&[
        ("./CMakeLists.txt", HELLO_CMAKE),
        ("./service.cpp", "int main() { return 1; }\n"),
        ("./disk/marker.txt", "second version of hello 51c0\n"),
    ])
}

#[tokio::test]
async fn an_upgrade_rebuilds_the_stored_service_the_instance_runs_from_its_current_sources() {
    let Some(env) = docker_env() else { return };
    let builder = env.classic("v0.14.1");
    let server = TestServer::start_with(|c| env.configure(c)).await;
    // An instance of the builder's version; the default uplink is set to the url it reports,
    // so the images built for it fit it.
    let mut spec = crate::deploy::spec(crate::helper::instance::OnUpdate::Apply);
    spec.version = "v0.14.1".into();
    spec.service = "Hello from my own sources".into();
    let first = crate::deploy::docked(&server, spec.clone()).await;
    crate::upgrade::default_uplink_as_reported_by(&server, &spec.uuid).await;
    let nacl = crate::upgrade::stored_nacl(
        &server,
        "hello-net",
        "Iface eth0 {\n  index: 0,\n  address: 10.0.0.9,\n  netmask: 255.255.255.0\n}\n",
    )
    .await;

    // Version 1 of the user's service, built and running on the instance.
    let r = push(&server, "?name=my-hello", hello_tar()).await;
    assert_eq!(r.status(), 201, "{:?}", r.text().await);
    let (v1, _) = build_my_hello(&server, builder, json!({"nacl_id": nacl.id})).await;
    assert_eq!(v1.status, BuildStatus::Succeeded, "{v1:?}");
    let v1_image = v1.image_id.clone().expect("image id");
    drop(first);
    spec.binary = Some(v1_image.clone());
    let _running = instance_running(&server, spec.clone(), &v1_image).await;

    // The user pushes version 2 under the same name; the upgrade builds that.
    let r = push(&server, "?name=my-hello", hello_tar_v2()).await;
    assert_eq!(r.status(), 201, "{:?}", r.text().await);
    let r = server
        .request(
            Method::POST,
            &format!("/v1/instances/{}/upgrade?wait=true", spec.uuid),
        )
        .json(&json!({"builder_id": builder}))
        .send()
        .await
        .expect("upgrade");
    assert_eq!(r.status(), 200, "{:?}", r.text().await);
    let up: mothership::protocol::upgrade::Upgrade = r.json().await.expect("upgrade record");
    assert_eq!(
        up.state,
        mothership::protocol::upgrade::UpgradeState::Verified,
        "{up:?}"
    );
    assert_eq!(up.build.service, "my-hello", "{up:?}");
    let image = up.build.image_id.clone().expect("image id");
    assert_ne!(image, v1_image);
    let text = image_text(&server, &image);
    assert_eq!(
        memdisk_file(&text, "/marker.txt").as_deref(),
        Some("second version of hello 51c0\n"),
        "{text}"
    );
    assert!(text.contains("// nacl:   address: 10.0.0.9"), "{text}");
}

#[tokio::test]
async fn a_stored_service_builds_with_a_builder_of_our_own_contract() {
    let Some(env) = docker_env() else { return };
    let server = TestServer::start_with(|c| env.configure(c)).await;
    let (_, builder) = env.builders.last().expect("a test builder").clone();
    let r = push(&server, "?name=my-hello", hello_tar()).await;
    assert_eq!(r.status(), 201, "{:?}", r.text().await);
    let (build, log) = build_my_hello(
        &server,
        &builder,
        json!({"nacl_content": "Iface eth0 {\n  index: 0,\n  address: 10.0.0.8,\n  netmask: 255.255.255.0\n}\n"}),
    )
    .await;
    assert_eq!(build.status, BuildStatus::Succeeded, "{build:?}\n{log}");
    assert!(
        log.contains("copied the stored service \"my-hello\""),
        "{log}"
    );
    let text = image_text(&server, build.image_id.as_deref().expect("image id"));
    // The builder built the stored sources (their CMakeLists.txt and memdisk), with
    // Mothership's NaCl over them.
    assert!(text.contains("set(BINARY \"hello\")"), "{text}");
    assert_eq!(
        memdisk_file(&text, "/marker.txt").as_deref(),
        Some("made from the hello sources 7d1e\n")
    );
    assert!(text.contains("address: 10.0.0.8"), "{text}");
}

/// Docks an instance of `spec` and waits until its record shows it running `binary`.
async fn instance_running(
    server: &TestServer,
    spec: crate::helper::instance::InstanceSpec,
    binary: &str,
) -> crate::helper::instance::InstanceHandle {
    let uuid = spec.uuid.clone();
    let handle = crate::deploy::docked(server, spec).await;
    crate::hangar::wait_until(
        std::time::Duration::from_secs(10),
        "the instance's record shows the image it runs",
        || async {
            crate::hangar::get_instance(server, &uuid)
                .await
                .filter(|i| i.binary.as_deref() == Some(binary))
        },
    )
    .await;
    handle
}
