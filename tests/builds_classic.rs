//! Classic builders (stand-ins of the published IncludeOS images, `scripts/make-classic-builders.sh`)
//! against a real engine: recognising them and v0.15+ Conan images, building Starbase with the
//! image's own cmake/make, failing with the tools' own errors, validating with NaCl.py.

use mothership::protocol::ErrorBody;
use mothership::protocol::builders::{
    BuildStatus, Builder, BuilderContract, Service, ValidateResult,
};
use mothership::protocol::images::Image;
use mothership::protocol::uplinks::Uplink;
use reqwest::Method;
use serde_json::json;

use crate::builders::update_and_list_bobs;
use crate::builds::{build_log, config_part, memdisk_file, submit, validate, wait_build};
use crate::helper::TestServer;
use crate::helper::docker::{DockerEnv, docker_env};

async fn server(env: &DockerEnv) -> TestServer {
    TestServer::start_with(|c| env.configure(c)).await
}

async fn builder(server: &TestServer, id: &str) -> Builder {
    let r = server
        .get(&format!("/v1/builders/{id}"))
        .send()
        .await
        .expect("get builder");
    assert_eq!(r.status(), 200, "{:?}", r.text().await);
    r.json().await.expect("builder json")
}

/// The image a build made, as text (the stand-in's "binary" is mostly text).
pub fn image_text(server: &TestServer, image_id: &str) -> String {
    let bytes =
        std::fs::read(server.config.runtime_dir.join("images").join(image_id)).expect("image file");
    assert_eq!(&bytes[..4], b"\x7fELF");
    String::from_utf8_lossy(&bytes).into_owned()
}

#[tokio::test]
async fn both_label_spellings_are_builders_with_unknown_fields_and_a_contract() {
    let Some(env) = docker_env() else { return };
    let server = server(env).await;

    let published = builder(&server, env.classic("v0.14.1")).await;
    assert_eq!(published.name, "IncludeOS builder");
    assert_eq!(published.version, "v0.14.1");
    assert_eq!(published.vcs_ref, None, "a sentence is no commit");
    assert_eq!(published.build_date, None, "no label, no date");
    assert_eq!(published.contract, BuilderContract::Classic);
    assert_eq!(published.services, vec!["Starbase".to_owned()]);

    let recipe = builder(&server, env.classic("v0.13.0")).await;
    assert_eq!(recipe.name, "IncludeOS_builder");
    assert_eq!(recipe.vcs_ref.as_deref().map(str::len), Some(40));
    assert!(recipe.build_date.is_some());
    assert_eq!(recipe.contract, BuilderContract::Classic);

    let conan = builder(&server, env.classic("v0.15.1")).await;
    assert_eq!(conan.contract, BuilderContract::Conan);
    assert!(conan.services.is_empty(), "{conan:?}");

    let ours = builder(&server, env.builder()).await;
    assert_eq!(ours.contract, BuilderContract::Mothership);

    // The registry provider lists both spellings as bobs, with the same unknowns.
    let bobs = update_and_list_bobs(&server).await;
    for (version, id) in &env.classic {
        let bob = bobs
            .iter()
            .find(|b| &b.id == id)
            .unwrap_or_else(|| panic!("bob {version} listed: {bobs:?}"));
        assert_eq!(&bob.version, version);
    }
    let bob = bobs
        .iter()
        .find(|b| b.id == env.classic("v0.14.1"))
        .expect("bob");
    assert_eq!((bob.vcs_ref.clone(), bob.build_date.clone()), (None, None));

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
    assert!(
        starbase
            .builders
            .iter()
            .any(|b| b == env.classic("v0.14.1")),
        "{starbase:?}"
    );
}

#[tokio::test]
async fn a_classic_build_of_starbase_runs_the_images_own_cmake_and_make() {
    let Some(env) = docker_env() else { return };
    let server = server(env).await;
    let nacl = "Iface eth0 {\n  index: 0,\n  address: 10.0.0.42\n}\n";
    let queued = submit(
        &server,
        env.classic("v0.14.1"),
        json!({"nacl_content": nacl, "tag": "classic-1"}),
    )
    .await;
    let log = server
        .get(&format!("/v1/builds/{}/log?follow=1", queued.id))
        .send()
        .await
        .expect("log")
        .text()
        .await
        .expect("log text");
    let build = wait_build(&server, &queued.id).await;
    assert_eq!(build.status, BuildStatus::Succeeded, "{build:?}\n{log}");
    // The image's own default command ran: its version line, cmake, NaCl.py, make.
    for line in [
        "IncludeOS version: v0.14.1",
        "-- Build files have been written to: /service/build",
        "Transpilation complete",
        "[100%] Linking CXX executable starbase",
    ] {
        assert!(log.contains(line), "{line:?} missing from the log:\n{log}");
    }
    let text = image_text(&server, build.image_id.as_deref().expect("image id"));
    assert!(
        text.contains("linked by the stand-in cmake and make of IncludeOS v0.14.1"),
        "{text}"
    );
    assert!(
        text.contains("binary=starbase\nservice=IncludeOS Starbase"),
        "{text}"
    );
    assert!(text.contains("// nacl:   address: 10.0.0.42"), "{text}");
    assert!(
        !text.contains("kappa123"),
        "the sample token went in: {text}"
    );
    assert!(
        !text.contains("10.0.0.1:9090"),
        "the sample url went in: {text}"
    );
    let uplink: Uplink = server
        .get("/v1/uplinks/default")
        .send()
        .await
        .expect("uplink")
        .json()
        .await
        .expect("uplink json");
    let config = config_part(&text);
    assert_eq!(config["uplink"]["url"], uplink.url.as_str());
    let token = crate::uplinks::uplink_token(&server, &uplink.id).await;
    assert_eq!(config["uplink"]["token"], token.as_str());
    assert_eq!(config["uplink"]["tag"], "classic-1");
    assert_eq!(build.version, "v0.14.1");

    // The default uplink is https: the memdisk holds the certificate the uplink presents, in
    // its certs folder, and the image records which one it trusts.
    assert!(uplink.url.starts_with("https://"), "{}", uplink.url);
    assert!(log.contains("Creating memdisk from disk"), "{log}");
    let presented = std::fs::read_to_string(&server.config.certfile).expect("server cert");
    assert_eq!(
        memdisk_file(&text, "/certs/mothership.pem").as_deref(),
        Some(presented.as_str()),
        "{text}"
    );
    let image = image_meta(&server, build.image_id.as_deref().expect("id")).await;
    let trusted = image
        .trusted_certificate
        .expect("trusted certificate recorded");
    assert_eq!(trusted.source, "uplink");
    assert_eq!(trusted.fingerprint, fingerprint_of(&presented));
}

/// The SHA-256 fingerprint of the first certificate of a PEM text, as the server prints them.
fn fingerprint_of(pem: &str) -> String {
    let cert = openssl::x509::X509::from_pem(pem.as_bytes()).expect("a PEM certificate");
    mothership::tlsutil::fingerprint(&cert.to_der().expect("der"))
}

async fn image_meta(server: &TestServer, id: &str) -> Image {
    server
        .get(&format!("/v1/images/{id}"))
        .header("accept", "application/json")
        .send()
        .await
        .expect("image")
        .json()
        .await
        .expect("image json")
}

#[tokio::test]
async fn an_uplink_ca_goes_to_its_certs_folder_for_both_contracts() {
    let Some(env) = docker_env() else { return };
    let server = server(env).await;
    // Any certificate stands in for a CA here; the server's own is at hand.
    let ca = std::fs::read_to_string(&server.config.certfile).expect("a certificate");
    let url = format!("https://{}", server.uplink_addr);
    let r = server
        .request(Method::POST, "/v1/uplinks")
        .json(&json!({"name": "with-ca", "url": url, "ca": "not a certificate"}))
        .send()
        .await
        .expect("create uplink");
    assert_eq!(r.status(), 422);
    let e: ErrorBody = r.json().await.expect("error body");
    assert!(e.error.message.contains("ca"), "{e:?}");
    let r = server
        .request(Method::POST, "/v1/uplinks")
        .json(&json!({"name": "with-ca", "url": url, "ca": ca, "certs": "/tls/"}))
        .send()
        .await
        .expect("create uplink");
    assert_eq!(r.status(), 201, "{:?}", r.text().await);
    let uplink: Uplink = r.json().await.expect("uplink");
    assert_eq!(uplink.options.ca.as_deref(), Some(ca.as_str()));

    for builder in [env.classic("v0.13.0"), env.builder()] {
        let queued = submit(
            &server,
            builder,
            json!({"nacl_content": "Iface eth0 {\n}\n", "uplink_id": "with-ca", "force": true}),
        )
        .await;
        let build = wait_build(&server, &queued.id).await;
        assert_eq!(build.status, BuildStatus::Succeeded, "{build:?}");
        let id = build.image_id.expect("image id");
        let text = image_text(&server, &id);
        assert_eq!(
            memdisk_file(&text, "/tls/mothership.pem").as_deref(),
            Some(ca.as_str()),
            "builder {builder}: {text}"
        );
        // The CA is not part of the configuration the instance boots with.
        assert!(config_part(&text)["uplink"].get("ca").is_none(), "{text}");
        let trusted = image_meta(&server, &id)
            .await
            .trusted_certificate
            .expect("recorded");
        assert_eq!(
            (trusted.source.as_str(), trusted.fingerprint),
            ("ca", fingerprint_of(&ca))
        );
    }
}

#[tokio::test]
async fn a_classic_build_fails_with_the_nacl_and_cmake_errors_in_log_and_record() {
    let Some(env) = docker_env() else { return };
    let server = server(env).await;
    let queued = submit(
        &server,
        env.classic("v0.13.0"),
        json!({"nacl_content": "Iface eth0 {\n  ERROR\n}\n", "force": true}),
    )
    .await;
    let build = wait_build(&server, &queued.id).await;
    assert_eq!(build.status, BuildStatus::Failed, "{build:?}");
    let log = build_log(&server, &build.id).await;
    let nacl_error = "line 2:2 extraneous input 'ERROR'";
    assert!(log.contains(nacl_error), "{log}");
    let error = build.error.clone().unwrap_or_default();
    assert!(
        error.contains(nacl_error) && error.contains("Error 2"),
        "{error}"
    );
    assert!(build.image_id.is_none());
    drop(server);

    let cmake_error = "Could not find toolchain file: broken";
    let server = TestServer::start_with(|c| {
        env.configure(c);
        c.dockeroptions = Some(format!("-e 'STANDIN_CMAKE_ERROR={cmake_error}'"));
    })
    .await;
    let queued = submit(
        &server,
        env.classic("v0.14.1"),
        json!({"nacl_content": "Iface eth0 {\n}\n", "force": true}),
    )
    .await;
    let build = wait_build(&server, &queued.id).await;
    assert_eq!(build.status, BuildStatus::Failed, "{build:?}");
    let log = build_log(&server, &build.id).await;
    assert!(log.contains("CMake Error at CMakeLists.txt:1"), "{log}");
    let error = build.error.unwrap_or_default();
    assert!(
        error.contains(cmake_error) && error.contains("Configuring incomplete"),
        "{error}"
    );
}

#[tokio::test]
async fn a_conan_builder_refuses_starbase_and_names_the_builders_that_can() {
    let Some(env) = docker_env() else { return };
    let server = server(env).await;
    let conan = env.classic("v0.15.1");
    let r = server
        .request(
            Method::POST,
            &format!("/v1/images/build/services/Starbase/builders/{conan}"),
        )
        .json(&json!({"nacl_content": "Iface eth0 {\n}\n", "force": true}))
        .send()
        .await
        .expect("build");
    assert_eq!(r.status(), 400);
    let e: ErrorBody = r.json().await.expect("error body");
    let message = e.error.message;
    assert!(message.contains("Conan"), "{message}");
    assert!(message.contains("bundles no Starbase"), "{message}");
    assert!(
        message.contains(", classic)"),
        "names classic builders: {message}"
    );
    let r = server
        .request(
            Method::POST,
            &format!("/v1/nacls/validate/builders/{conan}"),
        )
        .body("Iface eth0 {\n}\n")
        .send()
        .await
        .expect("validate");
    assert_eq!(r.status(), 400);
}

#[tokio::test]
async fn classic_validate_reports_nacl_py_errors_with_columns_from_one() {
    let Some(env) = docker_env() else { return };
    let server = server(env).await;
    let path = format!("/v1/nacls/validate/builders/{}", env.classic("v0.14.1"));
    let ok: ValidateResult = validate(&server, &path, "Iface eth0 {\n  dhcp\n}\n").await;
    assert!(ok.valid && ok.errors.is_empty(), "{ok:?}");
    let bad: ValidateResult = validate(&server, &path, "Iface eth0 {\n  ERROR here\n").await;
    assert!(!bad.valid);
    // NaCl.py says `line 2:2` and `line 1:11` (columns from 0): reported from 1.
    let positions: Vec<(u32, u32)> = bad.errors.iter().map(|e| (e.line, e.column)).collect();
    assert_eq!(positions, vec![(2, 3), (1, 12)], "{bad:?}");
    assert!(
        bad.errors[0]
            .message
            .starts_with("extraneous input 'ERROR' expecting"),
        "{bad:?}"
    );
    assert_eq!(bad.errors[1].message, "missing '}' at '<EOF>'");
}
