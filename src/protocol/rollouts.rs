//! `/v1/rollouts`: an image sent to a group of instances in waves, paused by itself when a wave
//! goes wrong, rolled back to each instance's previous image on demand (docs/ROLLOUTS.md).

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;

/// Where a rollout as a whole stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum RolloutState {
    /// A wave runs, or the next one waits for its soak time.
    Running,
    /// Stopped by an operator or a threshold; `resume` continues it.
    Paused,
    /// Every wave ran and passed.
    Completed,
    /// Stopped for good by an operator; queued targets were skipped.
    Cancelled,
    /// An operator asked for a rollback; previous images are being deployed back.
    RollingBack,
    /// The rollback by hand ended.
    RolledBack,
    /// Its records could not be continued after a restart.
    Interrupted,
}

impl RolloutState {
    /// Every state, in the order they are listed.
    pub const ALL: [RolloutState; 7] = [
        RolloutState::Running,
        RolloutState::Paused,
        RolloutState::Completed,
        RolloutState::Cancelled,
        RolloutState::RollingBack,
        RolloutState::RolledBack,
        RolloutState::Interrupted,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            RolloutState::Running => "running",
            RolloutState::Paused => "paused",
            RolloutState::Completed => "completed",
            RolloutState::Cancelled => "cancelled",
            RolloutState::RollingBack => "rolling_back",
            RolloutState::RolledBack => "rolled_back",
            RolloutState::Interrupted => "interrupted",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|v| v.as_str() == s)
    }

    /// Nothing more happens to a rollout in this state.
    pub fn is_final(self) -> bool {
        matches!(
            self,
            RolloutState::Completed
                | RolloutState::Cancelled
                | RolloutState::RolledBack
                | RolloutState::Interrupted
        )
    }
}

impl std::fmt::Display for RolloutState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Where one target instance of a rollout stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum RolloutTargetState {
    /// Its wave has not reached it yet.
    Queued,
    Sent,
    Acked,
    /// It docked again running the image.
    Verified,
    /// The update failed; `reason` says why.
    Failed,
    /// Its previous image was deployed back and verified.
    RolledBack,
    /// Left out: not connected when its wave started, claimed by a later rollout or a manual
    /// deploy, or the rollout was cancelled (`reason` says which).
    Skipped,
}

impl RolloutTargetState {
    pub const ALL: [RolloutTargetState; 7] = [
        RolloutTargetState::Queued,
        RolloutTargetState::Sent,
        RolloutTargetState::Acked,
        RolloutTargetState::Verified,
        RolloutTargetState::Failed,
        RolloutTargetState::RolledBack,
        RolloutTargetState::Skipped,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            RolloutTargetState::Queued => "queued",
            RolloutTargetState::Sent => "sent",
            RolloutTargetState::Acked => "acked",
            RolloutTargetState::Verified => "verified",
            RolloutTargetState::Failed => "failed",
            RolloutTargetState::RolledBack => "rolled_back",
            RolloutTargetState::Skipped => "skipped",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|v| v.as_str() == s)
    }

    /// Sent or acked: an update to it is under way.
    pub fn in_flight(self) -> bool {
        matches!(self, RolloutTargetState::Sent | RolloutTargetState::Acked)
    }
}

impl std::fmt::Display for RolloutTargetState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Which instances a rollout goes to: `instances`, or any of the filters (all given must
/// match), not both.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Selector {
    /// Instances reporting exactly this tag.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tag: Option<String>,
    /// Instances reporting exactly this service name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service: Option<String>,
    /// Instances running exactly this IncludeOS version (`version`, as instances call it).
    #[serde(default, rename = "version", skip_serializing_if = "Option::is_none")]
    pub includeos_version: Option<String>,
    /// Instance UUIDs, aliases or unique UUID prefixes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub instances: Option<Vec<String>>,
}

impl Selector {
    /// No criterion at all.
    pub fn is_empty(&self) -> bool {
        self.tag.is_none()
            && self.service.is_none()
            && self.includeos_version.is_none()
            && self.instances.is_none()
    }

    /// `tag "web", service "Starbase"` for messages.
    pub fn describe(&self) -> String {
        let mut parts = Vec::new();
        if let Some(t) = &self.tag {
            parts.push(format!("tag {t:?}"));
        }
        if let Some(s) = &self.service {
            parts.push(format!("service {s:?}"));
        }
        if let Some(v) = &self.includeos_version {
            parts.push(format!("IncludeOS version {v:?}"));
        }
        if let Some(i) = &self.instances {
            parts.push(format!("{} named instances", i.len()));
        }
        parts.join(", ")
    }
}

/// The size of a wave: a number of instances (`"5"`) or a share of the selection (`"10%"`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WaveSize {
    Count(u64),
    Percent(u32),
}

impl WaveSize {
    pub fn parse(s: &str) -> Result<WaveSize, String> {
        let t = s.trim();
        if let Some(p) = t.strip_suffix('%') {
            match p.trim().parse::<u32>() {
                Ok(p) if (1..=100).contains(&p) => Ok(WaveSize::Percent(p)),
                _ => Err(format!(
                    "wave size {s:?}: a share is 1% to 100%, a count is a whole number ≥ 1"
                )),
            }
        } else {
            match t.parse::<u64>() {
                Ok(n) if n >= 1 => Ok(WaveSize::Count(n)),
                _ => Err(format!(
                    "wave size {s:?}: give a number of instances (5) or a share (10%)"
                )),
            }
        }
    }

    /// Instances in a wave of this size out of `total` (a share rounded up, at least 1).
    pub fn of(self, total: u64) -> u64 {
        match self {
            WaveSize::Count(n) => n,
            WaveSize::Percent(p) => (total * u64::from(p)).div_ceil(100).max(1),
        }
    }
}

/// Splits `total` instances into waves of the given sizes (the first is the canary): a last
/// wave takes what the sizes leave, empty waves are dropped. Returns each wave's instance count.
pub fn split_waves(sizes: &[WaveSize], total: u64) -> Vec<u64> {
    let mut left = total;
    let mut out = Vec::new();
    for s in sizes {
        if left == 0 {
            break;
        }
        let n = s.of(total).min(left);
        out.push(n);
        left -= n;
    }
    if left > 0 {
        out.push(left);
    }
    out
}

/// `POST /v1/rollouts`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RolloutRequest {
    /// Image ID or unique prefix.
    pub image_id: String,
    pub selector: Selector,
    /// Wave sizes, the first being the canary: `"5"` instances or `"10%"` of the selection.
    /// A last wave takes what they leave. Default: one wave of `100%`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub waves: Vec<String>,
    /// Percent of a wave's tried targets that must verify for the next wave to start (default
    /// 100).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub success_threshold: Option<u32>,
    /// Percent of a wave's targets whose failure pauses the rollout at once (default: none,
    /// only the success threshold at the end of the wave).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error_threshold: Option<u32>,
    /// Seconds between a wave passing and the next starting (default 0).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub soak_seconds: Option<u64>,
    /// On failures that pause the rollout, deploy each failed instance's previous image.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub rollback: bool,
    /// Targets of a wave updated at the same time (default 100).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub concurrency: Option<u32>,
    /// Selected instances may run different IncludeOS versions: the image (a stored build) is
    /// built again for each other version with the newest builder of that version, from the
    /// service, NaCl, uplink and tag of its build record, and each instance gets the image of
    /// its version. Without it, a selection of several versions is refused.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub build_per_version: bool,
}

/// Targets per status.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct RolloutCounts {
    pub queued: u64,
    pub sent: u64,
    pub acked: u64,
    pub verified: u64,
    pub failed: u64,
    pub rolled_back: u64,
    pub skipped: u64,
    pub total: u64,
}

impl RolloutCounts {
    pub fn add(&mut self, state: RolloutTargetState) {
        match state {
            RolloutTargetState::Queued => self.queued += 1,
            RolloutTargetState::Sent => self.sent += 1,
            RolloutTargetState::Acked => self.acked += 1,
            RolloutTargetState::Verified => self.verified += 1,
            RolloutTargetState::Failed => self.failed += 1,
            RolloutTargetState::RolledBack => self.rolled_back += 1,
            RolloutTargetState::Skipped => self.skipped += 1,
        }
        self.total += 1;
    }

    pub fn of<'a>(states: impl IntoIterator<Item = &'a RolloutTarget>) -> Self {
        let mut c = RolloutCounts::default();
        for t in states {
            c.add(t.state);
        }
        c
    }
}

/// The image a rollout sends to the instances of one IncludeOS version (`build_per_version`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct VersionBuild {
    /// The IncludeOS version these instances run.
    pub version: String,
    /// The builder (the newest of the version); none when the rollout's image is of this
    /// version and is sent as it is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub builder_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub build_id: Option<String>,
    /// The image these instances get, once it is known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image_id: Option<String>,
    /// `building`, `ready` or `failed` (its instances are skipped).
    pub status: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
    /// The instances of this version.
    pub instances: Vec<String>,
}

/// [`VersionBuild::status`] values.
pub const BUILD_BUILDING: &str = "building";
pub const BUILD_READY: &str = "ready";
pub const BUILD_FAILED: &str = "failed";

/// One wave of a rollout.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Wave {
    /// 0 is the canary.
    pub index: u32,
    /// The size asked for (`"5"`, `"10%"`; `"rest"` for the wave that takes what is left).
    pub planned: String,
    /// `pending`, `running`, `passed` or `failed` (it paused the rollout).
    pub status: String,
    pub counts: RolloutCounts,
}

/// One target instance of a rollout.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct RolloutTarget {
    #[serde(rename = "instance_id")]
    pub instance: String,
    /// Its wave (0 is the canary).
    pub wave: u32,
    #[serde(rename = "status")]
    pub state: RolloutTargetState,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// The binary it reported when the rollout was created: what a rollback deploys.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub previous_image_id: Option<String>,
    /// The deploy that last acted on it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deploy: Option<String>,
    #[serde(default, with = "crate::protocol::timestamp::option")]
    pub sent: Option<OffsetDateTime>,
    #[serde(default, with = "crate::protocol::timestamp::option")]
    pub acked: Option<OffsetDateTime>,
    #[serde(default, with = "crate::protocol::timestamp::option")]
    pub finished: Option<OffsetDateTime>,
}

/// A rollout record (`GET /v1/rollouts/{id}`; in lists `targets` is left out).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Rollout {
    /// 16 hex digits.
    pub id: String,
    /// The whole ID of the image rolled out.
    pub image_id: String,
    #[serde(with = "crate::protocol::timestamp")]
    pub created: OffsetDateTime,
    #[serde(default, with = "crate::protocol::timestamp::option")]
    pub finished: Option<OffsetDateTime>,
    #[serde(rename = "status")]
    pub state: RolloutState,
    /// Why it paused or ended the way it did.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    pub selector: Selector,
    pub waves: Vec<Wave>,
    /// The wave running or next to run.
    pub current_wave: u32,
    pub success_threshold: u32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error_threshold: Option<u32>,
    pub soak_seconds: u64,
    /// Automatic rollback of failed targets.
    pub rollback: bool,
    pub concurrency: u32,
    /// What the fit checks could not check.
    #[serde(default)]
    pub warnings: Vec<String>,
    /// Built per IncludeOS version (`build_per_version`).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub build_per_version: bool,
    /// With `build_per_version`: the image of each version among the targets; an instance in
    /// none gets `image_id`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub builds: Vec<VersionBuild>,
    pub counts: RolloutCounts,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub targets: Vec<RolloutTarget>,
}

impl Rollout {
    /// The image each instance of a per-version build gets, by UUID (the others get
    /// `image_id`); `None` for a version whose build is not ready.
    pub fn images_by_instance(&self) -> std::collections::HashMap<&str, Option<&str>> {
        let mut out = std::collections::HashMap::new();
        for b in &self.builds {
            let image = (b.status == BUILD_READY)
                .then_some(b.image_id.as_deref())
                .flatten();
            for i in &b.instances {
                out.insert(i.as_str(), image);
            }
        }
        out
    }

    /// Recomputes `counts` and each wave's counts and status from the targets.
    pub fn recount(&mut self) {
        if self.targets.is_empty() {
            return;
        }
        self.counts = RolloutCounts::of(&self.targets);
        for w in &mut self.waves {
            w.counts = RolloutCounts::of(self.targets.iter().filter(|t| t.wave == w.index));
        }
    }
}

/// Default success threshold, percent.
pub const DEFAULT_SUCCESS_THRESHOLD: u32 = 100;
/// The most waves a rollout may have.
pub const MAX_WAVES: usize = 100;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wave_sizes_parse_and_split() {
        assert_eq!(WaveSize::parse("5"), Ok(WaveSize::Count(5)));
        assert_eq!(WaveSize::parse(" 10% "), Ok(WaveSize::Percent(10)));
        assert!(WaveSize::parse("0").is_err());
        assert!(WaveSize::parse("101%").is_err());
        assert!(WaveSize::parse("ten").is_err());
        let sizes = [
            WaveSize::Percent(10),
            WaveSize::Percent(30),
            WaveSize::Percent(60),
        ];
        assert_eq!(split_waves(&sizes, 300), vec![30, 90, 180]);
        assert_eq!(split_waves(&sizes, 1), vec![1]);
        assert_eq!(split_waves(&[WaveSize::Count(2)], 5), vec![2, 3]);
        assert_eq!(split_waves(&[WaveSize::Count(9)], 5), vec![5]);
        assert_eq!(split_waves(&[], 4), vec![4]);
    }
}
