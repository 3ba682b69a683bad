//! `/v1/bobproviders...`: where builders come from (DockerHub, the local engine), their bobs,
//! and pulling one onto the engine.

use warp::{Filter, Rejection};

use super::extract::{Segment, page_query};
use super::paths::route;
use super::stream::{ChannelStream, json, ndjson};
use super::{ApiError, AppState, Route, with_state};
use crate::protocol::events::EventData;
use crate::protocol::list::{ListQuery, Page};
use crate::protocol::routes;

pub fn routes(state: AppState) -> Route {
    let providers = route!(routes::BOBPROVIDERS)
        .and(warp::get())
        .and(page_query())
        .and(with_state(state.clone()))
        .map(|q: ListQuery, state: AppState| json(&Page::of(state.builders.providers.list(), &q)));
    let update = route!(routes::BOBPROVIDER_UPDATE)
        .and(warp::post())
        .and(super::extract::no_query())
        .and(with_state(state.clone()))
        .and_then(|Segment(provider): Segment, state: AppState| async move {
            let updated = state
                .builders
                .providers
                .update(&provider)
                .await
                .map_err(ApiError::rejection)?;
            state.events.publish(EventData::ProviderUpdated {
                provider: updated.id.clone(),
            });
            Ok::<_, Rejection>(json(&updated))
        });
    let bobs = route!(routes::BOBPROVIDER_BOBS)
        .and(warp::get())
        .and(page_query())
        .and(with_state(state.clone()))
        .and_then(
            |Segment(provider): Segment, q: ListQuery, state: AppState| async move {
                let bobs = state
                    .builders
                    .providers
                    .bobs(&provider)
                    .await
                    .map_err(ApiError::rejection)?;
                Ok::<_, Rejection>(json(&Page::of(bobs, &q)))
            },
        );
    let prepare = route!(routes::BOBPROVIDER_PREPARE)
        .and(warp::post())
        .and(super::extract::no_query())
        .and(with_state(state.clone()))
        .and_then(
            |Segment(provider): Segment, Segment(bob): Segment, state: AppState| async move {
                let events = state
                    .builders
                    .providers
                    .prepare(&provider, &bob)
                    .await
                    .map_err(ApiError::rejection)?;
                let lines = ChannelStream(events).map_lines();
                Ok::<_, Rejection>(ndjson(lines))
            },
        );
    providers
        .or(update)
        .unify()
        .or(bobs)
        .unify()
        .or(prepare)
        .unify()
        .boxed()
}
