//! Serving HTTP over accepted TCP connections, with or without TLS: one task per connection (the
//! TLS handshake runs there, under a timeout, never in the accept loop), a bound on open
//! connections (in all and per peer address) and on how long a client may stay silent or idle
//! (HTTP/1 and HTTP/2 alike), and graceful shutdown that lets requests in flight finish (for at
//! most the drain timeout).

use std::collections::HashMap;
use std::convert::Infallible;
use std::future::Future;
use std::net::{IpAddr, SocketAddr};
use std::pin::Pin;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll};
use std::time::{Duration, Instant};

use bytes::Bytes;
use http::{Request, Response};
use hyper::body::Incoming;
use hyper_util::rt::{TokioExecutor, TokioIo, TokioTimer};
use hyper_util::server::conn::auto;
use tokio::io::{AsyncRead, AsyncWrite};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::{Semaphore, watch};
use tokio_rustls::TlsAcceptor;
use tokio_util::sync::CancellationToken;
use tokio_util::task::TaskTracker;

/// The peer address of the connection a request came on; handlers read it from the request
/// extensions (warp: `warp::ext::get::<PeerAddr>()`).
#[derive(Debug, Clone, Copy)]
pub struct PeerAddr(pub SocketAddr);

/// The unit per-peer limits count in: the IPv4 address (an IPv4-mapped IPv6 address counts as
/// the IPv4 one), or the /64 prefix of an IPv6 address (one host usually holds a whole /64, so
/// counting single IPv6 addresses would let one client be millions of peers).
pub fn peer_key(ip: IpAddr) -> IpAddr {
    match ip {
        IpAddr::V4(v4) => IpAddr::V4(v4),
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => IpAddr::V4(v4),
            None => {
                let prefix = u128::from(v6) & !((1u128 << 64) - 1);
                IpAddr::V6(prefix.into())
            }
        },
    }
}

/// The TLS a listener speaks: rustls on the API port, OpenSSL on the uplink port (the only one
/// that must speak the legacy suite real instances offer; see `server::tls::uplink_acceptor`).
#[derive(Clone)]
pub enum Tls {
    Rustls(TlsAcceptor),
    OpenSsl(Arc<crate::server::tls_records::UplinkAcceptor>),
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
    /// Time a client has to send a request's headers, its first request after connecting, and
    /// its next request on an idle connection (HTTP/1 keep-alive, HTTP/2 without open streams);
    /// also the interval and timeout of HTTP/2 keep-alive pings.
    pub header_timeout: Duration,
    /// Connections served at once from one peer address (see [`peer_key`]); more are closed as
    /// soon as they are accepted, so one client cannot take all of `max_connections`.
    pub max_connections_per_address: usize,
    /// Speak only HTTP/1.1 (the uplink), instead of HTTP/1.1 and HTTP/2.
    pub http1_only: bool,
    /// How long shutdown waits for open connections before dropping them.
    pub drain_timeout: Duration,
}

/// The default of [`ListenOptions::max_connections_per_address`] on the API port: room for a
/// team of operators behind one NAT address (each CLI run, browser or script holds a few), and
/// a small part of the 10,000 connections the port serves.
pub const DEFAULT_MAX_CONNECTIONS_PER_ADDRESS: usize = 256;

/// Open connections per peer address.
#[derive(Default)]
struct PeerConnections {
    counts: Mutex<HashMap<IpAddr, usize>>,
}

/// One connection counted against its peer address until dropped.
struct PeerSlot {
    peers: Arc<PeerConnections>,
    key: IpAddr,
}

impl PeerConnections {
    /// Counts a connection from `ip`, or `None` when its address already holds `max`.
    fn admit(self: &Arc<Self>, ip: IpAddr, max: usize) -> Option<PeerSlot> {
        let key = peer_key(ip);
        let mut counts = self.counts.lock().unwrap_or_else(|e| e.into_inner());
        let count = counts.entry(key).or_insert(0);
        if *count >= max {
            return None;
        }
        *count += 1;
        Some(PeerSlot {
            peers: self.clone(),
            key,
        })
    }
}

impl Drop for PeerSlot {
    fn drop(&mut self) {
        let mut counts = self.peers.counts.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(count) = counts.get_mut(&self.key) {
            *count -= 1;
            if *count == 0 {
                counts.remove(&self.key);
            }
        }
    }
}

impl ListenOptions {
    pub fn new(tls: Option<Tls>) -> Self {
        ListenOptions {
            tls,
            max_connections: 10_000,
            handshake_timeout: Duration::from_secs(10),
            header_timeout: Duration::from_secs(30),
            max_connections_per_address: DEFAULT_MAX_CONNECTIONS_PER_ADDRESS,
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
    let peers = Arc::new(PeerConnections::default());
    let per_peer = options.max_connections_per_address.max(1);
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
        let Some(peer_slot) = peers.admit(peer.ip(), per_peer) else {
            // Closed unread: whatever it meant to send, this address has enough connections.
            tracing::debug!(%peer, "{per_peer} connections open from this address; closing a new one");
            drop(stream);
            continue;
        };
        let _ = stream.set_nodelay(true);
        let service = make(peer);
        let options = options.clone();
        let shutdown = shutdown.clone();
        let force = force.clone();
        tracker.spawn(async move {
            let _permit = (permit, peer_slot);
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
                h = tokio::time::timeout(limit, crate::server::tls_records::accept(acceptor, stream)) => h,
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

/// What a connection is doing, as far as closing it when idle goes: whether a request ever
/// arrived, how many are open (from the service call until the response body is done or
/// dropped), and since when none is.
struct Activity {
    seen: AtomicBool,
    open: AtomicUsize,
    idle_since: Mutex<Instant>,
}

impl Activity {
    fn new() -> Arc<Self> {
        Arc::new(Activity {
            seen: AtomicBool::new(false),
            open: AtomicUsize::new(0),
            idle_since: Mutex::new(Instant::now()),
        })
    }

    fn start(self: &Arc<Self>) -> OpenRequest {
        self.seen.store(true, Ordering::Relaxed);
        self.open.fetch_add(1, Ordering::AcqRel);
        OpenRequest(self.clone())
    }

    /// When the connection has been idle (no open request) for `limit`: `None` when it has,
    /// else when to look again.
    fn idle_deadline(&self, limit: Duration) -> Option<Instant> {
        if self.open.load(Ordering::Acquire) > 0 {
            return Some(Instant::now() + limit);
        }
        let since = *self.idle_since.lock().unwrap_or_else(|e| e.into_inner());
        let deadline = since + limit;
        (deadline > Instant::now()).then_some(deadline)
    }
}

/// One request in progress on a connection; its end (drop) may leave the connection idle.
struct OpenRequest(Arc<Activity>);

impl Drop for OpenRequest {
    fn drop(&mut self) {
        // The time is set before the count drops: whoever sees 0 open sees a fresh time.
        let mut since = self.0.idle_since.lock().unwrap_or_else(|e| e.into_inner());
        *since = Instant::now();
        self.0.open.fetch_sub(1, Ordering::AcqRel);
    }
}

pin_project_lite::pin_project! {
    /// A response body that keeps its request counted as open until it is done or dropped.
    pub struct Tracked<B> {
        #[pin]
        inner: B,
        open: Option<OpenRequest>,
    }
}

impl<B: http_body::Body> http_body::Body for Tracked<B> {
    type Data = B::Data;
    type Error = B::Error;

    fn poll_frame(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<http_body::Frame<Self::Data>, Self::Error>>> {
        let this = self.project();
        let frame = this.inner.poll_frame(cx);
        if let Poll::Ready(None) = frame {
            this.open.take();
        }
        frame
    }

    fn is_end_stream(&self) -> bool {
        self.inner.is_end_stream()
    }

    fn size_hint(&self) -> http_body::SizeHint {
        self.inner.size_hint()
    }
}

/// A service that counts its requests as open on the connection's [`Activity`] until their
/// responses are sent, so that an idle connection can be closed and a silent one is noticed.
struct Watched<S> {
    inner: S,
    activity: Arc<Activity>,
}

impl<S, B> hyper::service::Service<Request<Incoming>> for Watched<S>
where
    S: hyper::service::Service<Request<Incoming>, Response = Response<B>>,
    S::Future: Send + 'static,
{
    type Response = Response<Tracked<B>>;
    type Error = S::Error;
    type Future = Pin<Box<dyn Future<Output = Result<Self::Response, S::Error>> + Send>>;

    fn call(&self, req: Request<Incoming>) -> Self::Future {
        let open = self.activity.start();
        let response = self.inner.call(req);
        Box::pin(async move {
            let response = response.await?;
            Ok(response.map(|inner| Tracked {
                inner,
                open: Some(open),
            }))
        })
    }
}

async fn serve_one<I, S, B>(
    io: I,
    service: S,
    options: &ListenOptions,
    shutdown: watch::Receiver<bool>,
) where
    I: AsyncRead + AsyncWrite + Unpin + Send + 'static,
    S: hyper::service::Service<Request<Incoming>, Response = Response<B>, Error = Infallible>
        + Send
        + 'static,
    S::Future: Send + 'static,
    B: http_body::Body<Data = Bytes> + Send + 'static,
    B::Error: Into<Box<dyn std::error::Error + Send + Sync>>,
{
    let idle_limit = options.header_timeout;
    let activity = Activity::new();
    let service = Watched {
        inner: service,
        activity: activity.clone(),
    };
    if options.http1_only {
        // HTTP/1 alone (the uplink): served by hyper's own HTTP/1 connection, without the
        // protocol sniffing of the automatic builder, so an upgraded connection hands back the
        // very stream it was given (see `uplink::handshake`) instead of a wrapper around it.
        let conn = hyper::server::conn::http1::Builder::new()
            .timer(TokioTimer::new())
            .header_read_timeout(options.header_timeout)
            .max_buf_size(64 * 1024)
            .serve_connection(TokioIo::new(io), service)
            .with_upgrades();
        return drive(
            conn,
            |c| c.graceful_shutdown(),
            activity,
            idle_limit,
            shutdown,
        )
        .await;
    }
    let mut builder = auto::Builder::new(TokioExecutor::new());
    builder
        .http1()
        .timer(TokioTimer::new())
        .header_read_timeout(options.header_timeout)
        .max_buf_size(64 * 1024);
    // Bigger DATA frames than the 16 KiB default cut the per-frame work of streaming an image
    // upload several times over; flow-control windows (what a peer may make us buffer) stay.
    // HTTP/2 has no header timeout: keep-alive pings find peers that went away with streams
    // open, and the idle timer below closes connections without any.
    builder
        .http2()
        .timer(TokioTimer::new())
        .keep_alive_interval(idle_limit)
        .keep_alive_timeout(idle_limit)
        .max_header_list_size(64 * 1024)
        .max_frame_size(256 * 1024);
    let conn = builder.serve_connection_with_upgrades(TokioIo::new(io), service);
    drive(
        conn,
        |c| c.graceful_shutdown(),
        activity,
        idle_limit,
        shutdown,
    )
    .await
}

/// Serves `conn` until it ends, closing it when idle and finishing it gracefully at shutdown.
async fn drive<C, E>(
    conn: C,
    graceful: impl FnOnce(Pin<&mut C>),
    activity: Arc<Activity>,
    idle_limit: Duration,
    mut shutdown: watch::Receiver<bool>,
) where
    C: Future<Output = Result<(), E>>,
    E: std::fmt::Display,
{
    tokio::pin!(conn);
    // HTTP/1's header timeout starts only once the protocol is known; before that (while
    // telling HTTP/1 from HTTP/2, or waiting for an HTTP/2 preface) a silent client would hold
    // the connection for ever, and HTTP/2 has no such timeout at all. So: a connection without
    // an open request for the header timeout is closed, whatever its protocol — dropped when it
    // never sent a request, shut down gracefully (HTTP/2: GOAWAY) when it did.
    let idle = tokio::time::sleep(idle_limit);
    tokio::pin!(idle);
    let idled = loop {
        tokio::select! {
            res = conn.as_mut() => {
                if let Err(e) = res {
                    tracing::debug!("connection ended with an error: {e}");
                }
                return;
            }
            _ = shutdown.wait_for(|s| *s) => break false,
            _ = &mut idle => {
                match activity.idle_deadline(idle_limit) {
                    Some(next) => idle.as_mut().reset(next.into()),
                    None if !activity.seen.load(Ordering::Relaxed) => {
                        tracing::debug!("no request within {idle_limit:?} of connecting; closing");
                        return;
                    }
                    None => {
                        tracing::debug!("no request for {idle_limit:?}; closing the connection");
                        break true;
                    }
                }
            }
        }
    };
    graceful(conn.as_mut());
    if idled {
        // A peer that does not read could hold the close up; it gets the same time again.
        let _ = tokio::time::timeout(idle_limit, conn).await;
    } else {
        // Shutting down: requests in flight finish, for at most the drain timeout.
        let _ = conn.await;
    }
}
