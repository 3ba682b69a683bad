//! `POST /v1/instances/{id}/upgrade` and `/v1/upgrades`: build an image for an instance and
//! deploy it there, in one call with one record.
//!
//! An upgrade goes `building → deploying → verified`, or ends `failed` (the build or the deploy
//! failed, or the server stopped) or `cancelled` (its build was cancelled). The record embeds
//! its build and, once started, its deploy, so one GET shows everything.

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;

use super::builders::Build;
use super::deploys::Deploy;

/// The body (every field optional; an empty body is fine).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct UpgradeRequest {
    /// A stored NaCl: its ID, a unique start of it (6+ characters) or its name; default: the
    /// NaCl the instance's current image was built with.
    #[serde(default, rename = "nacl_id", skip_serializing_if = "Option::is_none")]
    pub nacl: Option<String>,
    /// Builder ID; default: the newest builder of the instance's IncludeOS version, else the
    /// newest builder.
    #[serde(
        default,
        rename = "builder_id",
        skip_serializing_if = "Option::is_none"
    )]
    pub builder: Option<String>,
    /// Tag of the new image.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tag: Option<String>,
    /// Deploy even when the uplink url or IncludeOS version checks fail.
    #[serde(default)]
    pub force: bool,
}

/// Where an upgrade stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum UpgradeState {
    /// The build is queued or running.
    Building,
    /// The build succeeded; its image is being deployed to the instance.
    Deploying,
    /// The instance docked again running the new image.
    Verified,
    /// The build or the deploy failed, or the server stopped; `error` says which.
    Failed,
    /// The build was cancelled (`DELETE /v1/builds/{id}`); nothing was deployed.
    Cancelled,
}

impl UpgradeState {
    /// Every state, in the order they are listed.
    pub const ALL: [UpgradeState; 5] = [
        UpgradeState::Building,
        UpgradeState::Deploying,
        UpgradeState::Verified,
        UpgradeState::Failed,
        UpgradeState::Cancelled,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            UpgradeState::Building => "building",
            UpgradeState::Deploying => "deploying",
            UpgradeState::Verified => "verified",
            UpgradeState::Failed => "failed",
            UpgradeState::Cancelled => "cancelled",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Some(match s {
            "building" => UpgradeState::Building,
            "deploying" => UpgradeState::Deploying,
            "verified" => UpgradeState::Verified,
            "failed" => UpgradeState::Failed,
            "cancelled" => UpgradeState::Cancelled,
            _ => return None,
        })
    }

    /// Verified, failed or cancelled: nothing more happens to this upgrade.
    pub fn is_final(self) -> bool {
        matches!(
            self,
            UpgradeState::Verified | UpgradeState::Failed | UpgradeState::Cancelled
        )
    }
}

impl std::fmt::Display for UpgradeState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// An upgrade record (`GET /v1/upgrades/{id}`; the answer to the POST).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Upgrade {
    /// 16 hex digits.
    pub id: String,
    /// The instance's UUID (`instance_id` on the wire, like every other reference).
    #[serde(rename = "instance_id")]
    pub instance: String,
    #[serde(rename = "status")]
    pub state: UpgradeState,
    /// Why it failed or was cancelled, in one sentence.
    #[serde(default)]
    pub error: Option<String>,
    /// Uplink and version checks of the deploy are overridden.
    #[serde(default)]
    pub force: bool,
    #[serde(with = "crate::protocol::timestamp")]
    pub created: OffsetDateTime,
    /// When the status last changed.
    #[serde(with = "crate::protocol::timestamp")]
    pub updated: OffsetDateTime,
    #[serde(default, with = "crate::protocol::timestamp::option")]
    pub finished: Option<OffsetDateTime>,
    /// The build, as it is now.
    pub build: Build,
    /// The deploy, once the build has succeeded and the deploy started (`null` before, or when
    /// the build failed).
    #[serde(default)]
    pub deploy: Option<Deploy>,
}

/// `?wait=true&force=true` of the POST.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct UpgradeParams {
    /// Answer when the upgrade is over (200 with the final record) instead of at once (202).
    #[serde(default)]
    pub wait: bool,
    #[serde(default)]
    pub force: bool,
}
