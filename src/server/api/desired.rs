//! Desired state: `GET|PUT|DELETE /v1/instances/{id}/desired` for one instance,
//! `PUT|DELETE /v1/desired` for the instances a selector picks. The work is done by
//! [`crate::server::desired`].

use warp::{Filter, Reply};

use super::extract::{Segment, json_body};
use super::paths::route;
use super::{ApiError, AppState, Route, with_state};
use crate::protocol::desired::{DesiredGroupClear, DesiredGroupRequest, DesiredRequest};
use crate::protocol::rollouts::Selector;
use crate::protocol::routes;
use crate::server::desired::DesiredError;

/// Largest body (100,000 instance ids fit).
const MAX_BODY: usize = 8 << 20;

impl From<DesiredError> for ApiError {
    fn from(e: DesiredError) -> Self {
        match e {
            DesiredError::Store(e) => ApiError::from(e),
            DesiredError::Deploy(e) => ApiError::from(e),
            DesiredError::Select(e) => ApiError::from(e),
        }
    }
}

/// Every desired-state route.
pub fn routes(state: AppState) -> Route {
    let get = route!(routes::INSTANCE_DESIRED)
        .and(warp::get())
        .and(super::extract::no_query())
        .and(with_state(state.clone()))
        .and_then(get_one);
    let put = route!(routes::INSTANCE_DESIRED)
        .and(warp::put())
        .and(super::extract::no_query())
        .and(json_body::<DesiredRequest>(MAX_BODY))
        .and(with_state(state.clone()))
        .and_then(put_one);
    let delete = route!(routes::INSTANCE_DESIRED)
        .and(warp::delete())
        .and(super::extract::no_query())
        .and(with_state(state.clone()))
        .and_then(delete_one);
    let put_group = route!(routes::DESIRED)
        .and(warp::put())
        .and(super::extract::no_query())
        .and(json_body::<DesiredGroupRequest>(MAX_BODY))
        .and(with_state(state.clone()))
        .and_then(put_group);
    let delete_group = route!(routes::DESIRED)
        .and(warp::delete())
        .and(super::extract::no_query())
        .and(json_body::<DesiredGroupClear>(MAX_BODY))
        .and(with_state(state))
        .and_then(delete_group);
    get.or(put)
        .unify()
        .or(delete)
        .unify()
        .or(put_group)
        .unify()
        .or(delete_group)
        .unify()
        .boxed()
}

fn one(uuid: &str) -> Selector {
    Selector {
        instances: Some(vec![uuid.to_owned()]),
        ..Default::default()
    }
}

/// The instance's desired state as it is now.
async fn answer(state: &AppState, uuid: String) -> Result<warp::reply::Response, warp::Rejection> {
    state.hangar.flush().await;
    let key = uuid.clone();
    let inst = state
        .store
        .call(move |c| crate::store::instances::get(c, &key))
        .await
        .map_err(ApiError::rejection)?
        .ok_or_else(|| ApiError::not_found(format!("no instance {uuid}")).into_rejection())?;
    Ok(warp::reply::json(&inst.desired).into_response())
}

async fn get_one(
    Segment(id): Segment,
    state: AppState,
) -> Result<warp::reply::Response, warp::Rejection> {
    let uuid = super::instances::resolve(&state, id).await?;
    answer(&state, uuid).await
}

async fn put_one(
    Segment(id): Segment,
    body: DesiredRequest,
    state: AppState,
) -> Result<warp::reply::Response, warp::Rejection> {
    let uuid = super::instances::resolve(&state, id).await?;
    image_given(&body.image_id)?;
    state
        .desired
        .set(&one(&uuid), &body.image_id, "api")
        .await
        .map_err(|e| ApiError::from(e).into_rejection())?;
    answer(&state, uuid).await
}

async fn delete_one(
    Segment(id): Segment,
    state: AppState,
) -> Result<warp::reply::Response, warp::Rejection> {
    let uuid = super::instances::resolve(&state, id).await?;
    state
        .desired
        .clear(&one(&uuid))
        .await
        .map_err(|e| ApiError::from(e).into_rejection())?;
    answer(&state, uuid).await
}

async fn put_group(
    body: DesiredGroupRequest,
    state: AppState,
) -> Result<warp::reply::Response, warp::Rejection> {
    image_given(&body.image_id)?;
    let change = state
        .desired
        .set(&body.selector, &body.image_id, "api")
        .await
        .map_err(|e| ApiError::from(e).into_rejection())?;
    Ok(warp::reply::json(&change).into_response())
}

async fn delete_group(
    body: DesiredGroupClear,
    state: AppState,
) -> Result<warp::reply::Response, warp::Rejection> {
    let change = state
        .desired
        .clear(&body.selector)
        .await
        .map_err(|e| ApiError::from(e).into_rejection())?;
    Ok(warp::reply::json(&change).into_response())
}

fn image_given(image: &str) -> Result<(), warp::Rejection> {
    if image.trim().is_empty() {
        return Err(ApiError::bad_request(
            "`image_id` is missing: name the image the instances should run",
        )
        .into_rejection());
    }
    Ok(())
}
