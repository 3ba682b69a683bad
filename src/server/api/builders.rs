//! `/v1/builders...`: the builders the engine has.

use warp::{Filter, Rejection};

use super::extract::{Segment, page_query};
use super::paths::route;
use super::stream::json;
use super::{ApiError, AppState, Route, with_state};
use crate::protocol::list::{ListQuery, Page};
use crate::protocol::routes;

pub fn routes(state: AppState) -> Route {
    let builders = route!(routes::BUILDERS)
        .and(warp::get())
        .and(page_query())
        .and(with_state(state.clone()))
        .and_then(|q: ListQuery, state: AppState| async move {
            let list = state
                .builders
                .list_builders()
                .await
                .map_err(ApiError::rejection)?;
            Ok::<_, Rejection>(json(&Page::of(list, &q)))
        });
    let builder = route!(routes::BUILDER)
        .and(warp::get())
        .and(super::extract::no_query())
        .and(with_state(state.clone()))
        .and_then(|Segment(id): Segment, state: AppState| async move {
            let found = state
                .builders
                .find_builder(&id)
                .await
                .map_err(ApiError::rejection)?;
            Ok::<_, Rejection>(json(&found.builder))
        });
    let delete = route!(routes::BUILDER)
        .and(warp::delete())
        .and(super::extract::no_query())
        .and(with_state(state.clone()))
        .and_then(|Segment(id): Segment, state: AppState| async move {
            let removed = state
                .builders
                .delete_builder(&id)
                .await
                .map_err(ApiError::rejection)?;
            Ok::<_, Rejection>(json(&removed))
        });
    builders.or(builder).unify().or(delete).unify().boxed()
}
