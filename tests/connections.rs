//! Connection handling of the API listener: clients that connect and say nothing neither block
//! others nor stay for ever, idle HTTP/2 connections are closed like HTTP/1 ones, one address
//! cannot take every connection, and none of them holds shutdown up.

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
    tls_connect_from(server, alpn, None).await
}

/// A TCP connection to the API port from `local` (one of 127.0.0.0/8).
async fn tcp_from(server: &TestServer, local: std::net::IpAddr) -> TcpStream {
    let socket = tokio::net::TcpSocket::new_v4().expect("socket");
    socket
        .bind(std::net::SocketAddr::new(local, 0))
        .expect("bind");
    socket.connect(server.api_addr).await.expect("connect")
}

/// [`tls_connect`] from a chosen local address.
async fn tls_connect_from(
    server: &TestServer,
    alpn: &[u8],
    local: Option<std::net::IpAddr>,
) -> tokio_rustls::client::TlsStream<TcpStream> {
    let pem = std::fs::read(server.cert_path()).expect("cert");
    let certs = mothership::tlsutil::certs_from_pem(&pem).expect("parse");
    let mut config =
        mothership::client::tls::client_config(mothership::client::tls::Trust::Certs(certs))
            .expect("tls config");
    config.alpn_protocols = vec![alpn.to_vec()];
    let connector = tokio_rustls::TlsConnector::from(Arc::new(config));
    let tcp = match local {
        Some(ip) => tcp_from(server, ip).await,
        None => TcpStream::connect(server.api_addr).await.expect("connect"),
    };
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

/// Regression: an HTTP/2 connection that had sent one request stayed open for ever (HTTP/2 has
/// no header timeout), so 10,000 of them — the connection limit — locked every operator out.
/// Without an open stream for the idle timeout (the header timeout, as for HTTP/1 keep-alive)
/// it is closed.
#[tokio::test]
async fn an_idle_http2_connection_is_closed_after_the_idle_timeout() {
    let server = TestServer::start_with(|c| c.header_timeout = Duration::from_millis(500)).await;
    let tls = tls_connect(&server, b"h2").await;
    let (mut sender, conn) = hyper::client::conn::http2::handshake(
        hyper_util::rt::TokioExecutor::new(),
        hyper_util::rt::TokioIo::new(tls),
    )
    .await
    .expect("h2 handshake");
    let conn = tokio::spawn(conn);
    let request = http::Request::get(format!("{}/v1/health", server.url))
        .body(http_body_util::Empty::<bytes::Bytes>::new())
        .expect("request");
    let response = sender.send_request(request).await.expect("response");
    assert_eq!(response.status(), 200);
    drop(response);
    let idle_from = Instant::now();
    tokio::time::timeout(Duration::from_secs(10), conn)
        .await
        .expect("the server kept an idle HTTP/2 connection open for 10 s")
        .expect("connection task")
        .ok();
    assert!(
        idle_from.elapsed() >= Duration::from_millis(400),
        "closed after {:?}, before the idle timeout",
        idle_from.elapsed()
    );
}

/// Regression: one address could open all 10,000 connections the API port serves. Past its
/// cap, a new connection from that address is closed at once; other addresses still connect.
#[tokio::test]
async fn one_address_cannot_take_every_connection() {
    let server = TestServer::start_with(|c| c.max_connections_per_address = 3).await;
    let hog = std::net::IpAddr::from([127, 0, 0, 2]);
    let mut held = Vec::new();
    for _ in 0..3 {
        held.push(tls_connect_from(&server, b"http/1.1", Some(hog)).await);
    }
    // The fourth is closed before any TLS: the silent three are held for the 10 s handshake
    // and 30 s header timeouts, so a prompt close is the cap.
    let fourth = tcp_from(&server, hog).await;
    closed_within(fourth, Duration::from_secs(5)).await;
    let other = server.anon_client_from(std::net::IpAddr::from([127, 0, 0, 3]));
    let response = other
        .get(format!("{}/v1/health", server.url))
        .send()
        .await
        .expect("another address connects");
    assert_eq!(response.status(), 200);
    // A connection that closes gives its place back.
    drop(held.pop());
    let again = server.anon_client_from(hog);
    let deadline = Instant::now() + Duration::from_secs(5);
    loop {
        match again.get(format!("{}/v1/health", server.url)).send().await {
            Ok(r) if r.status() == 200 => break,
            other => assert!(
                Instant::now() < deadline,
                "the freed place was not given back: {other:?}"
            ),
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}
