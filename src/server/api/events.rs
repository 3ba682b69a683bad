//! `/v1/events`: `GET /v1/events`, server-sent events, resumable with `Last-Event-ID` or
//! `?since=`, filtered with `?type=`.

use crate::protocol::ErrorCode;
use std::sync::Arc;
use std::time::Duration;

use bytes::{BufMut, Bytes, BytesMut};
use http::StatusCode;
use tokio::sync::{broadcast, mpsc};
use warp::{Filter, Reply};

use super::paths::route;
use super::{ApiError, AppState, Route, with_state};
use crate::protocol::events::{STREAM_GAP, STREAM_LAGGED, TypeFilter};
use crate::protocol::routes;
use crate::server::events::Published;

/// A comment goes out this often on a quiet stream, so proxies and clients see it is alive.
const KEEP_ALIVE: Duration = Duration::from_secs(15);
/// Bytes gathered into one chunk at most (events ready at once go out together).
const CHUNK: usize = 64 * 1024;

pub fn routes(state: AppState) -> Route {
    route!(routes::EVENTS)
        .and(warp::get())
        .and(warp::query::raw().or(warp::any().map(String::new)).unify())
        .and(warp::header::optional::<String>("last-event-id"))
        .and(with_state(state.clone()))
        .and_then(
            |raw: String, last: Option<String>, state: AppState| async move {
                let mut params = parse(&raw, last.as_deref()).map_err(ApiError::into_rejection)?;
                if let Some(given) = params.instance.take() {
                    params.instance = Some(instance_needle(&state, given).await?);
                }
                Ok::<_, warp::Rejection>(stream(&state, params))
            },
        )
        .boxed()
}

#[derive(Debug)]
struct Params {
    filter: TypeFilter,
    since: Option<u64>,
    follow: bool,
    /// `?instance_id=`: as given, then (once resolved) the bytes an event about that instance
    /// holds: `"instance_id":"<uuid>"`.
    instance: Option<String>,
}

/// The longest `instance_id` taken (UUIDs, aliases and prefixes are far shorter).
const MAX_INSTANCE: usize = 256;

/// `?instance_id=` (UUID, alias or unique prefix; a deleted instance's whole UUID still works)
/// as the text every event about that instance carries in its JSON.
async fn instance_needle(state: &AppState, given: String) -> Result<String, warp::Rejection> {
    use crate::store::instances::{self, Resolved};
    let lookup = given.clone();
    let resolved = state
        .store
        .call(move |c| instances::resolve(c, &lookup))
        .await
        .map_err(ApiError::rejection)?;
    let uuid = match resolved {
        Resolved::Found(uuid, _) => uuid,
        // An instance deleted since keeps its events, found by its whole UUID.
        Resolved::NotFound => given,
    };
    let quoted = serde_json::to_string(&uuid)
        .map_err(|e| ApiError::internal(e.to_string()).into_rejection())?;
    Ok(format!("\"instance_id\":{quoted}"))
}

/// Whether an event passes `?type=` and `?instance_id=` (`needle`: see [`instance_needle`]).
fn wanted(filter: &TypeFilter, needle: Option<&str>, event: &Published) -> bool {
    filter.matches(event.kind)
        && needle.is_none_or(|n| event.json.windows(n.len()).any(|w| w == n.as_bytes()))
}

/// `?type=` (repeatable, comma lists, `prefix*`), `?since=ID` (or the `Last-Event-ID` header),
/// `?follow=false` (the history only, then the stream ends).
fn parse(raw: &str, last_event_id: Option<&str>) -> Result<Params, ApiError> {
    let mut types = Vec::new();
    let mut since = None;
    let mut follow = true;
    let mut instance = None;
    let id = |what: &str, v: &str| {
        v.trim().parse::<u64>().map_err(|_| {
            ApiError::bad_request(format!(
                "{what} must be an event id (a whole number), got {v:?}"
            ))
        })
    };
    for (key, value) in url::form_urlencoded::parse(raw.as_bytes()) {
        match key.as_ref() {
            "type" => types.push(value.into_owned()),
            "since" => since = Some(id("since", &value)?),
            "follow" => {
                follow = crate::protocol::query::parse_flag(&value).ok_or_else(|| {
                    ApiError::bad_request(format!("follow must be true or false, got {value:?}"))
                })?;
            }
            "instance_id" => {
                if value.trim().is_empty() || value.len() > MAX_INSTANCE {
                    return Err(ApiError::new(
                        StatusCode::UNPROCESSABLE_ENTITY,
                        ErrorCode::InvalidField,
                        format!(
                            "invalid instance_id: must name an instance (UUID, alias or unique \
                             start of a UUID, at most {MAX_INSTANCE} bytes)"
                        ),
                    ));
                }
                instance = Some(value.into_owned());
            }
            other => {
                return Err(ApiError::bad_request(format!(
                    "unknown query parameter {other:?}: use type, since, follow and instance_id"
                )));
            }
        }
    }
    if since.is_none()
        && let Some(v) = last_event_id.filter(|v| !v.trim().is_empty())
    {
        since = Some(id("the Last-Event-ID header", v)?);
    }
    let filter = TypeFilter::parse(&types).map_err(|message| {
        ApiError::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            ErrorCode::InvalidField,
            message,
        )
    })?;
    Ok(Params {
        filter,
        since,
        follow,
        instance,
    })
}

/// One event in the `text/event-stream` format.
fn put_event(buf: &mut BytesMut, event: &Published) {
    buf.put_slice(b"id: ");
    buf.put_slice(event.id.to_string().as_bytes());
    buf.put_slice(b"\nevent: ");
    buf.put_slice(event.kind.as_bytes());
    buf.put_slice(b"\ndata: ");
    buf.put_slice(&event.json);
    buf.put_slice(b"\n\n");
}

/// A stream-only notice: no `id:`, so a client's `Last-Event-ID` stays on the last real event.
fn notice(kind: &str, data: serde_json::Value) -> Bytes {
    Bytes::from(format!("event: {kind}\ndata: {data}\n\n"))
}

/// A stream of chunks over a channel (the receiver is Sync, as warp wants of a body).
struct ChunkStream(mpsc::Receiver<Bytes>);

impl futures_util::Stream for ChunkStream {
    type Item = Result<Bytes, std::convert::Infallible>;
    fn poll_next(
        mut self: std::pin::Pin<&mut Self>,
        cx: &mut std::task::Context<'_>,
    ) -> std::task::Poll<Option<Self::Item>> {
        self.0.poll_recv(cx).map(|o| o.map(Ok))
    }
}

fn stream(state: &AppState, params: Params) -> warp::reply::Response {
    let subscription = state.events.subscribe(params.since);
    let mut shutdown = state.hangar.shutdown_signal();
    let (tx, rx) = mpsc::channel::<Bytes>(8);
    tokio::spawn(async move {
        let Params {
            filter,
            follow,
            instance,
            ..
        } = params;
        let needle = instance.as_deref();
        // A first line at once: the client knows it is subscribed (nothing published after
        // this point can be missed).
        if tx
            .send(Bytes::from_static(b": subscribed\n\n"))
            .await
            .is_err()
        {
            return;
        }
        if let (Some(oldest), Some(since)) = (subscription.gap, params.since) {
            let gap = notice(
                STREAM_GAP,
                serde_json::json!({ "since": since, "oldest": oldest }),
            );
            if tx.send(gap).await.is_err() {
                return;
            }
        }
        let mut buf = BytesMut::new();
        for event in subscription
            .backlog
            .iter()
            .filter(|e| wanted(&filter, needle, e))
        {
            put_event(&mut buf, event);
            if buf.len() >= CHUNK && tx.send(buf.split().freeze()).await.is_err() {
                return;
            }
        }
        if !buf.is_empty() && tx.send(buf.split().freeze()).await.is_err() {
            return;
        }
        if !follow {
            return;
        }
        let mut live = subscription.live;
        let mut keep_alive = tokio::time::interval(KEEP_ALIVE);
        keep_alive.reset();
        loop {
            let first = tokio::select! {
                r = live.recv() => r,
                _ = keep_alive.tick() => {
                    if tx.send(Bytes::from_static(b": keep-alive\n\n")).await.is_err() {
                        return;
                    }
                    continue;
                }
                _ = async { shutdown.wait_for(|s| *s).await.map(|_| ()) } => return,
                _ = tx.closed() => return,
            };
            let mut lagged = 0u64;
            let mut take = |r: Result<Arc<Published>, broadcast::error::RecvError>,
                            buf: &mut BytesMut|
             -> bool {
                match r {
                    Ok(event) => {
                        if wanted(&filter, needle, &event) {
                            put_event(buf, &event);
                        }
                        true
                    }
                    Err(broadcast::error::RecvError::Lagged(n)) => {
                        lagged += n;
                        true
                    }
                    Err(broadcast::error::RecvError::Closed) => false,
                }
            };
            let mut open = take(first, &mut buf);
            // Whatever else is ready goes in the same chunk.
            while open && buf.len() < CHUNK {
                match live.try_recv() {
                    Ok(event) => open = take(Ok(event), &mut buf),
                    Err(broadcast::error::TryRecvError::Lagged(n)) => {
                        open = take(Err(broadcast::error::RecvError::Lagged(n)), &mut buf)
                    }
                    Err(_) => break,
                }
            }
            if lagged > 0 {
                let note = notice(STREAM_LAGGED, serde_json::json!({ "missed": lagged }));
                if tx.send(note).await.is_err() {
                    return;
                }
            }
            if !buf.is_empty() && tx.send(buf.split().freeze()).await.is_err() {
                return;
            }
            if !open {
                return;
            }
        }
    });
    let mut response = warp::reply::stream(ChunkStream(rx)).into_response();
    let headers = response.headers_mut();
    headers.insert(
        http::header::CONTENT_TYPE,
        http::HeaderValue::from_static("text/event-stream"),
    );
    headers.insert(
        http::header::CACHE_CONTROL,
        http::HeaderValue::from_static("no-cache"),
    );
    headers.insert("x-accel-buffering", http::HeaderValue::from_static("no"));
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn query_and_header_are_read_and_checked() {
        let p = parse("type=instance.docked,deploy.*&type=user.login", Some("42")).expect("ok");
        assert_eq!(p.since, Some(42));
        assert!(p.follow);
        assert!(p.filter.matches("deploy.state") && p.filter.matches("user.login"));
        assert!(!p.filter.matches("image.created"));
        assert_eq!(parse("since=7", Some("42")).expect("ok").since, Some(7));
        assert!(!parse("follow=0", None).expect("ok").follow);
        assert_eq!(
            parse("type=nope", None).expect_err("unknown").status,
            StatusCode::UNPROCESSABLE_ENTITY
        );
        assert!(parse("since=x", None).is_err());
        assert!(parse("", Some("abc")).is_err());
        assert!(parse("limit=3", None).is_err());
        assert_eq!(
            parse("instance_id=web-1", None)
                .expect("ok")
                .instance
                .as_deref(),
            Some("web-1")
        );
        assert_eq!(
            parse("instance_id=", None).expect_err("empty").status,
            StatusCode::UNPROCESSABLE_ENTITY
        );
    }

    #[test]
    fn instance_id_keeps_the_events_about_that_instance_only() {
        let event = |json: &str| Published {
            id: 1,
            kind: "instance.docked",
            json: Bytes::from(json.to_owned()),
        };
        let filter = TypeFilter::parse::<&str>(&[]).expect("no filter");
        let needle = "\"instance_id\":\"ab-1\"";
        let about = event(r#"{"id":1,"type":"instance.docked","data":{"instance_id":"ab-1"}}"#);
        // Another instance whose UUID starts with this one's is not this one.
        let longer = event(r#"{"id":1,"type":"instance.docked","data":{"instance_id":"ab-12"}}"#);
        assert!(wanted(&filter, Some(needle), &about));
        assert!(!wanted(&filter, Some(needle), &longer));
        assert!(wanted(&filter, None, &longer));
    }
}
