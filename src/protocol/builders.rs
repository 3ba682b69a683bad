//! Wire types of the builder API: bob providers, bobs, builders, builds, NaCl validation and
//! services (`/v1/bobproviders`, `/v1/builders`, `/v1/images/build/...`, `/v1/builds`,
//! `/v1/nacls/validate/...`, `/v1/services`).

use serde::{Deserialize, Serialize};

/// `GET /v1/bobproviders`: one source of bobs and what its last update found.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq, utoipa::ToSchema)]
pub struct BobProvider {
    /// `DockerHub` or `Local`.
    pub id: String,
    /// Where the bobs come from: `<registry URL>/<repository>` or the engine address.
    pub source: String,
    /// RFC 3339 time of the last successful update, if any.
    #[serde(default)]
    pub last_update: Option<String>,
    /// Bobs found by the last successful update.
    pub bobs: usize,
    /// Why the last update failed, when it did.
    #[serde(default)]
    pub last_error: Option<String>,
}

/// A bob (`GET /v1/bobproviders/{provider}/bobs`) or a builder (`GET /v1/builders`): the fields
/// both share. A bob keeps its id when it is prepared.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq, utoipa::ToSchema)]
pub struct Bob {
    /// First 12 hex digits of the image config digest (the engine's image id once pulled).
    pub id: String,
    /// `org.label-schema.name`: `IncludeOS builder` or `IncludeOS_builder`.
    pub name: String,
    /// IncludeOS version of the images it builds.
    pub version: String,
    /// Git commit of that IncludeOS version; `null` when the label is missing or holds a
    /// sentence instead of a reference (published images say "Check file /ios_version.txt
    /// inside container").
    #[serde(default)]
    pub vcs_ref: Option<String>,
    /// Date of that commit; `null` when the label is missing or is not a date.
    #[serde(default)]
    pub build_date: Option<String>,
    /// The provider it comes from.
    pub provider_id: String,
    /// Tags in the provider's repository that point at it.
    #[serde(default)]
    pub tags: Vec<String>,
    /// Services it bundles (`org.includeos.services`).
    #[serde(default)]
    pub services: Vec<String>,
    /// True when a builder with this id is on the engine.
    #[serde(default)]
    pub prepared: bool,
}

/// `GET /v1/builders/{id}`: a builder (an image on the engine) with engine details.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq, utoipa::ToSchema)]
pub struct Builder {
    pub id: String,
    pub name: String,
    pub version: String,
    /// `null` when unknown (see [`Bob::vcs_ref`]).
    #[serde(default)]
    pub vcs_ref: Option<String>,
    /// `null` when unknown (see [`Bob::build_date`]).
    #[serde(default)]
    pub build_date: Option<String>,
    pub provider_id: String,
    /// How Mothership drives it (docs/BUILDERS.md).
    #[serde(default)]
    pub contract: BuilderContract,
    /// Services it can build from what it contains: those `org.includeos.services` lists, or
    /// `Starbase` for a classic builder (its bundled copy).
    #[serde(default)]
    pub services: Vec<String>,
    /// Repository tags of the image on the engine.
    #[serde(default)]
    pub tags: Vec<String>,
    /// Size of the image on the engine, in bytes.
    #[serde(default)]
    pub size: i64,
    /// RFC 3339 creation time of the image, when the engine knows it.
    #[serde(default, serialize_with = "crate::protocol::timestamp::text_option")]
    pub created: Option<String>,
}

/// The interface between Mothership and a builder image (docs/BUILDERS.md).
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq, Default, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum BuilderContract {
    /// Written for Mothership: declares `org.includeos.services`, runs `build <Service>` and
    /// `validate`.
    Mothership,
    /// A published IncludeOS v0.13–v0.14 image: its own default command (cmake and make) builds
    /// the service in `/service`; Starbase's sources are bundled; NaCl.py checks NaCl.
    Classic,
    /// IncludeOS v0.15 and later: Conan-based, needs network, bundles no Starbase.
    Conan,
    /// Labelled as a builder but none of the above (or not yet inspected).
    #[default]
    Unknown,
}

impl BuilderContract {
    pub fn as_str(self) -> &'static str {
        match self {
            BuilderContract::Mothership => "mothership",
            BuilderContract::Classic => "classic",
            BuilderContract::Conan => "conan",
            BuilderContract::Unknown => "unknown",
        }
    }

    /// One sentence for people: what the contract means.
    pub fn describe(self) -> &'static str {
        match self {
            BuilderContract::Mothership => {
                "mothership (declares org.includeos.services; runs `build <Service>` and `validate`)"
            }
            BuilderContract::Classic => {
                "classic (IncludeOS v0.13-v0.14: its own cmake/make build /service; bundles \
                 Starbase; validates with NaCl.py)"
            }
            BuilderContract::Conan => {
                "conan (IncludeOS v0.15+: builds Conan-based services with network; no bundled \
                 Starbase, no NaCl check)"
            }
            BuilderContract::Unknown => {
                "unknown (labelled as a builder, but neither contract was found in the image)"
            }
        }
    }
}

/// One line of the NDJSON stream `POST /v1/bobproviders/{provider}/prepare/bobs/{bob}` answers.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq, Default, utoipa::ToSchema)]
pub struct PrepareEvent {
    /// The layer this is about (short digest), when it is about one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub layer: Option<String>,
    /// The engine's status text (`Downloading`, `Pull complete`, ...).
    #[serde(default)]
    pub status: String,
    /// Bytes done and total for this layer, when the engine reports them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub current: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total: Option<i64>,
    /// Set on the last line when the pull failed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
    /// Set on the last line when the pull succeeded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub builder: Option<Builder>,
}

/// Body of `POST /v1/images/build/services/{service}/builders/{builder}`.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Default, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct BuildRequest {
    /// A stored NaCl: its ID, a unique start of it (6+ characters) or its name.
    #[serde(default, rename = "nacl_id", skip_serializing_if = "Option::is_none")]
    pub nacl: Option<String>,
    /// The NaCl itself (instead of `nacl_id`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nacl_content: Option<String>,
    /// A stored uplink: its ID, a unique start of it (6+ characters) or its name (default: the
    /// default uplink).
    #[serde(default, rename = "uplink_id", skip_serializing_if = "Option::is_none")]
    pub uplink: Option<String>,
    /// Image tag: the name the image and its instances report.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tag: Option<String>,
    /// Build even when Mothership's NaCl checks find errors (the build fails at once, before
    /// any container, otherwise).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub force: bool,
}

/// Where a build is.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum BuildStatus {
    /// Waiting for a build slot.
    Queued,
    Running,
    Succeeded,
    /// The builder failed (non-zero exit, no output) or something around it did.
    Failed,
    /// Stopped by `DELETE /v1/builds/{id}`.
    Cancelled,
    /// Took longer than the build timeout.
    TimedOut,
}

impl BuildStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            BuildStatus::Queued => "queued",
            BuildStatus::Running => "running",
            BuildStatus::Succeeded => "succeeded",
            BuildStatus::Failed => "failed",
            BuildStatus::Cancelled => "cancelled",
            BuildStatus::TimedOut => "timed_out",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Some(match s {
            "queued" => BuildStatus::Queued,
            "running" => BuildStatus::Running,
            "succeeded" => BuildStatus::Succeeded,
            "failed" => BuildStatus::Failed,
            "cancelled" => BuildStatus::Cancelled,
            "timed_out" => BuildStatus::TimedOut,
            _ => return None,
        })
    }

    /// True once the build will not change any more.
    pub fn is_finished(self) -> bool {
        !matches!(self, BuildStatus::Queued | BuildStatus::Running)
    }
}

/// A build record (`GET /v1/builds/{id}`; also the 202 answer to a build request).
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, utoipa::ToSchema)]
pub struct Build {
    pub id: String,
    pub service: String,
    pub builder_id: String,
    /// IncludeOS version of the builder.
    pub version: String,
    pub status: BuildStatus,
    #[serde(default)]
    pub nacl_id: Option<String>,
    #[serde(default)]
    pub uplink_id: Option<String>,
    #[serde(default)]
    pub tag: Option<String>,
    /// Exit status of the builder container, once it exited.
    #[serde(default)]
    pub exit_code: Option<i64>,
    /// What went wrong, for failed, cancelled and timed-out builds.
    #[serde(default)]
    pub error: Option<String>,
    /// The image built (SHA-1 of its bytes), for succeeded builds.
    #[serde(default)]
    pub image_id: Option<String>,
    #[serde(default)]
    pub image_size: Option<u64>,
    /// RFC 3339 times.
    #[serde(serialize_with = "crate::protocol::timestamp::text")]
    pub created: String,
    #[serde(default, serialize_with = "crate::protocol::timestamp::text_option")]
    pub started: Option<String>,
    #[serde(default, serialize_with = "crate::protocol::timestamp::text_option")]
    pub finished: Option<String>,
}

/// One NaCl error a builder reported.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq, utoipa::ToSchema)]
pub struct NaclError {
    pub line: u32,
    pub column: u32,
    pub message: String,
}

/// `POST /v1/nacls/validate/builders/{builder}`.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq, utoipa::ToSchema)]
pub struct ValidateResult {
    pub valid: bool,
    pub errors: Vec<NaclError>,
    /// Output lines that are not `nacl.txt:LINE:COL: message` (general messages).
    #[serde(default)]
    pub messages: Vec<String>,
}

/// `POST /v1/nacls/validate`: Mothership's own NaCl checks (no builder), the answer the web
/// editor reads as you type.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq, utoipa::ToSchema)]
pub struct NaclCheck {
    /// No diagnostic is an error (warnings leave a NaCl valid).
    pub valid: bool,
    /// Every problem found, sorted by position; lines and columns count from 1.
    pub diagnostics: Vec<crate::nacl::Diagnostic>,
}

/// `GET /v1/services`: a service and the builders that can build it. A *bundled* service is
/// one builders carry; a *stored* one a user pushed (`POST /v1/services`), which every classic
/// builder and every builder of our own contract can build.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq, utoipa::ToSchema)]
pub struct Service {
    pub name: String,
    pub builders: Vec<String>,
    /// `bundled` or `stored`.
    #[serde(default = "bundled")]
    pub source: String,
    /// A stored service's details; `None` for a bundled one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stored: Option<StoredService>,
}

fn bundled() -> String {
    SERVICE_BUNDLED.to_owned()
}

/// [`Service::source`] of a service builders bundle.
pub const SERVICE_BUNDLED: &str = "bundled";
/// [`Service::source`] of a service a user stored.
pub const SERVICE_STORED: &str = "stored";

/// A service a user stored: `POST /v1/services`, `GET /v1/services/{name}`.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq, utoipa::ToSchema)]
pub struct StoredService {
    pub name: String,
    /// SHA-256 of the normalized tar of its sources.
    pub id: String,
    /// The binary its `CMakeLists.txt` names (`set(BINARY ...)`).
    pub binary: String,
    /// What `project(...)` names.
    #[serde(default)]
    pub project: Option<String>,
    /// Size of the normalized tar in bytes.
    pub size: u64,
    /// Regular files in it.
    pub files: u64,
    /// RFC 3339.
    #[serde(serialize_with = "crate::protocol::timestamp::text")]
    pub created: String,
}
