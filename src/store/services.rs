//! Services users stored: a row per name in `services`, the normalized tar of the sources in
//! `services/<sha256>.tar` beside the database (shared by names with the same sources). A tar is
//! written to a temporary file, fsynced and renamed before its row exists, so a row never names
//! a missing or partial tar.

use std::io::Write;

use rusqlite::{OptionalExtension, params};

use super::util::{check_name, from_ms, now_ms, sync_dir};
use super::{Store, StoreError};
use crate::builders::sources::ServiceSources;
use crate::protocol::builders::StoredService;

pub(super) const SCHEMA: &str = "CREATE TABLE services (
    name TEXT PRIMARY KEY NOT NULL,
    id TEXT NOT NULL,
    binary TEXT NOT NULL,
    project TEXT,
    size INTEGER NOT NULL,
    files INTEGER NOT NULL,
    created INTEGER NOT NULL
);";

/// Longest service name.
pub const MAX_NAME: usize = 64;

/// Checks a service name: it is used in URL paths and container file names.
pub fn check_service_name(name: &str) -> Result<(), StoreError> {
    check_name("service name", name, MAX_NAME)?;
    if !name
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
    {
        return Err(StoreError::Invalid {
            field: "service name",
            message: format!("{name:?} may hold only letters, digits, `-`, `_` and `.`"),
        });
    }
    Ok(())
}

fn row(r: &rusqlite::Row<'_>) -> rusqlite::Result<StoredService> {
    Ok(StoredService {
        name: r.get(0)?,
        id: r.get(1)?,
        binary: r.get(2)?,
        project: r.get(3)?,
        size: r.get::<_, i64>(4)? as u64,
        files: r.get::<_, i64>(5)? as u64,
        created: crate::protocol::timestamp::format(from_ms(r.get(6)?)),
    })
}

const COLUMNS: &str = "name, id, binary, project, size, files, created";

impl Store {
    fn services_dir(&self) -> std::path::PathBuf {
        self.root().join("services")
    }

    /// Stores `sources` under `name`, replacing what the name held.
    pub async fn put_service(
        &self,
        name: &str,
        sources: ServiceSources,
    ) -> Result<StoredService, StoreError> {
        check_service_name(name)?;
        let dir = self.services_dir();
        let blob = dir.join(format!("{}.tar", sources.id));
        let tar = sources.tar;
        let written_dir = dir.clone();
        tokio::task::spawn_blocking(move || -> Result<(), StoreError> {
            let io = |path: &std::path::Path, source| StoreError::Io {
                path: path.to_owned(),
                source,
            };
            std::fs::create_dir_all(&written_dir).map_err(|e| io(&written_dir, e))?;
            if blob.exists() {
                return Ok(());
            }
            let mut temp =
                tempfile::NamedTempFile::new_in(&written_dir).map_err(|e| io(&written_dir, e))?;
            temp.write_all(&tar).map_err(|e| io(temp.path(), e))?;
            temp.as_file().sync_all().map_err(|e| io(temp.path(), e))?;
            temp.persist(&blob).map_err(|e| io(&blob, e.error))?;
            sync_dir(&written_dir)
        })
        .await
        .map_err(|e| StoreError::Worker(e.to_string()))??;
        let name = name.to_owned();
        let size = tar_len(&dir, &sources.id);
        self.call(move |conn| {
            conn.execute(
                "INSERT OR REPLACE INTO services (name, id, binary, project, size, files, created)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                params![
                    name,
                    sources.id,
                    sources.binary,
                    sources.project,
                    size as i64,
                    sources.files as i64,
                    now_ms()
                ],
            )?;
            get(conn, &name)?.ok_or(StoreError::NotFound {
                kind: "service",
                key: name,
            })
        })
        .await
    }

    /// Every stored service, by name.
    pub async fn list_services(&self) -> Result<Vec<StoredService>, StoreError> {
        self.call(|conn| {
            let mut stmt =
                conn.prepare(&format!("SELECT {COLUMNS} FROM services ORDER BY name"))?;
            let rows = stmt.query_map([], row)?.collect::<Result<_, _>>()?;
            Ok(rows)
        })
        .await
    }

    /// The stored service `name`; `None` when there is none.
    pub async fn get_service(&self, name: &str) -> Result<Option<StoredService>, StoreError> {
        let name = name.to_owned();
        self.call(move |conn| get(conn, &name)).await
    }

    /// The normalized tar of the stored service `name`.
    pub async fn service_archive(&self, name: &str) -> Result<Vec<u8>, StoreError> {
        let found = self
            .get_service(name)
            .await?
            .ok_or(StoreError::NoStoredService {
                name: name.to_owned(),
            })?;
        let path = self.services_dir().join(format!("{}.tar", found.id));
        tokio::fs::read(&path)
            .await
            .map_err(|source| StoreError::Io { path, source })
    }

    /// Removes the stored service `name` (and its tar when no other name shares it).
    pub async fn delete_service(&self, name: &str) -> Result<StoredService, StoreError> {
        let key = name.to_owned();
        let (removed, orphan) = self
            .call(move |conn| {
                let found =
                    get(conn, &key)?.ok_or(StoreError::NoStoredService { name: key.clone() })?;
                conn.execute("DELETE FROM services WHERE name = ?1", [&key])?;
                let shared: i64 = conn.query_row(
                    "SELECT COUNT(*) FROM services WHERE id = ?1",
                    [&found.id],
                    |r| r.get(0),
                )?;
                Ok((found, shared == 0))
            })
            .await?;
        if orphan {
            let path = self.services_dir().join(format!("{}.tar", removed.id));
            if let Err(e) = tokio::fs::remove_file(&path).await {
                tracing::warn!("failed to remove {}: {e}", path.display());
            }
        }
        Ok(removed)
    }
}

fn get(conn: &rusqlite::Connection, name: &str) -> Result<Option<StoredService>, StoreError> {
    Ok(conn
        .query_row(
            &format!("SELECT {COLUMNS} FROM services WHERE name = ?1"),
            [name],
            row,
        )
        .optional()?)
}

fn tar_len(dir: &std::path::Path, id: &str) -> u64 {
    std::fs::metadata(dir.join(format!("{id}.tar")))
        .map(|m| m.len())
        .unwrap_or(0)
}
