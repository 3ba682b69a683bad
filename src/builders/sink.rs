//! The two seams between builds and the rest of the store: where a build's inputs come from
//! (stored NaCls and uplinks, [`BuildInputs`]) and where its output goes ([`ImageSink`]). Both are
//! called on the blocking pool, so implementations may use SQLite and files directly.

use std::io::Write;
use std::path::{Path, PathBuf};

use serde_json::{Map, Value};

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
}

/// Where built images go.
pub trait ImageSink: Send + Sync {
    /// Stores an image durably (a crash must never leave a half image under its id).
    fn store(&self, image: &BuiltImage) -> Result<(), String>;
}

/// A stored uplink: its id and the object that becomes `"uplink"` in the image's config.json.
#[derive(Debug, Clone)]
pub struct ResolvedUplink {
    pub id: String,
    pub uplink: Map<String, Value>,
}

/// Where the stored inputs of a build come from.
pub trait BuildInputs: Send + Sync {
    /// The text of the NaCl stored under `id`; `None` when there is none.
    fn nacl(&self, id: &str) -> Result<Option<String>, String>;
    /// The uplink object (the value of `"uplink"` in the image's config.json) of the uplink `id`,
    /// or of the default uplink when `id` is `None`, with the uplink's id. `None` when unknown.
    fn uplink(&self, id: Option<&str>) -> Result<Option<ResolvedUplink>, String>;
}

/// Writes images as `<dir>/<sha1>`: a temporary file, fsynced, renamed into place.
pub struct FileImageSink {
    dir: PathBuf,
}

impl FileImageSink {
    pub fn new(dir: impl Into<PathBuf>) -> Self {
        FileImageSink { dir: dir.into() }
    }
}

impl ImageSink for FileImageSink {
    fn store(&self, image: &BuiltImage) -> Result<(), String> {
        write_atomic(&self.dir, &image.id, &image.bytes).map_err(|e| {
            format!(
                "failed to write image {} into {}: {e}",
                image.id,
                self.dir.display()
            )
        })
    }
}

fn write_atomic(dir: &Path, name: &str, bytes: &[u8]) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)?;
    let target = dir.join(name);
    if target.exists() {
        return Ok(()); // content-addressed: same name, same bytes
    }
    let mut tmp = tempfile::NamedTempFile::new_in(dir)?;
    tmp.write_all(bytes)?;
    tmp.as_file().sync_all()?;
    tmp.persist(&target).map_err(|e| e.error)?;
    if let Ok(d) = std::fs::File::open(dir) {
        let _ = d.sync_all();
    }
    Ok(())
}

/// Inputs until the NaCl and uplink stores are wired in: no stored NaCls, and one default uplink
/// (`default`) made from the server's own uplink address.
pub struct ConfigInputs {
    pub uplink_url: String,
}

impl BuildInputs for ConfigInputs {
    fn nacl(&self, _id: &str) -> Result<Option<String>, String> {
        Ok(None)
    }

    fn uplink(&self, id: Option<&str>) -> Result<Option<ResolvedUplink>, String> {
        match id {
            None | Some("default") => {
                let mut uplink = Map::new();
                uplink.insert("url".into(), Value::String(self.uplink_url.clone()));
                Ok(Some(ResolvedUplink {
                    id: "default".into(),
                    uplink,
                }))
            }
            Some(_) => Ok(None),
        }
    }
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
