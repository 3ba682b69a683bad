//! `/v1/audit`: `GET /v1/audit`, the audit log of state-changing requests, paged (recorded by
//! `crate::server::audit`).

use warp::{Filter, Reply};

use super::extract::list_query;
use super::paths::route;
use super::{ApiError, AppState, Route, with_state};
use crate::protocol::list::ListQuery;
use crate::protocol::routes;

pub fn routes(state: AppState) -> Route {
    route!(routes::AUDIT)
        .and(warp::get())
        .and(with_state(state))
        .and(list_query())
        .and_then(|state: AppState, q: ListQuery| async move {
            state.audit.flush().await;
            let page = state
                .store
                .list_audit(q)
                .await
                .map_err(|e| ApiError::from(e).into_rejection())?;
            Ok::<_, warp::Rejection>(warp::reply::json(&page).into_response())
        })
        .boxed()
}
