//! `/v1/uplinks`: create, list, get, update (PATCH), delete, and an uplink's token. A bad url is
//! a 422 that names the field. Tokens are shown only by `POST /v1/uplinks` (the creator needs the
//! token it may not have chosen) and `GET /v1/uplinks/{id}/token`; lists and other answers leave
//! them out, so a listing pasted into a ticket or a log does not leak every uplink's secret.

use http::StatusCode;
use warp::{Filter, Reply};

use super::extract::{Segment, json_body, list_query};
use super::paths::route;
use super::stream::located;
use super::{ApiError, AppState, Route, with_state};
use crate::protocol::events::EventData;
use crate::protocol::list::ListQuery;
use crate::protocol::routes;
use crate::protocol::uplinks::{Uplink, UplinkCreate, UplinkToken, UplinkUpdate};

const BODY_LIMIT: usize = 64 * 1024;

pub fn routes(state: AppState) -> Route {
    let create = route!(routes::UPLINKS)
        .and(warp::post())
        .and(super::extract::no_query())
        .and(with_state(state.clone()))
        .and(json_body::<UplinkCreate>(BODY_LIMIT))
        .and_then(|state: AppState, body: UplinkCreate| async move {
            let uplink = state.store.create_uplink(body).await.map_err(ApiError::rejection)?;
            tracing::info!(id = %uplink.id, name = %uplink.name, url = %uplink.url, "Created uplink");
            state.events.publish(EventData::UplinkCreated {
                id: uplink.id.clone(),
                name: uplink.name.clone(),
                url: uplink.url.clone(),
            });
            let uplink = presented(&state, uplink);
            Ok::<_, warp::Rejection>(located(
                StatusCode::CREATED,
                &uplink,
                routes::UPLINK,
                &uplink.id,
            ))
        });
    let list = route!(routes::UPLINKS)
        .and(warp::get())
        .and(with_state(state.clone()))
        .and(list_query())
        .and_then(|state: AppState, q: ListQuery| async move {
            let mut page = state
                .store
                .list_uplinks(q)
                .await
                .map_err(ApiError::rejection)?;
            page.items = page
                .items
                .into_iter()
                .map(|u| hidden(presented(&state, u)))
                .collect();
            Ok::<_, warp::Rejection>(warp::reply::json(&page).into_response())
        });
    let get = route!(routes::UPLINK)
        .and(warp::get())
        .and(super::extract::no_query())
        .and(with_state(state.clone()))
        .and_then(|Segment(key): Segment, state: AppState| async move {
            let uplink = state
                .store
                .get_uplink(&key)
                .await
                .map_err(ApiError::rejection)?;
            let uplink = hidden(presented(&state, uplink));
            Ok::<_, warp::Rejection>(warp::reply::json(&uplink).into_response())
        });
    let token = route!(routes::UPLINK_TOKEN)
        .and(warp::get())
        .and(super::extract::no_query())
        .and(with_state(state.clone()))
        .and_then(|Segment(key): Segment, state: AppState| async move {
            let uplink = state
                .store
                .get_uplink(&key)
                .await
                .map_err(ApiError::rejection)?;
            Ok::<_, warp::Rejection>(
                warp::reply::json(&UplinkToken {
                    id: uplink.id,
                    name: uplink.name,
                    token: uplink.token,
                })
                .into_response(),
            )
        });
    let update = route!(routes::UPLINK)
        .and(warp::patch())
        .and(super::extract::no_query())
        .and(with_state(state.clone()))
        .and(json_body::<UplinkUpdate>(BODY_LIMIT))
        .and_then(
            |Segment(key): Segment, state: AppState, body: UplinkUpdate| async move {
                let uplink = state
                    .store
                    .update_uplink(&key, body)
                    .await
                    .map_err(ApiError::rejection)?;
                let uplink = hidden(presented(&state, uplink));
                Ok::<_, warp::Rejection>(warp::reply::json(&uplink).into_response())
            },
        );
    let delete = route!(routes::UPLINK)
        .and(warp::delete())
        .and(super::extract::no_query())
        .and(with_state(state))
        .and_then(|Segment(key): Segment, state: AppState| async move {
            let uplink = state
                .store
                .delete_uplink(&key)
                .await
                .map_err(ApiError::rejection)?;
            tracing::info!(id = %uplink.id, name = %uplink.name, "Deleted uplink");
            state.events.publish(EventData::UplinkDeleted {
                id: uplink.id,
                name: uplink.name,
            });
            Ok::<_, warp::Rejection>(StatusCode::NO_CONTENT.into_response())
        });
    create
        .or(list)
        .unify()
        .or(get)
        .unify()
        .or(token)
        .unify()
        .or(update)
        .unify()
        .or(delete)
        .unify()
        .boxed()
}

/// Adds what this server's uplink port presents to an `https` uplink: the certificate its
/// instances must trust.
fn presented(state: &AppState, mut uplink: Uplink) -> Uplink {
    if uplink.url.starts_with("https:") {
        uplink.presented_certificate = state.uplink.certificate_fingerprint.clone();
    }
    uplink
}

/// `uplink` without its token (see the module's comment).
fn hidden(mut uplink: Uplink) -> Uplink {
    uplink.token.clear();
    uplink
}
