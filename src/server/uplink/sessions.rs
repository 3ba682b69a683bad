//! Uplink authentication: which tokens `/auth` accepts ([`UplinkTokens`]), which uplink each
//! belongs to (an instance is bound to the uplink it first docked with, see
//! [`super::identity`]), and the short-lived, single-use session tokens `/auth` hands out for
//! `/dock`.

use std::collections::HashMap;
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

struct Session {
    auth: Authenticated,
    expires: Instant,
}

/// Session tokens: issued by `/auth` for one instance id, consumed by the first `/dock` that
/// presents them, gone after their time to live.
pub struct Sessions {
    ttl: Duration,
    max: usize,
    inner: Mutex<SessionMap>,
}

struct SessionMap {
    map: HashMap<String, Session>,
    /// Size at which expired entries are swept next (amortizes the sweep).
    sweep_at: usize,
}

impl Sessions {
    pub fn new(ttl: Duration, max: usize) -> Self {
        Sessions {
            ttl,
            max: max.max(16),
            inner: Mutex::new(SessionMap {
                map: HashMap::new(),
                sweep_at: 1024,
            }),
        }
    }

    /// A fresh token for `auth`, or `None` when too many sessions are pending.
    pub fn issue(&self, auth: Authenticated) -> Option<String> {
        let token = random_token();
        let now = Instant::now();
        let mut inner = self.inner.lock().unwrap_or_else(|e| e.into_inner());
        if inner.map.len() >= inner.sweep_at || inner.map.len() >= self.max {
            inner.map.retain(|_, s| s.expires > now);
            inner.sweep_at = (inner.map.len() * 2).max(1024);
        }
        if inner.map.len() >= self.max {
            return None;
        }
        inner.map.insert(
            token.clone(),
            Session {
                auth,
                expires: now + self.ttl,
            },
        );
        Some(token)
    }

    /// Consumes a token: what it was issued for, if it exists and has not expired.
    pub fn take(&self, token: &str) -> Option<Authenticated> {
        let mut inner = self.inner.lock().unwrap_or_else(|e| e.into_inner());
        let session = inner.map.remove(token)?;
        (session.expires > Instant::now()).then_some(session.auth)
    }

    /// Sessions issued and not yet used or swept.
    pub fn pending(&self) -> usize {
        self.inner.lock().map(|i| i.map.len()).unwrap_or(0)
    }
}

/// 32 random bytes as hex: printable, so it survives any HTTP client as a body and a header.
fn random_token() -> String {
    let bytes: [u8; 32] = rand::random();
    hex::encode(bytes)
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

    #[test]
    fn sessions_are_single_use_and_expire() {
        let s = Sessions::new(Duration::from_millis(30), 100);
        let t = s.issue(auth("inst-1")).expect("issued");
        assert_eq!(t.len(), 64);
        assert_eq!(s.take(&t), Some(auth("inst-1")));
        assert_eq!(s.take(&t), None, "second use");
        let t = s.issue(auth("inst-2")).expect("issued");
        std::thread::sleep(Duration::from_millis(40));
        assert_eq!(s.take(&t), None, "expired");
        assert_eq!(s.take("forged"), None);
    }

    #[test]
    fn pending_sessions_are_bounded() {
        let s = Sessions::new(Duration::from_secs(60), 16);
        for i in 0..16 {
            assert!(s.issue(auth(&format!("i{i}"))).is_some());
        }
        assert!(s.issue(auth("one-too-many")).is_none());
    }
}
