//! The uplink port's TLS as real instances speak it: TLS 1.2 with `AES256-SHA` only, no SNI,
//! verifying the server against the certificate on their memdisk. Modern clients dock too;
//! `--uplinktls modern` and the API port refuse the legacy suite; a non-RSA uplink certificate
//! stops start-up while the legacy suite is on.

use std::time::Duration;

use mothership::protocol::Info;
use mothership::protocol::uplinks::Uplink;
use mothership::server::UplinkTlsMode;
use openssl::ec::{EcGroup, EcKey};
use openssl::hash::MessageDigest;
use openssl::nid::Nid;
use openssl::pkey::PKey;
use openssl::x509::{X509, X509NameBuilder};

use crate::helper::instance::{self, InstanceSpec};
use crate::helper::process::{ServeDirs, serve_fails};
use crate::helper::wire::{self, ClientTls, Target};
use crate::helper::{TestServer, UPLINK_TOKEN};

const HANDSHAKE_LIMIT: Duration = Duration::from_secs(10);

async fn handshake(target: &Target) -> std::io::Result<wire::Stream> {
    tokio::time::timeout(HANDSHAKE_LIMIT, wire::connect(target))
        .await
        .unwrap_or_else(|_| Err(std::io::Error::other("handshake timed out")))
}

#[tokio::test]
async fn an_instance_offering_only_aes256_sha_docks_by_default() {
    let server = TestServer::start().await;
    assert_eq!(server.config.uplink_tls_mode, UplinkTlsMode::Compatible);
    let target = server.uplink_target();
    let stream = handshake(&target).await.expect("legacy handshake");
    assert_eq!(
        stream.negotiated(),
        Some(("TLSv1.2".to_owned(), "AES256-SHA".to_owned()))
    );
    drop(stream);

    let mut inst = instance::spawn(target, InstanceSpec::new(UPLINK_TOKEN));
    inst.wait_docked().await;
    inst.log("hello over the legacy suite\n");
    let uuid = inst.spec.uuid.clone();
    crate::hangar::wait_until(Duration::from_secs(10), "the log to arrive", || async {
        let r = server
            .get(&format!("/v1/instances/{uuid}/logs"))
            .send()
            .await
            .expect("logs");
        let text = r.text().await.unwrap_or_default();
        text.contains("hello over the legacy suite").then_some(())
    })
    .await;
}

#[tokio::test]
async fn a_modern_client_still_docks() {
    let server = TestServer::start().await;
    let target = server.uplink_target_modern();
    let mut inst = instance::spawn(target, InstanceSpec::new(UPLINK_TOKEN));
    inst.wait_docked().await;
}

#[tokio::test]
async fn uplinktls_modern_refuses_the_legacy_suite_and_takes_modern_clients() {
    let server = TestServer::start_with(|c| c.uplink_tls_mode = UplinkTlsMode::Modern).await;
    let refused = handshake(&server.uplink_target()).await;
    assert!(
        refused.is_err(),
        "the legacy suite was accepted in modern mode"
    );
    let mut inst = instance::spawn(
        server.uplink_target_modern(),
        InstanceSpec::new(UPLINK_TOKEN),
    );
    inst.wait_docked().await;
    let info: Info = server
        .get("/v1/info")
        .send()
        .await
        .expect("info")
        .json()
        .await
        .expect("info body");
    assert_eq!(info.uplink.expect("uplink").tls, "modern");
}

#[tokio::test]
async fn the_api_port_refuses_the_legacy_suite() {
    let server = TestServer::start().await;
    let pem = std::fs::read(server.cert_path()).expect("cert");
    let api = Target {
        addr: server.api_addr,
        tls: Some(ClientTls::instance(&pem)),
        bind: None,
    };
    assert!(
        handshake(&api).await.is_err(),
        "the API port accepted TLS_RSA_WITH_AES_256_CBC_SHA"
    );
    // The API port itself works with modern TLS.
    let r = server.get("/v1/info").send().await.expect("info");
    assert_eq!(r.status(), 200);
}

#[tokio::test]
async fn info_and_https_uplinks_show_the_fingerprint_the_uplink_presents() {
    let server = TestServer::start().await;
    let expected = mothership::server::tls::file_fingerprint(&server.config.uplink_certfile)
        .expect("fingerprint");
    let info: Info = server
        .get("/v1/info")
        .send()
        .await
        .expect("info")
        .json()
        .await
        .expect("info body");
    let uplink = info.uplink.expect("uplink in info");
    assert_eq!(uplink.tls, "compatible");
    assert_eq!(uplink.port, server.uplink_addr.port());
    assert_eq!(
        uplink.certificate_fingerprint.as_deref(),
        Some(expected.as_str())
    );

    let default: Uplink = server
        .get("/v1/uplinks/default")
        .send()
        .await
        .expect("uplink")
        .json()
        .await
        .expect("uplink body");
    assert!(default.url.starts_with("https://"), "{}", default.url);
    assert_eq!(
        default.presented_certificate.as_deref(),
        Some(expected.as_str())
    );
}

/// A self-signed ECDSA P-256 pair in `dir`: (cert, key).
fn ecdsa_pair(dir: &std::path::Path) -> (std::path::PathBuf, std::path::PathBuf) {
    let group = EcGroup::from_curve_name(Nid::X9_62_PRIME256V1).expect("group");
    let pkey = PKey::from_ec_key(EcKey::generate(&group).expect("ec key")).expect("pkey");
    let mut name = X509NameBuilder::new().expect("name");
    name.append_entry_by_text("CN", "ecdsa-uplink").expect("cn");
    let name = name.build();
    let mut b = X509::builder().expect("builder");
    b.set_version(2).expect("version");
    b.set_subject_name(&name).expect("subject");
    b.set_issuer_name(&name).expect("issuer");
    b.set_pubkey(&pkey).expect("pubkey");
    b.set_not_before(
        openssl::asn1::Asn1Time::days_from_now(0)
            .expect("t")
            .as_ref(),
    )
    .expect("not before");
    b.set_not_after(
        openssl::asn1::Asn1Time::days_from_now(30)
            .expect("t")
            .as_ref(),
    )
    .expect("not after");
    b.sign(&pkey, MessageDigest::sha256()).expect("sign");
    let cert = dir.join("uplink-ec.pem");
    let key = dir.join("uplink-ec.key");
    std::fs::write(&cert, b.build().to_pem().expect("pem")).expect("write cert");
    std::fs::write(&key, pkey.private_key_to_pem_pkcs8().expect("pem")).expect("write key");
    (cert, key)
}

#[test]
fn a_non_rsa_uplink_certificate_stops_startup_while_the_legacy_suite_is_on() {
    let dirs = ServeDirs::new();
    let (cert, key) = ecdsa_pair(dirs.tmp.path());
    let mut cmd = dirs.command();
    cmd.arg("--uplinkcertfile").arg(&cert);
    cmd.arg("--uplinkkeyfile").arg(&key);
    let (code, output) = serve_fails(cmd);
    assert_eq!(code, Some(1), "{output}");
    assert!(output.contains(&cert.display().to_string()), "{output}");
    assert!(output.contains("RSA"), "{output}");
    assert!(output.contains("--uplinktls modern"), "{output}");
}

#[tokio::test]
async fn uplinktls_modern_takes_an_ecdsa_uplink_certificate() {
    let scratch = tempfile::tempdir().expect("tempdir");
    let (cert, key) = ecdsa_pair(scratch.path());
    let server = TestServer::start_with(|c| {
        c.uplink_tls_mode = UplinkTlsMode::Modern;
        c.uplink_certfile = cert.clone();
        c.uplink_keyfile = key.clone();
    })
    .await;
    let mut inst = instance::spawn(
        server.uplink_target_modern(),
        InstanceSpec::new(UPLINK_TOKEN),
    );
    inst.wait_docked().await;
    // The API keeps its own (generated RSA) certificate.
    assert_ne!(
        mothership::server::tls::file_fingerprint(&server.config.certfile).expect("api fp"),
        mothership::server::tls::file_fingerprint(&cert).expect("uplink fp")
    );
}
