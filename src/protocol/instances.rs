//! `/v1/instances` bodies: the instance registry as the API shows it, counts, patches, deletes,
//! panics and stats.

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;

use super::transport::{NetInterface, Stat, UplinkConfig};

/// Where an instance stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum InstanceStatus {
    /// Docked now.
    Connected,
    /// Was docked since this server started, is not now.
    Disconnected,
    /// Known from before a restart, not seen since.
    Unknown,
}

impl InstanceStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            InstanceStatus::Connected => "connected",
            InstanceStatus::Disconnected => "disconnected",
            InstanceStatus::Unknown => "unknown",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        match s.trim().to_ascii_lowercase().as_str() {
            "connected" => Some(InstanceStatus::Connected),
            "disconnected" => Some(InstanceStatus::Disconnected),
            "unknown" => Some(InstanceStatus::Unknown),
            _ => None,
        }
    }
}

impl std::fmt::Display for InstanceStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One instance (`GET /v1/instances/{id}`, and the elements of `GET /v1/instances`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Instance {
    /// The instance's UUID (from IDENT).
    pub id: String,
    #[serde(default)]
    pub alias: Option<String>,
    #[serde(default)]
    pub description: Option<String>,
    pub status: InstanceStatus,
    /// A PANIC arrived from this instance (see `/panics`).
    pub panicked: bool,
    /// IncludeOS version.
    #[serde(default)]
    pub version: Option<String>,
    #[serde(default)]
    pub service: Option<String>,
    /// SHA-1 of the running binary, reported after a live update.
    #[serde(default)]
    pub binary: Option<String>,
    /// The image it runs: its `binary` when it live-updated (image IDs are that same hash).
    #[serde(default)]
    pub image: Option<String>,
    #[serde(default)]
    pub tag: Option<String>,
    /// Nanoseconds the last live update took.
    #[serde(default)]
    pub update_time_taken: Option<u64>,
    #[serde(default)]
    pub arch: Option<String>,
    #[serde(default)]
    pub physical_ram: Option<u64>,
    #[serde(default)]
    pub cpu_features: Vec<String>,
    #[serde(default)]
    pub devices: Vec<String>,
    #[serde(default)]
    pub net: Vec<NetInterface>,
    /// The uplink configuration it reported (never its token).
    #[serde(default)]
    pub uplink: Option<UplinkConfig>,
    /// The id it authenticated with at `/auth`.
    #[serde(default)]
    pub auth_id: Option<String>,
    /// Address and port its last connection came from.
    #[serde(default)]
    pub address: Option<String>,
    #[serde(with = "time::serde::rfc3339")]
    pub first_seen: OffsetDateTime,
    #[serde(default, with = "time::serde::rfc3339::option")]
    pub connected_since: Option<OffsetDateTime>,
    #[serde(default, with = "time::serde::rfc3339::option")]
    pub last_seen: Option<OffsetDateTime>,
    /// When the last LOG arrived.
    #[serde(default, with = "time::serde::rfc3339::option")]
    pub last_log: Option<OffsetDateTime>,
    #[serde(default, with = "time::serde::rfc3339::option")]
    pub disconnected_at: Option<OffsetDateTime>,
    /// Why the last connection ended.
    #[serde(default)]
    pub disconnect_reason: Option<String>,
    /// Bytes of log kept.
    #[serde(default)]
    pub log_bytes: u64,
    /// Panics kept.
    #[serde(default)]
    pub panics: u64,
}

/// `GET /v1/instances/counts` (also in the `X-Instance-Counts` header of the list).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct InstanceCounts {
    pub connected: u64,
    pub disconnected: u64,
    pub unknown: u64,
    pub panicked: u64,
    pub total: u64,
}

impl InstanceCounts {
    /// `connected=1, disconnected=2, unknown=0, panicked=0, total=3`
    pub fn header_value(&self) -> String {
        format!(
            "connected={}, disconnected={}, unknown={}, panicked={}, total={}",
            self.connected, self.disconnected, self.unknown, self.panicked, self.total
        )
    }
}

/// `PATCH /v1/instances/{id}`: absent fields stay, an empty string clears.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct InstancePatch {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub alias: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

/// `DELETE /v1/instances` body: the instances to forget.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DeleteInstances {
    pub ids: Vec<String>,
}

/// What a delete did.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeleteResult {
    /// UUIDs of the deleted instances.
    pub deleted: Vec<String>,
    /// Ids given that matched no instance.
    pub not_found: Vec<String>,
    /// Connected instances left alone (pass `force=true` to disconnect and delete them).
    #[serde(default)]
    pub connected: Vec<String>,
}

/// One panic an instance reported.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PanicReport {
    #[serde(with = "time::serde::rfc3339")]
    pub at: OffsetDateTime,
    pub text: String,
}

/// One STATS answer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StatsSnapshot {
    #[serde(with = "time::serde::rfc3339")]
    pub at: OffsetDateTime,
    pub stats: Vec<Stat>,
}

/// `GET /v1/instances/{id}/stats`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct InstanceStats {
    #[serde(default)]
    pub latest: Option<StatsSnapshot>,
    /// Earlier answers, newest first.
    #[serde(default)]
    pub history: Vec<StatsSnapshot>,
}

/// Milliseconds since the epoch to a timestamp (store and API share this).
pub fn from_millis(ms: i64) -> OffsetDateTime {
    OffsetDateTime::from_unix_timestamp_nanos(i128::from(ms) * 1_000_000)
        .unwrap_or(OffsetDateTime::UNIX_EPOCH)
}
