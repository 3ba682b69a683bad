//! The uplink hangar: the listener IncludeOS instances dock to. For now it speaks HTTP/1.1 (over
//! TLS unless `--nouplinktls`) and answers every request with the JSON error body; the `/auth`
//! and `/dock` routes arrive with the uplink protocol.

use std::convert::Infallible;

use bytes::Bytes;
use http_body_util::Full;
use tokio::net::TcpListener;
use tokio::sync::watch;
use tokio_rustls::TlsAcceptor;

use super::http::{ListenOptions, serve as serve_http};
use crate::protocol::ErrorBody;

/// Serves the hangar until `shutdown` turns true.
pub async fn serve(
    listener: TcpListener,
    tls: Option<TlsAcceptor>,
    shutdown: watch::Receiver<bool>,
) {
    let mut options = ListenOptions::new(tls);
    options.http1_only = true;
    serve_http(
        listener,
        options,
        |_peer| {
            hyper::service::service_fn(|_req: http::Request<hyper::body::Incoming>| async {
                let body = serde_json::to_vec(&ErrorBody::new(
                    "not_found",
                    "the uplink hangar has no such endpoint",
                ))
                .unwrap_or_default();
                let response = http::Response::builder()
                    .status(http::StatusCode::NOT_FOUND)
                    .header(http::header::CONTENT_TYPE, "application/json")
                    .body(Full::new(Bytes::from(body)))
                    .unwrap_or_default();
                Ok::<_, Infallible>(response)
            })
        },
        shutdown,
    )
    .await;
}
