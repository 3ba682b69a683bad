//! `/v1/health`, `/v1/info`, `/metrics`, and the API's description: `/v1/openapi.json` and the
//! interactive documentation at `/apidocs`.

use std::sync::{Arc, LazyLock};

use warp::{Filter, Reply};

use super::paths::route;
use super::{AppState, Route, with_state};
use crate::protocol::routes;
use crate::protocol::{API_VERSION, Health, Info};

/// `GET /v1/health`: no authentication, for load balancers and scripts waiting for start-up.
pub fn health() -> impl Filter<Extract = (warp::reply::Response,), Error = warp::Rejection> + Clone
{
    route!(routes::HEALTH)
        .and(warp::get())
        .and(super::extract::no_query())
        .map(|| {
            warp::reply::json(&Health {
                status: "ok".into(),
            })
            .into_response()
        })
}

/// `GET /v1/openapi.json`: the OpenAPI 3.1 document of the API, made from the route table in
/// `protocol::routes`; no authentication, so tools and `/apidocs` can read it.
pub fn openapi() -> impl Filter<Extract = (warp::reply::Response,), Error = warp::Rejection> + Clone
{
    static DOCUMENT: LazyLock<Vec<u8>> = LazyLock::new(|| {
        serde_json::to_vec(&routes::openapi()).expect("the OpenAPI document serializes")
    });
    route!(routes::OPENAPI)
        .and(warp::get())
        .and(super::extract::no_query())
        .map(|| {
            warp::reply::with_header(DOCUMENT.as_slice(), "content-type", "application/json")
                .into_response()
        })
}

/// `GET /apidocs/`: Swagger UI on `/v1/openapi.json`, its files compiled into the binary (no
/// network needed, none asked for); `/apidocs` redirects to it so that its relative links work.
/// No authentication: the page is public, and asks for credentials when a request is tried.
pub fn apidocs() -> impl Filter<Extract = (warp::reply::Response,), Error = warp::Rejection> + Clone
{
    let config = Arc::new(
        utoipa_swagger_ui::Config::new([routes::OPENAPI])
            // The default sends the document to an online validator for a badge.
            .validator_url("none")
            .try_it_out_enabled(false)
            .persist_authorization(false),
    );
    // `/apidocs` and everything under it (`/apidocs/` is the page, not a `{file}`).
    warp::path(&routes::APIDOCS[1..])
        .and(warp::path::tail())
        .and(warp::path::full())
        .and(warp::get())
        .and_then(move |tail: warp::path::Tail, full: warp::path::FullPath| {
            let config = config.clone();
            async move {
                if full.as_str() == routes::APIDOCS {
                    return Ok(warp::reply::with_header(
                        warp::http::StatusCode::MOVED_PERMANENTLY,
                        "location",
                        "/apidocs/",
                    )
                    .into_response());
                }
                match utoipa_swagger_ui::serve(tail.as_str(), config) {
                    Ok(Some(file)) => Ok(warp::reply::with_header(
                        file.bytes.into_owned(),
                        "content-type",
                        file.content_type,
                    )
                    .into_response()),
                    // Answered here: a rejection would go on to the routes behind
                    // authentication, and be a 401.
                    Ok(None) => Ok(super::ApiError::not_found(format!(
                        "no file {} in the API documentation",
                        full.as_str()
                    ))
                    .hint("the page is /apidocs/")
                    .into_reply()),
                    Err(e) => Err(super::ApiError::internal(format!(
                        "the API documentation page failed: {e}"
                    ))
                    .into_rejection()),
                }
            }
        })
}

/// `GET /v1/info`.
pub fn info(state: AppState) -> Route {
    route!(routes::INFO)
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
    route!(routes::METRICS)
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
