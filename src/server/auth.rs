//! Basic auth against an htpasswd file. bcrypt is slow on purpose, so checks run on the blocking
//! pool under a small concurrency bound, and successful checks are remembered for a short while
//! under a keyed hash of user and password (never the password itself). The file is re-read when
//! its size, inode or modification time change (looked at every 100 ms), and its contents
//! compared at least once a second (file times are coarse); when the contents changed, the
//! remembered checks are dropped.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant, SystemTime};

use base64::Engine;
use sha2::{Digest, Sha256};
use tokio::sync::{OnceCell, Semaphore};

use crate::htpasswd::{Htpasswd, HtpasswdError};

/// How long a successful check is remembered.
const CACHE_TTL: Duration = Duration::from_secs(60);
/// Upper bound on remembered checks; the cache is emptied when it is full.
const CACHE_MAX: usize = 10_000;
/// How often the file's contents are compared even when its size, inode and modification time
/// did not change: file times are coarse (a jiffy, or a second on some file systems) and Apache's
/// `htpasswd` rewrites the file in place, so a password change can keep all three.
const CONTENT_RECHECK: Duration = Duration::from_secs(1);
/// How often the file's size, inode and modification time are looked at. Not on every request:
/// the `stat` was the largest part of what authentication costs once checks are cached.
const STAT_INTERVAL: Duration = Duration::from_millis(100);

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
    /// SHA-256 of the contents last read (`None` when the read failed), so a file that was only
    /// touched keeps its cache.
    digest: Option<[u8; 32]>,
    /// When the contents were last read.
    read_at: Instant,
    /// When the file was last looked at.
    stat_at: Instant,
    /// Set when the last reload failed: requests are refused until the file is fixed.
    error: Option<String>,
}

/// Successful checks, and the generation of the file they were made against: a check that
/// started before a reload must not land in the cache after it.
struct Cache {
    generation: u64,
    entries: HashMap<[u8; 32], Instant>,
}

/// A bcrypt check in progress, shared by every request that carries the same credentials
/// against the same file generation.
type Inflight = Arc<OnceCell<bool>>;

/// Checks basic-auth credentials against an htpasswd file.
pub struct Authenticator {
    path: PathBuf,
    loaded: Mutex<Loaded>,
    cache: Mutex<Cache>,
    /// Checks in progress: a burst of requests with the same credentials (64 connections
    /// opening at once, or all of a client's requests when its cache entry expires) waits for
    /// one bcrypt run instead of queueing one each, which took seconds of CPU.
    inflight: Mutex<HashMap<([u8; 32], u64), Inflight>>,
    cache_key: [u8; 32],
    bcrypt_slots: Semaphore,
    /// bcrypt verifications run so far (the cache and the sharing above keep this low).
    bcrypt_runs: AtomicU64,
}

/// Removes a finished (or abandoned) check from the in-progress map.
struct InflightGuard<'a> {
    map: &'a Mutex<HashMap<([u8; 32], u64), Inflight>>,
    id: ([u8; 32], u64),
    cell: Inflight,
}

impl Drop for InflightGuard<'_> {
    fn drop(&mut self) {
        if let Ok(mut map) = self.map.lock()
            && map
                .get(&self.id)
                .is_some_and(|c| Arc::ptr_eq(c, &self.cell))
        {
            // Requests already waiting keep their handle and still get the answer.
            map.remove(&self.id);
        }
    }
}

/// Reads and parses the file, returning the digest of what was read with it.
fn read_file(path: &Path) -> Result<(Htpasswd, [u8; 32]), HtpasswdError> {
    let text = std::fs::read_to_string(path).map_err(|source| HtpasswdError::Read {
        path: path.to_owned(),
        source,
    })?;
    let digest = Sha256::digest(text.as_bytes()).into();
    Ok((Htpasswd::parse(&text, path)?, digest))
}

impl Authenticator {
    /// Loads the file; errors (unreadable, unsupported hash kinds) stop startup.
    pub fn load(path: &Path) -> Result<Self, HtpasswdError> {
        let stamp = stamp(path);
        let (file, digest) = read_file(path)?;
        let mut cache_key = [0u8; 32];
        rand::fill(&mut cache_key);
        let workers = std::thread::available_parallelism().map_or(2, |n| n.get());
        Ok(Authenticator {
            path: path.to_owned(),
            loaded: Mutex::new(Loaded {
                file: Arc::new(file),
                stamp,
                digest: Some(digest),
                read_at: Instant::now(),
                stat_at: Instant::now(),
                error: None,
            }),
            cache: Mutex::new(Cache {
                generation: 0,
                entries: HashMap::new(),
            }),
            inflight: Mutex::new(HashMap::new()),
            cache_key,
            bcrypt_slots: Semaphore::new(workers * 2),
            bcrypt_runs: AtomicU64::new(0),
        })
    }

    /// How many bcrypt verifications have run.
    pub fn bcrypt_runs(&self) -> u64 {
        self.bcrypt_runs.load(Ordering::Relaxed)
    }

    /// The number of users in the file as last loaded.
    pub fn user_count(&self) -> usize {
        self.loaded.lock().map(|l| l.file.len()).unwrap_or(0)
    }

    /// The current file and its cache generation, re-read when it changed on disk (noticed
    /// within [`STAT_INTERVAL`], or [`CONTENT_RECHECK`] when the change kept size, inode and
    /// time).
    fn current(&self) -> Result<(Arc<Htpasswd>, u64), AuthFailure> {
        let mut loaded = self
            .loaded
            .lock()
            .map_err(|_| AuthFailure::Unavailable("auth state poisoned".into()))?;
        if loaded.stat_at.elapsed() >= STAT_INTERVAL {
            // Stat before reading: a change after the stat shows up as a new stamp next time.
            let now = stamp(&self.path);
            loaded.stat_at = Instant::now();
            if now != loaded.stamp || loaded.read_at.elapsed() >= CONTENT_RECHECK {
                loaded.stamp = now;
                loaded.read_at = Instant::now();
                self.reload(&mut loaded);
            }
        }
        if let Some(e) = &loaded.error {
            return Err(AuthFailure::Unavailable(e.clone()));
        }
        let generation = self
            .cache
            .lock()
            .map_err(|_| AuthFailure::Unavailable("auth cache poisoned".into()))?
            .generation;
        Ok((loaded.file.clone(), generation))
    }

    /// Re-reads the file; when its contents changed, swaps it in and forgets every cached check.
    fn reload(&self, loaded: &mut Loaded) {
        match read_file(&self.path) {
            Ok((_, digest)) if loaded.error.is_none() && loaded.digest == Some(digest) => return,
            Ok((file, digest)) => {
                tracing::info!(
                    path = %self.path.display(),
                    users = file.len(),
                    "reloaded htpasswd file"
                );
                loaded.file = Arc::new(file);
                loaded.digest = Some(digest);
                loaded.error = None;
            }
            Err(e) => {
                if loaded.error.as_deref() != Some(e.to_string().as_str()) {
                    tracing::error!("{e}; refusing logins until it is fixed");
                }
                loaded.file = Arc::new(Htpasswd::default());
                loaded.digest = None;
                loaded.error = Some(e.to_string());
            }
        }
        if let Ok(mut cache) = self.cache.lock() {
            cache.generation += 1;
            cache.entries.clear();
        }
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
        let (file, generation) = self.current()?;
        let key = self.cache_entry(&user, &password);
        if let Ok(cache) = self.cache.lock()
            && let Some(at) = cache.entries.get(&key)
            && at.elapsed() < CACHE_TTL
        {
            return Ok(user);
        }
        let id = (key, generation);
        let guard = {
            let mut map = self
                .inflight
                .lock()
                .map_err(|_| AuthFailure::Unavailable("auth state poisoned".into()))?;
            InflightGuard {
                map: &self.inflight,
                id,
                cell: map.entry(id).or_default().clone(),
            }
        };
        let checked_user = user.clone();
        let ok = *guard
            .cell
            .get_or_try_init(|| async {
                let _slot = self
                    .bcrypt_slots
                    .acquire()
                    .await
                    .map_err(|_| AuthFailure::Unavailable("shutting down".into()))?;
                self.bcrypt_runs.fetch_add(1, Ordering::Relaxed);
                tokio::task::spawn_blocking(move || file.verify(&checked_user, &password))
                    .await
                    .map_err(|e| AuthFailure::Unavailable(e.to_string()))
            })
            .await?;
        if !ok {
            return Err(AuthFailure::Rejected);
        }
        if let Ok(mut cache) = self.cache.lock()
            && cache.generation == generation
        {
            if cache.entries.len() >= CACHE_MAX {
                cache.entries.clear();
            }
            cache.entries.insert(key, Instant::now());
        }
        drop(guard);
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

    fn header(user: &str, password: &str) -> String {
        let encoded =
            base64::engine::general_purpose::STANDARD.encode(format!("{user}:{password}"));
        format!("Basic {encoded}")
    }

    /// Regression: 64 connections opening at once each ran their own bcrypt check (cost 12:
    /// seconds of CPU before the first answer); the same credentials now share one.
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn a_burst_of_the_same_credentials_runs_bcrypt_once() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join(".htpasswd");
        let mut file = Htpasswd::default();
        file.set_password("alice", "secret", 8).expect("hash");
        file.save(&path).expect("save");
        let auth = Arc::new(Authenticator::load(&path).expect("load"));
        let mut tasks = Vec::new();
        for _ in 0..32 {
            let auth = auth.clone();
            tasks.push(tokio::spawn(async move {
                auth.check(Some(&header("alice", "secret"))).await
            }));
        }
        for t in tasks {
            assert_eq!(t.await.expect("join"), Ok("alice".to_owned()));
        }
        assert_eq!(auth.bcrypt_runs(), 1);

        // Wrong passwords are shared while in flight too, but never remembered.
        let wrong = header("alice", "wrong");
        assert_eq!(auth.check(Some(&wrong)).await, Err(AuthFailure::Rejected));
        assert_eq!(auth.check(Some(&wrong)).await, Err(AuthFailure::Rejected));
        assert_eq!(auth.bcrypt_runs(), 3);
        assert_eq!(
            auth.check(Some(&header("alice", "secret"))).await,
            Ok("alice".into())
        );
        assert_eq!(auth.bcrypt_runs(), 3, "the right password is cached");
    }

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
