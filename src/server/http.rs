//! Serving HTTP over accepted TCP connections, with or without TLS: one task per connection (the
//! TLS handshake runs there, under a timeout, never in the accept loop), a bound on open
//! connections and on how long a client may stay silent, and graceful shutdown that lets
//! requests in flight finish (for at most the drain timeout).

use std::convert::Infallible;
use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use bytes::Bytes;
use http::{Request, Response};
use hyper::body::Incoming;
use hyper_util::rt::{TokioExecutor, TokioIo, TokioTimer};
use hyper_util::server::conn::auto;
use openssl::ssl::{Ssl, SslAcceptor};
use tokio::io::{AsyncRead, AsyncWrite};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::{Semaphore, watch};
use tokio_openssl::SslStream;
use tokio_rustls::TlsAcceptor;
use tokio_util::sync::CancellationToken;
use tokio_util::task::TaskTracker;

/// The peer address of the connection a request came on; handlers read it from the request
/// extensions (warp: `warp::ext::get::<PeerAddr>()`).
#[derive(Debug, Clone, Copy)]
pub struct PeerAddr(pub SocketAddr);

/// The TLS a listener speaks: rustls on the API port, OpenSSL on the uplink port (the only one
/// that must speak the legacy suite real instances offer; see `server::tls::uplink_acceptor`).
#[derive(Clone)]
pub enum Tls {
    Rustls(TlsAcceptor),
    OpenSsl(Arc<SslAcceptor>),
}

/// How a listener treats its connections.
#[derive(Clone)]
pub struct ListenOptions {
    /// TLS acceptor, or `None` for plain HTTP.
    pub tls: Option<Tls>,
    /// Connections served at once; further ones wait in the kernel's backlog.
    pub max_connections: usize,
    /// Time a client has to finish the TLS handshake.
    pub handshake_timeout: Duration,
    /// Time a client has to send a request's headers, and its first request after connecting.
    pub header_timeout: Duration,
    /// Speak only HTTP/1.1 (the uplink), instead of HTTP/1.1 and HTTP/2.
    pub http1_only: bool,
    /// How long shutdown waits for open connections before dropping them.
    pub drain_timeout: Duration,
}

impl ListenOptions {
    pub fn new(tls: Option<Tls>) -> Self {
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
/// open ones to finish, and closes what is still open after that. `make` builds the
/// per-connection service from the peer address.
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
    // Cancelled when the drain timeout is over: connections still open are dropped.
    let force = CancellationToken::new();
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
        let force = force.clone();
        tracker.spawn(async move {
            let _permit = permit;
            tokio::select! {
                _ = connection(stream, peer, service, &options, shutdown) => {}
                _ = force.cancelled() => {}
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
            "{} connections still open after {:?}; closing them",
            tracker.len(),
            options.drain_timeout
        );
        force.cancel();
        tracker.wait().await;
    }
}

/// One accepted connection: the TLS handshake (under its timeout, given up at shutdown: there
/// is no request to finish yet), then HTTP.
async fn connection<S, B>(
    stream: TcpStream,
    peer: SocketAddr,
    service: S,
    options: &ListenOptions,
    mut shutdown: watch::Receiver<bool>,
) where
    S: hyper::service::Service<Request<Incoming>, Response = Response<B>, Error = Infallible>
        + Send
        + 'static,
    S::Future: Send + 'static,
    B: http_body::Body<Data = Bytes> + Send + 'static,
    B::Error: Into<Box<dyn std::error::Error + Send + Sync>>,
{
    let Some(tls) = &options.tls else {
        return serve_one(stream, service, options, shutdown).await;
    };
    let limit = options.handshake_timeout;
    let outcome = match tls {
        Tls::Rustls(acceptor) => {
            let handshake = tokio::select! {
                h = tokio::time::timeout(limit, acceptor.accept(stream)) => h,
                _ = shutdown.wait_for(|s| *s) => return,
            };
            match handshake {
                Ok(Ok(tls)) => return serve_one(tls, service, options, shutdown).await,
                Ok(Err(e)) => Some(e.to_string()),
                Err(_) => None,
            }
        }
        Tls::OpenSsl(acceptor) => {
            let handshake = tokio::select! {
                h = tokio::time::timeout(limit, openssl_accept(acceptor, stream)) => h,
                _ = shutdown.wait_for(|s| *s) => return,
            };
            match handshake {
                Ok(Ok(tls)) => return serve_one(tls, service, options, shutdown).await,
                Ok(Err(e)) => Some(e),
                Err(_) => None,
            }
        }
    };
    match outcome {
        Some(e) => tracing::debug!(%peer, "TLS handshake failed: {e}"),
        None => tracing::debug!(
            %peer,
            "TLS handshake not finished within {limit:?}; closing"
        ),
    }
}

/// The server side of an OpenSSL handshake on a new connection.
async fn openssl_accept(
    acceptor: &SslAcceptor,
    stream: TcpStream,
) -> Result<SslStream<TcpStream>, String> {
    let ssl = Ssl::new(acceptor.context()).map_err(|e| e.to_string())?;
    let mut tls = SslStream::new(ssl, stream).map_err(|e| e.to_string())?;
    std::pin::Pin::new(&mut tls)
        .accept()
        .await
        .map_err(|e| e.to_string())?;
    Ok(tls)
}

/// A service that notes that a request arrived, so a connection that never sends one can be
/// closed.
struct Watched<S> {
    inner: S,
    seen: Arc<AtomicBool>,
}

impl<S> hyper::service::Service<Request<Incoming>> for Watched<S>
where
    S: hyper::service::Service<Request<Incoming>>,
{
    type Response = S::Response;
    type Error = S::Error;
    type Future = S::Future;

    fn call(&self, req: Request<Incoming>) -> Self::Future {
        self.seen.store(true, Ordering::Relaxed);
        self.inner.call(req)
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
    let seen = Arc::new(AtomicBool::new(false));
    let service = Watched {
        inner: service,
        seen: seen.clone(),
    };
    let conn = builder.serve_connection_with_upgrades(TokioIo::new(io), service);
    tokio::pin!(conn);
    // HTTP/1's header timeout starts only once the protocol is known; before that (while
    // telling HTTP/1 from HTTP/2, or waiting for an HTTP/2 preface) a silent client would hold
    // the connection for ever. Give it the header timeout to send its first request.
    let first_request = tokio::time::sleep(options.header_timeout);
    tokio::pin!(first_request);
    let mut watching = true;
    loop {
        tokio::select! {
            res = conn.as_mut() => {
                if let Err(e) = res {
                    tracing::debug!("connection ended with an error: {e}");
                }
                return;
            }
            _ = shutdown.wait_for(|s| *s) => break,
            _ = &mut first_request, if watching => {
                if !seen.load(Ordering::Relaxed) {
                    tracing::debug!(
                        "no request within {:?} of connecting; closing",
                        options.header_timeout
                    );
                    return;
                }
                watching = false;
            }
        }
    }
    conn.as_mut().graceful_shutdown();
    let _ = conn.await;
}
