//! `/v1/nacls`: IncludeOS configurations (the shared document routes of [`super::documents`]),
//! and `POST /v1/nacls/validate/builders/{builder}`, which checks a NaCl with a builder.

use bytes::Bytes;
use warp::{Filter, Rejection};

use super::extract::{Segment, bytes_body};
use super::paths::route;
use super::stream::json;
use super::{ApiError, AppState, Route, with_state};
use crate::protocol::routes;

/// Largest NaCl a validation takes.
const MAX_NACL: usize = 1 << 20;

pub fn routes(state: AppState) -> Route {
    let validate = route!(routes::NACL_VALIDATE)
        .and(warp::post())
        .and(super::extract::no_query())
        .and(bytes_body(MAX_NACL))
        .and(with_state(state.clone()))
        .and_then(
            |Segment(builder): Segment, body: Bytes, state: AppState| async move {
                let result = state
                    .builders
                    .validate(&builder, body.to_vec())
                    .await
                    .map_err(ApiError::rejection)?;
                Ok::<_, Rejection>(json(&result))
            },
        );
    let documents = super::documents::routes(
        state,
        routes::NACLS,
        routes::NACL,
        crate::store::Store::nacls,
    );
    validate.or(documents).unify().boxed()
}
