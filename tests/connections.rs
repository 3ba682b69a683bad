//! Connection handling of the API listener: clients that connect and say nothing neither block
//! others nor stay for ever, and do not hold shutdown up.

use std::sync::Arc;
use std::time::{Duration, Instant};

use tokio::io::AsyncReadExt;
use tokio::net::TcpStream;

use crate::helper::TestServer;

/// Waits until the server closes `stream` (EOF or reset), for at most `bound`; returns how long
/// that took.
async fn closed_within<S: tokio::io::AsyncRead + Unpin>(
    mut stream: S,
    bound: Duration,
) -> Duration {
    let started = Instant::now();
    let mut buf = [0u8; 512];
    loop {
        match tokio::time::timeout(bound, stream.read(&mut buf)).await {
            Err(_) => panic!("the server kept a silent connection open for {bound:?}"),
            Ok(Ok(0)) | Ok(Err(_)) => return started.elapsed(),
            // Bytes (an HTTP/2 settings frame, a TLS alert): keep reading until it closes.
            Ok(Ok(_)) => continue,
        }
    }
}

/// A TLS client connection to the server that finished its handshake with `alpn`.
async fn tls_connect(
    server: &TestServer,
    alpn: &[u8],
) -> tokio_rustls::client::TlsStream<TcpStream> {
    let pem = std::fs::read(server.cert_path()).expect("cert");
    let certs = mothership::tlsutil::certs_from_pem(&pem).expect("parse");
    let mut config =
        mothership::client::tls::client_config(mothership::client::tls::Trust::Certs(certs))
            .expect("tls config");
    config.alpn_protocols = vec![alpn.to_vec()];
    let connector = tokio_rustls::TlsConnector::from(Arc::new(config));
    let tcp = TcpStream::connect(server.api_addr).await.expect("connect");
    let name = rustls::pki_types::ServerName::try_from("localhost").expect("name");
    let tls = connector.connect(name, tcp).await.expect("handshake");
    assert_eq!(tls.get_ref().1.alpn_protocol(), Some(alpn));
    tls
}

#[tokio::test]
async fn silent_connections_do_not_block_other_clients() {
    // Default timeouts: the silent ones stay for the whole test.
    let server = TestServer::start().await;
    let mut silent = Vec::new();
    for _ in 0..8 {
        silent.push(TcpStream::connect(server.api_addr).await.expect("connect"));
    }
    let started = Instant::now();
    let response = server.get("/v1/info").send().await.expect("GET");
    assert_eq!(response.status(), 200);
    assert!(
        started.elapsed() < Duration::from_secs(5),
        "a request waited {:?} behind silent connections",
        started.elapsed()
    );
    drop(silent);
}

#[tokio::test]
async fn a_client_that_never_finishes_the_handshake_is_dropped() {
    let server = TestServer::start_with(|c| c.handshake_timeout = Duration::from_millis(300)).await;
    let silent = TcpStream::connect(server.api_addr).await.expect("connect");
    let took = closed_within(silent, Duration::from_secs(10)).await;
    assert!(
        took >= Duration::from_millis(200),
        "closed after {took:?}, before its handshake timeout"
    );
    // Others are still served.
    assert_eq!(
        server.get("/v1/health").send().await.expect("GET").status(),
        200
    );
}

#[tokio::test]
async fn a_client_that_sends_no_request_after_the_handshake_is_dropped() {
    let server = TestServer::start_with(|c| c.header_timeout = Duration::from_millis(300)).await;
    // HTTP/1.1 and HTTP/2 wait for different things; neither may wait for ever.
    for alpn in [&b"http/1.1"[..], b"h2"] {
        let tls = tls_connect(&server, alpn).await;
        closed_within(tls, Duration::from_secs(10)).await;
    }
}

#[tokio::test]
async fn a_silent_plain_http_client_is_dropped() {
    // Without TLS the server first reads to tell HTTP/1 from HTTP/2; that read is bounded too.
    let server = TestServer::start_with(|c| {
        c.server_tls = false;
        c.header_timeout = Duration::from_millis(300);
    })
    .await;
    let silent = TcpStream::connect(server.api_addr).await.expect("connect");
    closed_within(silent, Duration::from_secs(10)).await;
    let response = server.get("/v1/health").send().await.expect("GET");
    assert_eq!(response.status(), 200);
}

#[tokio::test]
async fn shutdown_does_not_wait_for_silent_clients() {
    let server = TestServer::start().await;
    let _silent = TcpStream::connect(server.api_addr).await.expect("connect");
    let _after_handshake = tls_connect(&server, b"http/1.1").await;
    // Make sure the server has accepted both before stopping it.
    assert_eq!(
        server.get("/v1/health").send().await.expect("GET").status(),
        200
    );
    let started = Instant::now();
    server.stop().await;
    assert!(
        started.elapsed() < Duration::from_secs(3),
        "stop took {:?}",
        started.elapsed()
    );
}
