//! `GET /v1/upgrades` (a page of upgrade records, newest first, `?instance=` and `?state=`
//! besides the usual list parameters) and `GET /v1/upgrades/{id}` (one record with its build
//! and deploy embedded).

use warp::{Filter, Reply};

use super::extract::{Segment, parse_list_query};
use super::{ApiError, AppState, Route, with_state};
use crate::protocol::upgrade::UpgradeState;
use crate::store::instances::{self, Resolved};
use crate::store::upgrades::UpgradeQuery;

/// Longest `?instance=` accepted.
const MAX_INSTANCE: usize = 256;

pub fn routes(state: AppState) -> Route {
    let list = warp::path!("v1" / "upgrades")
        .and(warp::get())
        .and(warp::query::raw().or(warp::any().map(String::new)).unify())
        .and(with_state(state.clone()))
        .and_then(list);
    let get = warp::path!("v1" / "upgrades" / Segment)
        .and(warp::get())
        .and(super::extract::no_query())
        .and(with_state(state))
        .and_then(get);
    list.or(get).unify().boxed()
}

/// `?instance=`, `?state=` and the usual list parameters; the instance as given (UUID, alias
/// or unique prefix).
fn parse_query(raw: &str) -> Result<(UpgradeQuery, Option<String>), ApiError> {
    let mut q = UpgradeQuery::default();
    let mut instance = None;
    let mut rest = url::form_urlencoded::Serializer::new(String::new());
    for (key, value) in url::form_urlencoded::parse(raw.as_bytes()) {
        match key.as_ref() {
            "state" => {
                q.state = Some(UpgradeState::parse(&value).ok_or_else(|| {
                    ApiError::bad_request(format!("unknown state {value:?}"))
                        .hint("use building, deploying, verified, failed or cancelled")
                })?);
            }
            "instance" => {
                if value.trim().is_empty() || value.len() > MAX_INSTANCE {
                    return Err(ApiError::bad_request(format!(
                        "`instance` must name an instance (UUID, alias or unique start of a \
                         UUID, at most {MAX_INSTANCE} bytes)"
                    )));
                }
                instance = Some(value.into_owned());
            }
            _ => {
                rest.append_pair(&key, &value);
            }
        }
    }
    q.list = parse_list_query(&rest.finish()).map_err(|mut e| {
        e.body.error.message = e.body.error.message.replace(
            "use search, sort, limit and offset",
            "use instance, state, search, sort, limit and offset",
        );
        e
    })?;
    Ok((q, instance))
}

async fn list(raw: String, state: AppState) -> Result<warp::reply::Response, warp::Rejection> {
    let (mut q, instance) = parse_query(&raw).map_err(ApiError::into_rejection)?;
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
