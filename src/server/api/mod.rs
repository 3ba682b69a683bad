//! The `/v1` HTTP API: one module per URL prefix, named after it (`/v1/builders` is served by
//! `builders.rs`; the few routes nested under another prefix say where they are in that
//! prefix's module), each route's path taken from `protocol::routes` with [`paths::route!`];
//! combined here behind basic auth (except `/v1/health`, `/v1/openapi.json` and `/apidocs`),
//! with one `recover` that answers every failure with the JSON error body.

pub mod allow;
mod audit;
mod bobproviders;
mod builders;
mod builds;
mod deploys;
mod desired;
mod documents;
pub mod error;
mod events;
mod extract;
mod image_blob;
mod images;
mod instance_data;
mod instances;
mod nacls;
pub(crate) mod paths;
mod rollouts;
mod services;
mod session;
mod snippets;
mod stream;
mod system;
mod upgrades;
mod uplinks;
mod webhooks;

pub(crate) use system::metrics_snapshot;

use crate::protocol::ErrorCode;
use std::convert::Infallible;
use std::sync::Arc;
use std::time::Instant;

use warp::{Filter, Reply};

pub use error::ApiError;

use super::audit::AuditUser;
use super::auth::{AuthFailure, Authenticator};
use super::config::ServerConfig;
use super::deploy::Deployer;
use super::events::claimed_user;
use super::http::PeerAddr;
use super::session::Sessions;
use super::upgrade::Upgrader;
use super::uplink::Hangar;
use crate::store::Store;

/// A boxed route, what every resource module's `routes()` returns (boxing keeps compile times
/// and type names sane as the API grows).
pub type Route = warp::filters::BoxedFilter<(warp::reply::Response,)>;

/// What every handler may need.
#[derive(Clone)]
pub struct AppState {
    pub config: Arc<ServerConfig>,
    pub started: Instant,
    /// `None` when authentication is off (`--serverauth none`).
    pub auth: Option<Arc<Authenticator>>,
    pub store: Store,
    /// The uplink side: docked instances, commands to them.
    pub hangar: Hangar,
    pub builders: Arc<crate::builders::Builders>,
    /// Live updates of docked instances.
    pub deployer: Deployer,
    /// Build-and-deploy of one instance, one record each.
    pub upgrader: Upgrader,
    /// Rollouts: an image to a group of instances in waves.
    pub rollouts: crate::server::rollout::Rollouts,
    /// Desired state: instances kept converging on their desired image.
    pub desired: crate::server::desired::Desired,
    /// What the uplink port speaks and presents.
    pub uplink: Arc<crate::protocol::UplinkPort>,
    /// The event bus (`/v1/events`, webhooks).
    pub events: super::events::Events,
    pub webhooks: super::webhooks::Webhooks,
    /// The audit log of state-changing requests.
    pub audit: super::audit::Audit,
    /// The web interface's login sessions.
    pub sessions: Arc<Sessions>,
}

/// Passes the shared state into a handler.
pub fn with_state(
    state: AppState,
) -> impl Filter<Extract = (AppState,), Error = Infallible> + Clone {
    warp::any().map(move || state.clone())
}

/// The authenticated user, or a 401 rejection: by basic auth (the `Authorization` header) or,
/// without one, by the web interface's session cookie; a state-changing request authenticated
/// by the cookie also needs the session's CSRF token (`X-CSRF-Token`), else a 403.
pub fn authenticated(
    state: AppState,
) -> impl Filter<Extract = (String,), Error = warp::Rejection> + Clone {
    // Only what authentication needs, not the whole state: this runs on every request.
    let auth = state.auth;
    let sessions = state.sessions;
    warp::header::optional::<String>("authorization")
        .and(warp::header::headers_cloned())
        .and(warp::method())
        .and(warp::ext::optional::<PeerAddr>())
        .and(warp::any().map(move || (auth.clone(), sessions.clone())))
        .and_then(
            |header: Option<String>,
             headers: http::HeaderMap,
             method: http::Method,
             peer: Option<PeerAddr>,
             (auth, sessions): (Option<Arc<Authenticator>>, Arc<Sessions>)| async move {
                let Some(auth) = auth else {
                    return Ok::<_, warp::Rejection>("anonymous".to_owned());
                };
                if header.is_none()
                    && let Some(token) = sessions.token_from_cookies(cookies(&headers))
                {
                    let csrf = headers
                        .get(crate::protocol::session::CSRF_HEADER)
                        .and_then(|v| v.to_str().ok());
                    return session_user(&auth, &sessions, token, &method, csrf)
                        .map_err(ApiError::into_rejection);
                }
                let peer = peer.map(|p| p.0.ip());
                auth.check(header.as_deref(), peer)
                    .await
                    .map_err(|e| refused(e).into_rejection())
            },
        )
}

/// The values of a request's `Cookie` headers (HTTP/2 clients may send several).
pub fn cookies(headers: &http::HeaderMap) -> impl Iterator<Item = &str> {
    headers
        .get_all(http::header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
}

/// The user of a session cookie's `token`, or the answer that refuses it.
fn session_user(
    auth: &Authenticator,
    sessions: &Sessions,
    token: &str,
    method: &http::Method,
    csrf: Option<&str>,
) -> Result<String, ApiError> {
    use super::session::SessionFailure;
    // The entry is read once; a file that cannot be read refuses the request as basic auth does.
    let mut unavailable = None;
    let state_changing = !matches!(
        *method,
        http::Method::GET | http::Method::HEAD | http::Method::OPTIONS
    );
    let result = sessions.authenticate(
        token,
        |user| match auth.entry_digest(user) {
            Ok(entry) => entry,
            Err(e) => {
                unavailable = Some(e);
                None
            }
        },
        state_changing,
        csrf,
    );
    if let Some(e) = unavailable {
        return Err(refused(e));
    }
    result.map_err(|failure| match failure {
        SessionFailure::Unknown => ApiError::unauthorized(
            "the web session has ended (logged out, expired, or replaced)",
        )
        .hint("log in again: POST /v1/session, or the web interface's login page"),
        SessionFailure::UserChanged => ApiError::unauthorized(
            "the web session has ended: its user was removed from the htpasswd file or their password changed",
        )
        .hint("log in again with the current password"),
        SessionFailure::Csrf => ApiError::new(
            http::StatusCode::FORBIDDEN,
            ErrorCode::CsrfFailed,
            format!(
                "a {method} authenticated by the session cookie needs the session's CSRF token"
            ),
        )
        .hint("send the csrf_token of GET /v1/session in the X-CSRF-Token header"),
    })
}

/// The answer to credentials that did not let a request in.
pub fn refused(failure: AuthFailure) -> ApiError {
    match failure {
        AuthFailure::Missing => {
            ApiError::unauthorized("authentication required: this server uses HTTP basic auth")
        }
        AuthFailure::Malformed => ApiError::unauthorized(
            "malformed Authorization header: expected `Basic base64(user:password)`",
        ),
        AuthFailure::Rejected => ApiError::unauthorized("wrong user name or password"),
        AuthFailure::TooManyFailures { retry_after } => ApiError::new(
            http::StatusCode::TOO_MANY_REQUESTS,
            ErrorCode::TooManyFailures,
            "too many failed logins from this address",
        )
        .hint("wait for the time in Retry-After, then log in with the right password")
        .retry_after(retry_after),
        AuthFailure::Busy { retry_after } => ApiError::new(
            http::StatusCode::SERVICE_UNAVAILABLE,
            ErrorCode::AuthBusy,
            "too many password checks are waiting",
        )
        .hint("try again after the time in Retry-After")
        .retry_after(retry_after),
        AuthFailure::Unavailable(detail) => {
            tracing::error!("authentication unavailable: {detail}");
            ApiError::new(
                http::StatusCode::SERVICE_UNAVAILABLE,
                ErrorCode::AuthUnavailable,
                "the server cannot check credentials right now",
            )
            .hint("the server's htpasswd file is unreadable or invalid; see the server log")
        }
    }
}

/// Every route of the API.
pub fn routes(state: AppState) -> impl Filter<Extract = (impl Reply,), Error = Infallible> + Clone {
    // Each resource module returns a boxed `Route`; add new ones to this chain.
    let resources: Route = system::info(state.clone())
        .or(images::routes(state.clone()))
        .unify()
        .or(nacls::routes(state.clone()))
        .unify()
        .or(snippets::routes(state.clone()))
        .unify()
        .or(uplinks::routes(state.clone()))
        .unify()
        .or(instances::routes(state.clone()))
        .unify()
        .or(bobproviders::routes(state.clone()))
        .unify()
        .or(builders::routes(state.clone()))
        .unify()
        .or(services::routes(state.clone()))
        .unify()
        .boxed()
        .or(builds::routes(state.clone()))
        .unify()
        .or(deploys::routes(state.clone()))
        .unify()
        .or(upgrades::routes(state.clone()))
        .unify()
        .or(rollouts::routes(state.clone()))
        .unify()
        .or(desired::routes(state.clone()))
        .unify()
        .or(events::routes(state.clone()))
        .unify()
        .or(audit::routes(state.clone()))
        .unify()
        .or(webhooks::routes(state.clone()))
        .unify()
        .or(session::routes(state.clone()))
        .unify()
        .boxed();
    // Path parameters are percent-decoded (`extract::Segment`); a path that does not decode is
    // refused here, with a 400 that names the segment, rather than a 404 from every route.
    let protected = watched(state.clone())
        .and(extract::decodable_path())
        .and(resources);
    // `/metrics` is behind basic auth unless --metricsauth none (or auth is off altogether).
    let metrics_page = system::metrics(state.clone());
    let metrics_page: Route = if state.auth.is_some()
        && state.config.metrics_auth == crate::server::config::AuthMode::Basic
    {
        // The path first: credentials are checked (and failures counted) once per request, by
        // the route that answers it.
        warp::path::full()
            .and_then(|path: warp::path::FullPath| async move {
                if path.as_str() == crate::protocol::routes::METRICS {
                    Ok(())
                } else {
                    Err(warp::reject::not_found())
                }
            })
            .untuple_one()
            .and(watched(state.clone()))
            .and(metrics_page)
            .boxed()
    } else {
        metrics_page
    };
    let answered = system::health()
        .or(system::openapi())
        .unify()
        .or(system::apidocs())
        .unify()
        .or(metrics_page)
        .unify()
        .or(session::login(state.clone()))
        .unify()
        .or(super::web::routes())
        .unify()
        .or(protected)
        .unify()
        .recover(error::recover)
        .unify();
    let metrics = state.hangar.metrics().clone();
    // A 405 names the methods the path accepts (from `allow::ENDPOINTS`); recover cannot, as a
    // rejection does not carry the request's path.
    let sessions = state.sessions.clone();
    warp::path::full()
        .and(warp::method())
        .and(warp::header::headers_cloned())
        .and(answered)
        .map(
            move |path: warp::path::FullPath,
                  method: http::Method,
                  headers: http::HeaderMap,
                  response: warp::reply::Response| {
                let mut response = allow::explain(path.as_str(), &method, response);
                // A browser answers a basic-auth challenge with its own login dialog: the web
                // interface (which says so with X-Requested-With, or has a session cookie) gets
                // its 401s without one.
                if response.status() == http::StatusCode::UNAUTHORIZED
                    && (headers.contains_key("x-requested-with")
                        || sessions.token_from_cookies(cookies(&headers)).is_some())
                {
                    response
                        .headers_mut()
                        .remove(http::header::WWW_AUTHENTICATE);
                }
                response
            },
        )
        .with(warp::log::custom(move |info| {
            metrics.request(
                allow::template(info.path()).unwrap_or("other"),
                info.method().as_str(),
                info.status().as_u16(),
                info.elapsed(),
            );
            tracing::debug!(
                method = %info.method(),
                path = info.path(),
                status = info.status().as_u16(),
                elapsed_us = info.elapsed().as_micros() as u64,
                "request"
            );
        }))
}

/// [`authenticated`], telling the audit log who the user is and the event bus about logins
/// (`user.login` when a user is seen from an address for the first time in a while,
/// `user.login_failed` for credentials that were checked and refused).
fn watched(state: AppState) -> impl Filter<Extract = (), Error = warp::Rejection> + Clone {
    let events = state.events.clone();
    let auth_on = state.auth.is_some();
    warp::header::optional::<String>("authorization")
        .and(warp::ext::optional::<PeerAddr>())
        .and(warp::ext::optional::<AuditUser>())
        .and(
            authenticated(state)
                .map(Ok::<String, warp::Rejection>)
                .or_else(|rejection| async move { Ok::<_, warp::Rejection>((Err(rejection),)) }),
        )
        .and_then(
            move |header: Option<String>,
                  peer: Option<PeerAddr>,
                  slot: Option<AuditUser>,
                  result: Result<String, warp::Rejection>| {
                let events = events.clone();
                async move {
                    let address = peer.map(|p| p.0.ip());
                    match result {
                        Ok(user) => {
                            if let Some(slot) = slot {
                                slot.set(&user);
                            }
                            if auth_on {
                                events.user_seen(&user, address);
                            }
                            Ok(())
                        }
                        Err(rejection) => {
                            let refused = rejection
                                .find::<ApiError>()
                                .is_some_and(|e| e.status == http::StatusCode::UNAUTHORIZED);
                            if refused && claimed_user(header.as_deref()).is_some() {
                                events.login_failed(header.as_deref(), address);
                            }
                            Err(rejection)
                        }
                    }
                }
            },
        )
        .untuple_one()
}

/// Turns a HEAD request into the GET it asks about; true when it did. The routes match GET
/// only, and HEAD is GET without the body (RFC 9110 9.3.2): give the answer to [`without_body`].
pub fn head_as_get<B>(request: &mut http::Request<B>) -> bool {
    if request.method() != http::Method::HEAD {
        return false;
    }
    *request.method_mut() = http::Method::GET;
    true
}

/// The answer to a HEAD request: the GET's status and headers, with the `Content-Length` the
/// body would have had, and no body. hyper leaves out the body of a HEAD answer over HTTP/1.1
/// but sends it over HTTP/2, where DATA on a HEAD answer is a protocol error for the client.
pub fn without_body(response: warp::reply::Response) -> warp::reply::Response {
    use http_body::Body as _;
    let (mut parts, body) = response.into_parts();
    let bodiless = matches!(
        parts.status,
        http::StatusCode::NO_CONTENT | http::StatusCode::NOT_MODIFIED
    );
    if !bodiless
        && !parts.headers.contains_key(http::header::CONTENT_LENGTH)
        && let Some(length) = body.size_hint().exact()
    {
        parts.headers.insert(
            http::header::CONTENT_LENGTH,
            http::HeaderValue::from(length),
        );
    }
    // Dropping the body ends whatever fed it (a file, a followed log).
    drop(body);
    http::Response::from_parts(parts, Default::default())
}

/// Converts any reply into the response type the routes unify on.
pub fn boxed(reply: impl Reply) -> warp::reply::Response {
    reply.into_response()
}
