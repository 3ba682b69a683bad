//! `/v1/nacls`: IncludeOS configurations (the shared document routes of [`super::documents`]),
//! `POST /v1/nacls/validate/builders/{builder}`, which checks a NaCl with a builder, and
//! `POST /v1/nacls/validate`, which checks it with Mothership's own checks ([`crate::nacl`]).

use bytes::Bytes;
use warp::{Filter, Rejection};

use super::extract::{Segment, bytes_body};
use super::paths::route;
use super::stream::json;
use super::{ApiError, AppState, Route, with_state};
use crate::protocol::builders::NaclCheck;
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
    // Before the documents: `/v1/nacls/validate` would otherwise be a NaCl's key.
    let check = route!(routes::NACL_CHECK)
        .and(warp::post())
        .and(super::extract::no_query())
        .and(bytes_body(MAX_NACL))
        .and_then(|body: Bytes| async move {
            let text = std::str::from_utf8(&body).map_err(|e| {
                ApiError::bad_request(format!(
                    "the NaCl is not UTF-8 (invalid byte at offset {})",
                    e.valid_up_to()
                ))
                .hint("send the NaCl text encoded as UTF-8")
                .into_rejection()
            })?;
            let text = text.to_owned();
            // A large NaCl takes milliseconds: off the threads that serve requests.
            let diagnostics = tokio::task::spawn_blocking(move || crate::nacl::check(&text))
                .await
                .map_err(|e| {
                    ApiError::internal(format!("the NaCl check stopped: {e}")).into_rejection()
                })?;
            let valid = diagnostics.iter().all(|d| !d.is_error());
            Ok::<_, Rejection>(json(&NaclCheck { valid, diagnostics }))
        });
    let documents = super::documents::routes(
        state,
        routes::NACLS,
        routes::NACL,
        crate::store::Store::nacls,
    );
    validate.or(check).unify().or(documents).unify().boxed()
}
