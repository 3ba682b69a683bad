//! The seams between builds and the rest of the server: where a build's inputs come from
//! (stored NaCls and uplinks, [`BuildInputs`]) and where its output goes ([`ImageSink`]), both
//! called on the blocking pool, so implementations may use SQLite and files directly; and who is
//! told when a build starts and ends ([`BuildEvents`]).

use serde_json::{Map, Value};

use crate::protocol::builders::Build;
use crate::protocol::images::TrustedCertificate;

/// A built image and what it was built from.
#[derive(Debug, Clone)]
pub struct BuiltImage {
    /// Lowercase SHA-1 hex of `bytes`: the image id.
    pub id: String,
    pub bytes: Vec<u8>,
    pub service: String,
    pub builder_id: String,
    /// IncludeOS version of the builder.
    pub version: String,
    pub nacl_id: Option<String>,
    pub uplink_id: Option<String>,
    pub tag: Option<String>,
    pub build_id: String,
    /// The certificate put on its memdisk for an `https` uplink.
    pub trusted: Option<TrustedCertificate>,
}

/// Where a build's progress is told (the server's event bus). Called on the build's task; must
/// not wait.
pub trait BuildEvents: Send + Sync {
    /// The build left the queue and its container is being set up.
    fn started(&self, build: &Build);
    /// The build ended; `build.image_id` is set when it made an image.
    fn finished(&self, build: &Build);
}

/// Where built images go.
pub trait ImageSink: Send + Sync {
    /// Stores an image durably (a crash must never leave a half image under its id).
    fn store(&self, image: &BuiltImage) -> Result<(), String>;
}

/// A stored NaCl: its id (a name given for it is resolved) and its text.
#[derive(Debug, Clone)]
pub struct ResolvedNacl {
    pub id: String,
    pub content: String,
}

/// A stored uplink: its id, the object that becomes `"uplink"` in the image's config.json and,
/// for an `https` uplink, the certificate its instances must trust.
#[derive(Debug, Clone)]
pub struct ResolvedUplink {
    pub id: String,
    pub uplink: Map<String, Value>,
    pub trust: Option<Trust>,
    /// Why instances could not use its url (a stored uplink from before such urls were
    /// refused); empty when they can.
    pub problems: Vec<String>,
}

/// The certificate an image for an `https` uplink carries on its memdisk.
#[derive(Debug, Clone)]
pub struct Trust {
    /// Where it goes on the memdisk: `<certs folder>/mothership.pem`, relative (`certs/...`).
    pub disk_path: String,
    pub pem: Vec<u8>,
    pub certificate: TrustedCertificate,
}

/// The file name of the certificate in the uplink's `certs` folder.
pub const TRUST_FILE: &str = "mothership.pem";

/// The memdisk path of the trusted certificate for the uplink option `certs` (default
/// `/certs`); `None` when the folder would leave the memdisk.
pub fn trust_disk_path(certs: Option<&str>) -> Option<String> {
    let folder = certs.unwrap_or("/certs").trim_matches('/');
    let parts: Vec<&str> = folder
        .split('/')
        .filter(|p| !p.is_empty() && *p != ".")
        .collect();
    if parts.contains(&"..") {
        return None;
    }
    let mut path = parts.join("/");
    if !path.is_empty() {
        path.push('/');
    }
    path.push_str(TRUST_FILE);
    Some(path)
}

/// Where the stored inputs of a build come from.
pub trait BuildInputs: Send + Sync {
    /// The NaCl stored under `id` (an id, a unique id prefix or a name); `None` when there is
    /// none. A store error keeps its kind (an ambiguous prefix is the caller's mistake, not the
    /// server's).
    fn nacl(&self, id: &str) -> Result<Option<ResolvedNacl>, crate::store::StoreError>;
    /// The uplink object (the value of `"uplink"` in the image's config.json) of the uplink `id`,
    /// or of the default uplink when `id` is `None`, with the uplink's id. `None` when unknown.
    /// An ambiguous or short ID prefix keeps its kind, like [`BuildInputs::nacl`].
    fn uplink(&self, id: Option<&str>) -> Result<Option<ResolvedUplink>, super::BuildersError>;
}

/// The config.json a builder gets: `{"uplink": {..., "tag": tag}}`.
pub fn config_json(mut uplink: Map<String, Value>, tag: Option<&str>) -> Vec<u8> {
    if let Some(tag) = tag {
        uplink.insert("tag".into(), Value::String(tag.to_owned()));
    }
    let mut root = Map::new();
    root.insert("uplink".into(), Value::Object(uplink));
    serde_json::to_vec_pretty(&Value::Object(root)).unwrap_or_default()
}
