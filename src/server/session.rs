//! Browser sessions: after one password check (`POST /v1/session`) the web interface is known by
//! a cookie. A session token is 256 bits from the operating system's CSPRNG (through `rand`'s
//! thread generator, a ChaCha CSPRNG seeded from it); the server keeps only its SHA-256, so the
//! table is looked up by a digest (no early-exit comparison of the secret) and a copy of the
//! table would not let anyone in. Each session has its own CSRF token, compared in constant time,
//! that state-changing requests made with the cookie must carry in `X-CSRF-Token`.
//!
//! A session ends at its expiry (`sessionlifetime`), at logout, and as soon as its user's entry
//! in the htpasswd file is removed or changed (a new password): every use compares a digest of
//! the user's current entry with the one it logged in with. At most `sessionlimit` sessions are
//! kept; a login past it ends the session closest to its expiry.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use base64::Engine;
use sha2::{Digest, Sha256};
use subtle::ConstantTimeEq;
use time::OffsetDateTime;

use crate::protocol::session::{COOKIE_PLAIN, COOKIE_TLS};

/// The default of `--sessionlifetime`: a working day.
pub const DEFAULT_SESSION_LIFETIME: Duration = Duration::from_secs(12 * 3600);
/// The default of `--sessionlimit`: far more operators than any fleet has, a few MiB at most.
pub const DEFAULT_SESSION_LIMIT: usize = 10_000;

/// Random bytes in a session token and in a CSRF token.
const TOKEN_BYTES: usize = 32;

struct Session {
    user: String,
    /// SHA-256 of the user's htpasswd entry at login.
    entry: [u8; 32],
    csrf: String,
    expires: Instant,
    /// The same moment on the wall clock, for answers.
    expires_wall: OffsetDateTime,
}

/// A new session, as its cookie and login answer need it.
pub struct NewSession {
    pub token: String,
    pub csrf: String,
    pub expires: OffsetDateTime,
}

/// What a valid session says about the request.
#[derive(Debug, Clone)]
pub struct SessionView {
    pub user: String,
    pub csrf: String,
    pub expires: OffsetDateTime,
}

/// Why a session cookie did not let a request in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SessionFailure {
    /// No such session: never made, logged out, expired, or ended by a newer login past the
    /// limit.
    Unknown,
    /// The user was removed from the htpasswd file or their password changed.
    UserChanged,
    /// A state-changing request without the session's CSRF token.
    Csrf,
}

/// The live sessions of a server.
pub struct Sessions {
    lifetime: Duration,
    limit: usize,
    secure: bool,
    table: Mutex<HashMap<[u8; 32], Session>>,
}

fn random_token() -> String {
    let mut bytes = [0u8; TOKEN_BYTES];
    rand::fill(&mut bytes);
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
}

fn digest(text: &str) -> [u8; 32] {
    Sha256::digest(text.as_bytes()).into()
}

/// A digest of a user's htpasswd entry (the hash string), to notice when it changes.
pub fn entry_digest(hash: &str) -> [u8; 32] {
    digest(hash)
}

impl Sessions {
    /// Sessions that last `lifetime`, at most `limit` of them; `secure` (TLS on the API port)
    /// marks the cookie `Secure` and names it with the `__Host-` prefix.
    pub fn new(lifetime: Duration, limit: usize, secure: bool) -> Self {
        Sessions {
            lifetime,
            limit: limit.max(1),
            secure,
            table: Mutex::new(HashMap::new()),
        }
    }

    /// The name of the session cookie.
    pub fn cookie_name(&self) -> &'static str {
        if self.secure {
            COOKIE_TLS
        } else {
            COOKIE_PLAIN
        }
    }

    /// Sessions kept now (expired ones included until they are swept).
    pub fn len(&self) -> usize {
        self.table.lock().map(|t| t.len()).unwrap_or(0)
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Starts a session for `user`, whose htpasswd entry has the digest `entry`.
    pub fn create(&self, user: &str, entry: [u8; 32]) -> NewSession {
        let token = random_token();
        let csrf = random_token();
        let expires = OffsetDateTime::now_utc() + self.lifetime;
        let session = Session {
            user: user.to_owned(),
            entry,
            csrf: csrf.clone(),
            expires: Instant::now() + self.lifetime,
            expires_wall: expires,
        };
        let mut table = self.table.lock().unwrap_or_else(|e| e.into_inner());
        if table.len() >= self.limit {
            let now = Instant::now();
            table.retain(|_, s| s.expires > now);
        }
        while table.len() >= self.limit {
            let Some(oldest) = table
                .iter()
                .min_by_key(|(_, s)| s.expires)
                .map(|(key, _)| *key)
            else {
                break;
            };
            table.remove(&oldest);
        }
        table.insert(digest(&token), session);
        NewSession {
            token,
            csrf,
            expires,
        }
    }

    /// The session of `token`, if it is live.
    pub fn lookup(&self, token: &str) -> Option<SessionView> {
        let key = digest(token);
        let mut table = self.table.lock().unwrap_or_else(|e| e.into_inner());
        let session = table.get(&key)?;
        if session.expires <= Instant::now() {
            table.remove(&key);
            return None;
        }
        Some(SessionView {
            user: session.user.clone(),
            csrf: session.csrf.clone(),
            expires: session.expires_wall,
        })
    }

    /// Lets a request in by its session `token`: `entry` gives the digest of a user's current
    /// htpasswd entry (`None`: no such user); a `state_changing` request must carry the
    /// session's CSRF token in `csrf`. Returns the user.
    pub fn authenticate(
        &self,
        token: &str,
        entry: impl FnOnce(&str) -> Option<[u8; 32]>,
        state_changing: bool,
        csrf: Option<&str>,
    ) -> Result<String, SessionFailure> {
        let key = digest(token);
        let (user, logged_in_with, expected_csrf) = {
            let mut table = self.table.lock().unwrap_or_else(|e| e.into_inner());
            let session = table.get(&key).ok_or(SessionFailure::Unknown)?;
            if session.expires <= Instant::now() {
                table.remove(&key);
                return Err(SessionFailure::Unknown);
            }
            (session.user.clone(), session.entry, session.csrf.clone())
        };
        if entry(&user) != Some(logged_in_with) {
            self.revoke_user(&user);
            return Err(SessionFailure::UserChanged);
        }
        if state_changing {
            let given = csrf.unwrap_or_default().trim().as_bytes();
            if !bool::from(given.ct_eq(expected_csrf.as_bytes())) {
                return Err(SessionFailure::Csrf);
            }
        }
        Ok(user)
    }

    /// Ends the session of `token`; false when there was none.
    pub fn revoke(&self, token: &str) -> bool {
        let mut table = self.table.lock().unwrap_or_else(|e| e.into_inner());
        table.remove(&digest(token)).is_some()
    }

    /// Ends every session of `user`.
    pub fn revoke_user(&self, user: &str) {
        let mut table = self.table.lock().unwrap_or_else(|e| e.into_inner());
        let before = table.len();
        table.retain(|_, s| s.user != user);
        let ended = before - table.len();
        if ended > 0 {
            tracing::info!(
                user,
                "ended {ended} web session(s): the user's htpasswd entry was removed or changed"
            );
        }
    }

    /// The session token among the `Cookie` header values, if one of them carries it.
    pub fn token_from_cookies<'a>(
        &self,
        headers: impl IntoIterator<Item = &'a str>,
    ) -> Option<&'a str> {
        let name = self.cookie_name();
        headers
            .into_iter()
            .flat_map(|h| h.split(';'))
            .filter_map(|pair| pair.trim().split_once('='))
            .find(|(n, v)| *n == name && !v.is_empty())
            .map(|(_, v)| v.trim_matches('"'))
    }

    /// The `Set-Cookie` value that hands out `token`.
    pub fn set_cookie(&self, token: &str) -> String {
        format!(
            "{}={token}; Path=/; Max-Age={}; HttpOnly; SameSite=Strict{}",
            self.cookie_name(),
            self.lifetime.as_secs().max(1),
            if self.secure { "; Secure" } else { "" }
        )
    }

    /// The `Set-Cookie` value that makes the browser forget the cookie.
    pub fn clear_cookie(&self) -> String {
        format!(
            "{}=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict{}",
            self.cookie_name(),
            if self.secure { "; Secure" } else { "" }
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_long_and_distinct() {
        let a = random_token();
        let b = random_token();
        assert_ne!(a, b);
        // 32 bytes in unpadded base64url.
        assert_eq!(a.len(), 43);
    }

    #[test]
    fn a_session_needs_its_csrf_token_for_writes_and_ends_with_its_user() {
        let sessions = Sessions::new(Duration::from_secs(60), 10, true);
        let entry = entry_digest("$2y$04$hash");
        let s = sessions.create("alice", entry);
        let same = |_: &str| Some(entry);
        assert_eq!(
            sessions.authenticate(&s.token, same, false, None),
            Ok("alice".into())
        );
        assert_eq!(
            sessions.authenticate(&s.token, same, true, None),
            Err(SessionFailure::Csrf)
        );
        assert_eq!(
            sessions.authenticate(&s.token, same, true, Some("wrong")),
            Err(SessionFailure::Csrf)
        );
        assert_eq!(
            sessions.authenticate(&s.token, same, true, Some(&s.csrf)),
            Ok("alice".into())
        );
        assert_eq!(
            sessions.authenticate(&s.token, |_| None, false, None),
            Err(SessionFailure::UserChanged)
        );
        assert_eq!(
            sessions.authenticate(&s.token, same, false, None),
            Err(SessionFailure::Unknown),
            "ended for good"
        );
    }

    #[test]
    fn the_limit_ends_the_oldest_session() {
        let sessions = Sessions::new(Duration::from_secs(60), 2, false);
        let e = entry_digest("h");
        let first = sessions.create("a", e);
        let second = sessions.create("b", e);
        let third = sessions.create("c", e);
        assert_eq!(sessions.len(), 2);
        assert!(sessions.lookup(&first.token).is_none());
        assert!(sessions.lookup(&second.token).is_some());
        assert!(sessions.lookup(&third.token).is_some());
    }

    #[test]
    fn cookies_are_found_among_others_and_set_strictly() {
        let sessions = Sessions::new(Duration::from_secs(3600), 2, true);
        let header = format!("a=1; {}=tok; b=2", COOKIE_TLS);
        assert_eq!(
            sessions.token_from_cookies(["x=y", header.as_str()]),
            Some("tok")
        );
        assert_eq!(sessions.token_from_cookies(["mothership_session=t"]), None);
        let set = sessions.set_cookie("tok");
        for part in [
            "Path=/",
            "Max-Age=3600",
            "HttpOnly",
            "SameSite=Strict",
            "Secure",
        ] {
            assert!(set.contains(part), "{set}");
        }
        assert!(set.starts_with("__Host-mothership_session=tok;"));
    }
}
