//! `/v1/health` and `/v1/info`.

use warp::{Filter, Reply};

use super::{AppState, Route, with_state};
use crate::protocol::{API_VERSION, Health, Info};

/// `GET /v1/health`: no authentication, for load balancers and scripts waiting for start-up.
pub fn health() -> impl Filter<Extract = (warp::reply::Response,), Error = warp::Rejection> + Clone
{
    warp::path!("v1" / "health").and(warp::get()).map(|| {
        warp::reply::json(&Health {
            status: "ok".into(),
        })
        .into_response()
    })
}

/// `GET /v1/info`.
pub fn info(state: AppState) -> Route {
    warp::path!("v1" / "info")
        .and(warp::get())
        .and(with_state(state))
        .map(|state: AppState| {
            warp::reply::json(&Info {
                name: state.config.name.clone(),
                version: crate::VERSION.into(),
                api_version: API_VERSION.into(),
                uptime_secs: state.started.elapsed().as_secs(),
                uplink: Some((*state.uplink).clone()),
            })
            .into_response()
        })
        .boxed()
}
