//! `/v1/session`: the web interface's login (`POST`, no credentials needed: it checks them),
//! who is logged in (`GET`) and logout (`DELETE`). See `server::session`.

use std::sync::Arc;

use http::StatusCode;
use warp::{Filter, Reply};

use super::extract::{json_body, no_query};
use super::{ApiError, AppState, Route, cookies, refused, with_state};
use crate::protocol::ErrorCode;
use crate::protocol::session::{LoginRequest, SessionInfo};
use crate::server::audit::AuditUser;
use crate::server::auth::AuthFailure;
use crate::server::http::PeerAddr;

/// Largest login body: a user name and a password.
const LOGIN_BODY_LIMIT: usize = 8 * 1024;

/// `POST /v1/session`: checks a user name and password (with the same failure budget per
/// address as basic auth) and answers the session cookie and the CSRF token.
pub fn login(state: AppState) -> Route {
    // Once path and method match, every failure is answered here: a rejection would go on to
    // the routes behind authentication and come back a 401.
    let checked = no_query()
        .and(warp::header::optional::<String>("content-type").and_then(
            |kind: Option<String>| async move {
                // A cross-site HTML form cannot send JSON: this keeps other sites from
                // logging a browser in as someone else.
                let json = kind.as_deref().is_some_and(|k| {
                    k.split(';')
                        .next()
                        .is_some_and(|m| m.trim().eq_ignore_ascii_case("application/json"))
                });
                if json {
                    Ok(())
                } else {
                    Err(ApiError::new(
                        StatusCode::UNSUPPORTED_MEDIA_TYPE,
                        ErrorCode::UnsupportedMediaType,
                        "a login is a JSON body: Content-Type must be application/json",
                    )
                    .hint(r#"send {"user": "...", "password": "..."}"#)
                    .into_rejection())
                }
            },
        ))
        .untuple_one()
        .and(warp::ext::optional::<PeerAddr>())
        .and(warp::ext::optional::<AuditUser>())
        .and(json_body::<LoginRequest>(LOGIN_BODY_LIMIT))
        .and(with_state(state))
        .and_then(
            |peer: Option<PeerAddr>,
             slot: Option<AuditUser>,
             body: LoginRequest,
             state: AppState| async move {
                let address = peer.map(|p| p.0.ip());
                let Some(auth) = state.auth.clone() else {
                    return Ok::<_, warp::Rejection>(no_store(
                        warp::reply::json(&SessionInfo {
                            user: "anonymous".into(),
                            auth: "none".into(),
                            csrf_token: None,
                            expires: None,
                        })
                        .into_response(),
                    ));
                };
                if body.user.is_empty() {
                    return Err(
                        super::extract::invalid_field("invalid field user: it is empty")
                            .hint("give the user name of the server's htpasswd file")
                            .into_rejection(),
                    );
                }
                let claimed = body.user.clone();
                let user = match auth
                    .check_credentials(body.user, body.password, address)
                    .await
                {
                    Ok(user) => user,
                    Err(e) => {
                        if matches!(
                            e,
                            AuthFailure::Rejected | AuthFailure::TooManyFailures { .. }
                        ) {
                            state.events.login_failed_as(&claimed, address);
                        }
                        let error = match e {
                            AuthFailure::Rejected => {
                                ApiError::unauthorized("wrong user name or password")
                                    .hint("check both; the htpasswd file's users may log in")
                            }
                            other => refused(other),
                        };
                        return Err(error.into_rejection());
                    }
                };
                let entry = auth
                    .entry_digest(&user)
                    .map_err(|e| refused(e).into_rejection())?
                    .ok_or_else(|| {
                        ApiError::unauthorized("the user was removed while logging in")
                            .into_rejection()
                    })?;
                if let Some(slot) = slot {
                    slot.set(&user);
                }
                state.events.user_seen(&user, address);
                let session = state.sessions.create(&user, entry);
                tracing::info!(user, "web login");
                let mut response = warp::reply::json(&SessionInfo {
                    user,
                    auth: "session".into(),
                    csrf_token: Some(session.csrf),
                    expires: Some(crate::protocol::timestamp::format(session.expires)),
                })
                .into_response();
                set_cookie(&mut response, &state.sessions.set_cookie(&session.token));
                Ok(no_store(response))
            },
        )
        .recover(super::error::recover)
        .unify();
    warp::path!("v1" / "session")
        .and(warp::post())
        .and(checked)
        .boxed()
}

/// `GET /v1/session` and `DELETE /v1/session`, behind authentication like the rest of the API.
pub fn routes(state: AppState) -> Route {
    let sessions = state.sessions.clone();
    let auth_on = state.auth.is_some();
    let info = warp::path!("v1" / "session")
        .and(warp::get())
        .and(no_query())
        .and(warp::header::optional::<String>("authorization"))
        .and(warp::header::headers_cloned())
        .and(warp::any().map(move || sessions.clone()))
        .and_then(
            move |authorization: Option<String>,
                  headers: http::HeaderMap,
                  sessions: Arc<crate::server::session::Sessions>| async move {
                // Authentication let the request in already; this says by which means.
                let info = if !auth_on {
                    SessionInfo {
                        user: "anonymous".into(),
                        auth: "none".into(),
                        csrf_token: None,
                        expires: None,
                    }
                } else if authorization.is_some() {
                    SessionInfo {
                        user: crate::server::events::claimed_user(authorization.as_deref())
                            .unwrap_or_default(),
                        auth: "basic".into(),
                        csrf_token: None,
                        expires: None,
                    }
                } else {
                    let view = sessions
                        .token_from_cookies(cookies(&headers))
                        .and_then(|token| sessions.lookup(token))
                        .ok_or_else(|| {
                            ApiError::unauthorized("the web session has ended").into_rejection()
                        })?;
                    SessionInfo {
                        user: view.user,
                        auth: "session".into(),
                        csrf_token: Some(view.csrf),
                        expires: Some(crate::protocol::timestamp::format(view.expires)),
                    }
                };
                Ok::<_, warp::Rejection>(no_store(warp::reply::json(&info).into_response()))
            },
        );
    let sessions = state.sessions.clone();
    let logout = warp::path!("v1" / "session")
        .and(warp::delete())
        .and(no_query())
        .and(warp::header::optional::<String>("authorization"))
        .and(warp::header::headers_cloned())
        .map(
            move |authorization: Option<String>, headers: http::HeaderMap| {
                if authorization.is_none()
                    && let Some(token) = sessions.token_from_cookies(cookies(&headers))
                {
                    sessions.revoke(token);
                }
                let mut response = StatusCode::NO_CONTENT.into_response();
                set_cookie(&mut response, &sessions.clear_cookie());
                no_store(response)
            },
        );
    info.or(logout).unify().boxed()
}

fn set_cookie(response: &mut warp::reply::Response, value: &str) {
    if let Ok(v) = http::HeaderValue::from_str(value) {
        response.headers_mut().append(http::header::SET_COOKIE, v);
    }
}

/// Marks an answer that holds a session's secrets as not to be cached anywhere.
fn no_store(mut response: warp::reply::Response) -> warp::reply::Response {
    response.headers_mut().insert(
        http::header::CACHE_CONTROL,
        http::HeaderValue::from_static("no-store"),
    );
    response
}
