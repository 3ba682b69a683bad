//! Uplink authentication: which tokens `/auth` accepts ([`UplinkTokens`]), and the short-lived,
//! single-use session tokens it hands out for `/dock`.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::net::IpAddr;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use futures_util::future::BoxFuture;
use subtle::ConstantTimeEq;

use crate::server::http::peer_key;

/// Where the accepted uplink tokens come from. `/auth` asks on every request, so an
/// implementation backed by the store should cache (or be cheap).
///
/// The server uses [`StoreTokens`]: the tokens of every stored uplink plus any given with
/// `--uplinktoken` / `uplinktokens:`.
pub trait UplinkTokens: Send + Sync + 'static {
    /// Every token an instance may present; an error is logged and refuses the auth.
    fn tokens(&self) -> BoxFuture<'_, Result<Vec<String>, String>>;
}

/// A fixed list of tokens.
#[derive(Debug, Clone, Default)]
pub struct StaticTokens(pub Vec<String>);

impl UplinkTokens for StaticTokens {
    fn tokens(&self) -> BoxFuture<'_, Result<Vec<String>, String>> {
        let tokens = self.0.clone();
        Box::pin(async move { Ok(tokens) })
    }
}

/// The tokens of the stored uplinks (re-read at most once a second, so a docking wave does not
/// turn into a query per instance) plus a fixed list from the configuration.
pub struct StoreTokens {
    store: crate::store::Store,
    extra: Vec<String>,
    cache: tokio::sync::Mutex<Option<(Instant, Vec<String>)>>,
}

impl StoreTokens {
    pub fn new(store: crate::store::Store, extra: Vec<String>) -> Self {
        StoreTokens {
            store,
            extra,
            cache: tokio::sync::Mutex::new(None),
        }
    }
}

impl UplinkTokens for StoreTokens {
    fn tokens(&self) -> BoxFuture<'_, Result<Vec<String>, String>> {
        Box::pin(async move {
            let mut cache = self.cache.lock().await;
            if let Some((at, tokens)) = cache.as_ref()
                && at.elapsed() < Duration::from_secs(1)
            {
                return Ok(tokens.clone());
            }
            let mut tokens = self
                .store
                .all_uplink_tokens()
                .await
                .map_err(|e| format!("failed to read the uplink tokens: {e}"))?;
            tokens.extend(self.extra.iter().cloned());
            *cache = Some((Instant::now(), tokens.clone()));
            Ok(tokens)
        })
    }
}

/// True when `key` equals one of `tokens`; every token is compared, each in constant time, so
/// the answer time does not say which one (or how much of one) matched.
pub fn key_matches(key: &str, tokens: &[String]) -> bool {
    let mut matched = subtle::Choice::from(0u8);
    for token in tokens {
        if token.is_empty() {
            continue;
        }
        matched |= key.as_bytes().ct_eq(token.as_bytes());
    }
    matched.into()
}

/// A pending session.
struct Session {
    token: [u8; 32],
    instance: String,
    peer: IpAddr,
    expires: Instant,
}

/// Bounds on pending sessions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SessionLimits {
    /// An unused token expires after this long.
    pub ttl: Duration,
    /// Pending tokens in all; past it `/auth` is refused.
    pub max: usize,
    /// Pending tokens per peer address (an IPv6 /64); a new one past it replaces the address's
    /// oldest, so a flooding address only pushes out its own.
    pub per_address: usize,
    /// Pending tokens per instance uuid; a new one past it replaces the uuid's oldest. Instances
    /// without a uuid (an empty id) are bounded per address only.
    pub per_uuid: usize,
}

/// Session tokens: issued by `/auth` for one instance id, consumed by the first `/dock` that
/// presents them, gone after their time to live.
pub struct Sessions {
    limits: SessionLimits,
    inner: Mutex<SessionMap>,
}

/// Pending sessions by issue order (which is also expiry order: they share one time to live),
/// with indexes by token, address and uuid.
#[derive(Default)]
struct SessionMap {
    by_seq: BTreeMap<u64, Session>,
    by_token: HashMap<[u8; 32], u64>,
    by_peer: HashMap<IpAddr, BTreeSet<u64>>,
    by_uuid: HashMap<String, BTreeSet<u64>>,
    next: u64,
}

impl SessionMap {
    fn remove(&mut self, seq: u64) -> Option<Session> {
        let session = self.by_seq.remove(&seq)?;
        self.by_token.remove(&session.token);
        if let Some(set) = self.by_peer.get_mut(&session.peer) {
            set.remove(&seq);
            if set.is_empty() {
                self.by_peer.remove(&session.peer);
            }
        }
        if !session.instance.is_empty()
            && let Some(set) = self.by_uuid.get_mut(&session.instance)
        {
            set.remove(&seq);
            if set.is_empty() {
                self.by_uuid.remove(&session.instance);
            }
        }
        Some(session)
    }

    /// Drops the expired sessions (the oldest ones).
    fn sweep(&mut self, now: Instant) {
        while let Some((&seq, session)) = self.by_seq.first_key_value() {
            if session.expires > now {
                break;
            }
            self.remove(seq);
        }
    }

    /// Drops the given sessions.
    fn make_room(&mut self, seqs: Vec<u64>) {
        for seq in seqs {
            self.remove(seq);
        }
    }
}

/// The oldest of `seqs` that must go for one more to fit under `max`.
fn excess(seqs: Option<&BTreeSet<u64>>, max: usize) -> Vec<u64> {
    match seqs {
        Some(seqs) => {
            let excess = (seqs.len() + 1).saturating_sub(max);
            seqs.iter().take(excess).copied().collect()
        }
        None => Vec::new(),
    }
}

impl Sessions {
    pub fn new(limits: SessionLimits) -> Self {
        Sessions {
            limits: SessionLimits {
                max: limits.max.max(16),
                per_address: limits.per_address.max(1),
                per_uuid: limits.per_uuid.max(1),
                ..limits
            },
            inner: Mutex::new(SessionMap::default()),
        }
    }

    /// A fresh token for `instance` authenticating from `peer`, or `None` when too many
    /// sessions are pending. Past the per-address or per-uuid bound the oldest session of that
    /// address or uuid makes room: a flood pushes out its own sessions, not other instances'.
    pub fn issue(&self, instance: &str, peer: IpAddr) -> Option<String> {
        let token: [u8; 32] = rand::random();
        let peer = peer_key(peer);
        let now = Instant::now();
        let mut inner = self.inner.lock().unwrap_or_else(|e| e.into_inner());
        inner.sweep(now);
        let oldest = excess(inner.by_peer.get(&peer), self.limits.per_address);
        inner.make_room(oldest);
        if !instance.is_empty() {
            let oldest = excess(inner.by_uuid.get(instance), self.limits.per_uuid);
            inner.make_room(oldest);
        }
        if inner.by_seq.len() >= self.limits.max {
            return None;
        }
        let seq = inner.next;
        inner.next += 1;
        inner.by_token.insert(token, seq);
        inner.by_peer.entry(peer).or_default().insert(seq);
        if !instance.is_empty() {
            inner
                .by_uuid
                .entry(instance.to_owned())
                .or_default()
                .insert(seq);
        }
        inner.by_seq.insert(
            seq,
            Session {
                token,
                instance: instance.to_owned(),
                peer,
                expires: now + self.limits.ttl,
            },
        );
        Some(hex::encode(token))
    }

    /// Consumes a token: the instance id it was issued for, if it exists and has not expired.
    pub fn take(&self, token: &str) -> Option<String> {
        let mut raw = [0u8; 32];
        hex::decode_to_slice(token, &mut raw).ok()?;
        let mut inner = self.inner.lock().unwrap_or_else(|e| e.into_inner());
        let seq = *inner.by_token.get(&raw)?;
        let session = inner.remove(seq)?;
        (session.expires > Instant::now()).then_some(session.instance)
    }

    /// Sessions issued and not yet used or swept.
    pub fn pending(&self) -> usize {
        self.inner.lock().map(|i| i.by_seq.len()).unwrap_or(0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_match_exactly() {
        let tokens = vec!["abc".to_owned(), "".to_owned(), "secret-token".to_owned()];
        assert!(key_matches("secret-token", &tokens));
        assert!(key_matches("abc", &tokens));
        assert!(!key_matches("secret-toke", &tokens));
        assert!(!key_matches("", &tokens));
        assert!(!key_matches("ABC", &tokens));
    }

    const HERE: IpAddr = IpAddr::V4(std::net::Ipv4Addr::LOCALHOST);

    fn limits(ttl: Duration, max: usize) -> SessionLimits {
        SessionLimits {
            ttl,
            max,
            per_address: max,
            per_uuid: max,
        }
    }

    #[test]
    fn sessions_are_single_use_and_expire() {
        let s = Sessions::new(limits(Duration::from_millis(30), 100));
        let t = s.issue("inst-1", HERE).expect("issued");
        assert_eq!(t.len(), 64);
        assert_eq!(s.take(&t).as_deref(), Some("inst-1"));
        assert_eq!(s.take(&t), None, "second use");
        let t = s.issue("inst-2", HERE).expect("issued");
        std::thread::sleep(Duration::from_millis(40));
        assert_eq!(s.take(&t), None, "expired");
        assert_eq!(s.take("forged"), None);
        assert_eq!(s.pending(), 0);
    }

    #[test]
    fn pending_sessions_are_bounded() {
        let s = Sessions::new(limits(Duration::from_secs(60), 16));
        for i in 0..16 {
            let peer = IpAddr::from([127, 0, 0, i as u8 + 1]);
            assert!(s.issue(&format!("i{i}"), peer).is_some());
        }
        assert!(s.issue("one-too-many", HERE).is_none());
    }

    #[test]
    fn a_flooding_address_or_uuid_replaces_only_its_own_sessions() {
        let s = Sessions::new(SessionLimits {
            ttl: Duration::from_secs(60),
            max: 100,
            per_address: 4,
            per_uuid: 2,
        });
        let other = IpAddr::from([10, 0, 0, 2]);
        let kept = s.issue("real", other).expect("issued");
        let flooder = IpAddr::from([10, 0, 0, 1]);
        let first = s.issue("f0", flooder).expect("issued");
        for i in 1..50 {
            assert!(s.issue(&format!("f{i}"), flooder).is_some());
        }
        assert_eq!(s.pending(), 5, "four of the flooder's and the real one");
        assert_eq!(s.take(&first), None, "the flooder's oldest made room");
        // One uuid from many addresses keeps only its newest two.
        for i in 0..10u8 {
            assert!(s.issue("same", IpAddr::from([10, 1, 0, i])).is_some());
        }
        assert_eq!(
            s.pending(),
            7,
            "the flooder's four, the real one, and two of `same`"
        );
        assert_eq!(s.take(&kept).as_deref(), Some("real"));
    }

    #[test]
    fn instances_without_a_uuid_are_bounded_per_address_only() {
        let s = Sessions::new(SessionLimits {
            ttl: Duration::from_secs(60),
            max: 100,
            per_address: 50,
            per_uuid: 1,
        });
        let tokens: Vec<String> = (0..10)
            .map(|_| s.issue("", HERE).expect("issued"))
            .collect();
        for t in tokens {
            assert_eq!(s.take(&t).as_deref(), Some(""));
        }
    }
}
