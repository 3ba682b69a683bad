//! Basic auth against an htpasswd file. bcrypt is slow on purpose, so checks run on the blocking
//! pool under a small concurrency bound, and successful checks are remembered for a short while
//! under a keyed hash of user and password (never the password itself). The file is re-read when
//! its size, inode or modification time change (looked at every 100 ms), and its contents
//! compared at least once a second (file times are coarse); when the contents changed, the
//! remembered checks are dropped.
//!
//! Wrong passwords must not be able to starve right ones (see [`AuthLimits`]): each peer address
//! has a budget of failed checks (governor's GCRA; over it, requests are answered 429 before any
//! bcrypt runs), checks wait in three bounded lanes (a full lane answers 503 at once), and a free
//! bcrypt slot goes to the best lane first: addresses that logged in before, then addresses not
//! seen failing, then addresses that failed recently — which may never use every slot.

use std::collections::{HashMap, VecDeque};
use std::net::IpAddr;
use std::num::NonZeroU32;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant, SystemTime};

use base64::Engine;
use governor::{DefaultKeyedRateLimiter, Quota};
use sha2::{Digest, Sha256};
use tokio::sync::{OnceCell, oneshot};

use super::http::peer_key;

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
/// An address with a failed check this recent waits in the last lane.
const FAILURE_MEMORY: Duration = Duration::from_secs(15 * 60);
/// An address whose last check was a success this recent waits in the first lane.
const TRUST_MEMORY: Duration = Duration::from_secs(24 * 3600);
/// Addresses remembered at most (for the lanes); past it, those with nothing recent are
/// forgotten, then those that never logged in.
const PEERS_MAX: usize = 100_000;
/// What a full lane tells the client to wait.
const BUSY_RETRY: Duration = Duration::from_secs(1);

/// Bounds on password checking, per server.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AuthLimits {
    /// Failed checks one peer address may make per minute, in a burst of as many; past it the
    /// address is answered 429 until its budget refills.
    pub failures_per_minute: u32,
    /// Checks that may wait in each lane; one more is answered 503 at once.
    pub queue: usize,
    /// bcrypt checks running at once; `0` picks the number of CPUs (at least 2).
    pub workers: usize,
}

/// The default of `--loginfailurelimit`.
pub const DEFAULT_LOGIN_FAILURES_PER_MINUTE: u32 = 10;
/// The default of `--loginqueue`.
pub const DEFAULT_LOGIN_QUEUE: usize = 32;

impl Default for AuthLimits {
    fn default() -> Self {
        AuthLimits {
            failures_per_minute: DEFAULT_LOGIN_FAILURES_PER_MINUTE,
            queue: DEFAULT_LOGIN_QUEUE,
            workers: 0,
        }
    }
}

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
    /// The peer address failed too often; it may try again after this long.
    TooManyFailures { retry_after: Duration },
    /// Too many checks wait already; try again after this long.
    Busy { retry_after: Duration },
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
    lanes: Arc<Lanes>,
    /// What each peer address did lately, for picking its lane.
    peers: Mutex<HashMap<IpAddr, PeerRecord>>,
    /// Failed checks per peer address.
    failures: DefaultKeyedRateLimiter<IpAddr>,
    /// Size of `failures` at which it is pruned of addresses back to a full budget.
    failures_prune_at: AtomicUsize,
    /// bcrypt verifications run so far (the cache and the sharing above keep this low).
    bcrypt_runs: AtomicU64,
}

/// What one peer address did lately.
#[derive(Debug, Default, Clone, Copy)]
struct PeerRecord {
    last_failure: Option<Instant>,
    last_success: Option<Instant>,
    /// Refused (429) until then.
    blocked_until: Option<Instant>,
    /// A check of this address waits or runs in the [`Lane::Fresh`] lane (one at a time).
    fresh_in_flight: bool,
}

impl PeerRecord {
    fn recent(&self, now: Instant) -> bool {
        self.fresh_in_flight
            || self.blocked_until.is_some_and(|t| t > now)
            || self
                .last_failure
                .is_some_and(|t| now.duration_since(t) < FAILURE_MEMORY)
            || self.trusted(now)
    }

    fn trusted(&self, now: Instant) -> bool {
        self.last_success.is_some_and(|s| {
            now.duration_since(s) < TRUST_MEMORY && self.last_failure.is_none_or(|f| f <= s)
        })
    }
}

/// The lanes checks wait in; a free bcrypt slot goes to the first non-empty one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Lane {
    /// The address's last check was a success (within a day).
    Trusted = 0,
    /// The address has not failed lately and has no other check waiting here.
    Fresh = 1,
    /// Everything else: addresses that failed lately, and a fresh address's further checks.
    Suspect = 2,
}

const LANES: [Lane; 3] = [Lane::Trusted, Lane::Fresh, Lane::Suspect];

/// bcrypt slots handed out by lane priority, with a bounded queue per lane.
struct Lanes {
    slots: usize,
    /// Slots the suspect lane may hold at once: one fewer than all, so a good check never waits
    /// for a whole queue of bad ones, only for the next slot to free.
    suspect_slots: usize,
    queue: usize,
    state: Mutex<LaneState>,
}

#[derive(Default)]
struct LaneState {
    running: usize,
    running_suspect: usize,
    waiting: [VecDeque<oneshot::Sender<Slot>>; 3],
}

/// A bcrypt slot; freeing it hands it to the next waiter.
struct Slot {
    lanes: Option<Arc<Lanes>>,
    lane: Lane,
}

impl LaneState {
    fn can_run(&self, lanes: &Lanes, lane: Lane) -> bool {
        self.running < lanes.slots
            && (lane != Lane::Suspect || self.running_suspect < lanes.suspect_slots)
    }

    fn take(&mut self, lane: Lane) {
        self.running += 1;
        if lane == Lane::Suspect {
            self.running_suspect += 1;
        }
    }

    fn give_back(&mut self, lane: Lane) {
        self.running -= 1;
        if lane == Lane::Suspect {
            self.running_suspect -= 1;
        }
    }
}

impl Lanes {
    fn new(slots: usize, queue: usize) -> Arc<Self> {
        let slots = slots.max(2);
        Arc::new(Lanes {
            slots,
            suspect_slots: slots - 1,
            queue: queue.max(1),
            state: Mutex::new(LaneState::default()),
        })
    }

    /// A slot for a check in `lane`: at once when one is free, else after waiting in the lane;
    /// `None` at once when the lane is full.
    async fn acquire(self: &Arc<Self>, lane: Lane) -> Option<Slot> {
        let waiting = {
            let mut state = self.state.lock().unwrap_or_else(|e| e.into_inner());
            if state.can_run(self, lane) && state.waiting[lane as usize].is_empty() {
                state.take(lane);
                return Some(Slot {
                    lanes: Some(self.clone()),
                    lane,
                });
            }
            let queue = &mut state.waiting[lane as usize];
            if queue.len() >= self.queue {
                // Waiters that gave up (their client left) do not count.
                queue.retain(|w| !w.is_closed());
                if queue.len() >= self.queue {
                    return None;
                }
            }
            let (tx, rx) = oneshot::channel();
            queue.push_back(tx);
            rx
        };
        waiting.await.ok()
    }

    /// Gives a freed slot to the first waiter of the best lane that may run.
    fn release(self: &Arc<Self>, lane: Lane) {
        let mut state = self.state.lock().unwrap_or_else(|e| e.into_inner());
        state.give_back(lane);
        for next in LANES {
            while state.can_run(self, next) {
                let Some(waiter) = state.waiting[next as usize].pop_front() else {
                    break;
                };
                state.take(next);
                let slot = Slot {
                    lanes: Some(self.clone()),
                    lane: next,
                };
                if let Err(mut slot) = waiter.send(slot) {
                    // That waiter is gone; the slot goes to the next one.
                    slot.lanes = None;
                    state.give_back(next);
                } else {
                    return;
                }
            }
        }
    }
}

impl Drop for Slot {
    fn drop(&mut self) {
        if let Some(lanes) = self.lanes.take() {
            lanes.release(self.lane);
        }
    }
}

/// Clears an address's fresh-lane mark when its check ends (or is abandoned).
struct FreshMark<'a> {
    auth: &'a Authenticator,
    key: IpAddr,
}

impl Drop for FreshMark<'_> {
    fn drop(&mut self) {
        if let Ok(mut peers) = self.auth.peers.lock()
            && let Some(record) = peers.get_mut(&self.key)
        {
            record.fresh_in_flight = false;
        }
    }
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
    /// Loads the file with the default [`AuthLimits`]; errors (unreadable, unsupported hash
    /// kinds) stop startup.
    pub fn load(path: &Path) -> Result<Self, HtpasswdError> {
        Self::load_with(path, AuthLimits::default())
    }

    /// Loads the file; errors (unreadable, unsupported hash kinds) stop startup.
    pub fn load_with(path: &Path, limits: AuthLimits) -> Result<Self, HtpasswdError> {
        let stamp = stamp(path);
        let (file, digest) = read_file(path)?;
        let mut cache_key = [0u8; 32];
        rand::fill(&mut cache_key);
        // bcrypt is all CPU: more checks at once than cores only make each one slower.
        let workers = match limits.workers {
            0 => std::thread::available_parallelism().map_or(2, |n| n.get()),
            n => n,
        };
        let per_minute = NonZeroU32::new(limits.failures_per_minute).unwrap_or(NonZeroU32::MIN);
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
            lanes: Lanes::new(workers, limits.queue),
            peers: Mutex::new(HashMap::new()),
            failures: DefaultKeyedRateLimiter::keyed(Quota::per_minute(per_minute)),
            failures_prune_at: AtomicUsize::new(1024),
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

    /// Checks an `Authorization` header value sent from `peer` (`None`: not known, no
    /// per-address limits); returns the user name.
    pub async fn check(
        &self,
        header: Option<&str>,
        peer: Option<IpAddr>,
    ) -> Result<String, AuthFailure> {
        let header = header.ok_or(AuthFailure::Missing)?;
        let (user, password) = parse_basic(header).ok_or(AuthFailure::Malformed)?;
        self.check_credentials(user, password, peer).await
    }

    /// Digest of `user`'s entry in the current file ([`crate::server::session::entry_digest`]),
    /// `None` when there is no such user; browser sessions end when it changes.
    pub fn entry_digest(&self, user: &str) -> Result<Option<[u8; 32]>, AuthFailure> {
        let (file, _) = self.current()?;
        Ok(file.hash_of(user).map(crate::server::session::entry_digest))
    }

    /// Checks a user name and password sent from `peer` as [`Authenticator::check`] does
    /// (the same cache, bcrypt lanes and per-address failure budget); returns the user name.
    pub async fn check_credentials(
        &self,
        user: String,
        password: String,
        peer: Option<IpAddr>,
    ) -> Result<String, AuthFailure> {
        if user.is_empty() {
            return Err(AuthFailure::Malformed);
        }
        let (file, generation) = self.current()?;
        let key = self.cache_entry(&user, &password);
        // Remembered credentials get in even from an address over its failure budget: an
        // operator behind the same NAT as a guesser keeps working.
        if let Ok(cache) = self.cache.lock()
            && let Some(at) = cache.entries.get(&key)
            && at.elapsed() < CACHE_TTL
        {
            return Ok(user);
        }
        let peer = peer.map(peer_key);
        if let Some(peer) = peer
            && let Some(retry_after) = self.blocked(peer)
        {
            return Err(AuthFailure::TooManyFailures { retry_after });
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
                let (lane, _fresh) = self.lane(peer);
                let slot = self.lanes.acquire(lane).await.ok_or(AuthFailure::Busy {
                    retry_after: BUSY_RETRY,
                })?;
                self.bcrypt_runs.fetch_add(1, Ordering::Relaxed);
                // The slot is freed when bcrypt is done, not when a client that left stops
                // waiting for it.
                tokio::task::spawn_blocking(move || {
                    let _slot = slot;
                    file.verify(&checked_user, &password)
                })
                .await
                .map_err(|e| AuthFailure::Unavailable(e.to_string()))
            })
            .await?;
        if !ok {
            return Err(match peer.and_then(|p| self.failed(p)) {
                Some(retry_after) => AuthFailure::TooManyFailures { retry_after },
                None => AuthFailure::Rejected,
            });
        }
        if let Some(peer) = peer {
            self.succeeded(peer);
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

    /// How long `peer` is still refused, if it is.
    fn blocked(&self, peer: IpAddr) -> Option<Duration> {
        let peers = self.peers.lock().ok()?;
        let until = peers.get(&peer)?.blocked_until?;
        let left = until.checked_duration_since(Instant::now())?;
        (!left.is_zero()).then_some(left)
    }

    /// The lane a new check from `peer` waits in, and the mark that keeps the address to one
    /// check in the fresh lane.
    fn lane(&self, peer: Option<IpAddr>) -> (Lane, Option<FreshMark<'_>>) {
        let Some(peer) = peer else {
            return (Lane::Fresh, None);
        };
        let Ok(mut peers) = self.peers.lock() else {
            return (Lane::Suspect, None);
        };
        let now = Instant::now();
        if !peers.contains_key(&peer) && peers.len() >= PEERS_MAX {
            peers.retain(|_, r| r.recent(now));
            if peers.len() >= PEERS_MAX {
                peers.retain(|_, r| r.fresh_in_flight || r.trusted(now));
            }
        }
        let record = peers.entry(peer).or_default();
        if record.trusted(now) {
            return (Lane::Trusted, None);
        }
        let failed_lately = record
            .last_failure
            .is_some_and(|t| now.duration_since(t) < FAILURE_MEMORY);
        if failed_lately || record.fresh_in_flight {
            return (Lane::Suspect, None);
        }
        record.fresh_in_flight = true;
        (
            Lane::Fresh,
            Some(FreshMark {
                auth: self,
                key: peer,
            }),
        )
    }

    /// Records a failed check from `peer`; returns how long it is refused when that failure
    /// went over its budget.
    fn failed(&self, peer: IpAddr) -> Option<Duration> {
        let now = Instant::now();
        let over = match self.failures.check_key(&peer) {
            Ok(()) => None,
            Err(not_until) => {
                Some(not_until.wait_time_from(governor::clock::Clock::now(self.failures.clock())))
            }
        };
        // Addresses back to a full budget are dropped from the limiter now and then.
        let size = self.failures.len();
        if size >= self.failures_prune_at.load(Ordering::Relaxed) {
            self.failures.retain_recent();
            self.failures_prune_at
                .store((self.failures.len() * 2).max(1024), Ordering::Relaxed);
        }
        if let Ok(mut peers) = self.peers.lock() {
            let record = peers.entry(peer).or_default();
            record.last_failure = Some(now);
            if let Some(wait) = over {
                record.blocked_until = Some(now + wait);
            }
        }
        over.map(|wait| wait.max(Duration::from_secs(1)))
    }

    fn succeeded(&self, peer: IpAddr) {
        if let Ok(mut peers) = self.peers.lock() {
            peers.entry(peer).or_default().last_success = Some(Instant::now());
        }
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
                auth.check(Some(&header("alice", "secret")), None).await
            }));
        }
        for t in tasks {
            assert_eq!(t.await.expect("join"), Ok("alice".to_owned()));
        }
        assert_eq!(auth.bcrypt_runs(), 1);

        // Wrong passwords are shared while in flight too, but never remembered.
        let wrong = header("alice", "wrong");
        assert_eq!(
            auth.check(Some(&wrong), None).await,
            Err(AuthFailure::Rejected)
        );
        assert_eq!(
            auth.check(Some(&wrong), None).await,
            Err(AuthFailure::Rejected)
        );
        assert_eq!(auth.bcrypt_runs(), 3);
        assert_eq!(
            auth.check(Some(&header("alice", "secret")), None).await,
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
