//! The build seams backed by the store: inputs come from the stored NaCls and uplinks, outputs
//! become stored images (listed in `/v1/images` with what they were built from).
//!
//! The seams are called on the blocking pool, and the store's API is async: each call runs the
//! store future on the runtime handle captured at start-up.

use std::path::PathBuf;

use bytes::Bytes;
use tokio::runtime::Handle;

use super::sink::{
    BuildInputs, BuiltImage, ImageSink, ResolvedNacl, ResolvedUplink, Trust, trust_disk_path,
};
use crate::protocol::images::{TRUST_CA, TRUST_UPLINK, TrustedCertificate};
use crate::protocol::uplinks::Uplink;
use crate::store::images::NewImage;
use crate::store::uplinks::DEFAULT_NAME;
use crate::store::{Store, StoreError};

/// Build inputs and outputs in the store.
pub struct StoreSeams {
    store: Store,
    runtime: Handle,
    /// The certificate the server's uplink port presents (PEM), read at each build so a
    /// rotation is picked up.
    uplink_certfile: PathBuf,
}

impl StoreSeams {
    /// Must be called inside the runtime whose blocking pool will call the seams.
    pub fn new(store: Store, uplink_certfile: PathBuf) -> Self {
        StoreSeams {
            store,
            runtime: Handle::current(),
            uplink_certfile,
        }
    }

    /// What an image for `uplink` must trust: nothing for `http`; for `https` the uplink's CA
    /// when it names one, else the certificate the uplink port presents.
    fn trust(&self, uplink: &Uplink) -> Result<Option<Trust>, String> {
        if !uplink.url.to_ascii_lowercase().starts_with("https://") {
            return Ok(None);
        }
        let disk_path = trust_disk_path(uplink.options.certs.as_deref()).ok_or_else(|| {
            format!(
                "uplink {}'s certs folder {:?} leaves the memdisk: set certs to a folder such as \
                 /certs (`mothership uplinks update`)",
                uplink.id,
                uplink.options.certs.as_deref().unwrap_or_default()
            )
        })?;
        let (pem, source, what) = match &uplink.options.ca {
            Some(ca) => (
                ca.clone().into_bytes(),
                TRUST_CA,
                format!("uplink {}'s ca", uplink.id),
            ),
            None => {
                let pem = std::fs::read(&self.uplink_certfile).map_err(|e| {
                    format!(
                        "failed to read the uplink's certificate {} (images for https uplinks \
                         carry it): {e}",
                        self.uplink_certfile.display()
                    )
                })?;
                (
                    pem,
                    TRUST_UPLINK,
                    format!("the uplink certificate {}", self.uplink_certfile.display()),
                )
            }
        };
        let first = openssl::x509::X509::stack_from_pem(&pem)
            .ok()
            .and_then(|certs| certs.into_iter().next())
            .and_then(|cert| cert.to_der().ok())
            .ok_or_else(|| format!("{what} holds no PEM certificate: images could not trust it"))?;
        Ok(Some(Trust {
            disk_path,
            pem,
            certificate: TrustedCertificate {
                fingerprint: crate::tlsutil::fingerprint(&first),
                source: source.to_owned(),
            },
        }))
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
            trusted_certificate: image.trusted.clone(),
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

    fn uplink(&self, id: Option<&str>) -> Result<Option<ResolvedUplink>, super::BuildersError> {
        let key = id.unwrap_or(DEFAULT_NAME);
        match self.runtime.block_on(self.store.get_uplink(key)) {
            Ok(uplink) => {
                let uplink_json = match uplink.config_json(None) {
                    serde_json::Value::Object(map) => map,
                    other => {
                        return Err(super::BuildersError::Internal(format!(
                            "uplink {} did not make a JSON object: {other}",
                            uplink.id
                        )));
                    }
                };
                let trust = self
                    .trust(&uplink)
                    .map_err(super::BuildersError::Internal)?;
                Ok(Some(ResolvedUplink {
                    id: uplink.id,
                    uplink: uplink_json,
                    trust,
                    problems: uplink.problems,
                }))
            }
            Err(StoreError::NotFound { .. }) => Ok(None),
            Err(e @ (StoreError::Ambiguous { .. } | StoreError::ShortPrefix { .. })) => {
                Err(super::BuildersError::Store(e))
            }
            Err(e) => Err(super::BuildersError::Internal(format!(
                "failed to read uplink {key:?}: {e}"
            ))),
        }
    }
}
