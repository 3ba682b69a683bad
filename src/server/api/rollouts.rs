//! Rollouts: `POST /v1/rollouts` starts one, `GET /v1/rollouts[/{id}]` reads the records,
//! `POST /v1/rollouts/{id}/pause|resume|cancel|rollback` steer it. The work is done by
//! [`crate::server::rollout`].

use http::StatusCode;
use warp::{Filter, Reply};

use super::extract::{Segment, StatusListParams, json_body};
use super::paths::route;
use super::stream::located;
use super::{ApiError, AppState, Route, with_state};
use crate::protocol::rollouts::{RolloutRequest, RolloutState};
use crate::protocol::routes;
use crate::server::rollout::RolloutError;
use crate::store::rollouts::RolloutQuery;

/// Largest `POST /v1/rollouts` body (100,000 instance ids fit).
const MAX_BODY: usize = 8 << 20;

impl From<RolloutError> for ApiError {
    fn from(e: RolloutError) -> Self {
        let message = e.to_string();
        match e {
            RolloutError::Store(e) => ApiError::from(e),
            RolloutError::Deploy(e) => ApiError::from(e),
            RolloutError::Invalid(_) => ApiError::bad_request(message),
            RolloutError::NoTargets(_) => ApiError::new(
                StatusCode::NOT_FOUND,
                crate::protocol::ErrorCode::NoTargets,
                message,
            )
            .hint("`mothership instances` shows the instances with their tag, service and version"),
            RolloutError::Unfit { .. } => ApiError::new(
                StatusCode::CONFLICT,
                crate::protocol::ErrorCode::Mismatch,
                message,
            )
            .hint(
                "build the image for these instances (`mothership upgrade` builds per IncludeOS \
                 version), or narrow the selector to the instances it fits",
            ),
            RolloutError::Builders(e) => ApiError::from(e),
            RolloutError::MixedVersions { .. } => ApiError::new(
                StatusCode::CONFLICT,
                crate::protocol::ErrorCode::Mismatch,
                message,
            )
            .hint(
                "pass \"build_per_version\": true (`mothership rollout start --build-per-version`) \
                 to build the image for each version with its newest builder, or narrow the \
                 selector to one `version`",
            ),
            RolloutError::NoBuilder { .. } => ApiError::new(
                StatusCode::CONFLICT,
                crate::protocol::ErrorCode::NoBuilder,
                message,
            )
            .hint(
                "prepare a builder of each version (`mothership bobs list DockerHub`, then \
                 `mothership bobs prepare DockerHub BOB`), or narrow the selector",
            ),
            RolloutError::State { .. } => ApiError::new(
                StatusCode::CONFLICT,
                crate::protocol::ErrorCode::Conflict,
                message,
            )
            .hint("`mothership rollout show ID` shows its status"),
        }
    }
}

/// Every rollout route.
pub fn routes(state: AppState) -> Route {
    let create = route!(routes::ROLLOUTS)
        .and(warp::post())
        .and(super::extract::no_query())
        .and(json_body::<RolloutRequest>(MAX_BODY))
        .and(with_state(state.clone()))
        .and_then(create);
    let list = route!(routes::ROLLOUTS)
        .and(warp::get())
        .and(super::extract::query::<StatusListParams>())
        .and(with_state(state.clone()))
        .and_then(list);
    let get = route!(routes::ROLLOUT)
        .and(warp::get())
        .and(super::extract::no_query())
        .and(with_state(state.clone()))
        .and_then(get);
    macro_rules! action {
        ($template:expr, $action:expr) => {
            route!($template)
                .and(warp::post())
                .and(super::extract::no_query())
                .and(with_state(state.clone()))
                .and_then(|Segment(id): Segment, state: AppState| act(id, state, $action))
                .boxed()
        };
    }
    create
        .or(list)
        .unify()
        .or(get)
        .unify()
        .or(action!(routes::ROLLOUT_PAUSE, Action::Pause))
        .unify()
        .or(action!(routes::ROLLOUT_RESUME, Action::Resume))
        .unify()
        .or(action!(routes::ROLLOUT_CANCEL, Action::Cancel))
        .unify()
        .or(action!(routes::ROLLOUT_ROLLBACK, Action::Rollback))
        .unify()
        .boxed()
}

#[derive(Debug, Clone, Copy)]
enum Action {
    Pause,
    Resume,
    Cancel,
    Rollback,
}

async fn create(
    body: RolloutRequest,
    state: AppState,
) -> Result<warp::reply::Response, warp::Rejection> {
    if body.image_id.trim().is_empty() {
        return Err(
            ApiError::bad_request("`image_id` is missing: name the image to roll out")
                .into_rejection(),
        );
    }
    let record = state
        .rollouts
        .create(body)
        .await
        .map_err(|e| ApiError::from(e).into_rejection())?;
    Ok(located(
        StatusCode::CREATED,
        &record,
        routes::ROLLOUT,
        &record.id,
    ))
}

async fn act(
    id: String,
    state: AppState,
    action: Action,
) -> Result<warp::reply::Response, warp::Rejection> {
    let r = &state.rollouts;
    let result = match action {
        Action::Pause => r.pause(&id).await,
        Action::Resume => r.resume(&id).await,
        Action::Cancel => r.cancel(&id).await,
        Action::Rollback => r.rollback(&id).await,
    };
    let record = result.map_err(|e| ApiError::from(e).into_rejection())?;
    Ok(warp::reply::json(&record).into_response())
}

/// `GET /v1/rollouts`: `?status=` and the usual list parameters.
async fn list(
    params: StatusListParams,
    state: AppState,
) -> Result<warp::reply::Response, warp::Rejection> {
    let (list, st) = params
        .parse(RolloutState::parse, &RolloutState::ALL)
        .map_err(ApiError::into_rejection)?;
    let q = RolloutQuery { list, state: st };
    let page = state
        .rollouts
        .list(q)
        .await
        .map_err(|e| ApiError::from(e).into_rejection())?;
    Ok(warp::reply::json(&page).into_response())
}

async fn get(
    Segment(id): Segment,
    state: AppState,
) -> Result<warp::reply::Response, warp::Rejection> {
    let r = state
        .rollouts
        .get(&id)
        .await
        .map_err(|e| ApiError::from(e).into_rejection())?;
    Ok(warp::reply::json(&r).into_response())
}
