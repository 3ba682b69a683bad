//! The build seams backed by the store: inputs come from the stored NaCls and uplinks, outputs
//! become stored images (listed in `/v1/images` with what they were built from).
//!
//! The seams are called on the blocking pool, and the store's API is async: each call runs the
//! store future on the runtime handle captured at start-up.

use bytes::Bytes;
use tokio::runtime::Handle;

use super::sink::{BuildInputs, BuiltImage, ImageSink, ResolvedNacl, ResolvedUplink};
use crate::store::images::NewImage;
use crate::store::uplinks::DEFAULT_NAME;
use crate::store::{Store, StoreError};

/// Build inputs and outputs in the store.
pub struct StoreSeams {
    store: Store,
    runtime: Handle,
}

impl StoreSeams {
    /// Must be called inside the runtime whose blocking pool will call the seams.
    pub fn new(store: Store) -> Self {
        StoreSeams {
            store,
            runtime: Handle::current(),
        }
    }
}

impl ImageSink for StoreSeams {
    fn store(&self, image: &BuiltImage) -> Result<(), String> {
        let meta = NewImage {
            tag: image.tag.clone(),
            service: Some(image.service.clone()),
            builder_id: Some(image.builder_id.clone()),
            includeos_version: Some(image.version.clone()),
            nacl_id: image.nacl_id.clone(),
            uplink_id: image.uplink_id.clone(),
        };
        let bytes = Bytes::copy_from_slice(&image.bytes);
        let put = self
            .runtime
            .block_on(self.store.put_image_from_bytes(bytes, meta))
            .map_err(|e| format!("failed to store the image of build {}: {e}", image.build_id))?;
        // Same bytes, same id: the store keeps the existing image and its metadata.
        if put.image.id != image.id {
            return Err(format!(
                "the store filed the image of build {} as {} but its SHA-1 is {}",
                image.build_id, put.image.id, image.id
            ));
        }
        Ok(())
    }
}

impl BuildInputs for StoreSeams {
    fn nacl(&self, id: &str) -> Result<Option<ResolvedNacl>, StoreError> {
        match self.runtime.block_on(self.store.nacls().get(id)) {
            Ok(doc) => Ok(Some(ResolvedNacl {
                id: doc.id,
                content: doc.content,
            })),
            Err(StoreError::NotFound { .. }) => Ok(None),
            Err(e) => Err(e),
        }
    }

    fn uplink(&self, id: Option<&str>) -> Result<Option<ResolvedUplink>, String> {
        let key = id.unwrap_or(DEFAULT_NAME);
        match self.runtime.block_on(self.store.get_uplink(key)) {
            Ok(uplink) => {
                let uplink_json = match uplink.config_json(None) {
                    serde_json::Value::Object(map) => map,
                    other => {
                        return Err(format!(
                            "uplink {} did not make a JSON object: {other}",
                            uplink.id
                        ));
                    }
                };
                Ok(Some(ResolvedUplink {
                    id: uplink.id,
                    uplink: uplink_json,
                }))
            }
            Err(StoreError::NotFound { .. }) => Ok(None),
            Err(e) => Err(format!("failed to read uplink {key:?}: {e}")),
        }
    }
}
