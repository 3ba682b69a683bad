//! Uplink authentication: which tokens `/auth` accepts ([`UplinkTokens`]), and the short-lived,
//! single-use session tokens it hands out for `/dock`.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use futures_util::future::BoxFuture;
use subtle::ConstantTimeEq;

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

struct Session {
    instance: String,
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

    /// A fresh token for `instance`, or `None` when too many sessions are pending.
    pub fn issue(&self, instance: &str) -> Option<String> {
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
                instance: instance.to_owned(),
                expires: now + self.ttl,
            },
        );
        Some(token)
    }

    /// Consumes a token: the instance id it was issued for, if it exists and has not expired.
    pub fn take(&self, token: &str) -> Option<String> {
        let mut inner = self.inner.lock().unwrap_or_else(|e| e.into_inner());
        let session = inner.map.remove(token)?;
        (session.expires > Instant::now()).then_some(session.instance)
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

    #[test]
    fn tokens_match_exactly() {
        let tokens = vec!["abc".to_owned(), "".to_owned(), "secret-token".to_owned()];
        assert!(key_matches("secret-token", &tokens));
        assert!(key_matches("abc", &tokens));
        assert!(!key_matches("secret-toke", &tokens));
        assert!(!key_matches("", &tokens));
        assert!(!key_matches("ABC", &tokens));
    }

    #[test]
    fn sessions_are_single_use_and_expire() {
        let s = Sessions::new(Duration::from_millis(30), 100);
        let t = s.issue("inst-1").expect("issued");
        assert_eq!(t.len(), 64);
        assert_eq!(s.take(&t).as_deref(), Some("inst-1"));
        assert_eq!(s.take(&t), None, "second use");
        let t = s.issue("inst-2").expect("issued");
        std::thread::sleep(Duration::from_millis(40));
        assert_eq!(s.take(&t), None, "expired");
        assert_eq!(s.take("forged"), None);
    }

    #[test]
    fn pending_sessions_are_bounded() {
        let s = Sessions::new(Duration::from_secs(60), 16);
        for i in 0..16 {
            assert!(s.issue(&format!("i{i}")).is_some());
        }
        assert!(s.issue("one-too-many").is_none());
    }
}
