//! Basic auth against an htpasswd file. bcrypt is slow on purpose, so checks run on the blocking
//! pool under a small concurrency bound, and successful checks are remembered for a short while
//! under a keyed hash of user and password (never the password itself). The file is re-read when
//! it changes, and the remembered checks are dropped with it.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant, SystemTime};

use base64::Engine;
use sha2::{Digest, Sha256};
use tokio::sync::Semaphore;

use crate::htpasswd::{Htpasswd, HtpasswdError};

/// How long a successful check is remembered.
const CACHE_TTL: Duration = Duration::from_secs(60);
/// Upper bound on remembered checks; the cache is emptied when it is full.
const CACHE_MAX: usize = 10_000;

/// Why a request was not let in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AuthFailure {
    /// No `Authorization` header.
    Missing,
    /// A header that is not `Basic base64(user:password)`.
    Malformed,
    /// Unknown user or wrong password (deliberately not told apart).
    Rejected,
    /// The htpasswd file could not be read.
    Unavailable(String),
}

/// Identity of the file on disk, to notice when it changes.
#[derive(Debug, Clone, PartialEq, Eq)]
struct FileStamp {
    modified: Option<SystemTime>,
    len: u64,
    inode: u64,
}

fn stamp(path: &Path) -> Option<FileStamp> {
    use std::os::unix::fs::MetadataExt;
    let meta = std::fs::metadata(path).ok()?;
    Some(FileStamp {
        modified: meta.modified().ok(),
        len: meta.len(),
        inode: meta.ino(),
    })
}

struct Loaded {
    file: Arc<Htpasswd>,
    stamp: Option<FileStamp>,
    /// Set when the last reload failed: requests are refused until the file is fixed.
    error: Option<String>,
}

/// Checks basic-auth credentials against an htpasswd file.
pub struct Authenticator {
    path: PathBuf,
    loaded: Mutex<Loaded>,
    cache: Mutex<HashMap<[u8; 32], Instant>>,
    cache_key: [u8; 32],
    bcrypt_slots: Semaphore,
}

impl Authenticator {
    /// Loads the file; errors (unreadable, unsupported hash kinds) stop startup.
    pub fn load(path: &Path) -> Result<Self, HtpasswdError> {
        let file = Htpasswd::load(path)?;
        let mut cache_key = [0u8; 32];
        rand::fill(&mut cache_key);
        let workers = std::thread::available_parallelism().map_or(2, |n| n.get());
        Ok(Authenticator {
            path: path.to_owned(),
            loaded: Mutex::new(Loaded {
                file: Arc::new(file),
                stamp: stamp(path),
                error: None,
            }),
            cache: Mutex::new(HashMap::new()),
            cache_key,
            bcrypt_slots: Semaphore::new(workers * 2),
        })
    }

    /// The number of users in the file as last loaded.
    pub fn user_count(&self) -> usize {
        self.loaded.lock().map(|l| l.file.len()).unwrap_or(0)
    }

    /// The current file, re-read when it changed on disk.
    fn current(&self) -> Result<Arc<Htpasswd>, AuthFailure> {
        let now = stamp(&self.path);
        let mut loaded = self
            .loaded
            .lock()
            .map_err(|_| AuthFailure::Unavailable("auth state poisoned".into()))?;
        if now != loaded.stamp {
            loaded.stamp = now;
            match Htpasswd::load(&self.path) {
                Ok(file) => {
                    tracing::info!(
                        path = %self.path.display(),
                        users = file.len(),
                        "reloaded htpasswd file"
                    );
                    loaded.file = Arc::new(file);
                    loaded.error = None;
                }
                Err(e) => {
                    tracing::error!("{e}; refusing logins until it is fixed");
                    loaded.file = Arc::new(Htpasswd::default());
                    loaded.error = Some(e.to_string());
                }
            }
            if let Ok(mut cache) = self.cache.lock() {
                cache.clear();
            }
        }
        if let Some(e) = &loaded.error {
            return Err(AuthFailure::Unavailable(e.clone()));
        }
        Ok(loaded.file.clone())
    }

    fn cache_entry(&self, user: &str, password: &str) -> [u8; 32] {
        let mut h = Sha256::new();
        h.update(self.cache_key);
        h.update((user.len() as u64).to_le_bytes());
        h.update(user.as_bytes());
        h.update(password.as_bytes());
        h.finalize().into()
    }

    /// Checks an `Authorization` header value; returns the user name.
    pub async fn check(&self, header: Option<&str>) -> Result<String, AuthFailure> {
        let header = header.ok_or(AuthFailure::Missing)?;
        let (user, password) = parse_basic(header).ok_or(AuthFailure::Malformed)?;
        let file = self.current()?;
        let key = self.cache_entry(&user, &password);
        if let Ok(cache) = self.cache.lock()
            && let Some(at) = cache.get(&key)
            && at.elapsed() < CACHE_TTL
        {
            return Ok(user);
        }
        let _slot = self
            .bcrypt_slots
            .acquire()
            .await
            .map_err(|_| AuthFailure::Unavailable("shutting down".into()))?;
        let (ok, user) = tokio::task::spawn_blocking(move || {
            let ok = file.verify(&user, &password);
            (ok, user)
        })
        .await
        .map_err(|e| AuthFailure::Unavailable(e.to_string()))?;
        if !ok {
            return Err(AuthFailure::Rejected);
        }
        if let Ok(mut cache) = self.cache.lock() {
            if cache.len() >= CACHE_MAX {
                cache.clear();
            }
            cache.insert(key, Instant::now());
        }
        Ok(user)
    }
}

/// Splits `Basic base64(user:password)`.
pub fn parse_basic(header: &str) -> Option<(String, String)> {
    let (scheme, rest) = header.trim().split_once(' ')?;
    if !scheme.eq_ignore_ascii_case("basic") {
        return None;
    }
    let decoded = base64::engine::general_purpose::STANDARD
        .decode(rest.trim())
        .ok()?;
    let text = String::from_utf8(decoded).ok()?;
    let (user, password) = text.split_once(':')?;
    if user.is_empty() {
        return None;
    }
    Some((user.to_owned(), password.to_owned()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_basic_headers() {
        assert_eq!(
            parse_basic("Basic YWRtaW46czNjcjN0Om9r"),
            Some(("admin".into(), "s3cr3t:ok".into()))
        );
        assert_eq!(parse_basic("Bearer abc"), None);
        assert_eq!(parse_basic("Basic !!!"), None);
        assert_eq!(parse_basic("Basic"), None);
        // ":pw" has no user.
        assert_eq!(parse_basic("Basic OnB3"), None);
    }
}
