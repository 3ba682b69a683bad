//! Browser sessions (`/v1/session`): the web interface logs in once with a user name and
//! password and is then known by a cookie; a state-changing request authenticated by that cookie
//! also carries the session's CSRF token in the [`CSRF_HEADER`] header.

use serde::{Deserialize, Serialize};

/// The request header that carries a session's CSRF token.
pub const CSRF_HEADER: &str = "x-csrf-token";

/// The session cookie's name over TLS: the `__Host-` prefix makes browsers refuse it unless it
/// is `Secure`, has `Path=/` and no `Domain` (so no other host can set or shadow it).
pub const COOKIE_TLS: &str = "__Host-mothership_session";
/// The session cookie's name over plain HTTP (`--noservertls`), where `__Host-` cannot be used.
pub const COOKIE_PLAIN: &str = "mothership_session";

/// `POST /v1/session`.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct LoginRequest {
    /// A user of the server's htpasswd file.
    pub user: String,
    /// Their password.
    pub password: String,
}

/// `GET /v1/session` and the answer of `POST /v1/session`: who the request is from.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq, utoipa::ToSchema)]
pub struct SessionInfo {
    /// The user name (`anonymous` with `--serverauth none`).
    pub user: String,
    /// How the request was authenticated: `session` (the cookie), `basic`, or `none`
    /// (`--serverauth none`).
    pub auth: String,
    /// With `session`: the token to send in `X-CSRF-Token` on every POST, PUT, PATCH and
    /// DELETE made with the cookie.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub csrf_token: Option<String>,
    /// With `session`: when the session ends (RFC 3339, UTC); log in again after it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires: Option<String>,
}
