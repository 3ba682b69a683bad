//! `/v1/services...`: the services builders bundle and the ones users store (a tar or tar.gz
//! of a directory with `CMakeLists.txt`), to build with any classic builder.

use bytes::Bytes;
use http::StatusCode;
use serde::Deserialize;
use warp::{Filter, Rejection};

use super::extract::{Segment, bytes_body};
use super::paths::route;
use super::stream::json;
use super::stream::located;
use super::{ApiError, AppState, Route, with_state};
use crate::builders::sources::MAX_SERVICE;
use crate::protocol::builders::{SERVICE_STORED, Service};
use crate::protocol::list::{ListQuery, Page};
use crate::protocol::routes;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct PushQuery {
    #[serde(default)]
    name: Option<String>,
}

pub fn routes(state: AppState) -> Route {
    let list = route!(routes::SERVICES)
        .and(warp::get())
        .and(super::extract::page_query())
        .and(with_state(state.clone()))
        .and_then(|q: ListQuery, state: AppState| async move {
            let list = state
                .builders
                .services()
                .await
                .map_err(ApiError::rejection)?;
            Ok::<_, Rejection>(json(&Page::of(list, &q)))
        });
    let create = route!(routes::SERVICES)
        .and(warp::post())
        .and(super::extract::query::<PushQuery>())
        .and(bytes_body(MAX_SERVICE))
        .and(with_state(state.clone()))
        .and_then(
            |query: PushQuery, body: Bytes, state: AppState| async move {
                push(query.name, body, state).await
            },
        );
    let put = route!(routes::SERVICE)
        .and(warp::put())
        .and(super::extract::no_query())
        .and(bytes_body(MAX_SERVICE))
        .and(with_state(state.clone()))
        .and_then(
            |Segment(name): Segment, body: Bytes, state: AppState| async move {
                push(Some(name), body, state).await
            },
        );
    let get = route!(routes::SERVICE)
        .and(warp::get())
        .and(super::extract::no_query())
        .and(warp::header::optional::<String>("accept"))
        .and(with_state(state.clone()))
        .and_then(
            |Segment(name): Segment, accept: Option<String>, state: AppState| async move {
                let wants_tar = accept.is_some_and(|a| {
                    a.contains("application/octet-stream") || a.contains("application/x-tar")
                });
                if wants_tar {
                    return archive(&name, &state).await;
                }
                Ok::<_, Rejection>(json(&inspect(&name, &state).await?))
            },
        );
    let get_archive = route!(routes::SERVICE_ARCHIVE)
        .and(warp::get())
        .and(super::extract::no_query())
        .and(with_state(state.clone()))
        .and_then(
            |Segment(name): Segment, state: AppState| async move { archive(&name, &state).await },
        );
    let delete = route!(routes::SERVICE)
        .and(warp::delete())
        .and(super::extract::no_query())
        .and(with_state(state))
        .and_then(|Segment(name): Segment, state: AppState| async move {
            let removed = state
                .store
                .delete_service(&name)
                .await
                .map_err(ApiError::rejection)?;
            Ok::<_, Rejection>(json(&removed))
        });
    list.or(create)
        .unify()
        .or(put)
        .unify()
        .or(get_archive)
        .unify()
        .or(get)
        .unify()
        .or(delete)
        .unify()
        .boxed()
}

async fn push(
    name: Option<String>,
    body: Bytes,
    state: AppState,
) -> Result<warp::reply::Response, Rejection> {
    let stored = state
        .builders
        .store_service(name.as_deref(), body)
        .await
        .map_err(ApiError::rejection)?;
    Ok(located(
        StatusCode::CREATED,
        &stored,
        routes::SERVICE,
        &stored.name,
    ))
}

/// A stored service, else a bundled one of that name, else 404.
async fn inspect(name: &str, state: &AppState) -> Result<Service, Rejection> {
    if let Some(stored) = state
        .store
        .get_service(name)
        .await
        .map_err(|e| ApiError::from(e).into_rejection())?
    {
        let all = state
            .builders
            .services()
            .await
            .map_err(ApiError::rejection)?;
        return Ok(all
            .into_iter()
            .find(|s| s.source == SERVICE_STORED && s.name == name)
            .unwrap_or(Service {
                name: name.to_owned(),
                builders: Vec::new(),
                source: SERVICE_STORED.into(),
                stored: Some(stored),
            }));
    }
    state
        .builders
        .services()
        .await
        .map_err(ApiError::rejection)?
        .into_iter()
        .find(|s| s.name == name)
        .ok_or_else(|| {
            ApiError::not_found(format!(
                "no service named {name:?}, stored or bundled by a builder: see `mothership \
                 services list`"
            ))
            .into_rejection()
        })
}

async fn archive(name: &str, state: &AppState) -> Result<warp::reply::Response, Rejection> {
    let tar = state
        .store
        .service_archive(name)
        .await
        .map_err(ApiError::rejection)?;
    let mut response = warp::reply::Response::new(tar.into());
    response.headers_mut().insert(
        http::header::CONTENT_TYPE,
        http::HeaderValue::from_static("application/x-tar"),
    );
    Ok(response)
}
