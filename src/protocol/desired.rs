//! Desired state (docs/ROLLOUTS.md, "Desired state"): an image an instance should run.
//! Mothership keeps each managed instance converging on it: an instance that docks running
//! another binary is updated, a bounded number of times with a back-off.

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;

use super::rollouts::Selector;

/// Where an instance stands against its desired image.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize, utoipa::ToSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum DesiredStatus {
    /// It runs its desired image.
    InSync,
    /// It runs another binary: an update runs, or waits for the instance to dock, or for the
    /// back-off after a failed attempt (`reason` says which).
    Updating,
    /// Every attempt failed (`reason` says why); setting the desired image again retries.
    Failed,
    /// No desired image.
    #[default]
    NotManaged,
}

impl DesiredStatus {
    pub const ALL: [DesiredStatus; 4] = [
        DesiredStatus::InSync,
        DesiredStatus::Updating,
        DesiredStatus::Failed,
        DesiredStatus::NotManaged,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            DesiredStatus::InSync => "in_sync",
            DesiredStatus::Updating => "updating",
            DesiredStatus::Failed => "failed",
            DesiredStatus::NotManaged => "not_managed",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|v| v.as_str() == s)
    }
}

impl std::fmt::Display for DesiredStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// An instance's desired state: the `desired` of an instance, and
/// `GET /v1/instances/{id}/desired`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct DesiredState {
    pub status: DesiredStatus,
    /// The image the instance should run (absent when not managed).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image_id: Option<String>,
    /// Why it is updating or failed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// Updates tried since the desired image was set or last reached.
    #[serde(default)]
    pub attempts: u32,
    /// When the next attempt may start (after a failed one).
    #[serde(
        default,
        with = "crate::protocol::timestamp::option",
        skip_serializing_if = "Option::is_none"
    )]
    pub next_attempt: Option<OffsetDateTime>,
    /// The last deploy Mothership started to converge it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deploy: Option<String>,
    /// Who set it: `api`, or `rollout ID` (a completed rollout sets it on the instances it
    /// verified).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub set_by: Option<String>,
    #[serde(
        default,
        with = "crate::protocol::timestamp::option",
        skip_serializing_if = "Option::is_none"
    )]
    pub set_at: Option<OffsetDateTime>,
}

impl DesiredState {
    /// What the stored record of an instance's desired state (the engine's view, which may
    /// say `in_sync` or `updating`) means for an instance running `binary`.
    pub fn of(stored: Option<DesiredState>, binary: Option<&str>) -> DesiredState {
        let Some(mut d) = stored else {
            return DesiredState::default();
        };
        let image = d.image_id.clone().unwrap_or_default();
        if binary.is_some_and(|b| b.eq_ignore_ascii_case(&image)) {
            d.status = DesiredStatus::InSync;
            d.reason = None;
            d.next_attempt = None;
            return d;
        }
        match d.status {
            DesiredStatus::Failed => {}
            DesiredStatus::Updating if d.reason.is_some() => {}
            _ => {
                d.status = DesiredStatus::Updating;
                let running = match binary {
                    Some(b) => format!("binary {b}"),
                    None => "no reported binary".to_owned(),
                };
                d.reason = Some(format!(
                    "it runs {running}: updated when it docks (or when a deploy or rollout that \
                     owns it ends)"
                ));
            }
        }
        d
    }
}

/// `PUT /v1/instances/{id}/desired`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct DesiredRequest {
    /// Image ID or unique prefix.
    pub image_id: String,
}

/// `PUT /v1/desired`: a desired image for every instance a selector picks now.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct DesiredGroupRequest {
    /// Image ID or unique prefix.
    pub image_id: String,
    pub selector: Selector,
}

/// `DELETE /v1/desired`: no desired image any more for the instances a selector picks.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct DesiredGroupClear {
    pub selector: Selector,
}

/// What `PUT` or `DELETE /v1/desired` changed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct DesiredChange {
    /// The image set (absent when cleared).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image_id: Option<String>,
    /// UUIDs of the instances changed.
    pub instances: Vec<String>,
}
