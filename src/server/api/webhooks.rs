//! `/v1/webhooks`: register (the answer shows the secret, once), list, get, delete.

use http::StatusCode;
use warp::{Filter, Reply};

use super::extract::{Segment, json_body};
use super::paths::route;
use super::stream::located;
use super::{ApiError, AppState, Route, with_state};
use crate::protocol::events::WebhookCreate;
use crate::protocol::list::{ListQuery, Page};
use crate::protocol::routes;

const BODY_LIMIT: usize = 64 * 1024;

pub fn routes(state: AppState) -> Route {
    let create = route!(routes::WEBHOOKS)
        .and(warp::post())
        .and(super::extract::no_query())
        .and(with_state(state.clone()))
        .and(json_body::<WebhookCreate>(BODY_LIMIT))
        .and_then(|state: AppState, body: WebhookCreate| async move {
            let hook = state
                .webhooks
                .create(body)
                .await
                .map_err(ApiError::rejection)?;
            Ok::<_, warp::Rejection>(located(
                StatusCode::CREATED,
                &hook,
                routes::WEBHOOK,
                &hook.id,
            ))
        });
    let list = route!(routes::WEBHOOKS)
        .and(warp::get())
        .and(super::extract::page_query())
        .and(with_state(state.clone()))
        .and_then(|q: ListQuery, state: AppState| async move {
            let items = state.webhooks.list().await.map_err(ApiError::rejection)?;
            let page = Page::of(items, &q);
            Ok::<_, warp::Rejection>(warp::reply::json(&page).into_response())
        });
    let get = route!(routes::WEBHOOK)
        .and(warp::get())
        .and(super::extract::no_query())
        .and(with_state(state.clone()))
        .and_then(|Segment(key): Segment, state: AppState| async move {
            let hook = state
                .webhooks
                .get(&key)
                .await
                .map_err(ApiError::rejection)?;
            Ok::<_, warp::Rejection>(warp::reply::json(&hook).into_response())
        });
    let delete = route!(routes::WEBHOOK)
        .and(warp::delete())
        .and(super::extract::no_query())
        .and(with_state(state))
        .and_then(|Segment(key): Segment, state: AppState| async move {
            state
                .webhooks
                .delete(&key)
                .await
                .map_err(ApiError::rejection)?;
            Ok::<_, warp::Rejection>(StatusCode::NO_CONTENT.into_response())
        });
    create
        .or(list)
        .unify()
        .or(get)
        .unify()
        .or(delete)
        .unify()
        .boxed()
}
