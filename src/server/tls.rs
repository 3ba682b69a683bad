//! TLS for the API and the uplink: loading the certificate and key, and generating a self-signed
//! pair on first start so the server is encrypted out of the box.

use std::net::IpAddr;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use openssl::asn1::Asn1Time;
use openssl::bn::{BigNum, MsbOption};
use openssl::error::ErrorStack;
use openssl::hash::MessageDigest;
use openssl::pkey::{Id, PKey};
use openssl::rsa::Rsa;
use openssl::ssl::{
    AlpnError, SslAcceptor, SslMethod, SslMode, SslOptions, SslSessionCacheMode, SslVersion,
    select_next_proto,
};
use openssl::x509::X509;
use openssl::x509::X509NameBuilder;
use openssl::x509::extension::{ExtendedKeyUsage, SubjectAlternativeName, SubjectKeyIdentifier};
use rustls::ServerConfig as RustlsConfig;
use tokio_rustls::TlsAcceptor;

use crate::server::config::UplinkTlsMode;
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
    #[error(
        "the uplink certificate {cert} has {kind} key, but --uplinktls compatible needs an RSA certificate: \
         real IncludeOS instances offer only TLS_RSA_WITH_AES_256_CBC_SHA (RSA key exchange). \
         Give the uplink an RSA certificate (--uplinkcertfile/--uplinkkeyfile, e.g. \
         `openssl req -x509 -newkey rsa:2048 -nodes ...`), or remove {cert} and its key to have an RSA \
         pair generated, or use --uplinktls modern if no instance needs the legacy suite"
    )]
    NotRsa { cert: PathBuf, kind: String },
    #[error("failed to set up the uplink's TLS (OpenSSL): {0}")]
    OpenSsl(String),
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

/// Generates a self-signed RSA-2048 certificate and key when neither file exists. Returns what
/// it made, or `None` when both files were already there. RSA, not ECDSA: the same pair serves
/// the uplink port, where real instances offer only RSA key exchange.
///
/// The pair is written so a crash cannot leave half of it: both go to `.partial` files beside
/// their final names first (synced), then the key is renamed into place, then the certificate.
/// A key without its certificate but with the certificate's `.partial` file is therefore a
/// generation cut off between the renames, and is completed here; a lone file without one is
/// the user's, and is refused ([`TlsError::HalfPair`]), never replaced.
pub fn ensure_certificate(cert: &Path, key: &Path) -> Result<Option<Generated>, TlsError> {
    let (cert_partial, key_partial) = (partial(cert), partial(key));
    match (cert.exists(), key.exists()) {
        (true, true) => {
            // Left by a crash after both renames, or before them in an earlier attempt.
            let _ = std::fs::remove_file(&cert_partial);
            let _ = std::fs::remove_file(&key_partial);
            return Ok(None);
        }
        (false, true) if cert_partial.exists() && pair_matches(&cert_partial, key) => {
            rename_synced(&cert_partial, cert)?;
            tracing::warn!(
                "completed the self-signed pair {} and {} that an earlier start was stopped \
                 in the middle of writing",
                cert.display(),
                key.display()
            );
            return Ok(None);
        }
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
    let (cert_pem, key_pem, der) =
        self_signed_rsa(&names).map_err(|e| TlsError::Generate(e.to_string()))?;
    write_synced(&key_partial, &key_pem, 0o600)?;
    write_synced(&cert_partial, &cert_pem, 0o644)?;
    rename_synced(&key_partial, key)?;
    rename_synced(&cert_partial, cert)?;
    Ok(Some(Generated {
        fingerprint: tlsutil::fingerprint(&der),
        names,
    }))
}

/// Where a generated file is written before it is renamed to `path`.
pub fn partial(path: &Path) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_owned();
    name.push(".partial");
    path.with_file_name(name)
}

/// Writes `data` to a new file with `mode` and syncs it.
fn write_synced(path: &Path, data: &[u8], mode: u32) -> Result<(), TlsError> {
    use std::io::Write;
    use std::os::unix::fs::OpenOptionsExt;
    let write = || -> std::io::Result<()> {
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir)?;
        }
        let _ = std::fs::remove_file(path);
        let mut file = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .mode(mode)
            .open(path)?;
        file.write_all(data)?;
        file.sync_all()
    };
    write().map_err(|source| TlsError::Write {
        path: path.to_owned(),
        source,
    })
}

/// Renames `from` to `to` and syncs the directory, so the rename survives a crash.
fn rename_synced(from: &Path, to: &Path) -> Result<(), TlsError> {
    std::fs::rename(from, to).map_err(|source| TlsError::Write {
        path: to.to_owned(),
        source,
    })?;
    let dir = match to.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    if let Ok(d) = std::fs::File::open(dir) {
        let _ = d.sync_all();
    }
    Ok(())
}

/// True when the certificate in `cert` is for the private key in `key`.
fn pair_matches(cert: &Path, key: &Path) -> bool {
    let check = || -> Option<bool> {
        let cert = X509::from_pem(&std::fs::read(cert).ok()?).ok()?;
        let key = PKey::private_key_from_pem(&std::fs::read(key).ok()?).ok()?;
        Some(cert.public_key().ok()?.public_eq(&key))
    };
    check().unwrap_or(false)
}

/// A new certificate and key: certificate PEM, PKCS#8 key PEM, certificate DER.
type NewPair = (Vec<u8>, Vec<u8>, Vec<u8>);

/// A self-signed server certificate for `names` (DNS names and IP addresses) with a new RSA-2048
/// key. It carries no key-usage extension, so OpenSSL clients (instances) accept it as its own
/// trust anchor.
fn self_signed_rsa(names: &[String]) -> Result<NewPair, ErrorStack> {
    let key = PKey::from_rsa(Rsa::generate(2048)?)?;
    let mut subject = X509NameBuilder::new()?;
    subject.append_entry_by_text("CN", "mothership")?;
    let subject = subject.build();
    let mut builder = X509::builder()?;
    builder.set_version(2)?;
    let mut serial = BigNum::new()?;
    serial.rand(127, MsbOption::MAYBE_ZERO, false)?;
    builder.set_serial_number(serial.to_asn1_integer()?.as_ref())?;
    builder.set_subject_name(&subject)?;
    builder.set_issuer_name(&subject)?;
    builder.set_pubkey(&key)?;
    // A day back: instances whose clock is a little behind still accept it.
    let now = time::OffsetDateTime::now_utc().unix_timestamp();
    builder.set_not_before(Asn1Time::from_unix(now - 86_400)?.as_ref())?;
    builder.set_not_after(Asn1Time::days_from_now(3650)?.as_ref())?;
    let mut alt = SubjectAlternativeName::new();
    for name in names {
        if name.parse::<IpAddr>().is_ok() {
            alt.ip(name);
        } else {
            alt.dns(name);
        }
    }
    let alt = alt.build(&builder.x509v3_context(None, None))?;
    builder.append_extension(alt)?;
    builder.append_extension(ExtendedKeyUsage::new().server_auth().build()?)?;
    let ski = SubjectKeyIdentifier::new().build(&builder.x509v3_context(None, None))?;
    builder.append_extension(ski)?;
    builder.sign(&key, MessageDigest::sha256())?;
    let cert = builder.build();
    Ok((
        cert.to_pem()?,
        key.private_key_to_pem_pkcs8()?,
        cert.to_der()?,
    ))
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

/// The cipher suites of TLS 1.2 the uplink offers in both modes: forward secrecy, AEAD.
const MODERN_TLS12: &str = "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:\
ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:\
ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305";

/// The one suite real instances offer (`AES256-SHA`, TLS_RSA_WITH_AES_256_CBC_SHA). OpenSSL 3
/// (Debian's default security level 2 allows it, but a system configuration may raise the level)
/// needs the level stated with it.
const LEGACY_SUITE: &str = "AES256-SHA";

/// The uplink port's TLS: OpenSSL, because rustls has neither RSA key exchange nor CBC suites,
/// and real instances offer nothing else. `compatible` adds the legacy suite to the modern ones
/// (and needs an RSA certificate for it); `modern` is TLS 1.2+ with forward secrecy only. Idle
/// connections give their read and write buffers back (`SSL_MODE_RELEASE_BUFFERS`): a docked
/// instance is idle nearly all the time, and tens of thousands of them are docked at once.
pub fn uplink_acceptor(
    cert: &Path,
    key: &Path,
    mode: UplinkTlsMode,
) -> Result<SslAcceptor, TlsError> {
    let ossl = |e: ErrorStack| TlsError::OpenSsl(e.to_string());
    let config_err = |e: ErrorStack| TlsError::Config {
        cert: cert.to_owned(),
        key: key.to_owned(),
        detail: e.to_string(),
    };
    let pem = std::fs::read(cert).map_err(|source| {
        TlsError::Pem(PemError::Read {
            kind: "certificate",
            path: cert.to_owned(),
            source,
        })
    })?;
    let mut chain = X509::stack_from_pem(&pem).map_err(config_err)?.into_iter();
    let Some(leaf) = chain.next() else {
        return Err(TlsError::Pem(PemError::Parse {
            kind: "certificate",
            path: cert.to_owned(),
            detail: "no CERTIFICATE block found".into(),
        }));
    };
    let key_pem = std::fs::read(key).map_err(|source| {
        TlsError::Pem(PemError::Read {
            kind: "key",
            path: key.to_owned(),
            source,
        })
    })?;
    let private = PKey::private_key_from_pem(&key_pem).map_err(|e| {
        TlsError::Pem(PemError::Parse {
            kind: "key",
            path: key.to_owned(),
            detail: e.to_string(),
        })
    })?;
    if mode == UplinkTlsMode::Compatible {
        let public = leaf.public_key().map_err(config_err)?;
        if public.id() != Id::RSA {
            return Err(TlsError::NotRsa {
                cert: cert.to_owned(),
                kind: key_kind(public.id()),
            });
        }
    }
    let mut builder =
        SslAcceptor::mozilla_intermediate_v5(SslMethod::tls_server()).map_err(ossl)?;
    builder
        .set_min_proto_version(Some(SslVersion::TLS1_2))
        .map_err(ossl)?;
    let ciphers = match mode {
        UplinkTlsMode::Modern => MODERN_TLS12.to_owned(),
        UplinkTlsMode::Compatible => format!("{MODERN_TLS12}:{LEGACY_SUITE}:@SECLEVEL=1"),
    };
    builder.set_cipher_list(&ciphers).map_err(ossl)?;
    builder.set_certificate(&leaf).map_err(config_err)?;
    for extra in chain {
        builder.add_extra_chain_cert(extra).map_err(config_err)?;
    }
    builder.set_private_key(&private).map_err(config_err)?;
    builder.check_private_key().map_err(config_err)?;
    builder.set_mode(SslMode::RELEASE_BUFFERS);
    // Read what the socket has in one call: without read-ahead OpenSSL reads a record's 5-byte
    // header and then its body, and the reader's next poll finds the socket empty with a third
    // call (a pong from an instance cost three recvfrom calls, now one).
    builder.set_read_ahead(true);
    // Instances never send close_notify: their connections just end. That is their normal
    // goodbye (after a live update, say), not a truncation attack on a stream of transports.
    builder.set_options(SslOptions::IGNORE_UNEXPECTED_EOF);
    // Instances never resume a session (each connection is a new client), so a session cache
    // and tickets would only cost: memory for every docked instance's session, and a ticket
    // encrypted for each handshake.
    builder.set_session_cache_mode(SslSessionCacheMode::OFF);
    builder.set_options(SslOptions::NO_TICKET);
    // Instances send no ALPN; other clients get HTTP/1.1 when they ask.
    builder.set_alpn_select_callback(|_, offered| {
        select_next_proto(b"\x08http/1.1", offered).ok_or(AlpnError::NOACK)
    });
    // Whether a connection can move to `tls_records` after its handshake.
    super::tls_records::note_encrypt_then_mac(&mut builder);
    Ok(builder.build())
}

/// "an RSA", "an EC", ... for messages.
fn key_kind(id: Id) -> String {
    match id {
        Id::EC => "an EC (ECDSA)".into(),
        Id::ED25519 => "an Ed25519".into(),
        Id::ED448 => "an Ed448".into(),
        Id::DSA => "a DSA".into(),
        Id::RSA => "an RSA".into(),
        other => format!("a type {} (not RSA)", other.as_raw()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generated_certificate_is_rsa_2048_valid_for_the_names() {
        let dir = tempfile::tempdir().expect("tempdir");
        let (cert, key) = (dir.path().join("cert.pem"), dir.path().join("key.pem"));
        let generated = ensure_certificate(&cert, &key)
            .expect("generate")
            .expect("new pair");
        assert!(generated.names.iter().any(|n| n == "127.0.0.1"));
        let x509 = X509::from_pem(&std::fs::read(&cert).expect("read")).expect("parse");
        let public = x509.public_key().expect("key");
        assert_eq!(public.id(), Id::RSA);
        assert!(public.bits() >= 2048);
        let names: Vec<String> = x509
            .subject_alt_names()
            .expect("SAN")
            .iter()
            .filter_map(|n| {
                n.dnsname().map(str::to_owned).or_else(|| {
                    n.ipaddress().map(|ip| match ip.len() {
                        4 => IpAddr::from(<[u8; 4]>::try_from(ip).unwrap_or_default()).to_string(),
                        _ => IpAddr::from(<[u8; 16]>::try_from(ip).unwrap_or_default()).to_string(),
                    })
                })
            })
            .collect();
        assert!(names.contains(&"localhost".to_owned()), "{names:?}");
        assert!(names.contains(&"127.0.0.1".to_owned()), "{names:?}");
        assert_eq!(file_fingerprint(&cert).expect("fp"), generated.fingerprint);
        // Both stacks take the pair.
        acceptor(&cert, &key, &[b"h2"]).expect("rustls");
        uplink_acceptor(&cert, &key, UplinkTlsMode::Compatible).expect("openssl");
    }

    #[test]
    fn an_ecdsa_uplink_certificate_is_refused_only_in_compatible_mode() {
        let dir = tempfile::tempdir().expect("tempdir");
        let (cert, key) = (dir.path().join("cert.pem"), dir.path().join("key.pem"));
        let ec = openssl::ec::EcKey::generate(
            &openssl::ec::EcGroup::from_curve_name(openssl::nid::Nid::X9_62_PRIME256V1)
                .expect("group"),
        )
        .expect("ec key");
        let pkey = PKey::from_ec_key(ec).expect("pkey");
        let mut name = X509NameBuilder::new().expect("name");
        name.append_entry_by_text("CN", "ec").expect("cn");
        let name = name.build();
        let mut b = X509::builder().expect("builder");
        b.set_version(2).expect("v3");
        b.set_subject_name(&name).expect("subject");
        b.set_issuer_name(&name).expect("issuer");
        b.set_pubkey(&pkey).expect("pubkey");
        b.set_not_before(Asn1Time::days_from_now(0).expect("t").as_ref())
            .expect("nb");
        b.set_not_after(Asn1Time::days_from_now(1).expect("t").as_ref())
            .expect("na");
        b.sign(&pkey, MessageDigest::sha256()).expect("sign");
        std::fs::write(&cert, b.build().to_pem().expect("pem")).expect("write");
        std::fs::write(&key, pkey.private_key_to_pem_pkcs8().expect("pem")).expect("write");
        let err = uplink_acceptor(&cert, &key, UplinkTlsMode::Compatible)
            .err()
            .expect("refused");
        let text = err.to_string();
        assert!(text.contains("EC (ECDSA)"), "{text}");
        assert!(text.contains("RSA"), "{text}");
        assert!(text.contains("--uplinktls modern"), "{text}");
        uplink_acceptor(&cert, &key, UplinkTlsMode::Modern).expect("modern takes ECDSA");
    }
}
