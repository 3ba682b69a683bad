//! `/v1/builds`: the build records (list, get, cancel, followable logs), and the route that
//! queues a build, `POST /v1/images/build/services/{service}/builders/{builder}` (under
//! `/v1/images` because it makes an image, here because it answers with a build).

use std::convert::Infallible;

use bytes::Bytes;
use futures_util::StreamExt;
use http::StatusCode;
use serde::Deserialize;
use tokio::sync::mpsc;
use warp::{Filter, Rejection, Reply};

use super::extract::{Segment, bytes_body};
use super::paths::route;
use super::stream::located;
use super::stream::{ChannelStream, json};
use super::{ApiError, AppState, Route, with_state};
use crate::protocol::builders::BuildRequest;
use crate::protocol::list::ListQuery;
use crate::protocol::routes;

/// Build requests carry the NaCl inline at most; 2 MiB is plenty.
const MAX_BUILD_BODY: usize = 2 << 20;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct LogQuery {
    #[serde(default, deserialize_with = "crate::protocol::query::flag")]
    follow: bool,
}

pub fn routes(state: AppState) -> Route {
    let build = route!(routes::BUILD_IMAGE)
        .and(warp::post())
        .and(super::extract::no_query())
        .and(bytes_body(MAX_BUILD_BODY))
        .and(with_state(state.clone()))
        .and_then(build);
    let list = route!(routes::BUILDS)
        .and(warp::get())
        .and(super::extract::page_query())
        .and(with_state(state.clone()))
        .and_then(|query: ListQuery, state: AppState| async move {
            let (limit, offset) =
                super::extract::paging(&query).map_err(ApiError::into_rejection)?;
            let builds = state
                .builders
                .jobs
                .list(limit, offset)
                .await
                .map_err(ApiError::rejection)?;
            Ok::<_, Rejection>(json(&builds))
        });
    let get = route!(routes::BUILD)
        .and(warp::get())
        .and(super::extract::no_query())
        .and(with_state(state.clone()))
        .and_then(|Segment(id): Segment, state: AppState| async move {
            let record = state
                .builders
                .jobs
                .get(&id)
                .await
                .map_err(ApiError::rejection)?;
            Ok::<_, Rejection>(json(&record))
        });
    let cancel = route!(routes::BUILD)
        .and(warp::delete())
        .and(super::extract::no_query())
        .and(with_state(state.clone()))
        .and_then(|Segment(id): Segment, state: AppState| async move {
            let record = state
                .builders
                .jobs
                .cancel(&id)
                .await
                .map_err(ApiError::rejection)?;
            Ok::<_, Rejection>(json(&record))
        });
    let log = route!(routes::BUILD_LOG)
        .and(warp::get())
        .and(super::extract::query::<LogQuery>())
        .and(with_state(state))
        .and_then(
            |Segment(id): Segment, query: LogQuery, state: AppState| async move {
                let follow = query.follow;
                let jobs = &state.builders.jobs;
                let id = jobs.whole_id(&id).await.map_err(ApiError::rejection)?;
                let body = match jobs.live(&id) {
                    Some(live) if follow => {
                        // Forwarded through a channel: the response body must be `Sync`.
                        let (tx, rx) = mpsc::channel::<Result<Bytes, Infallible>>(16);
                        tokio::spawn(async move {
                            let mut stream = std::pin::pin!(live.follow());
                            while let Some(chunk) = stream.next().await {
                                if tx.send(chunk).await.is_err() {
                                    return;
                                }
                            }
                        });
                        warp::reply::stream(ChannelStream(rx)).into_response()
                    }
                    _ => {
                        let bytes = match jobs.live(&id) {
                            Some(live) => live.log_snapshot(),
                            None => jobs.stored_log(&id).await.map_err(ApiError::rejection)?,
                        };
                        warp::reply::Response::new(bytes.into())
                    }
                };
                Ok::<_, Rejection>(
                    warp::reply::with_header(
                        body,
                        http::header::CONTENT_TYPE,
                        "text/plain; charset=utf-8",
                    )
                    .into_response(),
                )
            },
        );
    build
        .or(list)
        .unify()
        .or(get)
        .unify()
        .or(cancel)
        .unify()
        .or(log)
        .unify()
        .boxed()
}

/// `POST /v1/images/build/services/{service}/builders/{builder}`: 202 with the queued build.
async fn build(
    Segment(service): Segment,
    Segment(builder): Segment,
    body: Bytes,
    state: AppState,
) -> Result<warp::reply::Response, Rejection> {
    let request: BuildRequest = if body.iter().all(u8::is_ascii_whitespace) {
        BuildRequest::default()
    } else {
        super::extract::decode_json(&body).map_err(|e: ApiError| {
            e.hint(
                "send JSON: {\"nacl_content\": \"...\"} or {\"nacl_id\": \"ID or name\"}, \
                     with optional \"uplink_id\" and \"tag\"",
            )
            .into_rejection()
        })?
    };
    let record = state
        .builders
        .build(&service, &builder, request)
        .await
        .map_err(ApiError::rejection)?;
    Ok(located(
        StatusCode::ACCEPTED,
        &record,
        routes::BUILD,
        &record.id,
    ))
}
