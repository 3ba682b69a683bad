//! The two HTTP endpoints of the hangar: `POST /auth` (uplink token → session token) and
//! `GET /dock` (session token → websocket). The upgrade check is deliberately lenient: IncludeOS
//! sends `Connection: close` and `Connection: Upgrade` as two fields, `Upgrade: WebSocket`, and a
//! `Host` holding the whole ws URL.

use std::net::SocketAddr;
use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::Duration;

use base64::Engine;
use bytes::Bytes;
use http::header::{AUTHORIZATION, CONNECTION, CONTENT_TYPE, UPGRADE};
use http::{HeaderMap, HeaderValue, Method, Request, Response, StatusCode};
use http_body_util::{BodyExt, Full, Limited};
use hyper::body::Incoming;
use hyper::upgrade::Upgraded;
use hyper_util::rt::TokioIo;
use serde::Deserialize;
use sha1::{Digest, Sha1};
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::net::TcpStream;

use super::connection;
use super::registry::Hangar;
use super::sessions::{Authenticated, matching_uplinks};
use crate::protocol::{ErrorBody, ErrorCode};
use crate::server::tls_records::UplinkTls;

/// Largest `/auth` body accepted.
const MAX_AUTH_BODY: usize = 4096;
/// Longest instance id accepted at `/auth`.
const MAX_ID_LEN: usize = 256;

/// Routes one request.
pub(super) async fn handle(
    hangar: Hangar,
    peer: SocketAddr,
    req: Request<Incoming>,
) -> Response<Full<Bytes>> {
    let path = req.uri().path().to_owned();
    match (req.method(), path.as_str()) {
        (&Method::POST, "/auth") => auth(hangar, peer, req).await,
        (&Method::GET, "/dock") => dock(hangar, peer, req),
        (_, "/auth" | "/dock") => error(
            StatusCode::METHOD_NOT_ALLOWED,
            ErrorCode::MethodNotAllowed,
            "use POST /auth and GET /dock",
        ),
        _ => error(
            StatusCode::NOT_FOUND,
            ErrorCode::NotFound,
            "the uplink hangar has only /auth and /dock",
        ),
    }
}

fn error(status: StatusCode, code: ErrorCode, message: &str) -> Response<Full<Bytes>> {
    let body = serde_json::to_vec(&ErrorBody::new(code, message)).unwrap_or_default();
    let mut response = Response::new(Full::new(Bytes::from(body)));
    *response.status_mut() = status;
    response
        .headers_mut()
        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
    response
}

/// `POST /auth` body. Unknown fields are ignored; `id` and `key` must be strings.
#[derive(Deserialize)]
struct AuthRequest {
    id: String,
    key: String,
}

async fn auth(hangar: Hangar, peer: SocketAddr, req: Request<Incoming>) -> Response<Full<Bytes>> {
    // The instance re-sends its previous bearer token in Authorization here: ignored.
    let limit = hangar.config().handshake_timeout();
    let body = match tokio::time::timeout(
        limit,
        Limited::new(req.into_body(), MAX_AUTH_BODY).collect(),
    )
    .await
    {
        Ok(Ok(body)) => body.to_bytes(),
        Ok(Err(_)) => {
            return error(
                StatusCode::BAD_REQUEST,
                ErrorCode::BadRequest,
                "auth request body unreadable or too large",
            );
        }
        Err(_) => {
            return error(
                StatusCode::REQUEST_TIMEOUT,
                ErrorCode::Timeout,
                "auth request body not received in time",
            );
        }
    };
    let request: AuthRequest = match serde_json::from_slice(&body) {
        Ok(r) => r,
        Err(_) => {
            return error(
                StatusCode::BAD_REQUEST,
                ErrorCode::BadRequest,
                "expected a JSON body {\"id\": string, \"key\": string}",
            );
        }
    };
    // An empty id is what an instance without an SMBIOS uuid sends: it docks all the same,
    // keyed by its address (see `identity`).
    if request.id.len() > MAX_ID_LEN {
        return error(
            StatusCode::BAD_REQUEST,
            ErrorCode::BadRequest,
            "the instance id must be at most 256 bytes",
        );
    }
    if let Err(why) = crate::protocol::instances::check_reported_uuid(&request.id) {
        tracing::info!(id = %request.id, %peer, "uplink auth refused: {why}");
        return error(
            StatusCode::BAD_REQUEST,
            ErrorCode::BadRequest,
            &format!("the instance id {why}"),
        );
    }
    let tokens = match hangar.inner.tokens.tokens().await {
        Ok(t) => t,
        Err(e) => {
            tracing::error!("cannot read the uplink tokens: {e}");
            return error(
                StatusCode::SERVICE_UNAVAILABLE,
                ErrorCode::Unavailable,
                "try again later",
            );
        }
    };
    let uplinks = matching_uplinks(&request.key, &tokens);
    if uplinks.is_empty() {
        tracing::info!(id = %request.id, %peer, "uplink auth refused: unknown token");
        return error(
            StatusCode::UNAUTHORIZED,
            ErrorCode::Unauthorized,
            "uplink authentication failed",
        );
    }
    if hangar.docked_elsewhere(&request.id, peer) {
        // Refused here, the instance backs off (5 s, growing to 30 s) instead of re-authing at
        // once after every refused dock.
        return error(
            StatusCode::CONFLICT,
            ErrorCode::UuidInUse,
            "an instance with this uuid is docked from another address and keeps its place; \
             give each VM a unique uuid (QEMU: -uuid)",
        );
    }
    if let Err(wait) = admit_if_new(&hangar, &request.id, &request.key, peer).await {
        let secs = wait.as_secs().max(1);
        tracing::warn!(
            id = %request.id,
            %peer,
            "uplink auth refused: this uplink token added new instances faster than \
             hangar.new_instances_burst / new_instances_per_minute allow; retry in {secs} s"
        );
        let mut response = error(
            StatusCode::TOO_MANY_REQUESTS,
            ErrorCode::TooManyNewInstances,
            &format!(
                "this uplink token has added as many new instances as it may for now; try again \
                 in {secs} s (the server's hangar.new_instances_burst and \
                 new_instances_per_minute set the allowance)"
            ),
        );
        response
            .headers_mut()
            .insert(http::header::RETRY_AFTER, HeaderValue::from(secs));
        return response;
    }
    let authenticated = Authenticated {
        instance: request.id.clone(),
        uplinks,
    };
    let Some(token) = hangar.inner.sessions.issue(authenticated, peer.ip()) else {
        tracing::warn!("too many pending uplink sessions; refusing auth from {peer}");
        return error(
            StatusCode::SERVICE_UNAVAILABLE,
            ErrorCode::Unavailable,
            "try again later",
        );
    };
    tracing::debug!(id = %request.id, %peer, "uplink auth accepted");
    // A 200 with an empty body makes the instance panic; the token is never empty and Full
    // gives it a Content-Length.
    let mut response = Response::new(Full::new(Bytes::from(token)));
    response
        .headers_mut()
        .insert(CONTENT_TYPE, HeaderValue::from_static("text/plain"));
    response
}

/// Counts an auth for an instance the hangar does not know (not docked, no stored instance with
/// that uuid or that auth id) against its token's allowance of new instances; `Err` with the
/// wait when it is used up. Known instances always pass. A store that cannot answer lets the auth through (and says so).
async fn admit_if_new(
    hangar: &Hangar,
    id: &str,
    token: &str,
    peer: SocketAddr,
) -> Result<(), std::time::Duration> {
    let key = crate::protocol::instances::instance_key(id, peer.ip());
    if hangar.live(&key).is_some() {
        return Ok(());
    }
    let (lookup, auth_id) = (key.clone(), id.to_owned());
    match hangar
        .inner
        .store
        .call(move |c| crate::store::instances::known(c, &lookup, &auth_id))
        .await
    {
        Ok(true) => Ok(()),
        Ok(false) => hangar.inner.newcomers.admit(token),
        Err(e) => {
            tracing::error!("cannot tell whether instance {key} is new: {e}");
            Ok(())
        }
    }
}

/// True when any value of any `name` header, split at commas, is `token` (ASCII case-insensitive).
fn header_has_token(headers: &HeaderMap, name: http::header::HeaderName, token: &str) -> bool {
    headers.get_all(name).iter().any(|v| {
        v.as_bytes()
            .split(|b| *b == b',')
            .any(|t| t.trim_ascii().eq_ignore_ascii_case(token.as_bytes()))
    })
}

/// A websocket upgrade as far as the hangar cares: some `Connection` field says upgrade and
/// `Upgrade` says websocket.
pub fn is_websocket_upgrade(headers: &HeaderMap) -> bool {
    header_has_token(headers, CONNECTION, "upgrade")
        && header_has_token(headers, UPGRADE, "websocket")
}

/// `Sec-WebSocket-Accept` for a key.
pub fn accept_key(key: &[u8]) -> String {
    let mut sha = Sha1::new();
    sha.update(key);
    sha.update(b"258EAFA5-E914-47DA-95CA-C5AB0DC85B11");
    base64::engine::general_purpose::STANDARD.encode(sha.finalize())
}

fn bearer(headers: &HeaderMap) -> Option<&str> {
    let value = headers.get(AUTHORIZATION)?.to_str().ok()?.trim();
    let (scheme, token) = value.split_once(' ')?;
    scheme
        .eq_ignore_ascii_case("bearer")
        .then(|| token.trim())
        .filter(|t| !t.is_empty() && t.len() <= 512)
}

fn dock(hangar: Hangar, peer: SocketAddr, mut req: Request<Incoming>) -> Response<Full<Bytes>> {
    if !is_websocket_upgrade(req.headers()) {
        return error(
            StatusCode::BAD_REQUEST,
            ErrorCode::BadRequest,
            "expected a websocket upgrade (Connection: Upgrade, Upgrade: websocket)",
        );
    }
    let Some(key) = req
        .headers()
        .get("sec-websocket-key")
        .map(|k| k.as_bytes().trim_ascii().to_vec())
        .filter(|k| !k.is_empty())
    else {
        return error(
            StatusCode::BAD_REQUEST,
            ErrorCode::BadRequest,
            "missing Sec-WebSocket-Key",
        );
    };
    let Some(auth) = bearer(req.headers()).and_then(|t| hangar.inner.sessions.take(t)) else {
        tracing::info!(%peer, "dock refused: missing, unknown, used or expired session token");
        return error(
            StatusCode::UNAUTHORIZED,
            ErrorCode::Unauthorized,
            "dock needs a fresh session token from /auth",
        );
    };
    let Ok(permit) = hangar.inner.slots.clone().try_acquire_owned() else {
        tracing::warn!(%peer, "dock refused: {} instances docked, the maximum", hangar.config().max_connections);
        return error(
            StatusCode::SERVICE_UNAVAILABLE,
            ErrorCode::Unavailable,
            "too many instances docked",
        );
    };
    let on_upgrade = hyper::upgrade::on(&mut req);
    let limit: Duration = hangar.config().handshake_timeout();
    let tasks = hangar.inner.tasks.clone();
    tasks.spawn(async move {
        let _permit = permit;
        match tokio::time::timeout(limit, on_upgrade).await {
            Ok(Ok(upgraded)) => serve_upgraded(hangar, upgraded, peer, auth).await,
            Ok(Err(e)) => tracing::debug!(%peer, "websocket upgrade failed: {e}"),
            Err(_) => tracing::debug!(%peer, "websocket upgrade timed out"),
        }
    });
    let mut response = Response::new(Full::new(Bytes::new()));
    *response.status_mut() = StatusCode::SWITCHING_PROTOCOLS;
    let headers = response.headers_mut();
    headers.insert(UPGRADE, HeaderValue::from_static("websocket"));
    headers.insert(CONNECTION, HeaderValue::from_static("Upgrade"));
    if let Ok(v) = HeaderValue::from_str(&accept_key(&key)) {
        headers.insert("sec-websocket-accept", v);
    }
    response
}

/// The stream under `upgraded` when it is a `T`, with any bytes hyper read ahead of it.
fn unwrap_stream<T>(upgraded: Upgraded) -> Result<(T, Bytes), Upgraded>
where
    T: AsyncRead + AsyncWrite + Unpin + Send + 'static,
{
    upgraded
        .downcast::<TokioIo<T>>()
        .map(|parts| (parts.io.into_inner(), parts.read_buf))
}

/// Serves a docked connection on the very stream it came on (TCP, or TLS over it), so that a
/// frame read or written goes through no layer of hyper's: with thousands of idle instances
/// the per-wake-up cost of those layers shows. A stream of another type goes through hyper's
/// upgraded stream.
async fn serve_upgraded(hangar: Hangar, upgraded: Upgraded, peer: SocketAddr, auth: Authenticated) {
    async fn serve<T>(
        hangar: Hangar,
        (io, ahead): (T, Bytes),
        peer: SocketAddr,
        auth: Authenticated,
    ) where
        T: AsyncRead + AsyncWrite + connection::Parkable + Unpin + Send + 'static,
    {
        if ahead.is_empty() {
            // Even empty, it may hold on to hyper's whole read buffer (8 KiB).
            drop(ahead);
            connection::run(hangar, io, peer, auth).await;
        } else {
            // Rare (instances wait for the 101): one boxed kind of stream serves all of them.
            let io: Box<dyn Stream> = Box::new(io);
            connection::run(hangar, ReadAhead { ahead, io }, peer, auth).await;
        }
    }
    let upgraded = match unwrap_stream::<UplinkTls>(upgraded) {
        Ok(parts) => return serve(hangar, parts, peer, auth).await,
        Err(upgraded) => upgraded,
    };
    let upgraded = match unwrap_stream::<TcpStream>(upgraded) {
        Ok(parts) => return serve(hangar, parts, peer, auth).await,
        Err(upgraded) => upgraded,
    };
    let upgraded = match unwrap_stream::<tokio_rustls::server::TlsStream<TcpStream>>(upgraded) {
        Ok(parts) => return serve(hangar, parts, peer, auth).await,
        Err(upgraded) => upgraded,
    };
    connection::run(hangar, TokioIo::new(upgraded), peer, auth).await;
}

impl<T> connection::Parkable for ReadAhead<T> {}

trait Stream: AsyncRead + AsyncWrite + Unpin + Send {}
impl<T: AsyncRead + AsyncWrite + Unpin + Send> Stream for T {}

/// A stream whose first bytes were already read (by hyper, behind the upgrade request).
struct ReadAhead<T> {
    ahead: Bytes,
    io: T,
}

impl<T: AsyncRead + Unpin> AsyncRead for ReadAhead<T> {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<std::io::Result<()>> {
        if self.ahead.is_empty() {
            return Pin::new(&mut self.io).poll_read(cx, buf);
        }
        let n = self.ahead.len().min(buf.remaining());
        buf.put_slice(&self.ahead.split_to(n));
        Poll::Ready(Ok(()))
    }
}

impl<T: AsyncWrite + Unpin> AsyncWrite for ReadAhead<T> {
    fn poll_write(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        data: &[u8],
    ) -> Poll<std::io::Result<usize>> {
        Pin::new(&mut self.io).poll_write(cx, data)
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        Pin::new(&mut self.io).poll_flush(cx)
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        Pin::new(&mut self.io).poll_shutdown(cx)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accept_key_matches_the_rfc_example() {
        assert_eq!(
            accept_key(b"dGhlIHNhbXBsZSBub25jZQ=="),
            "s3pPLMBiTxaQ9kYGzzhZRbK+xOo="
        );
    }

    #[test]
    fn upgrade_is_found_among_two_connection_fields() {
        let mut h = HeaderMap::new();
        h.append(CONNECTION, HeaderValue::from_static("close"));
        h.append(CONNECTION, HeaderValue::from_static("Upgrade"));
        h.append(UPGRADE, HeaderValue::from_static("WebSocket"));
        assert!(is_websocket_upgrade(&h));
        let mut h = HeaderMap::new();
        h.append(CONNECTION, HeaderValue::from_static("keep-alive, UPGRADE"));
        h.append(UPGRADE, HeaderValue::from_static("websocket"));
        assert!(is_websocket_upgrade(&h));
        let mut h = HeaderMap::new();
        h.append(CONNECTION, HeaderValue::from_static("close"));
        h.append(UPGRADE, HeaderValue::from_static("websocket"));
        assert!(!is_websocket_upgrade(&h));
    }

    #[test]
    fn bearer_scheme_is_case_insensitive() {
        let mut h = HeaderMap::new();
        h.insert(AUTHORIZATION, HeaderValue::from_static("bearer  abc "));
        assert_eq!(bearer(&h), Some("abc"));
        h.insert(AUTHORIZATION, HeaderValue::from_static("Basic abc"));
        assert_eq!(bearer(&h), None);
    }
}
