//! How the client decides to trust a server certificate: a pinned fingerprint (from `mothership
//! init`), a CA file (`--cacert`), the system's roots, or nothing at all (`--insecure`).

use std::sync::{Arc, Mutex};

use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::crypto::{CryptoProvider, WebPkiSupportedAlgorithms};
use rustls::pki_types::{CertificateDer, ServerName, UnixTime};
use rustls::{DigitallySignedStruct, SignatureScheme};

use crate::tlsutil;

/// What a connection accepts as the server's certificate.
#[derive(Debug, Clone)]
pub enum Trust {
    /// Exactly the certificate with this SHA-256 fingerprint (any name, any issuer).
    Pinned(String),
    /// A certificate equal to one of these, or one that chains to them (for CA files).
    Certs(Vec<CertificateDer<'static>>),
    /// Anything; the certificate seen is recorded (for `init`, and `--insecure`).
    Any(Arc<Mutex<Option<Vec<u8>>>>),
}

#[derive(Debug)]
struct Verifier {
    trust: Trust,
    algorithms: WebPkiSupportedAlgorithms,
    chained: Option<Arc<dyn ServerCertVerifier>>,
}

/// The crypto provider both sides use.
pub fn provider() -> Arc<CryptoProvider> {
    Arc::new(rustls::crypto::ring::default_provider())
}

/// A rustls client config that trusts as `trust` says.
pub fn client_config(trust: Trust) -> Result<rustls::ClientConfig, String> {
    let provider = provider();
    let chained: Option<Arc<dyn ServerCertVerifier>> = match &trust {
        Trust::Certs(certs) => {
            let mut roots = rustls::RootCertStore::empty();
            for c in certs {
                // Self-signed leaf certificates cannot be anchors; they are matched exactly below.
                let _ = roots.add(c.clone());
            }
            if roots.is_empty() {
                None
            } else {
                rustls::client::WebPkiServerVerifier::builder_with_provider(
                    Arc::new(roots),
                    provider.clone(),
                )
                .build()
                .ok()
                .map(|v| v as Arc<dyn ServerCertVerifier>)
            }
        }
        _ => None,
    };
    let verifier = Verifier {
        trust,
        algorithms: provider.signature_verification_algorithms,
        chained,
    };
    let mut config = rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|e| e.to_string())?
        .dangerous()
        .with_custom_certificate_verifier(Arc::new(verifier))
        .with_no_client_auth();
    config.alpn_protocols = vec![b"h2".to_vec(), b"http/1.1".to_vec()];
    Ok(config)
}

impl ServerCertVerifier for Verifier {
    fn verify_server_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        intermediates: &[CertificateDer<'_>],
        server_name: &ServerName<'_>,
        ocsp_response: &[u8],
        now: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        match &self.trust {
            Trust::Any(seen) => {
                if let Ok(mut slot) = seen.lock() {
                    *slot = Some(end_entity.as_ref().to_vec());
                }
                Ok(ServerCertVerified::assertion())
            }
            Trust::Pinned(fp) => {
                if tlsutil::fingerprint(end_entity.as_ref()) == *fp {
                    Ok(ServerCertVerified::assertion())
                } else {
                    Err(rustls::Error::General(format!(
                        "the server's certificate has fingerprint {} but {} was pinned by \
                         `mothership init`; if the server's certificate was replaced on purpose, \
                         run `mothership init` again",
                        tlsutil::fingerprint(end_entity.as_ref()),
                        fp
                    )))
                }
            }
            Trust::Certs(certs) => {
                if certs.iter().any(|c| c.as_ref() == end_entity.as_ref()) {
                    return Ok(ServerCertVerified::assertion());
                }
                match &self.chained {
                    Some(v) => v.verify_server_cert(
                        end_entity,
                        intermediates,
                        server_name,
                        ocsp_response,
                        now,
                    ),
                    None => Err(rustls::Error::InvalidCertificate(
                        rustls::CertificateError::UnknownIssuer,
                    )),
                }
            }
        }
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls12_signature(message, cert, dss, &self.algorithms)
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls13_signature(message, cert, dss, &self.algorithms)
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.algorithms.supported_schemes()
    }
}
