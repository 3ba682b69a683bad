//! `GET /v1/upgrades` (a page of upgrade records, newest first, `?instance=` and `?status=`
//! besides the usual list parameters) and `GET /v1/upgrades/{id}` (one record with its build
//! and deploy embedded).

use warp::{Filter, Reply};

use super::extract::{Segment, checked_list, status_filter};
use super::paths::route;
use super::{ApiError, AppState, Route, with_state};
use crate::protocol::list::ListQuery;
use crate::protocol::routes;
use crate::protocol::upgrade::UpgradeState;
use crate::store::instances::{self, Resolved};
use crate::store::upgrades::UpgradeQuery;

/// Longest `?instance=` accepted.
const MAX_INSTANCE: usize = 256;

pub fn routes(state: AppState) -> Route {
    let list = route!(routes::UPGRADES)
        .and(warp::get())
        .and(super::extract::query::<ListParams>())
        .and(with_state(state.clone()))
        .and_then(list);
    let get = route!(routes::UPGRADE)
        .and(warp::get())
        .and(super::extract::no_query())
        .and(with_state(state))
        .and_then(get);
    list.or(get).unify().boxed()
}

/// `GET /v1/upgrades`: `?instance=`, `?status=` and the usual list parameters.
#[derive(Debug, serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct ListParams {
    #[serde(default)]
    instance: Option<String>,
    #[serde(default)]
    status: Option<String>,
    #[serde(default)]
    search: Option<String>,
    #[serde(default)]
    sort: Option<String>,
    #[serde(default)]
    limit: Option<u64>,
    #[serde(default)]
    offset: Option<u64>,
}

/// The query, and the instance as given (UUID, alias or unique prefix).
fn parse_query(params: ListParams) -> Result<(UpgradeQuery, Option<String>), ApiError> {
    let state = params
        .status
        .map(|s| status_filter(&s, UpgradeState::parse, &UpgradeState::ALL))
        .transpose()?;
    if let Some(value) = &params.instance
        && (value.trim().is_empty() || value.len() > MAX_INSTANCE)
    {
        return Err(ApiError::from(crate::store::StoreError::Invalid {
            field: "instance",
            message: format!(
                "must name an instance (UUID, alias or unique start of a UUID, at most \
                 {MAX_INSTANCE} bytes)"
            ),
        }));
    }
    let list = checked_list(ListQuery {
        search: params.search,
        sort: params.sort,
        limit: params.limit,
        offset: params.offset,
    })?;
    let q = UpgradeQuery {
        list,
        state,
        ..UpgradeQuery::default()
    };
    Ok((q, params.instance))
}

async fn list(
    params: ListParams,
    state: AppState,
) -> Result<warp::reply::Response, warp::Rejection> {
    let (mut q, instance) = parse_query(params).map_err(ApiError::into_rejection)?;
    if let Some(given) = instance {
        let lookup = given.clone();
        let resolved = state
            .store
            .call(move |c| instances::resolve(c, &lookup))
            .await
            .map_err(ApiError::rejection)?;
        q.instance = Some(match resolved {
            Resolved::Found(uuid, _) => uuid,
            // An instance deleted since keeps its upgrades, listed by its whole UUID.
            Resolved::NotFound => given,
        });
    }
    let page = state.upgrader.list(q).await.map_err(ApiError::rejection)?;
    Ok(warp::reply::json(&page).into_response())
}

async fn get(
    Segment(id): Segment,
    state: AppState,
) -> Result<warp::reply::Response, warp::Rejection> {
    let upgrade = state.upgrader.get(&id).await.map_err(ApiError::rejection)?;
    Ok(warp::reply::json(&upgrade).into_response())
}
