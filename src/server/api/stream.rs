//! Reply helpers the route files share (no route of its own): JSON, JSON with a `Location`, and
//! bodies streamed from a channel (progress as JSON lines, logs).

use std::convert::Infallible;
use std::pin::Pin;
use std::task::{Context, Poll};

use bytes::Bytes;
use http::{HeaderValue, StatusCode};
use serde::Serialize;
use tokio::sync::mpsc;
use warp::Reply;

pub(super) fn json<T: Serialize>(value: &T) -> warp::reply::Response {
    warp::reply::json(value).into_response()
}

/// `value` as JSON with `status` and a `Location` header naming where the record lives:
/// `template` (a route of `protocol::routes`) filled with `id`. The answer to a request that
/// created (201) or started (202) something.
pub(super) fn located<T: Serialize>(
    status: StatusCode,
    value: &T,
    template: &str,
    id: &str,
) -> warp::reply::Response {
    let mut response = warp::reply::with_status(json(value), status).into_response();
    // A filled template is percent-encoded, so it is always a valid header value.
    if let Ok(location) = HeaderValue::from_str(&crate::protocol::routes::path(template, &[id])) {
        response
            .headers_mut()
            .insert(http::header::LOCATION, location);
    }
    response
}

/// A response body fed by a channel. warp wants a `Sync` stream; an mpsc receiver is one.
pub(super) struct ChannelStream<T>(pub mpsc::Receiver<T>);

impl<T> futures_util::Stream for ChannelStream<T> {
    type Item = T;
    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<T>> {
        self.0.poll_recv(cx)
    }
}

impl<T: Serialize + Send + 'static> ChannelStream<T> {
    /// One JSON document per line.
    pub(super) fn map_lines(self) -> ChannelStream<Result<Bytes, Infallible>> {
        let (tx, rx) = mpsc::channel(16);
        let mut source = self.0;
        tokio::spawn(async move {
            while let Some(item) = source.recv().await {
                let mut line = serde_json::to_vec(&item).unwrap_or_default();
                line.push(b'\n');
                if tx.send(Ok(Bytes::from(line))).await.is_err() {
                    // The client left; keep draining so the producer is not blocked.
                    while source.recv().await.is_some() {}
                    return;
                }
            }
        });
        ChannelStream(rx)
    }
}

pub(super) fn ndjson(lines: ChannelStream<Result<Bytes, Infallible>>) -> warp::reply::Response {
    warp::reply::with_header(
        warp::reply::stream(lines),
        http::header::CONTENT_TYPE,
        "application/x-ndjson",
    )
    .into_response()
}
