//! TLS for the API and the uplink: loading the certificate and key, and generating a self-signed
//! pair on first start so the server is encrypted out of the box.

use std::net::IpAddr;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use rustls::ServerConfig as RustlsConfig;
use tokio_rustls::TlsAcceptor;

use crate::htpasswd::write_private_file;
use crate::tlsutil::{self, PemError};

/// Why TLS could not be set up.
#[derive(Debug, thiserror::Error)]
pub enum TlsError {
    #[error(transparent)]
    Pem(#[from] PemError),
    #[error("certificate {cert} and key {key} do not belong together or cannot be used: {detail}")]
    Config {
        cert: PathBuf,
        key: PathBuf,
        detail: String,
    },
    #[error(
        "only one of {present} and {missing} exists: provide both, or remove {present} to generate a new self-signed pair"
    )]
    HalfPair { present: PathBuf, missing: PathBuf },
    #[error("failed to generate a self-signed certificate: {0}")]
    Generate(String),
    #[error("failed to write {path}: {source}")]
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
}

/// What [`ensure_certificate`] did.
#[derive(Debug, Clone)]
pub struct Generated {
    /// SHA-256 fingerprint of the new certificate.
    pub fingerprint: String,
    /// The names it is valid for.
    pub names: Vec<String>,
}

/// Generates a self-signed certificate and key when neither file exists. Returns what it made, or
/// `None` when both files were already there.
pub fn ensure_certificate(cert: &Path, key: &Path) -> Result<Option<Generated>, TlsError> {
    match (cert.exists(), key.exists()) {
        (true, true) => return Ok(None),
        (true, false) => {
            return Err(TlsError::HalfPair {
                present: cert.to_owned(),
                missing: key.to_owned(),
            });
        }
        (false, true) => {
            return Err(TlsError::HalfPair {
                present: key.to_owned(),
                missing: cert.to_owned(),
            });
        }
        (false, false) => {}
    }
    let names = subject_names();
    let certified = rcgen::generate_simple_self_signed(names.clone())
        .map_err(|e| TlsError::Generate(e.to_string()))?;
    write_private_file(key, certified.signing_key.serialize_pem().as_bytes()).map_err(
        |source| TlsError::Write {
            path: key.to_owned(),
            source,
        },
    )?;
    std::fs::write(cert, certified.cert.pem()).map_err(|source| TlsError::Write {
        path: cert.to_owned(),
        source,
    })?;
    Ok(Some(Generated {
        fingerprint: tlsutil::fingerprint(certified.cert.der()),
        names,
    }))
}

/// localhost, the loopback addresses, the host name and this host's interface addresses.
fn subject_names() -> Vec<String> {
    let mut names = vec![
        "localhost".to_owned(),
        "127.0.0.1".to_owned(),
        "::1".to_owned(),
    ];
    if let Some(host) = gethostname::gethostname().to_str()
        && !host.is_empty()
    {
        names.push(host.to_owned());
    }
    if let Ok(ifaces) = if_addrs::get_if_addrs() {
        for iface in ifaces {
            let ip: IpAddr = iface.ip();
            if ip.is_loopback() {
                continue;
            }
            if let IpAddr::V6(v6) = ip
                && (v6.segments()[0] & 0xffc0) == 0xfe80
            {
                continue;
            }
            names.push(ip.to_string());
        }
    }
    names.sort();
    names.dedup();
    names
}

/// Builds an acceptor from the PEM files, offering the given ALPN protocols.
pub fn acceptor(cert: &Path, key: &Path, alpn: &[&[u8]]) -> Result<TlsAcceptor, TlsError> {
    let certs = tlsutil::load_certs(cert)?;
    let private = tlsutil::load_key(key)?;
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let mut config = RustlsConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .and_then(|b| b.with_no_client_auth().with_single_cert(certs, private))
        .map_err(|e| TlsError::Config {
            cert: cert.to_owned(),
            key: key.to_owned(),
            detail: e.to_string(),
        })?;
    config.alpn_protocols = alpn.iter().map(|p| p.to_vec()).collect();
    Ok(TlsAcceptor::from(Arc::new(config)))
}

/// The SHA-256 fingerprint of the first certificate in a PEM file.
pub fn file_fingerprint(cert: &Path) -> Result<String, TlsError> {
    let certs = tlsutil::load_certs(cert)?;
    Ok(tlsutil::fingerprint(certs[0].as_ref()))
}
