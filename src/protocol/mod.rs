//! Types that cross the wire between the server and its clients: request and response bodies of
//! the `/v1` API and the one error body every failure uses; [`transport`] is the uplink wire
//! format between instances and the hangar.

pub mod instances;
pub mod transport;

pub mod deploys;
pub mod documents;
pub mod events;
pub mod images;
pub mod list;
pub mod query;
pub mod timestamp;
pub mod upgrade;
pub mod uplinks;

pub mod builders;

use serde::{Deserialize, Serialize};

/// Version of the HTTP API, reported by `/v1/info`; bumped on incompatible changes.
pub const API_VERSION: &str = "v1";

/// Realm sent in `WWW-Authenticate` on 401 responses.
pub const AUTH_REALM: &str = "Mothership";

/// The body of every error response: `{"error": {"code", "message", "hint"}}`.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct ErrorBody {
    pub error: ErrorDetail,
}

/// What went wrong, in a machine-readable code and a sentence for people.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct ErrorDetail {
    /// Stable, snake_case code (`not_found`, `unauthorized`, `payload_too_large`, ...).
    pub code: String,
    /// One sentence saying what failed, on what.
    pub message: String,
    /// What to do about it, when there is something to say.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hint: Option<String>,
}

impl ErrorBody {
    pub fn new(code: impl Into<String>, message: impl Into<String>) -> Self {
        ErrorBody {
            error: ErrorDetail {
                code: code.into(),
                message: message.into(),
                hint: None,
            },
        }
    }

    pub fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.error.hint = Some(hint.into());
        self
    }
}

/// `GET /v1/info`.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
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
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
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
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct Health {
    pub status: String,
}
