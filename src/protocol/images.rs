//! `/v1/images`: image metadata as the API shows it.

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;

/// A stored image. Its ID is the lowercase SHA-1 hex of its bytes.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq, utoipa::ToSchema)]
pub struct Image {
    pub id: String,
    /// The name given at upload (`?tag=`) or by the build.
    pub tag: Option<String>,
    /// Bytes.
    pub size: u64,
    #[serde(with = "crate::protocol::timestamp")]
    pub created: OffsetDateTime,
    /// The service it was built from (`Starbase`), for built images.
    #[serde(default)]
    pub service: Option<String>,
    #[serde(default)]
    pub builder_id: Option<String>,
    #[serde(default)]
    #[serde(rename = "version")]
    pub includeos_version: Option<String>,
    #[serde(default)]
    pub nacl_id: Option<String>,
    /// The NaCl's name, when it still exists.
    #[serde(default)]
    pub nacl_name: Option<String>,
    #[serde(default)]
    pub uplink_id: Option<String>,
    /// The uplink's url, when it still exists.
    #[serde(default)]
    pub uplink_url: Option<String>,
    /// The certificate the image's instances trust for their `https` uplink (on its memdisk),
    /// for images Mothership built for one.
    #[serde(default)]
    pub trusted_certificate: Option<TrustedCertificate>,
}

/// Which certificate an image carries in its uplink's `certs` folder.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq, utoipa::ToSchema)]
pub struct TrustedCertificate {
    /// SHA-256 of the certificate (DER), colon-separated upper-case hex pairs.
    pub fingerprint: String,
    /// `uplink`: the certificate the server's uplink port presented at build time; `ca`: the
    /// CA given with the uplink (its first certificate).
    pub source: String,
}

/// [`TrustedCertificate::source`] for the uplink port's own certificate.
pub const TRUST_UPLINK: &str = "uplink";
/// [`TrustedCertificate::source`] for the CA given with the uplink.
pub const TRUST_CA: &str = "ca";

/// `POST /v1/images?tag=`.
#[derive(Debug, Clone, Default, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct UploadQuery {
    #[serde(default)]
    pub tag: Option<String>,
}

/// True for a whole image ID: 40 lowercase hex digits.
pub fn is_full_id(id: &str) -> bool {
    id.len() == 40 && id.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
}
