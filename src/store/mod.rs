//! `runtime_files/` persistence behind a narrow interface: metadata in an embedded SQLite
//! database (WAL mode) and, beside it, files the modules own (image blobs, ...).
//!
//! SQLite work is blocking, so it runs on the blocking pool through [`Store::call`]; callers
//! never hold the connection across an `.await`. Each resource module keeps its own SQL in its
//! own file under `store/` and its schema as named migrations in [`migrations`].

pub mod builders;
pub mod deploys;
pub mod documents;
pub mod image_upload;
pub mod images;
pub mod instance_data;
pub mod instances;
pub mod migrations;
pub mod nacls;
pub mod services;
pub mod snippets;
pub mod upgrades;
pub mod uplinks;
mod util;
pub mod webhooks;

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use rusqlite::Connection;

/// Why the store failed.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("failed to open the database {path}: {source}")]
    Open {
        path: PathBuf,
        source: rusqlite::Error,
    },
    #[error(
        "the database {path} was written by a newer Mothership (it has schema step {migration:?} \
         that this version does not know): upgrade mothership, or start with --clean to discard \
         the stored state"
    )]
    TooNew { path: PathBuf, migration: String },
    #[error("database error: {0}")]
    Sql(#[from] rusqlite::Error),
    #[error("storage I/O error on {path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("the store's worker thread failed: {0}")]
    Worker(String),
    #[error("no {kind} matches {key:?}")]
    NotFound { kind: &'static str, key: String },
    #[error(
        "the {kind} ID prefix {prefix:?} is ambiguous: it matches {}{}",
        matches.join(", "),
        if *more { ", ..." } else { "" }
    )]
    Ambiguous {
        kind: &'static str,
        prefix: String,
        matches: Vec<String>,
        more: bool,
    },
    #[error("the {kind} ID prefix {prefix:?} is too short: give at least {min} hex digits")]
    ShortPrefix {
        kind: &'static str,
        prefix: String,
        min: usize,
    },
    #[error("a {kind} named {name:?} already exists")]
    Duplicate { kind: &'static str, name: String },
    #[error("invalid {field}: {message}")]
    Invalid {
        field: &'static str,
        message: String,
    },
    #[error("{what} is larger than the limit of {limit} bytes")]
    TooLarge { what: String, limit: u64 },
    #[error("not an image: {0}")]
    NotElf(String),
    #[error("the disk is full: failed to write {path}")]
    DiskFull { path: PathBuf },
    #[error("the upload was aborted before it completed")]
    Aborted,
}

/// Handle to the store; cheap to clone.
#[derive(Clone)]
pub struct Store {
    root: PathBuf,
    db: Arc<Mutex<Connection>>,
}

impl Store {
    /// Opens (creating when missing) the store under `root`, applying pending migrations.
    pub fn open(root: &Path) -> Result<Self, StoreError> {
        std::fs::create_dir_all(root).map_err(|source| StoreError::Io {
            path: root.to_owned(),
            source,
        })?;
        let path = root.join("mothership.db");
        let mut conn = Connection::open(&path).map_err(|source| StoreError::Open {
            path: path.clone(),
            source,
        })?;
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        migrations::apply(&mut conn, &path)?;
        images::recover(root, &conn)?;
        Ok(Store {
            root: root.to_owned(),
            db: Arc::new(Mutex::new(conn)),
        })
    }

    /// The runtime directory the store lives in.
    pub fn root(&self) -> &Path {
        &self.root
    }

    /// Runs `f` with the connection on the blocking pool.
    pub async fn call<T, F>(&self, f: F) -> Result<T, StoreError>
    where
        T: Send + 'static,
        F: FnOnce(&mut Connection) -> Result<T, StoreError> + Send + 'static,
    {
        let db = self.db.clone();
        tokio::task::spawn_blocking(move || {
            let mut conn = db
                .lock()
                .map_err(|_| StoreError::Worker("database lock poisoned".into()))?;
            f(&mut conn)
        })
        .await
        .map_err(|e| StoreError::Worker(e.to_string()))?
    }

    /// Runs `f` with the connection on the current thread (for start-up and blocking contexts).
    pub fn call_blocking<T>(
        &self,
        f: impl FnOnce(&mut Connection) -> Result<T, StoreError>,
    ) -> Result<T, StoreError> {
        let mut conn = self
            .db
            .lock()
            .map_err(|_| StoreError::Worker("database lock poisoned".into()))?;
        f(&mut conn)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reopening_applies_nothing_twice() {
        let dir = tempfile::tempdir().expect("tempdir");
        Store::open(dir.path()).expect("first open");
        Store::open(dir.path()).expect("second open");
    }

    #[test]
    fn newer_database_is_refused() {
        let dir = tempfile::tempdir().expect("tempdir");
        let store = Store::open(dir.path()).expect("open");
        store
            .call_blocking(|c| {
                c.execute(
                    "INSERT INTO schema_migrations (name, applied_at) VALUES ('9999_future', 0)",
                    [],
                )?;
                Ok(())
            })
            .expect("insert");
        drop(store);
        let err = Store::open(dir.path()).err().expect("refused");
        assert!(err.to_string().contains("9999_future"), "{err}");
    }
}
