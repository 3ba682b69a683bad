//! `/v1/instances` bodies: the instance registry as the API shows it, counts, patches, deletes,
//! panics and stats.

use std::net::IpAddr;

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;

use super::transport::{NetInterface, Stat, UplinkConfig};

/// Where an instance stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, utoipa::ToSchema)]
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
    /// Every status, in the order they are listed.
    pub const ALL: [InstanceStatus; 3] = [
        InstanceStatus::Connected,
        InstanceStatus::Disconnected,
        InstanceStatus::Unknown,
    ];

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
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
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
    #[serde(default, rename = "image_id")]
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
    #[serde(with = "crate::protocol::timestamp")]
    pub first_seen: OffsetDateTime,
    #[serde(default, with = "crate::protocol::timestamp::option")]
    pub connected_since: Option<OffsetDateTime>,
    #[serde(default, with = "crate::protocol::timestamp::option")]
    pub last_seen: Option<OffsetDateTime>,
    /// When the last LOG arrived.
    #[serde(default, with = "crate::protocol::timestamp::option")]
    pub last_log: Option<OffsetDateTime>,
    #[serde(default, with = "crate::protocol::timestamp::option")]
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
    /// Why this instance's uuid does not tell it apart from other VMs (all zeros, or empty),
    /// and the fix; absent when the uuid is fine. See [`UuidProblem`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uuid_problem: Option<String>,
    /// Docks refused because this uuid was docked at the time from another address, or came
    /// with the token of another uplink than the one it is bound to; newest first, one entry per
    /// address.
    #[serde(default)]
    pub conflicts: Vec<IdentityConflict>,
    /// The uplink this uuid is bound to: the ID of the stored uplink whose token it first
    /// docked with (`uplinktoken-sha256:…` for a `--uplinktoken`). A dock with another
    /// uplink's token is refused, unless Mothership deployed an image of that uplink to it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bound_uplink: Option<String>,
    /// "Automatically redeploy last image": when the instance docks running another binary
    /// than the image Mothership last deployed to it (and verified), that image is deployed
    /// to it again. Set with `PATCH`.
    #[serde(default)]
    pub auto_redeploy: bool,
    /// Its desired image and where it stands against it (`not_managed` without one); set
    /// with `PUT /v1/instances/{id}/desired` or `PUT /v1/desired`.
    #[serde(default)]
    pub desired: crate::protocol::desired::DesiredState,
}

/// Docks for an instance's uuid that were refused because the instance was docked from another
/// address at the time (the live one keeps its place; see ARCHITECTURE.md, "Instance identity").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct IdentityConflict {
    /// The IP address the refused docks came from.
    pub address: String,
    /// How many were refused from there.
    pub attempts: u64,
    #[serde(with = "crate::protocol::timestamp", rename = "first_seen")]
    pub first_at: OffsetDateTime,
    #[serde(with = "crate::protocol::timestamp", rename = "last_seen")]
    pub last_at: OffsetDateTime,
    /// The address of the connection that held the uuid at the last refusal (or the address a
    /// deploy's update went to, while the deploy waited for the instance to dock again).
    #[serde(default)]
    pub live_address: Option<String>,
    /// Set when the last refusal was for the token: the uplink (ID, or
    /// `uplinktoken-sha256:…`) whose token the refused dock presented, which is not the one
    /// the uuid is bound to (`uplink_id` on the wire, like every reference to an uplink).
    #[serde(default, rename = "uplink_id", skip_serializing_if = "Option::is_none")]
    pub uplink: Option<String>,
}

/// Why a uuid (or `/auth` id) as an instance sends it is refused: surrounding whitespace or
/// control characters would be stored and shown as they are, and could forge log lines. Empty
/// is fine ([`instance_key`]).
pub fn check_reported_uuid(uuid: &str) -> Result<(), &'static str> {
    if uuid.chars().any(char::is_control) {
        Err("holds control characters")
    } else if uuid.trim() != uuid {
        Err("has whitespace around it")
    } else {
        Ok(())
    }
}

/// True for what reads as an instance's uuid rather than a name: the 8-4-4-4-12 hex form, 32
/// hex digits, or an id of an instance without a uuid ([`NO_UUID_PREFIX`]). Aliases may not
/// look like this, so an alias and a uuid never shadow each other.
pub fn looks_like_uuid(s: &str) -> bool {
    let hex = |part: &str, n: usize| part.len() == n && part.bytes().all(|b| b.is_ascii_hexdigit());
    let parts: Vec<&str> = s.split('-').collect();
    let dashed = parts.len() == 5
        && parts
            .iter()
            .zip([8, 4, 4, 4, 12])
            .all(|(part, n)| hex(part, n));
    dashed || hex(s, 32) || s.starts_with(NO_UUID_PREFIX)
}

/// The id of an instance that reports an empty uuid starts with this, followed by the IP address
/// it docks from: without a uuid the address is all that tells such instances apart.
pub const NO_UUID_PREFIX: &str = "no-uuid-";

/// The instance id a reported uuid docks as: the uuid itself, or for an empty one
/// `no-uuid-<peer IP>` (see [`NO_UUID_PREFIX`]).
pub fn instance_key(reported_uuid: &str, peer: IpAddr) -> String {
    if reported_uuid.is_empty() {
        format!("{NO_UUID_PREFIX}{}", peer.to_canonical())
    } else {
        reported_uuid.to_owned()
    }
}

/// A uuid that does not tell one VM from another. The uuid is the VM's SMBIOS UUID: QEMU reports
/// all zeros unless started with `-uuid`, and platforms without SMBIOS report an empty one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UuidProblem {
    /// All zeros (with or without dashes).
    AllZero,
    /// Empty: the instance is known by its address instead.
    Empty,
}

impl UuidProblem {
    /// What is wrong with a uuid as an instance reports it.
    pub fn of_reported(uuid: &str) -> Option<UuidProblem> {
        if uuid.is_empty() {
            Some(UuidProblem::Empty)
        } else if uuid.bytes().all(|b| b == b'0' || b == b'-') && uuid.contains('0') {
            Some(UuidProblem::AllZero)
        } else {
            None
        }
    }

    /// What is wrong with the uuid of the instance stored under `id` ([`instance_key`]).
    pub fn of_id(id: &str) -> Option<UuidProblem> {
        if id.starts_with(NO_UUID_PREFIX) {
            Some(UuidProblem::Empty)
        } else {
            UuidProblem::of_reported(id)
        }
    }

    /// The problem and its fix, for the instance stored under `id`.
    pub fn describe(self, id: &str) -> String {
        match self {
            UuidProblem::AllZero => {
                "the instance reports an all-zero uuid, which QEMU gives every \
                VM started without -uuid: VMs that share it cannot be told apart, and only one of \
                them can be docked at a time (docks from other addresses are refused while it is); \
                give each VM a unique uuid (QEMU: -uuid $(uuidgen))"
                    .to_owned()
            }
            UuidProblem::Empty => format!(
                "the instance reports an empty uuid (its platform has no SMBIOS UUID), so it is \
                 known by the address it docks from ({id}) and shows up as a new instance when \
                 that address changes; give the VM a unique uuid (QEMU: -uuid $(uuidgen))"
            ),
        }
    }
}

/// `GET /v1/instances/counts` (also in the `X-Instance-Counts` header of the list).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
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

/// `PATCH /v1/instances/{id}`: absent fields stay, an empty string clears, `null` is refused.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct InstancePatch {
    #[serde(
        default,
        deserialize_with = "crate::protocol::not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub alias: Option<String>,
    #[serde(
        default,
        deserialize_with = "crate::protocol::not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub description: Option<String>,
    /// Turns "automatically redeploy last image" on or off (see [`Instance::auto_redeploy`]).
    #[serde(
        default,
        deserialize_with = "crate::protocol::not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub auto_redeploy: Option<bool>,
}

/// `DELETE /v1/instances` body: the instances to forget.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct DeleteInstances {
    pub ids: Vec<String>,
}

/// What a delete did.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
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
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct PanicReport {
    #[serde(with = "crate::protocol::timestamp")]
    pub at: OffsetDateTime,
    pub text: String,
}

/// One STATS answer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct StatsSnapshot {
    #[serde(with = "crate::protocol::timestamp")]
    pub at: OffsetDateTime,
    pub stats: Vec<Stat>,
}

/// `GET /v1/instances/{id}/stats`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn all_zero_and_empty_uuids_are_problems() {
        for zero in [
            "00000000-0000-0000-0000-000000000000",
            "00000000000000000000000000000000",
        ] {
            assert_eq!(UuidProblem::of_reported(zero), Some(UuidProblem::AllZero));
            assert_eq!(UuidProblem::of_id(zero), Some(UuidProblem::AllZero));
        }
        assert_eq!(UuidProblem::of_reported(""), Some(UuidProblem::Empty));
        for fine in ["0a1b2c3d-0000-4000-8000-000000000001", "-", "x"] {
            assert_eq!(UuidProblem::of_reported(fine), None, "{fine}");
        }
        let id = instance_key("", "10.0.0.4".parse().expect("ip"));
        assert_eq!(id, "no-uuid-10.0.0.4");
        assert_eq!(UuidProblem::of_id(&id), Some(UuidProblem::Empty));
        assert!(
            UuidProblem::Empty
                .describe(&id)
                .contains("no-uuid-10.0.0.4")
        );
        // An IPv4 peer seen on a dual-stack socket keys the same as on an IPv4 one.
        let mapped = instance_key("", "::ffff:10.0.0.4".parse().expect("ip"));
        assert_eq!(mapped, id);
        assert_eq!(instance_key("abc", "10.0.0.4".parse().expect("ip")), "abc");
    }
}
