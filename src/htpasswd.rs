//! Apache htpasswd files with bcrypt hashes: read by the server for basic auth, written by
//! `mothership htpasswd`. Lines that are not ours to touch (comments, other users) are kept as
//! they are when the file is rewritten.

use std::io::Write;
use std::path::{Path, PathBuf};

/// Why an htpasswd file could not be used.
#[derive(Debug, thiserror::Error)]
pub enum HtpasswdError {
    #[error("failed to read htpasswd file {path}: {source}")]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("failed to write htpasswd file {path}: {source}")]
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error(
        "{path}:{line}: user {user:?} has a hash Mothership cannot check ({kind}); only bcrypt \
         ($2y$, $2b$, $2a$) is supported: recreate it with `mothership htpasswd add {user}` or \
         `htpasswd -B`"
    )]
    UnsupportedHash {
        path: PathBuf,
        line: usize,
        user: String,
        kind: &'static str,
    },
    #[error("{path}:{line}: not a `user:hash` line")]
    Malformed { path: PathBuf, line: usize },
    #[error("invalid user name {0:?}: it must be non-empty and contain no ':' or line breaks")]
    InvalidUser(String),
    #[error("failed to hash the password: {0}")]
    Hash(String),
}

/// One line of the file.
#[derive(Debug, Clone)]
enum Line {
    /// A comment or blank line, kept verbatim.
    Other(String),
    Entry {
        user: String,
        hash: String,
    },
}

/// An htpasswd file in memory.
#[derive(Debug, Clone, Default)]
pub struct Htpasswd {
    lines: Vec<Line>,
}

/// A bcrypt hash of cost 12 for a password nobody knows: checked for an unknown user when the
/// file has no user whose hash could stand in (see [`Htpasswd::verify`]).
pub const DUMMY_HASH: &str = "$2y$12$ScfCr9.F4N1obHWwTRUaWOOPp9bwOWtcuyg8LUvmGB6DOMdxyC1Oi";

fn hash_kind(hash: &str) -> Result<(), &'static str> {
    if hash.starts_with("$2y$") || hash.starts_with("$2b$") || hash.starts_with("$2a$") {
        Ok(())
    } else if hash.starts_with("$apr1$") {
        Err("Apache MD5, `htpasswd -m`")
    } else if hash.starts_with("{SHA}") {
        Err("SHA-1, `htpasswd -s`")
    } else if hash.starts_with("$5$") || hash.starts_with("$6$") {
        Err("crypt SHA-2")
    } else if hash.len() == 13 {
        Err("DES crypt, `htpasswd -d`")
    } else {
        Err("plain text or unknown")
    }
}

impl Htpasswd {
    /// Parses file contents. `path` is only used in error messages.
    pub fn parse(text: &str, path: &Path) -> Result<Self, HtpasswdError> {
        let mut lines = Vec::new();
        for (i, raw) in text.lines().enumerate() {
            let line = raw.trim_end_matches('\r');
            let trimmed = line.trim();
            if trimmed.is_empty() || trimmed.starts_with('#') {
                lines.push(Line::Other(line.to_owned()));
                continue;
            }
            let Some((user, hash)) = trimmed.split_once(':') else {
                return Err(HtpasswdError::Malformed {
                    path: path.to_owned(),
                    line: i + 1,
                });
            };
            if user.is_empty() {
                return Err(HtpasswdError::Malformed {
                    path: path.to_owned(),
                    line: i + 1,
                });
            }
            if let Err(kind) = hash_kind(hash) {
                return Err(HtpasswdError::UnsupportedHash {
                    path: path.to_owned(),
                    line: i + 1,
                    user: user.to_owned(),
                    kind,
                });
            }
            lines.push(Line::Entry {
                user: user.to_owned(),
                hash: hash.to_owned(),
            });
        }
        Ok(Htpasswd { lines })
    }

    /// Reads and parses a file.
    pub fn load(path: &Path) -> Result<Self, HtpasswdError> {
        let text = std::fs::read_to_string(path).map_err(|source| HtpasswdError::Read {
            path: path.to_owned(),
            source,
        })?;
        Self::parse(&text, path)
    }

    /// Reads a file, or an empty one when it does not exist yet.
    pub fn load_or_empty(path: &Path) -> Result<Self, HtpasswdError> {
        match std::fs::metadata(path) {
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Self::default()),
            _ => Self::load(path),
        }
    }

    /// The user names, in file order.
    pub fn users(&self) -> impl Iterator<Item = &str> {
        self.lines.iter().filter_map(|l| match l {
            Line::Entry { user, .. } => Some(user.as_str()),
            Line::Other(_) => None,
        })
    }

    /// The number of users.
    pub fn len(&self) -> usize {
        self.users().count()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The stored hash of a user.
    pub fn hash_of(&self, user: &str) -> Option<&str> {
        self.lines.iter().find_map(|l| match l {
            Line::Entry { user: u, hash } if u == user => Some(hash.as_str()),
            _ => None,
        })
    }

    /// Checks a password. Slow on purpose (bcrypt): call it off the async threads. An unknown user
    /// takes as long as a wrong password: the password is checked against the first user's hash
    /// (same cost as the file's users, whatever cost they were made with) and the answer thrown
    /// away.
    pub fn verify(&self, user: &str, password: &str) -> bool {
        match self.hash_of(user) {
            Some(hash) => bcrypt::verify(password, hash).unwrap_or(false),
            None => {
                let decoy = self
                    .lines
                    .iter()
                    .find_map(|l| match l {
                        Line::Entry { hash, .. } => Some(hash.as_str()),
                        Line::Other(_) => None,
                    })
                    .unwrap_or(DUMMY_HASH);
                let _ = bcrypt::verify(password, decoy);
                false
            }
        }
    }

    /// Sets a user's password (adding the user when new). Returns true when the user was new.
    pub fn set_password(
        &mut self,
        user: &str,
        password: &str,
        cost: u32,
    ) -> Result<bool, HtpasswdError> {
        validate_user(user)?;
        let hashed = bcrypt::hash_with_result(password, cost)
            .map_err(|e| HtpasswdError::Hash(e.to_string()))?;
        // Apache writes $2y$; bcrypt's 2b and 2y are the same algorithm.
        let hash = hashed.format_for_version(bcrypt::Version::TwoY);
        for line in &mut self.lines {
            if let Line::Entry { user: u, hash: h } = line
                && u == user
            {
                *h = hash;
                return Ok(false);
            }
        }
        self.lines.push(Line::Entry {
            user: user.to_owned(),
            hash,
        });
        Ok(true)
    }

    /// Removes a user. Returns false when there was no such user.
    pub fn remove(&mut self, user: &str) -> bool {
        let before = self.lines.len();
        self.lines
            .retain(|l| !matches!(l, Line::Entry { user: u, .. } if u == user));
        before != self.lines.len()
    }

    /// The file contents.
    pub fn render(&self) -> String {
        let mut out = String::new();
        for line in &self.lines {
            match line {
                Line::Other(text) => out.push_str(text),
                Line::Entry { user, hash } => {
                    out.push_str(user);
                    out.push(':');
                    out.push_str(hash);
                }
            }
            out.push('\n');
        }
        out
    }

    /// Writes the file atomically (temporary file in the same directory, fsync, rename) with mode
    /// 0600, creating the directory when missing.
    pub fn save(&self, path: &Path) -> Result<(), HtpasswdError> {
        write_private_file(path, self.render().as_bytes()).map_err(|source| HtpasswdError::Write {
            path: path.to_owned(),
            source,
        })
    }
}

fn validate_user(user: &str) -> Result<(), HtpasswdError> {
    if user.is_empty() || user.contains([':', '\n', '\r']) || user.trim() != user {
        return Err(HtpasswdError::InvalidUser(user.to_owned()));
    }
    Ok(())
}

/// Writes a file readable only by its owner, atomically: a crash leaves the old file or the new
/// one, never half of either.
pub fn write_private_file(path: &Path, data: &[u8]) -> std::io::Result<()> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    std::fs::create_dir_all(dir)?;
    let mut tmp = tempfile::Builder::new()
        .prefix(".tmp-")
        .permissions(std::os::unix::fs::PermissionsExt::from_mode(0o600))
        .tempfile_in(dir)?;
    tmp.write_all(data)?;
    tmp.as_file().sync_all()?;
    tmp.persist(path).map_err(|e| e.error)?;
    if let Ok(d) = std::fs::File::open(dir) {
        let _ = d.sync_all();
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_keeps_other_lines() {
        let text =
            "# admins\nalice:$2y$04$abcdefghijklmnopqrstuu5Nq0H6w0kQqfFQ1m1Qm7rYpDq1bFe6\n\n";
        let mut file = Htpasswd::parse(text, Path::new("x")).expect("parses");
        assert_eq!(file.users().collect::<Vec<_>>(), vec!["alice"]);
        assert!(file.set_password("bob", "secret", 4).expect("hash"));
        assert!(file.verify("bob", "secret"));
        assert!(!file.verify("bob", "wrong"));
        assert!(!file.verify("nobody", "secret"));
        let rendered = file.render();
        assert!(rendered.starts_with("# admins\nalice:"));
        assert!(rendered.contains("\nbob:$2y$04$"));
        assert!(file.remove("alice"));
        assert!(!file.remove("alice"));
    }

    /// Regression: an unknown user was checked against a cost-12 decoy while the file's users
    /// had cost 10 (the generated admin) or 4, so timing told which names exist.
    #[test]
    fn unknown_user_costs_what_the_files_users_cost() {
        let mut file = Htpasswd::default();
        file.set_password("alice", "secret", 4).expect("hash");
        let started = std::time::Instant::now();
        for _ in 0..4 {
            assert!(!file.verify("mallory", "secret"));
        }
        // Four cost-4 checks take a few ms; one cost-12 check takes well over 100 ms.
        let elapsed = started.elapsed();
        assert!(
            elapsed < std::time::Duration::from_millis(100),
            "unknown users cost {elapsed:?}: not the file's own cost"
        );
    }

    #[test]
    fn rejects_other_hash_kinds_with_line_number() {
        let text =
            "ok:$2y$04$abcdefghijklmnopqrstuu5Nq0H6w0kQqfFQ1m1Qm7rYpDq1bFe6\nmd5:$apr1$x$y\n";
        let err = Htpasswd::parse(text, Path::new("f")).expect_err("md5 rejected");
        assert!(err.to_string().contains("f:2:"), "{err}");
        assert!(err.to_string().contains("md5"), "{err}");
    }
}
