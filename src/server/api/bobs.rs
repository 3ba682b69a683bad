//! `/v1/bobproviders...`, `/v1/builders...`: where builders come from and
//! which ones the engine has.

use crate::protocol::ErrorCode;
use crate::protocol::events::EventData;
use std::convert::Infallible;
use std::pin::Pin;
use std::task::{Context, Poll};

use bytes::Bytes;
use http::StatusCode;
use serde::Serialize;
use tokio::sync::mpsc;
use warp::{Filter, Rejection, Reply};

use super::extract::Segment;
use super::{ApiError, AppState, Route, with_state};
use crate::builders::BuildersError;
use crate::builders::registry::RegistryError;

pub fn routes(state: AppState) -> Route {
    let providers = warp::path!("v1" / "bobproviders")
        .and(warp::get())
        .and(with_state(state.clone()))
        .map(|state: AppState| json(&state.builders.providers.list()));
    let update = warp::path!("v1" / "bobproviders" / Segment / "update")
        .and(warp::post())
        .and(with_state(state.clone()))
        .and_then(|Segment(provider): Segment, state: AppState| async move {
            let updated = state
                .builders
                .providers
                .update(&provider)
                .await
                .map_err(reject)?;
            state.events.publish(EventData::ProviderUpdated {
                provider: updated.id.clone(),
            });
            Ok::<_, Rejection>(json(&updated))
        });
    let bobs = warp::path!("v1" / "bobproviders" / Segment / "bobs")
        .and(warp::get())
        .and(with_state(state.clone()))
        .and_then(|Segment(provider): Segment, state: AppState| async move {
            let bobs = state
                .builders
                .providers
                .bobs(&provider)
                .await
                .map_err(reject)?;
            Ok::<_, Rejection>(json(&bobs))
        });
    let prepare = warp::path!("v1" / "bobproviders" / Segment / "prepare" / "bobs" / Segment)
        .and(warp::post())
        .and(with_state(state.clone()))
        .and_then(
            |Segment(provider): Segment, Segment(bob): Segment, state: AppState| async move {
                let events = state
                    .builders
                    .providers
                    .prepare(&provider, &bob)
                    .await
                    .map_err(reject)?;
                let lines = ChannelStream(events).map_lines();
                Ok::<_, Rejection>(ndjson(lines))
            },
        );
    let builders = warp::path!("v1" / "builders")
        .and(warp::get())
        .and(with_state(state.clone()))
        .and_then(|state: AppState| async move {
            let list = state.builders.list_builders().await.map_err(reject)?;
            Ok::<_, Rejection>(json(&list))
        });
    let builder = warp::path!("v1" / "builders" / Segment)
        .and(warp::get())
        .and(with_state(state.clone()))
        .and_then(|Segment(id): Segment, state: AppState| async move {
            let found = state.builders.find_builder(&id).await.map_err(reject)?;
            Ok::<_, Rejection>(json(&found.builder))
        });
    let delete = warp::path!("v1" / "builders" / Segment)
        .and(warp::delete())
        .and(with_state(state.clone()))
        .and_then(|Segment(id): Segment, state: AppState| async move {
            let removed = state.builders.delete_builder(&id).await.map_err(reject)?;
            Ok::<_, Rejection>(json(&removed))
        });
    providers
        .or(update)
        .unify()
        .or(bobs)
        .unify()
        .or(prepare)
        .unify()
        .or(builders)
        .unify()
        .or(builder)
        .unify()
        .or(delete)
        .unify()
        .boxed()
}

pub(super) fn json<T: Serialize>(value: &T) -> warp::reply::Response {
    warp::reply::json(value).into_response()
}

pub(super) fn reject(e: BuildersError) -> Rejection {
    api_error(e).into_rejection()
}

/// The status and code of each kind of builder failure.
pub(super) fn api_error(e: BuildersError) -> ApiError {
    let message = e.to_string();
    match e {
        BuildersError::Unavailable(u) => ApiError::new(
            StatusCode::SERVICE_UNAVAILABLE,
            ErrorCode::EngineUnavailable,
            message,
        )
        .hint(format!(
            "start dockerd (or check it runs at {}), or point --dockerhost / DOCKER_HOST at a \
             running engine; Mothership picks it up without a restart",
            u.host
        )),
        BuildersError::NotFound(_) => ApiError::not_found(message),
        BuildersError::BadRequest(_) => ApiError::bad_request(message),
        BuildersError::TooLarge(_) => ApiError::new(
            StatusCode::PAYLOAD_TOO_LARGE,
            ErrorCode::PayloadTooLarge,
            message,
        ),
        BuildersError::Conflict(_) => {
            ApiError::new(StatusCode::CONFLICT, ErrorCode::Conflict, message)
        }
        BuildersError::Busy(_) => ApiError::new(
            StatusCode::TOO_MANY_REQUESTS,
            ErrorCode::TooManyBuilds,
            message,
        ),
        BuildersError::Registry(RegistryError::Unreachable { .. }) => ApiError::new(
            StatusCode::BAD_GATEWAY,
            ErrorCode::RegistryUnreachable,
            message,
        )
        .hint("check the registry URL (--dockerhuburl) and the network"),
        BuildersError::Registry(_) => {
            ApiError::new(StatusCode::BAD_GATEWAY, ErrorCode::RegistryError, message)
                .hint("check --dockerhuburl and --dockerhubrepo")
        }
        BuildersError::Engine { .. } => {
            ApiError::new(StatusCode::BAD_GATEWAY, ErrorCode::EngineError, message)
        }
        // The store's own mapping: an ambiguous or short prefix is the client's (409, 400).
        BuildersError::Store(e) => ApiError::from(e),
        BuildersError::Internal(_) => {
            tracing::error!("{message}");
            ApiError::internal(message)
        }
    }
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
    fn map_lines(self) -> ChannelStream<Result<Bytes, Infallible>> {
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

fn ndjson(lines: ChannelStream<Result<Bytes, Infallible>>) -> warp::reply::Response {
    warp::reply::with_header(
        warp::reply::stream(lines),
        http::header::CONTENT_TYPE,
        "application/x-ndjson",
    )
    .into_response()
}
