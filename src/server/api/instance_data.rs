//! `/v1/instances/{id}/logs|panics|stats`: what instances sent — logs (tail, or followed as
//! they arrive), panics, stats (stored, or asked of a docked instance right now).

use crate::protocol::ErrorCode;
use std::time::Duration;

use bytes::Bytes;
use http::StatusCode;
use serde::Deserialize;
use tokio::sync::mpsc;
use warp::{Filter, Reply};

use super::extract::Segment;
use super::instances::resolve;
use super::paths::route;
use super::{ApiError, AppState, Route, with_state};
use crate::protocol::instances::{InstanceStats, StatsSnapshot, from_millis};
use crate::protocol::list::{ListQuery, Page};
use crate::protocol::routes;
use crate::protocol::transport::parse_stats;
use crate::server::uplink::registry::now_ms;
use crate::store::instance_data;

/// Followed logs are polled this often.
const FOLLOW_POLL: Duration = Duration::from_millis(200);

/// The logs, panics and stats routes.
pub fn routes(state: AppState) -> Route {
    let logs = route!(routes::INSTANCE_LOGS)
        .and(warp::get())
        .and(super::extract::query::<LogParams>())
        .and(with_state(state.clone()))
        .and_then(logs);
    let panics = route!(routes::INSTANCE_PANICS)
        .and(warp::get())
        .and(super::extract::page_query())
        .and(with_state(state.clone()))
        .and_then(panics);
    let stats = route!(routes::INSTANCE_STATS)
        .and(warp::get())
        .and(super::extract::no_query())
        .and(with_state(state.clone()))
        .and_then(stats);
    let request_stats = route!(routes::INSTANCE_STATS)
        .and(warp::post())
        .and(super::extract::query::<StatsParams>())
        .and(with_state(state))
        .and_then(request_stats);
    logs.or(panics)
        .unify()
        .or(stats)
        .unify()
        .or(request_stats)
        .unify()
        .boxed()
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct LogParams {
    lines: Option<usize>,
    #[serde(default, deserialize_with = "crate::protocol::query::flag")]
    follow: bool,
}

/// A stream of log chunks over a channel (the receiver is Sync, as warp wants of a body).
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

async fn logs(
    Segment(id): Segment,
    params: LogParams,
    state: AppState,
) -> Result<warp::reply::Response, warp::Rejection> {
    let uuid = resolve(&state, id).await?;
    let lines = params.lines.map(|n| n.min(1_000_000));
    let target = uuid.clone();
    let (tail, newest) = state
        .store
        .call(move |c| instance_data::log_tail(c, &target, lines))
        .await
        .map_err(ApiError::rejection)?;
    let content_type = http::HeaderValue::from_static("text/plain");
    if !params.follow {
        let mut response = warp::reply::Response::new(tail.into());
        response
            .headers_mut()
            .insert(http::header::CONTENT_TYPE, content_type);
        return Ok(response);
    }
    let (tx, rx) = mpsc::channel::<Bytes>(16);
    let store = state.store.clone();
    let mut shutdown = state.hangar.shutdown_signal();
    tokio::spawn(async move {
        if !tail.is_empty() && tx.send(Bytes::from(tail)).await.is_err() {
            return;
        }
        let mut after = newest;
        loop {
            tokio::select! {
                _ = tokio::time::sleep(FOLLOW_POLL) => {}
                _ = async { shutdown.wait_for(|s| *s).await.map(|_| ()) } => return,
                _ = tx.closed() => return,
            }
            let target = uuid.clone();
            let rows = store
                .call(move |c| instance_data::log_after(c, &target, after, 1000))
                .await;
            let Ok(rows) = rows else { return };
            for (id, data) in rows {
                after = id;
                if tx.send(Bytes::from(data)).await.is_err() {
                    return;
                }
            }
        }
    });
    let mut response = warp::reply::stream(ChunkStream(rx)).into_response();
    response
        .headers_mut()
        .insert(http::header::CONTENT_TYPE, content_type);
    Ok(response)
}

async fn panics(
    Segment(id): Segment,
    q: ListQuery,
    state: AppState,
) -> Result<warp::reply::Response, warp::Rejection> {
    let uuid = resolve(&state, id).await?;
    let panics = state
        .store
        .call(move |c| instance_data::panics(c, &uuid))
        .await
        .map_err(ApiError::rejection)?;
    Ok(warp::reply::json(&Page::of(panics, &q)).into_response())
}

async fn stats(
    Segment(id): Segment,
    state: AppState,
) -> Result<warp::reply::Response, warp::Rejection> {
    let uuid = resolve(&state, id).await?;
    let keep = state.hangar.config().stats_history + 1;
    let mut all = state
        .store
        .call(move |c| instance_data::stats(c, &uuid, keep))
        .await
        .map_err(ApiError::rejection)?
        .into_iter();
    let stats = InstanceStats {
        latest: all.next(),
        history: all.collect(),
    };
    Ok(warp::reply::json(&stats).into_response())
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct StatsParams {
    /// Seconds to wait for the answer (default 10, at most 60).
    timeout: Option<u64>,
}

async fn request_stats(
    Segment(id): Segment,
    params: StatsParams,
    state: AppState,
) -> Result<warp::reply::Response, warp::Rejection> {
    let uuid = resolve(&state, id).await?;
    let timeout = Duration::from_secs(params.timeout.unwrap_or(10).clamp(1, 60));
    let payload = state
        .hangar
        .request_stats(&uuid, timeout)
        .await
        .map_err(ApiError::rejection)?;
    let stats = parse_stats(&payload).map_err(|e| {
        ApiError::new(
            StatusCode::BAD_GATEWAY,
            ErrorCode::BadAnswer,
            format!("instance {uuid} answered with invalid stats: {e}"),
        )
        .into_rejection()
    })?;
    let snapshot = StatsSnapshot {
        at: from_millis(now_ms()),
        stats,
    };
    Ok(warp::reply::json(&snapshot).into_response())
}
