//! `POST /v1/instances/{id}/upgrade`: build an image for an instance and deploy it, in one call.

use serde::{Deserialize, Serialize};

use super::builders::Build;
use super::deploys::Deploy;

/// The body (every field optional; an empty body is fine).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UpgradeRequest {
    /// NaCl ID or name; default: the NaCl the instance's current image was built with.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nacl: Option<String>,
    /// Builder ID; default: the newest builder of the instance's IncludeOS version, else the
    /// newest builder.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub builder: Option<String>,
    /// Tag of the new image.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tag: Option<String>,
    /// Deploy even when the uplink url or IncludeOS version checks fail.
    #[serde(default)]
    pub force: bool,
}

/// The answer: the build, and the deploy once the build has succeeded (`null` before, or when
/// the build failed).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Upgrade {
    /// The instance's UUID.
    pub instance: String,
    pub build: Build,
    #[serde(default)]
    pub deploy: Option<Deploy>,
}
