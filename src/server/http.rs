//! Serving HTTP over accepted TCP connections, with or without TLS: one task per connection (the
//! TLS handshake runs there, under a timeout, never in the accept loop), a bound on open
//! connections, and graceful shutdown that lets requests in flight finish.

use std::convert::Infallible;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use bytes::Bytes;
use http::{Request, Response};
use hyper::body::Incoming;
use hyper_util::rt::{TokioExecutor, TokioIo, TokioTimer};
use hyper_util::server::conn::auto;
use tokio::io::{AsyncRead, AsyncWrite};
use tokio::net::TcpListener;
use tokio::sync::{Semaphore, watch};
use tokio_rustls::TlsAcceptor;
use tokio_util::task::TaskTracker;

/// The peer address of the connection a request came on; handlers read it from the request
/// extensions (warp: `warp::ext::get::<PeerAddr>()`).
#[derive(Debug, Clone, Copy)]
pub struct PeerAddr(pub SocketAddr);

/// How a listener treats its connections.
#[derive(Clone)]
pub struct ListenOptions {
    /// TLS acceptor, or `None` for plain HTTP.
    pub tls: Option<TlsAcceptor>,
    /// Connections served at once; further ones wait in the kernel's backlog.
    pub max_connections: usize,
    /// Time a client has to finish the TLS handshake.
    pub handshake_timeout: Duration,
    /// Time a client has to send a request's headers.
    pub header_timeout: Duration,
    /// Speak only HTTP/1.1 (the uplink), instead of HTTP/1.1 and HTTP/2.
    pub http1_only: bool,
    /// How long shutdown waits for open connections before dropping them.
    pub drain_timeout: Duration,
}

impl ListenOptions {
    pub fn new(tls: Option<TlsAcceptor>) -> Self {
        ListenOptions {
            tls,
            max_connections: 10_000,
            handshake_timeout: Duration::from_secs(10),
            header_timeout: Duration::from_secs(30),
            http1_only: false,
            drain_timeout: Duration::from_secs(10),
        }
    }
}

/// A body type every service here answers with.
pub type BoxBody =
    http_body_util::combinators::BoxBody<Bytes, Box<dyn std::error::Error + Send + Sync>>;

/// Accepts connections until `shutdown` turns true, then waits (up to the drain timeout) for the
/// open ones to finish. `make` builds the per-connection service from the peer address.
pub async fn serve<M, S, B>(
    listener: TcpListener,
    options: ListenOptions,
    make: M,
    mut shutdown: watch::Receiver<bool>,
) where
    M: Fn(SocketAddr) -> S + Send + Sync + 'static,
    S: hyper::service::Service<Request<Incoming>, Response = Response<B>, Error = Infallible>
        + Send
        + 'static,
    S::Future: Send + 'static,
    B: http_body::Body<Data = Bytes> + Send + 'static,
    B::Error: Into<Box<dyn std::error::Error + Send + Sync>>,
{
    let limit = Arc::new(Semaphore::new(options.max_connections));
    let tracker = TaskTracker::new();
    let make = Arc::new(make);
    let mut backoff = Duration::from_millis(5);
    loop {
        let permit = tokio::select! {
            p = limit.clone().acquire_owned() => match p { Ok(p) => p, Err(_) => break },
            _ = shutdown.wait_for(|s| *s) => break,
        };
        let accepted = tokio::select! {
            a = listener.accept() => a,
            _ = shutdown.wait_for(|s| *s) => break,
        };
        let (stream, peer) = match accepted {
            Ok(a) => {
                backoff = Duration::from_millis(5);
                a
            }
            Err(e) => {
                // Out of file descriptors and the like: wait a little rather than spin.
                tracing::warn!("accept failed: {e}; retrying in {backoff:?}");
                tokio::time::sleep(backoff).await;
                backoff = (backoff * 2).min(Duration::from_secs(1));
                continue;
            }
        };
        let _ = stream.set_nodelay(true);
        let service = make(peer);
        let options = options.clone();
        let shutdown = shutdown.clone();
        tracker.spawn(async move {
            let _permit = permit;
            match &options.tls {
                Some(acceptor) => {
                    let handshake =
                        tokio::time::timeout(options.handshake_timeout, acceptor.accept(stream))
                            .await;
                    match handshake {
                        Ok(Ok(tls)) => serve_one(tls, service, &options, shutdown).await,
                        Ok(Err(e)) => tracing::debug!(%peer, "TLS handshake failed: {e}"),
                        Err(_) => tracing::debug!(%peer, "TLS handshake timed out"),
                    }
                }
                None => serve_one(stream, service, &options, shutdown).await,
            }
        });
    }
    drop(listener);
    tracker.close();
    if tokio::time::timeout(options.drain_timeout, tracker.wait())
        .await
        .is_err()
    {
        tracing::warn!(
            "connections still open after {:?}; closing them",
            options.drain_timeout
        );
    }
}

async fn serve_one<I, S, B>(
    io: I,
    service: S,
    options: &ListenOptions,
    mut shutdown: watch::Receiver<bool>,
) where
    I: AsyncRead + AsyncWrite + Unpin + Send + 'static,
    S: hyper::service::Service<Request<Incoming>, Response = Response<B>, Error = Infallible>
        + Send
        + 'static,
    S::Future: Send + 'static,
    B: http_body::Body<Data = Bytes> + Send + 'static,
    B::Error: Into<Box<dyn std::error::Error + Send + Sync>>,
{
    let mut builder = auto::Builder::new(TokioExecutor::new());
    builder
        .http1()
        .timer(TokioTimer::new())
        .header_read_timeout(options.header_timeout)
        .max_buf_size(64 * 1024);
    // Bigger DATA frames than the 16 KiB default cut the per-frame work of streaming an image
    // upload several times over; flow-control windows (what a peer may make us buffer) stay.
    builder
        .http2()
        .max_header_list_size(64 * 1024)
        .max_frame_size(256 * 1024);
    if options.http1_only {
        builder = builder.http1_only();
    }
    let conn = builder.serve_connection_with_upgrades(TokioIo::new(io), service);
    tokio::pin!(conn);
    tokio::select! {
        res = conn.as_mut() => {
            if let Err(e) = res {
                tracing::debug!("connection ended with an error: {e}");
            }
            return;
        }
        _ = shutdown.wait_for(|s| *s) => {}
    }
    conn.as_mut().graceful_shutdown();
    let _ = conn.await;
}
