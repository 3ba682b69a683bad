//! `/v1/health` and `/v1/info`.

use warp::{Filter, Reply};

use super::{AppState, Route, with_state};
use crate::protocol::{API_VERSION, Health, Info};

/// `GET /v1/health`: no authentication, for load balancers and scripts waiting for start-up.
pub fn health() -> impl Filter<Extract = (warp::reply::Response,), Error = warp::Rejection> + Clone
{
    warp::path!("v1" / "health")
        .and(warp::get())
        .and(super::extract::no_query())
        .map(|| {
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
        .and(super::extract::no_query())
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

/// `GET /metrics`: the server's figures in the Prometheus text format (see `crate::metrics`).
/// Authentication is decided where the routes are put together (`--metricsauth`).
pub fn metrics(state: AppState) -> Route {
    warp::path!("metrics")
        .and(warp::get())
        .and(super::extract::no_query())
        .and(with_state(state))
        .and_then(|state: AppState| async move {
            let snapshot = metrics_snapshot(&state.store, &state.hangar).await;
            let page = state.hangar.metrics().render(&snapshot);
            Ok::<_, warp::Rejection>(
                warp::reply::with_header(page, "content-type", crate::metrics::CONTENT_TYPE)
                    .into_response(),
            )
        })
        .boxed()
}

/// What `/metrics` (and the InfluxDB reporter) reads at the time it is asked: a store that
/// cannot be read shows as zeros (and is logged) rather than failing the whole page.
pub(crate) async fn metrics_snapshot(
    store: &crate::store::Store,
    hangar: &crate::server::uplink::Hangar,
) -> crate::metrics::Snapshot {
    let figures = store
        .call(|conn| {
            let counts = crate::store::instances::counts(conn)?;
            let images: i64 =
                conn.query_row("SELECT coalesce(sum(size), 0) FROM images", [], |r| {
                    r.get(0)
                })?;
            Ok((counts, images))
        })
        .await;
    let (counts, images) = match figures {
        Ok(f) => f,
        Err(e) => {
            tracing::warn!("metrics: reading the store failed: {e}");
            Default::default()
        }
    };
    let root = store.root().to_owned();
    let database_bytes = ["mothership.db", "mothership.db-wal", "mothership.db-shm"]
        .iter()
        .filter_map(|name| std::fs::metadata(root.join(name)).ok())
        .map(|m| m.len())
        .sum();
    crate::metrics::Snapshot {
        connected: counts.connected,
        disconnected: counts.disconnected,
        unknown: counts.unknown,
        panicked: counts.panicked,
        docked: hangar.connected_count() as u64,
        database_bytes,
        images_bytes: images.max(0) as u64,
    }
}
