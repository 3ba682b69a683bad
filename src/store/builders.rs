//! SQL of the builders module: bob provider state (last update, last error, the cached bob list
//! as JSON) and build records.

use rusqlite::{Connection, OptionalExtension, params};

use super::StoreError;
use crate::protocol::builders::{Build, BuildStatus};

/// The schema step of this module (appended to `migrations::MIGRATIONS`).
pub const MIGRATION_SQL: &str = "
CREATE TABLE bob_providers (
    id TEXT PRIMARY KEY,
    last_update TEXT,
    last_error TEXT,
    bobs TEXT NOT NULL DEFAULT '[]'
);
CREATE TABLE builds (
    id TEXT PRIMARY KEY,
    service TEXT NOT NULL,
    builder_id TEXT NOT NULL,
    version TEXT NOT NULL,
    status TEXT NOT NULL,
    nacl_id TEXT,
    uplink_id TEXT,
    tag TEXT,
    exit_code INTEGER,
    error TEXT,
    image_id TEXT,
    image_size INTEGER,
    created_at TEXT NOT NULL,
    started_at TEXT,
    finished_at TEXT
);
CREATE INDEX builds_by_created ON builds (created_at);
";

/// What is stored about a provider.
#[derive(Debug, Clone, Default)]
pub struct ProviderRow {
    pub last_update: Option<String>,
    pub last_error: Option<String>,
    /// The bob list as JSON, owned by the builders module.
    pub bobs: String,
}

pub fn load_provider(conn: &Connection, id: &str) -> Result<Option<ProviderRow>, StoreError> {
    Ok(conn
        .query_row(
            "SELECT last_update, last_error, bobs FROM bob_providers WHERE id = ?1",
            [id],
            |row| {
                Ok(ProviderRow {
                    last_update: row.get(0)?,
                    last_error: row.get(1)?,
                    bobs: row.get(2)?,
                })
            },
        )
        .optional()?)
}

/// Records a successful update: the new list, the time, no error.
pub fn save_provider_update(
    conn: &Connection,
    id: &str,
    time: &str,
    bobs_json: &str,
) -> Result<(), StoreError> {
    conn.execute(
        "INSERT INTO bob_providers (id, last_update, last_error, bobs) VALUES (?1, ?2, NULL, ?3)
         ON CONFLICT (id) DO UPDATE SET last_update = ?2, last_error = NULL, bobs = ?3",
        params![id, time, bobs_json],
    )?;
    Ok(())
}

/// Records a failed update; the last good list stays.
pub fn save_provider_error(conn: &Connection, id: &str, error: &str) -> Result<(), StoreError> {
    conn.execute(
        "INSERT INTO bob_providers (id, last_error) VALUES (?1, ?2)
         ON CONFLICT (id) DO UPDATE SET last_error = ?2",
        params![id, error],
    )?;
    Ok(())
}

/// Inserts or replaces a build record.
pub fn save_build(conn: &Connection, b: &Build) -> Result<(), StoreError> {
    conn.execute(
        "INSERT OR REPLACE INTO builds (id, service, builder_id, version, status, nacl_id,
             uplink_id, tag, exit_code, error, image_id, image_size, created_at, started_at,
             finished_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)",
        params![
            b.id,
            b.service,
            b.builder_id,
            b.version,
            b.status.as_str(),
            b.nacl_id,
            b.uplink_id,
            b.tag,
            b.exit_code,
            b.error,
            b.image_id,
            b.image_size.map(|s| s as i64),
            b.created,
            b.started,
            b.finished,
        ],
    )?;
    Ok(())
}

const BUILD_COLUMNS: &str = "id, service, builder_id, version, status, nacl_id, uplink_id, tag, \
     exit_code, error, image_id, image_size, created_at, started_at, finished_at";

fn build_from_row(row: &rusqlite::Row<'_>) -> rusqlite::Result<Build> {
    let status: String = row.get(4)?;
    Ok(Build {
        id: row.get(0)?,
        service: row.get(1)?,
        builder_id: row.get(2)?,
        version: row.get(3)?,
        status: BuildStatus::parse(&status).unwrap_or(BuildStatus::Failed),
        nacl_id: row.get(5)?,
        uplink_id: row.get(6)?,
        tag: row.get(7)?,
        exit_code: row.get(8)?,
        error: row.get(9)?,
        image_id: row.get(10)?,
        image_size: row.get::<_, Option<i64>>(11)?.map(|s| s.max(0) as u64),
        created: row.get(12)?,
        started: row.get(13)?,
        finished: row.get(14)?,
    })
}

/// A build by whole ID or unique ID prefix ([`crate::protocol::ids`]).
pub fn get_build(conn: &Connection, key: &str) -> Result<Build, StoreError> {
    super::util::by_id_prefix(
        conn,
        "build",
        (&format!("SELECT {BUILD_COLUMNS} FROM builds"), "id"),
        key,
        build_from_row,
        |b| b.id,
    )
}

/// A page of the builds, newest first, and how many there are.
pub fn list_builds(
    conn: &Connection,
    limit: u64,
    offset: u64,
) -> Result<(Vec<Build>, u64), StoreError> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {BUILD_COLUMNS} FROM builds ORDER BY created_at DESC, id LIMIT ?1 OFFSET ?2"
    ))?;
    let as_sql = |n: u64| i64::try_from(n).unwrap_or(i64::MAX);
    let rows = stmt.query_map([as_sql(limit), as_sql(offset)], build_from_row)?;
    let builds = rows.collect::<Result<_, _>>()?;
    let total: i64 = conn.query_row("SELECT COUNT(*) FROM builds", [], |r| r.get(0))?;
    Ok((builds, total.max(0) as u64))
}

/// Marks builds that were queued or running when the server stopped as failed; returns how many.
pub fn fail_unfinished_builds(conn: &Connection, now: &str) -> Result<usize, StoreError> {
    Ok(conn.execute(
        "UPDATE builds SET status = 'failed', finished_at = ?1,
             error = 'the server stopped while this build was ' || status || ': build again'
         WHERE status IN ('queued', 'running')",
        [now],
    )?)
}

/// This server's instance id (random, made on first use and kept in `meta`): it tells this
/// server's containers apart from those of other servers sharing a Docker engine.
pub fn instance_id(conn: &Connection) -> Result<String, StoreError> {
    if let Some(id) = conn
        .query_row(
            "SELECT value FROM meta WHERE key = 'instance_id'",
            [],
            |r| r.get::<_, String>(0),
        )
        .optional()?
    {
        return Ok(id);
    }
    let id: String = {
        use rand::RngExt;
        let mut rng = rand::rng();
        (0..12)
            .map(|_| char::from(b"0123456789abcdef"[rng.random_range(0..16)]))
            .collect()
    };
    conn.execute(
        "INSERT INTO meta (key, value) VALUES ('instance_id', ?1)",
        [&id],
    )?;
    Ok(id)
}
