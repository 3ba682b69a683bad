//! The one JSON error body every API failure uses, and the `recover` that turns every warp
//! rejection into it.

use std::convert::Infallible;

use http::StatusCode;
use warp::Reply;
use warp::reject::Rejection;

use crate::protocol::{AUTH_REALM, ErrorBody, ErrorCode, ids};

/// An API error: a status and the body that explains it.
#[derive(Debug, Clone)]
pub struct ApiError {
    pub status: StatusCode,
    /// Boxed: the body (with its optional candidates and NaCl diagnostics) is large, and an
    /// `ApiError` travels in every handler's `Result`.
    pub body: Box<ErrorBody>,
    /// Seconds for a `Retry-After` header (429 and 503 answers that know when to come back).
    pub retry_after: Option<u64>,
}

impl warp::reject::Reject for ApiError {}

impl ApiError {
    pub fn new(status: StatusCode, code: ErrorCode, message: impl Into<String>) -> Self {
        ApiError {
            status,
            body: Box::new(ErrorBody::new(code, message)),
            retry_after: None,
        }
    }

    /// Adds a `Retry-After` header of `after`, rounded up to whole seconds (at least 1).
    pub fn retry_after(mut self, after: std::time::Duration) -> Self {
        let secs = after.as_secs() + u64::from(after.subsec_nanos() > 0);
        self.retry_after = Some(secs.max(1));
        self
    }

    pub fn hint(mut self, hint: impl Into<String>) -> Self {
        self.body = Box::new(self.body.with_hint(hint));
        self
    }

    /// `409 ambiguous_id`: the `kind` ID prefix `prefix` matches several IDs, listed in the
    /// message and in `candidates` (at most [`ids::MAX_CANDIDATES`]; `more` when there are more).
    pub fn ambiguous(kind: &str, prefix: &str, mut matches: Vec<String>, more: bool) -> Self {
        let more = more || matches.len() > ids::MAX_CANDIDATES;
        matches.truncate(ids::MAX_CANDIDATES);
        let mut error = Self::new(
            StatusCode::CONFLICT,
            ErrorCode::AmbiguousId,
            format!(
                "the {kind} ID prefix {prefix:?} is ambiguous: it matches {}{}",
                matches.join(", "),
                if more { ", ..." } else { "" }
            ),
        )
        .hint("give more characters of the ID (the candidates are in `candidates`)");
        error.body.error.candidates = Some(matches);
        error
    }

    /// `400 bad_request`: `prefix` is too short to name a `kind` by ID prefix.
    pub fn short_prefix(kind: &str, prefix: &str) -> Self {
        Self::bad_request(format!(
            "the {kind} ID prefix {prefix:?} is too short: give at least {} characters of the ID",
            ids::MIN_PREFIX
        ))
        .hint("or the whole ID, or the name where the resource has names")
    }

    pub fn not_found(what: impl Into<String>) -> Self {
        Self::new(StatusCode::NOT_FOUND, ErrorCode::NotFound, what)
    }

    /// A path no route serves (whatever the method).
    pub fn no_such_endpoint() -> Self {
        Self::not_found("no such API endpoint")
            .hint("the API lives under /v1; see `mothership --help` and docs/API.md")
    }

    pub fn bad_request(message: impl Into<String>) -> Self {
        Self::new(StatusCode::BAD_REQUEST, ErrorCode::BadRequest, message)
    }

    pub fn internal(message: impl Into<String>) -> Self {
        Self::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            ErrorCode::Internal,
            message,
        )
    }

    pub fn unauthorized(message: impl Into<String>) -> Self {
        Self::new(StatusCode::UNAUTHORIZED, ErrorCode::Unauthorized, message).hint(
            "pass --username and --password (or MOTHERSHIP_USERNAME/MOTHERSHIP_PASSWORD), or run \
             `mothership init`",
        )
    }

    /// Any domain error as the rejection of its answer: `.map_err(ApiError::rejection)`.
    pub fn rejection<E: Into<ApiError>>(e: E) -> Rejection {
        e.into().into_rejection()
    }

    pub fn into_rejection(self) -> Rejection {
        warp::reject::custom(self)
    }

    pub fn into_reply(self) -> warp::reply::Response {
        let mut response =
            warp::reply::with_status(warp::reply::json(&self.body), self.status).into_response();
        if self.status == StatusCode::UNAUTHORIZED
            && let Ok(v) = http::HeaderValue::from_str(&format!(
                "Basic realm=\"{AUTH_REALM}\", charset=\"UTF-8\""
            ))
        {
            response
                .headers_mut()
                .insert(http::header::WWW_AUTHENTICATE, v);
        }
        if let Some(secs) = self.retry_after {
            response
                .headers_mut()
                .insert(http::header::RETRY_AFTER, http::HeaderValue::from(secs));
        }
        response
    }
}

/// Turns any rejection into the JSON error body with the right status.
pub async fn recover(rejection: Rejection) -> Result<warp::reply::Response, Infallible> {
    let error = if let Some(e) = rejection.find::<ApiError>() {
        e.clone()
    } else if rejection.is_not_found() {
        ApiError::no_such_endpoint()
    } else if let Some(e) = rejection.find::<warp::reject::PayloadTooLarge>() {
        ApiError::new(
            StatusCode::PAYLOAD_TOO_LARGE,
            ErrorCode::PayloadTooLarge,
            e.to_string(),
        )
    } else if let Some(e) = rejection.find::<warp::reject::LengthRequired>() {
        ApiError::new(
            StatusCode::LENGTH_REQUIRED,
            ErrorCode::LengthRequired,
            e.to_string(),
        )
    } else if let Some(e) = rejection.find::<warp::reject::UnsupportedMediaType>() {
        ApiError::new(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            ErrorCode::UnsupportedMediaType,
            e.to_string(),
        )
    } else if let Some(e) = rejection.find::<warp::filters::body::BodyDeserializeError>() {
        ApiError::bad_request(format!("invalid request body: {e}"))
    } else if let Some(e) = rejection.find::<warp::reject::InvalidQuery>() {
        ApiError::bad_request(format!("invalid query string: {e}"))
    } else if let Some(e) = rejection.find::<warp::reject::InvalidHeader>() {
        ApiError::bad_request(e.to_string())
    } else if let Some(e) = rejection.find::<warp::reject::MissingHeader>() {
        ApiError::bad_request(e.to_string())
    } else if rejection.find::<warp::reject::MethodNotAllowed>().is_some() {
        ApiError::new(
            StatusCode::METHOD_NOT_ALLOWED,
            ErrorCode::MethodNotAllowed,
            "this endpoint does not accept that HTTP method",
        )
    } else {
        tracing::warn!("unhandled rejection: {rejection:?}");
        ApiError::internal("the request could not be handled")
    };
    Ok(error.into_reply())
}

impl From<crate::store::StoreError> for ApiError {
    fn from(e: crate::store::StoreError) -> Self {
        use crate::store::StoreError as E;
        let message = e.to_string();
        match e {
            E::NotFound { kind, .. } => ApiError::not_found(message).hint(format!(
                "list them with `mothership {}s list`",
                kind.to_ascii_lowercase()
            )),
            E::Ambiguous {
                kind,
                prefix,
                matches,
                more,
            } => ApiError::ambiguous(kind, &prefix, matches, more),
            E::ShortPrefix { kind, prefix, .. } => ApiError::short_prefix(kind, &prefix),
            E::Duplicate { .. } => {
                ApiError::new(StatusCode::CONFLICT, ErrorCode::DuplicateName, message)
                    .hint("pick another name, or update the existing one")
            }
            E::Invalid { .. } => ApiError::new(
                StatusCode::UNPROCESSABLE_ENTITY,
                ErrorCode::InvalidField,
                message,
            ),
            E::NoStoredService { .. } => ApiError::not_found(message),
            E::TooLarge { .. } => ApiError::new(
                StatusCode::PAYLOAD_TOO_LARGE,
                ErrorCode::PayloadTooLarge,
                message,
            ),
            E::ImageTooLarge { .. } => ApiError::new(
                StatusCode::PAYLOAD_TOO_LARGE,
                ErrorCode::PayloadTooLarge,
                message,
            )
            .hint("the server's --imagesizelimit (imagesizelimit in config.yaml) sets the limit"),
            E::NotElf(_) => {
                ApiError::new(StatusCode::UNPROCESSABLE_ENTITY, ErrorCode::NotElf, message)
            }
            E::DiskFull { .. } => {
                tracing::error!("{message}");
                ApiError::new(
                    StatusCode::INSUFFICIENT_STORAGE,
                    ErrorCode::DiskFull,
                    message,
                )
                .hint("free space on the server's runtime directory, or delete unused images")
            }
            E::Aborted => ApiError::bad_request(message),
            E::Open { .. } | E::TooNew { .. } | E::Sql(_) | E::Io { .. } | E::Worker(_) => {
                tracing::error!("store failure: {message}");
                ApiError::internal(format!("storage error: {message}")).hint("see the server log")
            }
        }
    }
}

/// Each kind of builder failure (engine, registry, jobs) as an answer.
impl From<crate::builders::BuildersError> for ApiError {
    fn from(e: crate::builders::BuildersError) -> Self {
        use crate::builders::BuildersError;
        use crate::builders::registry::RegistryError;

        let message = e.to_string();
        match e {
            BuildersError::EngineUnavailable(u) => ApiError::new(
                StatusCode::SERVICE_UNAVAILABLE,
                ErrorCode::EngineUnavailable,
                message,
            )
            .hint(format!(
                "start dockerd (or check it runs at {}), or point --dockerhost / DOCKER_HOST at a \
                 running engine; Mothership picks it up without a restart",
                u.host
            )),
            BuildersError::Unknown(_) => ApiError::not_found(message),
            BuildersError::Invalid(_) => ApiError::bad_request(message),
            BuildersError::TooLarge(_) => ApiError::new(
                StatusCode::PAYLOAD_TOO_LARGE,
                ErrorCode::PayloadTooLarge,
                message,
            ),
            BuildersError::WrongState(_) => {
                ApiError::new(StatusCode::CONFLICT, ErrorCode::Conflict, message)
            }
            BuildersError::Busy(_) => ApiError::new(
                StatusCode::TOO_MANY_REQUESTS,
                ErrorCode::TooManyBuilds,
                message,
            ),
            BuildersError::Registry(RegistryError::Unreachable { .. }) => ApiError::new(
                StatusCode::BAD_GATEWAY,
                ErrorCode::RegistryUnreachable,
                message,
            )
            .hint("check the registry URL (--dockerhuburl) and the network"),
            BuildersError::Registry(_) => {
                ApiError::new(StatusCode::BAD_GATEWAY, ErrorCode::RegistryError, message)
                    .hint("check --dockerhuburl and --dockerhubrepo")
            }
            BuildersError::Engine { .. } => {
                ApiError::new(StatusCode::BAD_GATEWAY, ErrorCode::EngineError, message)
            }
            // The store's own mapping: an ambiguous or short prefix is the client's (409, 400).
            BuildersError::Store(e) => ApiError::from(e),
            BuildersError::Internal(_) => {
                tracing::error!("{message}");
                ApiError::internal(message)
            }
        }
    }
}

/// Why a deploy cannot start, as an answer.
impl From<crate::server::deploy::DeployError> for ApiError {
    fn from(e: crate::server::deploy::DeployError) -> Self {
        use crate::server::deploy::DeployError;

        let message = e.to_string();
        match e {
            DeployError::Store(e) => ApiError::from(e),
            DeployError::UnknownInstance(_) => ApiError::not_found(message)
                .hint("`mothership instances` lists the known instances"),
            DeployError::NotConnected(_) => {
                ApiError::new(StatusCode::CONFLICT, ErrorCode::NotConnected, message).hint(
                    "wait until it docks again (`mothership instances` shows its status), then \
                     retry",
                )
            }
            DeployError::NoTargets(_) => {
                ApiError::new(StatusCode::NOT_FOUND, ErrorCode::NoTargets, message)
                    .hint("`mothership instances` shows the instances with their status and tag")
            }
            DeployError::InvalidTargets(_) => ApiError::bad_request(message),
            DeployError::TooLarge { .. } => ApiError::new(
                StatusCode::PAYLOAD_TOO_LARGE,
                ErrorCode::PayloadTooLarge,
                message,
            )
            .hint("the server's --imagesizelimit bounds what is sent to instances too"),
            DeployError::Mismatch(_) => {
                ApiError::new(StatusCode::CONFLICT, ErrorCode::Mismatch, message).hint(
                    "build the image for these instances, or pass force=true (`mothership \
                     deploy --force`) to deploy it anyway",
                )
            }
            DeployError::NoRoom(_) => {
                ApiError::new(StatusCode::CONFLICT, ErrorCode::NoRoom, message).hint(
                    "give the instances more RAM or build a smaller image; force=true \
                     (`mothership deploy --force`) sends it anyway, and an instance it does not \
                     fit panics without acking",
                )
            }
            DeployError::Busy(_) => {
                ApiError::new(StatusCode::SERVICE_UNAVAILABLE, ErrorCode::Busy, message).hint(
                    "a deploy can target many instances at once: `POST /v1/deploys` with a list \
                     or a filter",
                )
            }
            DeployError::ReadImage { .. } => {
                tracing::error!("{message}");
                ApiError::internal(message).hint("see the server log")
            }
        }
    }
}

/// Why an upgrade record could not be read: its store's or its build's answer.
impl From<crate::server::upgrade::UpgradeError> for ApiError {
    fn from(e: crate::server::upgrade::UpgradeError) -> Self {
        use crate::server::upgrade::UpgradeError;

        match e {
            UpgradeError::Store(e) => ApiError::from(e),
            UpgradeError::Builders(e) => ApiError::from(e),
        }
    }
}

/// Why a webhook was not registered.
impl From<crate::server::webhooks::WebhookError> for ApiError {
    fn from(e: crate::server::webhooks::WebhookError) -> Self {
        use crate::server::webhooks::WebhookError;

        let message = e.to_string();
        match e {
            WebhookError::Store(e) => ApiError::from(e),
            WebhookError::TooMany { .. } => {
                ApiError::new(StatusCode::CONFLICT, ErrorCode::TooManyWebhooks, message).hint(
                    "delete unused ones (`mothership webhooks list`, `mothership webhooks \
                     delete ID`) or raise events.max_webhooks in config.yaml",
                )
            }
        }
    }
}

/// Why a request to a docked instance failed (the API asks instances only for their stats).
impl From<crate::server::uplink::HangarError> for ApiError {
    fn from(e: crate::server::uplink::HangarError) -> Self {
        use crate::server::uplink::HangarError;

        let (status, code, hint) = match &e {
            HangarError::NotConnected(_) => (
                StatusCode::CONFLICT,
                ErrorCode::NotConnected,
                "stats can only be requested from a docked instance; GET shows the last ones",
            ),
            HangarError::Busy(_) => (
                StatusCode::SERVICE_UNAVAILABLE,
                ErrorCode::Busy,
                "try again in a moment",
            ),
            HangarError::Timeout { .. } => (
                StatusCode::GATEWAY_TIMEOUT,
                ErrorCode::Timeout,
                "the instance may be overloaded; try again, or with a longer ?timeout=",
            ),
            HangarError::Gone(_) => (
                StatusCode::BAD_GATEWAY,
                ErrorCode::Disconnected,
                "the instance disconnected; try again when it has docked again",
            ),
        };
        ApiError::new(status, code, e.to_string()).hint(hint)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::StoreError;

    /// The answers that were spelled in route files before their errors got variants of their
    /// own keep their wording.
    #[test]
    fn variants_moved_out_of_route_files_keep_their_answers() {
        let limit = 1024;
        let human = crate::size::human(limit);
        let e = ApiError::from(StoreError::ImageTooLarge {
            size: Some(2048),
            limit,
        });
        assert_eq!(e.status, StatusCode::PAYLOAD_TOO_LARGE);
        assert_eq!(e.body.error.code, ErrorCode::PayloadTooLarge);
        assert_eq!(
            e.body.error.message,
            format!(
                "the image (2048 bytes) is larger than this server's limit of 1024 bytes ({human})"
            )
        );
        assert!(
            e.body
                .error
                .hint
                .is_some_and(|h| h.contains("--imagesizelimit"))
        );
        let e = ApiError::from(StoreError::ImageTooLarge { size: None, limit });
        assert_eq!(
            e.body.error.message,
            format!("the image is larger than this server's limit of 1024 bytes ({human})")
        );

        let e = ApiError::from(StoreError::NoStoredService { name: "web".into() });
        assert_eq!(e.status, StatusCode::NOT_FOUND);
        assert_eq!(
            e.body.error.message,
            "no stored service named \"web\" (bundled services cannot be pulled or deleted): see \
             `mothership services list`"
        );

        let e = ApiError::from(crate::server::deploy::DeployError::InvalidTargets(
            "`instances` is empty: name at least one instance".into(),
        ));
        assert_eq!(e.status, StatusCode::BAD_REQUEST);
        assert_eq!(e.body.error.code, ErrorCode::BadRequest);

        let e = ApiError::from(crate::server::uplink::HangarError::Timeout {
            uuid: "u".into(),
            secs: 3,
        });
        assert_eq!(e.status, StatusCode::GATEWAY_TIMEOUT);
        assert_eq!(e.body.error.code, ErrorCode::Timeout);
    }
}
