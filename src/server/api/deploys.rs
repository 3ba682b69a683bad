//! Deploys (live updates): `POST /v1/instances/{id}/deploy/{image}` for one instance,
//! `POST /v1/deploys` for many, `GET /v1/deploys[/{id}]` for the records. The work is done by
//! [`crate::server::deploy`]; this module turns requests into plans and errors into answers.

use http::StatusCode;
use warp::{Filter, Reply};

use super::extract::{Segment, StatusListParams, json_body};
use super::instances::resolve;
use super::paths::route;
use super::stream::located;
use super::{ApiError, AppState, Route, with_state};
use crate::protocol::deploys::{
    DEFAULT_CONCURRENCY, Deploy, DeployParams, DeployRequest, DeployState, MAX_CONCURRENCY,
};
use crate::protocol::instances::InstanceStatus;
use crate::protocol::routes;
use crate::server::deploy::{Plan, Selection};
use crate::store::deploys::DeployQuery;

/// Largest `POST /v1/deploys` body (100,000 instance ids fit).
const MAX_BODY: usize = 8 << 20;
/// Longest tag or search term of a filter.
const MAX_FILTER: usize = 256;

/// Every deploy route.
pub fn routes(state: AppState) -> Route {
    let one = route!(routes::INSTANCE_DEPLOY)
        .and(warp::post())
        .and(params())
        .and(with_state(state.clone()))
        .and_then(deploy_one);
    let many = route!(routes::DEPLOYS)
        .and(warp::post())
        .and(params())
        .and(json_body::<DeployRequest>(MAX_BODY))
        .and(with_state(state.clone()))
        .and_then(deploy_many);
    let list = route!(routes::DEPLOYS)
        .and(warp::get())
        .and(super::extract::query::<StatusListParams>())
        .and(with_state(state.clone()))
        .and_then(list);
    let get = route!(routes::DEPLOY)
        .and(warp::get())
        .and(super::extract::no_query())
        .and(with_state(state))
        .and_then(get);
    one.or(many)
        .unify()
        .or(list)
        .unify()
        .or(get)
        .unify()
        .boxed()
}

/// `?wait=&force=`, with a message that names the parameters on a bad query.
fn params() -> impl Filter<Extract = (DeployParams,), Error = warp::Rejection> + Clone {
    super::extract::query::<DeployParams>()
}

/// Starts a plan; answers 202 with the record at once, or 200 with the final record.
async fn run(
    state: &AppState,
    plan: Plan,
    wait: bool,
) -> Result<warp::reply::Response, warp::Rejection> {
    let started = state
        .deployer
        .start_deploy(plan)
        .await
        .map_err(ApiError::rejection)?;
    let (status, record): (StatusCode, Deploy) = if wait {
        let done = state
            .deployer
            .wait(&started.id)
            .await
            .map_err(ApiError::rejection)?;
        (StatusCode::OK, done)
    } else {
        (StatusCode::ACCEPTED, started)
    };
    Ok(located(status, &record, routes::DEPLOY, &record.id))
}

async fn deploy_one(
    Segment(id): Segment,
    Segment(image): Segment,
    params: DeployParams,
    state: AppState,
) -> Result<warp::reply::Response, warp::Rejection> {
    let uuid = resolve(&state, id).await?;
    let plan = Plan {
        image,
        selection: Selection::One(uuid),
        concurrency: 1,
        force: params.force,
        trigger: None,
    };
    run(&state, plan, params.wait).await
}

fn check_filter(what: &str, value: &Option<String>) -> Result<(), warp::Rejection> {
    match value {
        Some(v) if v.trim().is_empty() => Err(ApiError::bad_request(format!(
            "`{what}` is empty: leave it out, or give a value"
        ))
        .into_rejection()),
        Some(v) if v.len() > MAX_FILTER => Err(ApiError::bad_request(format!(
            "`{what}` is longer than {MAX_FILTER} bytes"
        ))
        .into_rejection()),
        _ => Ok(()),
    }
}

async fn deploy_many(
    params: DeployParams,
    body: DeployRequest,
    state: AppState,
) -> Result<warp::reply::Response, warp::Rejection> {
    if body.image.trim().is_empty() {
        return Err(
            ApiError::bad_request("`image` is missing: name the image to deploy").into_rejection(),
        );
    }
    check_filter("tag", &body.tag)?;
    check_filter("search", &body.search)?;
    let has_filter = body.status.is_some() || body.tag.is_some() || body.search.is_some();
    let selection = match (body.instances, has_filter || body.all) {
        (Some(_), true) => {
            return Err(ApiError::bad_request(
                "give either `instances` or a filter (`all`, `status`, `tag`, `search`), not both",
            )
            .into_rejection());
        }
        (Some(ids), false) => Selection::Ids(ids),
        (None, true) => Selection::Filter {
            status: match body.status.as_deref() {
                None => InstanceStatus::Connected,
                Some(s) => InstanceStatus::parse(s).ok_or_else(|| {
                    ApiError::bad_request(format!("unknown status {s:?}"))
                        .hint("use connected, disconnected or unknown")
                        .into_rejection()
                })?,
            },
            tag: body.tag,
            search: body.search,
        },
        (None, false) => {
            return Err(ApiError::bad_request(
                "say which instances to deploy to: `instances` (ids), a filter (`status`, `tag`, \
                 `search`), or `all: true` for every connected instance",
            )
            .into_rejection());
        }
    };
    let concurrency = body.concurrency.unwrap_or(DEFAULT_CONCURRENCY);
    if concurrency == 0 || concurrency > MAX_CONCURRENCY {
        return Err(ApiError::bad_request(format!(
            "`concurrency` must be between 1 and {MAX_CONCURRENCY}, got {concurrency}"
        ))
        .into_rejection());
    }
    let plan = Plan {
        image: body.image,
        selection,
        concurrency,
        force: body.force || params.force,
        trigger: None,
    };
    run(&state, plan, params.wait).await
}

fn parse_query(params: StatusListParams) -> Result<DeployQuery, ApiError> {
    let (list, state) = params.parse(DeployState::parse, &DeployState::ALL)?;
    Ok(DeployQuery { list, state })
}

async fn list(
    params: StatusListParams,
    state: AppState,
) -> Result<warp::reply::Response, warp::Rejection> {
    let q = parse_query(params).map_err(ApiError::into_rejection)?;
    let page = state
        .deployer
        .list(q)
        .await
        .map_err(|e| ApiError::from(e).into_rejection())?;
    Ok(warp::reply::json(&page).into_response())
}

async fn get(
    Segment(id): Segment,
    state: AppState,
) -> Result<warp::reply::Response, warp::Rejection> {
    let deploy = state
        .deployer
        .get(&id)
        .await
        .map_err(|e| ApiError::from(e).into_rejection())?;
    Ok(warp::reply::json(&deploy).into_response())
}
