//! Types that cross the wire between the server and its clients: request and response bodies of
//! the `/v1` API and the one error body every failure uses; [`transport`] is the uplink wire
//! format between instances and the hangar.

pub mod instances;
pub mod transport;

pub mod deploys;
pub mod desired;
pub mod documents;
pub mod events;
pub mod ids;
pub mod images;
pub mod list;
pub mod query;
pub mod rollouts;
pub mod routes;
pub mod session;
pub mod timestamp;
pub mod upgrade;
pub mod uplinks;

pub mod builders;

use serde::{Deserialize, Serialize};

/// For an optional field of a request body that may be left out but not sent as `null` (a
/// `PATCH` of a field that cannot be cleared): `#[serde(default, deserialize_with =
/// "crate::protocol::not_null")]`. A `null` is an error naming the field, not "unchanged".
pub fn not_null<'de, D, T>(d: D) -> Result<Option<T>, D::Error>
where
    D: serde::Deserializer<'de>,
    T: Deserialize<'de>,
{
    T::deserialize(d).map(Some)
}

/// Version of the HTTP API, reported by `/v1/info`; bumped on incompatible changes.
pub const API_VERSION: &str = "v1";

/// Realm sent in `WWW-Authenticate` on 401 responses.
pub const AUTH_REALM: &str = "Mothership";

/// The body of every error response: `{"error": {"code", "message", "hint"}}`.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq, utoipa::ToSchema)]
pub struct ErrorBody {
    pub error: ErrorDetail,
}

/// What went wrong, in a machine-readable code and a sentence for people.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq, utoipa::ToSchema)]
pub struct ErrorDetail {
    /// Stable, snake_case code: scripts branch on it.
    pub code: ErrorCode,
    /// One sentence saying what failed, on what.
    pub message: String,
    /// What to do about it, when there is something to say.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hint: Option<String>,
    /// With `ambiguous_id` only: the IDs the prefix matches (at most
    /// [`ids::MAX_CANDIDATES`], sorted), so a script can pick one without parsing `message`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub candidates: Option<Vec<String>>,
    /// With `invalid_nacl` only: the problems Mothership's NaCl checks found (as
    /// `POST /v1/nacls/validate` lists them).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub diagnostics: Option<Vec<crate::nacl::Diagnostic>>,
}

macro_rules! error_codes {
    ($($(#[doc = $doc:literal])* $variant:ident = $text:literal,)*) => {
        /// The `code` of an error body (docs/API.md "Error codes" says when each is answered).
        /// On the wire it is the snake_case text; a code this build does not know (from a newer
        /// server) reads as [`ErrorCode::Other`], keeping its text.
        #[derive(Debug, Clone, PartialEq, Eq, Hash)]
        pub enum ErrorCode {
            $($(#[doc = $doc])* $variant,)*
            /// A code this build does not know.
            Other(String),
        }

        impl ErrorCode {
            /// Every code the server answers.
            pub const ALL: &[ErrorCode] = &[$(ErrorCode::$variant,)*];

            /// The code as it goes on the wire.
            pub fn as_str(&self) -> &str {
                match self {
                    $(ErrorCode::$variant => $text,)*
                    ErrorCode::Other(text) => text,
                }
            }

            /// The code of `text`, [`ErrorCode::Other`] when it is none of the known ones.
            pub fn parse(text: &str) -> ErrorCode {
                match text {
                    $($text => ErrorCode::$variant,)*
                    other => ErrorCode::Other(other.to_owned()),
                }
            }
        }
    };
}

error_codes! {
    /// 400: a malformed request.
    BadRequest = "bad_request",
    /// 400: a query parameter the endpoint does not take, or whose value does not parse.
    InvalidParameter = "invalid_parameter",
    /// 401: no, malformed or wrong credentials; on the uplink port an unknown token.
    Unauthorized = "unauthorized",
    /// 403: a state-changing request authenticated by the session cookie without the session's
    /// CSRF token in `X-CSRF-Token`.
    CsrfFailed = "csrf_failed",
    /// 404: no such endpoint or object.
    NotFound = "not_found",
    /// 404: a deploy filter that matches no instance.
    NoTargets = "no_targets",
    /// 405: a known path with another method.
    MethodNotAllowed = "method_not_allowed",
    /// 408: a request body that stalled.
    RequestTimeout = "request_timeout",
    /// 409: an ID prefix that matches several objects.
    AmbiguousId = "ambiguous_id",
    /// 409: a name another object has.
    DuplicateName = "duplicate_name",
    /// 409: the object's state forbids it (alias taken, instance connected, build finished...).
    Conflict = "conflict",
    /// 409: the instance is not docked.
    NotConnected = "not_connected",
    /// 409: the image was built for another uplink url or IncludeOS version.
    Mismatch = "mismatch",
    /// 409: the image is too large for a target's RAM.
    NoRoom = "no_room",
    /// 409: no builder for the upgrade.
    NoBuilder = "no_builder",
    /// 409: already as many webhooks as allowed.
    TooManyWebhooks = "too_many_webhooks",
    /// 409: (uplink port) the instance is docked from another address.
    UuidInUse = "uuid_in_use",
    /// 411: a body without a length where one is needed.
    LengthRequired = "length_required",
    /// 413: a body over its limit.
    PayloadTooLarge = "payload_too_large",
    /// 415: a body of a type the route does not take.
    UnsupportedMediaType = "unsupported_media_type",
    /// 416: a `Range` outside the image.
    RangeNotSatisfiable = "range_not_satisfiable",
    /// 422: a field that fails validation.
    InvalidField = "invalid_field",
    /// 422: a NaCl with errors stored or built without `force` (the errors in `diagnostics`).
    InvalidNacl = "invalid_nacl",
    /// 422: an image upload that is not an ELF binary.
    NotElf = "not_elf",
    /// 422: the upgrade cannot tell the instance's service.
    NoService = "no_service",
    /// 422: the upgrade cannot tell the instance's NaCl.
    NoNacl = "no_nacl",
    /// 429: the build queue is full.
    TooManyBuilds = "too_many_builds",
    /// 429: this address failed to log in too often.
    TooManyFailures = "too_many_failures",
    /// 429: (uplink port) an uplink token used up its allowance of new instances.
    TooManyNewInstances = "too_many_new_instances",
    /// 500: a failure inside the server.
    Internal = "internal",
    /// 502: the instance answered a stats request with something else.
    BadAnswer = "bad_answer",
    /// 502: the instance left while it was asked.
    Disconnected = "disconnected",
    /// 502: the DockerHub registry cannot be reached.
    RegistryUnreachable = "registry_unreachable",
    /// 502: the DockerHub registry answered an error.
    RegistryError = "registry_error",
    /// 502: the Docker engine refused an operation.
    EngineError = "engine_error",
    /// 503: the htpasswd file cannot be read.
    AuthUnavailable = "auth_unavailable",
    /// 503: too many password checks wait.
    AuthBusy = "auth_busy",
    /// 503: too many deploys run, or stats requests wait.
    Busy = "busy",
    /// 503: no Docker engine.
    EngineUnavailable = "engine_unavailable",
    /// 503: (uplink port) too many instances docked or waiting.
    Unavailable = "unavailable",
    /// 504: the instance did not answer in time.
    Timeout = "timeout",
    /// 507: the server's disk is full.
    DiskFull = "disk_full",
}

impl std::fmt::Display for ErrorCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// `code == "not_found"`: compares the wire text.
impl PartialEq<&str> for ErrorCode {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl Serialize for ErrorCode {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for ErrorCode {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        Ok(ErrorCode::parse(&text))
    }
}

impl utoipa::PartialSchema for ErrorCode {
    fn schema() -> utoipa::openapi::RefOr<utoipa::openapi::schema::Schema> {
        utoipa::openapi::ObjectBuilder::new()
            .schema_type(utoipa::openapi::schema::Type::String)
            .description(Some(
                "Stable, snake_case code; docs/API.md \"Error codes\" says when each is answered",
            ))
            .enum_values(Some(ErrorCode::ALL.iter().map(|c| c.as_str().to_owned())))
            .into()
    }
}

impl utoipa::ToSchema for ErrorCode {}

impl ErrorBody {
    pub fn new(code: ErrorCode, message: impl Into<String>) -> Self {
        ErrorBody {
            error: ErrorDetail {
                code,
                message: message.into(),
                hint: None,
                candidates: None,
                diagnostics: None,
            },
        }
    }

    pub fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.error.hint = Some(hint.into());
        self
    }
}

/// `GET /v1/info`.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq, utoipa::ToSchema)]
pub struct Info {
    /// The name this Mothership reports (`--name`).
    pub name: String,
    /// Server version (the crate version).
    pub version: String,
    /// API version, e.g. `v1`.
    pub api_version: String,
    /// Seconds since the server started.
    pub uptime_secs: u64,
    /// What the uplink port speaks (absent from servers before this field existed).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uplink: Option<UplinkPort>,
}

/// The uplink port as instances see it.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq, utoipa::ToSchema)]
pub struct UplinkPort {
    /// The port number.
    pub port: u16,
    /// `modern`, `compatible` (modern plus the legacy suite real instances offer), or `off`
    /// (plain HTTP, `--nouplinktls`).
    pub tls: String,
    /// SHA-256 fingerprint of the certificate the port presents (with TLS).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub certificate_fingerprint: Option<String>,
}

/// `GET /v1/health` (no authentication).
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq, utoipa::ToSchema)]
pub struct Health {
    pub status: String,
}
