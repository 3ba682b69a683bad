//! `/v1/webhooks`: register (the answer shows the secret, once), list, get, delete.

use http::StatusCode;
use warp::{Filter, Reply};

use super::extract::{Segment, json_body};
use super::{ApiError, AppState, Route, with_state};
use crate::protocol::events::WebhookCreate;
use crate::protocol::list::{ListQuery, Page};

const BODY_LIMIT: usize = 64 * 1024;

pub fn routes(state: AppState) -> Route {
    let create = warp::path!("v1" / "webhooks")
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
            Ok::<_, warp::Rejection>(
                warp::reply::with_header(
                    warp::reply::with_status(warp::reply::json(&hook), StatusCode::CREATED),
                    http::header::LOCATION,
                    format!("/v1/webhooks/{}", hook.id),
                )
                .into_response(),
            )
        });
    let list = warp::path!("v1" / "webhooks")
        .and(warp::get())
        .and(super::extract::page_query())
        .and(with_state(state.clone()))
        .and_then(|q: ListQuery, state: AppState| async move {
            let items = state.webhooks.list().await.map_err(ApiError::rejection)?;
            let page = Page::of(items, &q);
            Ok::<_, warp::Rejection>(warp::reply::json(&page).into_response())
        });
    let get = warp::path!("v1" / "webhooks" / Segment)
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
    let delete = warp::path!("v1" / "webhooks" / Segment)
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
