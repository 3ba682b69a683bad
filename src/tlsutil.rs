//! Certificate helpers both the server and the client need: SHA-256 fingerprints and PEM loading
//! with errors that name the file.

use std::path::{Path, PathBuf};

use rustls_pki_types::pem::PemObject;
use rustls_pki_types::{CertificateDer, PrivateKeyDer};
use sha2::{Digest, Sha256};

/// Why a certificate or key file could not be used.
#[derive(Debug, thiserror::Error)]
pub enum PemError {
    #[error("failed to read {kind} file {path}: {source}")]
    Read {
        kind: &'static str,
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{kind} file {path} holds no usable PEM {kind}: {detail}")]
    Parse {
        kind: &'static str,
        path: PathBuf,
        detail: String,
    },
}

/// The SHA-256 fingerprint of a DER certificate as colon-separated uppercase hex, the form
/// `openssl x509 -fingerprint -sha256` prints.
pub fn fingerprint(der: &[u8]) -> String {
    let digest = Sha256::digest(der);
    let hex = hex::encode_upper(digest);
    let mut out = String::with_capacity(hex.len() + hex.len() / 2);
    for (i, pair) in hex.as_bytes().chunks(2).enumerate() {
        if i > 0 {
            out.push(':');
        }
        out.push(pair[0] as char);
        out.push(pair[1] as char);
    }
    out
}

/// Normalizes a fingerprint a user typed (any case, with or without colons or spaces) to the
/// form [`fingerprint`] prints, or `None` when it is not 32 bytes of hex.
pub fn normalize_fingerprint(input: &str) -> Option<String> {
    let hex: String = input
        .chars()
        .filter(|c| !matches!(c, ':' | ' ' | '-'))
        .collect();
    let bytes = hex::decode(hex).ok()?;
    if bytes.len() != 32 {
        return None;
    }
    let upper = hex::encode_upper(bytes);
    Some(
        upper
            .as_bytes()
            .chunks(2)
            .map(|p| std::str::from_utf8(p).unwrap_or_default())
            .collect::<Vec<_>>()
            .join(":"),
    )
}

/// Reads every certificate in a PEM file.
pub fn load_certs(path: &Path) -> Result<Vec<CertificateDer<'static>>, PemError> {
    let data = std::fs::read(path).map_err(|source| PemError::Read {
        kind: "certificate",
        path: path.to_owned(),
        source,
    })?;
    certs_from_pem(&data).map_err(|detail| PemError::Parse {
        kind: "certificate",
        path: path.to_owned(),
        detail,
    })
}

/// Parses every certificate in PEM text; an error when there is none.
pub fn certs_from_pem(data: &[u8]) -> Result<Vec<CertificateDer<'static>>, String> {
    let certs = CertificateDer::pem_slice_iter(data)
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| e.to_string())?;
    if certs.is_empty() {
        return Err("no CERTIFICATE block found".into());
    }
    Ok(certs)
}

/// Reads the first private key (PKCS#8, PKCS#1 or SEC1) in a PEM file.
pub fn load_key(path: &Path) -> Result<PrivateKeyDer<'static>, PemError> {
    let data = std::fs::read(path).map_err(|source| PemError::Read {
        kind: "key",
        path: path.to_owned(),
        source,
    })?;
    PrivateKeyDer::from_pem_slice(&data).map_err(|e| PemError::Parse {
        kind: "key",
        path: path.to_owned(),
        detail: e.to_string(),
    })
}

/// Encodes a DER certificate as PEM text.
pub fn cert_to_pem(der: &[u8]) -> String {
    use base64::Engine;
    let b64 = base64::engine::general_purpose::STANDARD.encode(der);
    let mut out = String::from("-----BEGIN CERTIFICATE-----\n");
    for line in b64.as_bytes().chunks(64) {
        out.push_str(std::str::from_utf8(line).unwrap_or_default());
        out.push('\n');
    }
    out.push_str("-----END CERTIFICATE-----\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fingerprint_normalizes_user_input() {
        let fp = fingerprint(b"hello");
        assert_eq!(fp.len(), 32 * 3 - 1);
        let typed = fp.replace(':', "").to_lowercase();
        assert_eq!(normalize_fingerprint(&typed).as_deref(), Some(fp.as_str()));
        assert_eq!(normalize_fingerprint("abcd"), None);
        assert_eq!(normalize_fingerprint("zz"), None);
    }
}
