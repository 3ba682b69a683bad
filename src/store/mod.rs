//! `runtime_files/` persistence behind a narrow interface: metadata in an embedded SQLite
//! database (WAL mode) and, beside it, files the modules own (image blobs, ...).
//!
//! SQLite work is blocking, so it runs on the blocking pool through [`Store::call`]; callers
//! never hold the connection across an `.await`. Each resource module keeps its own SQL in its
//! own file under `store/` and its schema as named migrations in [`migrations`].

pub mod builders;
pub mod deploys;
pub mod desired;
pub mod documents;
pub mod image_upload;
pub mod images;
pub mod instance_data;
pub mod instances;
pub mod migrations;
pub mod nacls;
pub mod retention;
pub mod rollouts;
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
    /// No stored service has that name (bundled ones may, but cannot be pulled or deleted).
    #[error(
        "no stored service named {name:?} (bundled services cannot be pulled or deleted): see \
         `mothership services list`"
    )]
    NoStoredService { name: String },
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
    #[error(
        "the {kind} ID prefix {prefix:?} is too short: give at least {min} characters of the ID"
    )]
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
    /// An image (of `size` bytes, when its length was announced) over the server's image size
    /// limit.
    #[error(
        "the image{} is larger than this server's limit of {limit} bytes ({})",
        size.map(|s| format!(" ({s} bytes)")).unwrap_or_default(),
        crate::size::human(*limit)
    )]
    ImageTooLarge { size: Option<u64>, limit: u64 },
    #[error("not an image: {0}")]
    NotElf(String),
    #[error("the disk is full: failed to write {path}")]
    DiskFull { path: PathBuf },
    #[error("the upload was aborted before it completed")]
    Aborted,
}

/// The database file in the runtime directory (SQLite adds `-wal` and `-shm` beside it).
pub const DB_FILE: &str = "mothership.db";

/// Makes the runtime directory private: created 0700 when missing, an existing one set to 0700,
/// the database files to 0600 (created so before SQLite opens them; SQLite gives its `-wal` and
/// `-shm` files the database's mode). They hold uplink tokens, NaCls and instance logs. Every
/// mode it changes is logged. Returns what it changed, as `path: old -> new` lines.
pub fn make_private(root: &Path) -> Result<Vec<String>, StoreError> {
    use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt, PermissionsExt};
    let io = |path: &Path| {
        let path = path.to_owned();
        move |source| StoreError::Io { path, source }
    };
    let mut changed = Vec::new();
    if !root.exists() {
        std::fs::DirBuilder::new()
            .recursive(true)
            .mode(0o700)
            .create(root)
            .map_err(io(root))?;
    }
    let db = root.join(DB_FILE);
    if !db.exists() {
        std::fs::OpenOptions::new()
            .write(true)
            .create(true)
            .truncate(false)
            .mode(0o600)
            .open(&db)
            .map_err(io(&db))?;
    }
    let mut files = vec![(root.to_owned(), 0o700)];
    for suffix in ["", "-wal", "-shm", "-journal"] {
        files.push((root.join(format!("{DB_FILE}{suffix}")), 0o600));
    }
    for (path, want) in files {
        let Ok(meta) = std::fs::symlink_metadata(&path) else {
            continue;
        };
        let mode = meta.permissions().mode() & 0o7777;
        if mode & 0o077 != 0 || (mode & 0o700) != (want & 0o700) {
            std::fs::set_permissions(&path, std::fs::Permissions::from_mode(want))
                .map_err(io(&path))?;
            tracing::warn!(
                "{} was readable by others (mode {mode:04o}); set it to {want:04o}: the runtime \
                 directory holds uplink tokens, NaCls and instance logs",
                path.display()
            );
            changed.push(format!("{}: {mode:04o} -> {want:04o}", path.display()));
        }
    }
    Ok(changed)
}

/// Handle to the store; cheap to clone.
#[derive(Clone)]
pub struct Store {
    root: PathBuf,
    db: Arc<Mutex<Connection>>,
}

impl Store {
    /// Opens (creating when missing) the store under `root`, applying pending migrations. The
    /// directory is made private first ([`make_private`]).
    pub fn open(root: &Path) -> Result<Self, StoreError> {
        make_private(root)?;
        let path = root.join(DB_FILE);
        let mut conn = Connection::open(&path).map_err(|source| StoreError::Open {
            path: path.clone(),
            source,
        })?;
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        conn.pragma_update(None, "journal_mode", "WAL")?;
        // FULL: in WAL mode NORMAL may lose the last commits on a power loss, and a 201 for an
        // upload (or any other write the API confirmed) must survive one. See ARCHITECTURE.md.
        conn.pragma_update(None, "synchronous", "FULL")?;
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

    fn mode(path: &Path) -> u32 {
        use std::os::unix::fs::PermissionsExt;
        std::fs::metadata(path)
            .expect("metadata")
            .permissions()
            .mode()
            & 0o7777
    }

    #[test]
    fn the_runtime_directory_and_database_are_private_and_fixed_when_not() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().expect("tempdir");
        let root = dir.path().join("runtime_files");
        let store = Store::open(&root).expect("open");
        store
            .call_blocking(|c| {
                c.execute("INSERT INTO meta (key, value) VALUES ('k', 'v')", [])?;
                Ok(())
            })
            .expect("write");
        assert_eq!(mode(&root), 0o700);
        for suffix in ["", "-wal", "-shm"] {
            assert_eq!(
                mode(&root.join(format!("{DB_FILE}{suffix}"))),
                0o600,
                "{suffix}"
            );
        }
        drop(store);
        let open = std::fs::Permissions::from_mode(0o755);
        std::fs::set_permissions(&root, open).expect("chmod");
        std::fs::set_permissions(root.join(DB_FILE), std::fs::Permissions::from_mode(0o644))
            .expect("chmod");
        let changed = make_private(&root).expect("fix");
        assert_eq!(changed.len(), 2, "{changed:?}");
        assert!(changed[0].ends_with("0755 -> 0700"), "{changed:?}");
        assert_eq!(mode(&root), 0o700);
        assert_eq!(mode(&root.join(DB_FILE)), 0o600);
        assert!(make_private(&root).expect("again").is_empty());
        Store::open(&root).expect("reopen");
    }

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
