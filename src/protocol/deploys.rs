//! `/v1/deploys` and `/v1/instances/{id}/deploy/{image}`: live updates of running instances.
//!
//! A deploy sends one image to one or more instances. Each target goes
//! `queued → sent → acked → verified`, or ends `failed` with a reason; the deploy as a whole is
//! `running` until every target is done, then `verified` (all verified) or `failed`.

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;

/// Where one target instance of a deploy stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum TargetState {
    /// Waiting for a slot (deploys to many run a bounded number at once).
    Queued,
    /// The UPDATE is on its way to the instance.
    Sent,
    /// The instance acked with the image's SHA-1; waiting for it to dock again.
    Acked,
    /// The instance docked again reporting the image as its binary.
    Verified,
    /// Ended without verification; `reason` says why.
    Failed,
}

impl TargetState {
    pub fn as_str(self) -> &'static str {
        match self {
            TargetState::Queued => "queued",
            TargetState::Sent => "sent",
            TargetState::Acked => "acked",
            TargetState::Verified => "verified",
            TargetState::Failed => "failed",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "queued" => Some(TargetState::Queued),
            "sent" => Some(TargetState::Sent),
            "acked" => Some(TargetState::Acked),
            "verified" => Some(TargetState::Verified),
            "failed" => Some(TargetState::Failed),
            _ => None,
        }
    }

    /// Verified or failed: nothing more happens to this target.
    pub fn is_final(self) -> bool {
        matches!(self, TargetState::Verified | TargetState::Failed)
    }
}

impl std::fmt::Display for TargetState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Where a deploy as a whole stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum DeployState {
    /// Some target is not done yet.
    Running,
    /// Every target verified.
    Verified,
    /// Every target is done and at least one failed (or the server stopped during the deploy).
    Failed,
}

impl DeployState {
    /// Every state, in the order they are listed.
    pub const ALL: [DeployState; 3] = [
        DeployState::Running,
        DeployState::Verified,
        DeployState::Failed,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            DeployState::Running => "running",
            DeployState::Verified => "verified",
            DeployState::Failed => "failed",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "running" => Some(DeployState::Running),
            "verified" => Some(DeployState::Verified),
            "failed" => Some(DeployState::Failed),
            _ => None,
        }
    }
}

impl std::fmt::Display for DeployState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One target instance of a deploy.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct DeployTarget {
    /// The instance's UUID (`instance_id` on the wire, like every other reference).
    #[serde(rename = "instance_id")]
    pub instance: String,
    /// Where the target is (`status` on the wire, like every other record).
    #[serde(rename = "status")]
    pub state: TargetState,
    /// Why it failed; on a verified target, a note on how it was verified (its ack was lost
    /// and the dock that followed reported the image).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// When the UPDATE was handed to the instance's connection.
    #[serde(default, with = "crate::protocol::timestamp::option")]
    pub sent: Option<OffsetDateTime>,
    /// When the ack arrived.
    #[serde(default, with = "crate::protocol::timestamp::option")]
    pub acked: Option<OffsetDateTime>,
    /// When it was verified or failed.
    #[serde(default, with = "crate::protocol::timestamp::option")]
    pub finished: Option<OffsetDateTime>,
}

/// Targets per state.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct DeployCounts {
    pub queued: u64,
    pub sent: u64,
    pub acked: u64,
    pub verified: u64,
    pub failed: u64,
    pub total: u64,
}

impl DeployCounts {
    /// Counts the targets' states.
    pub fn of(targets: &[DeployTarget]) -> Self {
        let mut c = DeployCounts::default();
        for t in targets {
            c.add(t.state);
        }
        c
    }

    pub fn add(&mut self, state: TargetState) {
        match state {
            TargetState::Queued => self.queued += 1,
            TargetState::Sent => self.sent += 1,
            TargetState::Acked => self.acked += 1,
            TargetState::Verified => self.verified += 1,
            TargetState::Failed => self.failed += 1,
        }
        self.total += 1;
    }

    /// Targets that are verified or failed.
    pub fn done(&self) -> u64 {
        self.verified + self.failed
    }
}

/// A deploy record (`GET /v1/deploys/{id}`; in lists `targets` is left out).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Deploy {
    /// 16 hex digits.
    pub id: String,
    /// The whole ID of the image deployed.
    #[serde(rename = "image_id")]
    pub image: String,
    #[serde(with = "crate::protocol::timestamp")]
    pub created: OffsetDateTime,
    #[serde(default, with = "crate::protocol::timestamp::option")]
    pub finished: Option<OffsetDateTime>,
    #[serde(rename = "status")]
    pub state: DeployState,
    /// Why the deploy failed, in one sentence (a single target's reason, or how many failed).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// Uplink, version and memory checks were overridden.
    #[serde(default)]
    pub force: bool,
    /// Targets updated at the same time, at most.
    pub concurrency: u32,
    /// What could not be checked (an image of unknown origin...) or was overridden.
    #[serde(default)]
    pub warnings: Vec<String>,
    pub counts: DeployCounts,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub targets: Vec<DeployTarget>,
    /// Why Mothership started this deploy by itself (an instance with `auto_redeploy` docked
    /// running another binary than the image last deployed to it); absent for deploys a
    /// client asked for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trigger: Option<String>,
}

/// `POST /v1/deploys`: an image and either instance ids or a filter. Without `instances`, the
/// filter picks from the registry (`status` defaults to `connected`); `all: true` with no other
/// filter means every connected instance. An empty selection is refused, never "everything".
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct DeployRequest {
    /// Image ID or unique prefix.
    #[serde(rename = "image_id")]
    pub image: String,
    /// Instance UUIDs, aliases or unique UUID prefixes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub instances: Option<Vec<String>>,
    /// Every instance the filter matches (`status` defaults to connected).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub all: bool,
    /// `connected`, `disconnected` or `unknown`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// Instances reporting exactly this tag.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tag: Option<String>,
    /// Instances matching this like `GET /v1/instances?search=`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub search: Option<String>,
    /// Targets updated at the same time (default [`DEFAULT_CONCURRENCY`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub concurrency: Option<u32>,
    /// Deploy even where the image was built for another uplink or IncludeOS version.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub force: bool,
}

/// `?wait=true&force=true` of the deploy endpoints.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct DeployParams {
    /// Answer when the deploy is done (200 with the final record) instead of at once (202).
    #[serde(default, deserialize_with = "super::query::flag")]
    pub wait: bool,
    #[serde(default, deserialize_with = "super::query::flag")]
    pub force: bool,
}

/// Targets updated at the same time when a request names no concurrency.
pub const DEFAULT_CONCURRENCY: u32 = 100;
/// The largest concurrency accepted.
pub const MAX_CONCURRENCY: u32 = 10_000;
/// The most targets one deploy may have.
pub const MAX_TARGETS: usize = 100_000;
