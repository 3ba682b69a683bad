//! Uplink authentication: which tokens `/auth` accepts ([`UplinkTokens`]), which uplink each
//! belongs to (an instance is bound to the uplink it first docked with, see
//! [`super::identity`]), and the short-lived, single-use session tokens `/auth` hands out for
//! `/dock`.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::net::IpAddr;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use futures_util::future::BoxFuture;
use sha2::{Digest, Sha256};
use subtle::ConstantTimeEq;

/// A token `/auth` accepts and the uplink it belongs to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    pub secret: String,
    /// The key an instance docking with this token is bound to: the stored uplink's ID, or
    /// [`config_token_key`] for a token given with `--uplinktoken`.
    pub uplink: String,
}

impl Token {
    /// A token given with `--uplinktoken` / `uplinktokens:`.
    pub fn configured(secret: &str) -> Self {
        Token {
            secret: secret.to_owned(),
            uplink: config_token_key(secret),
        }
    }
}

/// What an instance docking with a `--uplinktoken` token is bound to: `uplinktoken-sha256:` and
/// the first 16 hex digits of the token's SHA-256 (the token itself is never shown).
pub fn config_token_key(secret: &str) -> String {
    let digest = hex::encode(Sha256::digest(secret.as_bytes()));
    format!("uplinktoken-sha256:{}", &digest[..16])
}

use crate::server::http::peer_key;

/// Where the accepted uplink tokens come from. `/auth` asks on every request, so an
/// implementation backed by the store should cache (or be cheap).
///
/// The server uses [`StoreTokens`]: the tokens of every stored uplink plus any given with
/// `--uplinktoken` / `uplinktokens:`.
pub trait UplinkTokens: Send + Sync + 'static {
    /// Every token an instance may present (stored uplinks' first, oldest first); an error is
    /// logged and refuses the auth.
    fn tokens(&self) -> BoxFuture<'_, Result<Vec<Token>, String>>;
}

/// A fixed list of tokens (as `--uplinktoken` gives them).
#[derive(Debug, Clone, Default)]
pub struct StaticTokens(pub Vec<String>);

impl UplinkTokens for StaticTokens {
    fn tokens(&self) -> BoxFuture<'_, Result<Vec<Token>, String>> {
        let tokens = self.0.iter().map(|t| Token::configured(t)).collect();
        Box::pin(async move { Ok(tokens) })
    }
}

/// The tokens of the stored uplinks (re-read at most once a second, so a docking wave does not
/// turn into a query per instance) plus a fixed list from the configuration.
pub struct StoreTokens {
    store: crate::store::Store,
    extra: Vec<Token>,
    cache: tokio::sync::Mutex<Option<(Instant, Vec<Token>)>>,
}

impl StoreTokens {
    pub fn new(store: crate::store::Store, extra: Vec<String>) -> Self {
        StoreTokens {
            store,
            extra: extra.iter().map(|t| Token::configured(t)).collect(),
            cache: tokio::sync::Mutex::new(None),
        }
    }
}

impl UplinkTokens for StoreTokens {
    fn tokens(&self) -> BoxFuture<'_, Result<Vec<Token>, String>> {
        Box::pin(async move {
            let mut cache = self.cache.lock().await;
            if let Some((at, tokens)) = cache.as_ref()
                && at.elapsed() < Duration::from_secs(1)
            {
                return Ok(tokens.clone());
            }
            let mut tokens: Vec<Token> = self
                .store
                .all_uplink_tokens()
                .await
                .map_err(|e| format!("failed to read the uplink tokens: {e}"))?
                .into_iter()
                .map(|(uplink, secret)| Token { secret, uplink })
                .collect();
            tokens.extend(self.extra.iter().cloned());
            *cache = Some((Instant::now(), tokens.clone()));
            Ok(tokens)
        })
    }
}

/// The uplinks whose token `key` is (several when uplinks share a token), in the order of
/// `tokens`; empty when it is none of them. Every token is compared, each in constant time, so
/// the answer time does not say how much of one matched.
pub fn matching_uplinks(key: &str, tokens: &[Token]) -> Vec<String> {
    let matched: Vec<bool> = tokens
        .iter()
        .map(|t| !t.secret.is_empty() && bool::from(key.as_bytes().ct_eq(t.secret.as_bytes())))
        .collect();
    let mut uplinks: Vec<String> = Vec::new();
    for (token, matched) in tokens.iter().zip(matched) {
        if matched && !uplinks.contains(&token.uplink) {
            uplinks.push(token.uplink.clone());
        }
    }
    uplinks
}

/// What a session token was issued for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Authenticated {
    /// The id the instance sent to `/auth`.
    pub instance: String,
    /// The uplinks whose token it presented ([`matching_uplinks`]); never empty.
    pub uplinks: Vec<String>,
}

/// A pending session.
struct Session {
    token: [u8; 32],
    auth: Authenticated,
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
        if !session.auth.instance.is_empty()
            && let Some(set) = self.by_uuid.get_mut(&session.auth.instance)
        {
            set.remove(&seq);
            if set.is_empty() {
                self.by_uuid.remove(&session.auth.instance);
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

    /// A fresh token for the instance `auth` names, authenticating from `peer`, or `None` when too many
    /// sessions are pending. Past the per-address or per-uuid bound the oldest session of that
    /// address or uuid makes room: a flood pushes out its own sessions, not other instances'.
    pub fn issue(&self, auth: Authenticated, peer: IpAddr) -> Option<String> {
        let token: [u8; 32] = rand::random();
        let peer = peer_key(peer);
        let instance = auth.instance.clone();
        let instance = instance.as_str();
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
                auth,
                peer,
                expires: now + self.limits.ttl,
            },
        );
        Some(hex::encode(token))
    }

    /// Consumes a token: what it was issued for, if it exists and has not expired.
    pub fn take(&self, token: &str) -> Option<Authenticated> {
        let mut raw = [0u8; 32];
        hex::decode_to_slice(token, &mut raw).ok()?;
        let mut inner = self.inner.lock().unwrap_or_else(|e| e.into_inner());
        let seq = *inner.by_token.get(&raw)?;
        let session = inner.remove(seq)?;
        (session.expires > Instant::now()).then_some(session.auth)
    }

    /// Sessions issued and not yet used or swept.
    pub fn pending(&self) -> usize {
        self.inner.lock().map(|i| i.by_seq.len()).unwrap_or(0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn token(secret: &str, uplink: &str) -> Token {
        Token {
            secret: secret.into(),
            uplink: uplink.into(),
        }
    }

    fn auth(instance: &str) -> Authenticated {
        Authenticated {
            instance: instance.into(),
            uplinks: vec!["u1".into()],
        }
    }

    #[test]
    fn tokens_match_exactly_and_name_their_uplinks() {
        let tokens = vec![
            token("abc", "u1"),
            token("", "u2"),
            token("secret-token", "u3"),
            token("abc", "u4"),
            Token::configured("abc"),
        ];
        assert_eq!(matching_uplinks("secret-token", &tokens), ["u3"]);
        assert_eq!(
            matching_uplinks("abc", &tokens),
            ["u1", "u4", config_token_key("abc").as_str()]
        );
        assert!(matching_uplinks("secret-toke", &tokens).is_empty());
        assert!(matching_uplinks("", &tokens).is_empty());
        assert!(matching_uplinks("ABC", &tokens).is_empty());
        let key = config_token_key("abc");
        assert!(key.starts_with("uplinktoken-sha256:") && !key.contains("abc"));
        assert_ne!(key, config_token_key("abd"));
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
        let t = s.issue(auth("inst-1"), HERE).expect("issued");
        assert_eq!(t.len(), 64);
        assert_eq!(s.take(&t), Some(auth("inst-1")));
        assert_eq!(s.take(&t), None, "second use");
        let t = s.issue(auth("inst-2"), HERE).expect("issued");
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
            assert!(s.issue(auth(&format!("i{i}")), peer).is_some());
        }
        assert!(s.issue(auth("one-too-many"), HERE).is_none());
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
        let kept = s.issue(auth("real"), other).expect("issued");
        let flooder = IpAddr::from([10, 0, 0, 1]);
        let first = s.issue(auth("f0"), flooder).expect("issued");
        for i in 1..50 {
            assert!(s.issue(auth(&format!("f{i}")), flooder).is_some());
        }
        assert_eq!(s.pending(), 5, "four of the flooder's and the real one");
        assert_eq!(s.take(&first), None, "the flooder's oldest made room");
        // One uuid from many addresses keeps only its newest two.
        for i in 0..10u8 {
            assert!(s.issue(auth("same"), IpAddr::from([10, 1, 0, i])).is_some());
        }
        assert_eq!(
            s.pending(),
            7,
            "the flooder's four, the real one, and two of `same`"
        );
        assert_eq!(s.take(&kept).map(|a| a.instance).as_deref(), Some("real"));
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
            .map(|_| s.issue(auth(""), HERE).expect("issued"))
            .collect();
        for t in tokens {
            assert_eq!(s.take(&t).map(|a| a.instance).as_deref(), Some(""));
        }
    }
}
