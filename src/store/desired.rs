//! Desired state: one row per managed instance with the image it should run and where the
//! convergence engine (`server::desired`) stands with it. Forgetting an instance forgets its
//! row.

use rusqlite::{Connection, OptionalExtension, params};

use super::StoreError;
use super::util::from_ms;
use crate::protocol::desired::{DesiredState, DesiredStatus};

/// Schema step `0016_desired`.
pub(super) const SCHEMA: &str = "
CREATE TABLE instance_desired (
    uuid TEXT PRIMARY KEY NOT NULL REFERENCES instances(uuid) ON DELETE CASCADE,
    image_id TEXT NOT NULL,
    set_by TEXT NOT NULL,
    set_at INTEGER NOT NULL,
    status TEXT NOT NULL,
    reason TEXT,
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt INTEGER,
    deploy_id TEXT
);
";

fn ms(t: Option<time::OffsetDateTime>) -> Option<i64> {
    t.map(|t| (t.unix_timestamp_nanos() / 1_000_000) as i64)
}

#[derive(serde::Deserialize)]
struct JsonRow {
    image_id: String,
    set_by: String,
    set_at: i64,
    status: String,
    reason: Option<String>,
    attempts: i64,
    next_attempt: Option<i64>,
    deploy_id: Option<String>,
}

/// The stored desired state from the JSON object the instance listing's subquery makes of
/// the row (`store::instances`).
pub(super) fn from_json(text: Option<String>) -> Option<DesiredState> {
    let r: JsonRow = serde_json::from_str(&text?).ok()?;
    Some(DesiredState {
        status: DesiredStatus::parse(&r.status).unwrap_or(DesiredStatus::Updating),
        image_id: Some(r.image_id),
        reason: r.reason,
        attempts: r.attempts.clamp(0, i64::from(u32::MAX)) as u32,
        next_attempt: r.next_attempt.map(from_ms),
        deploy: r.deploy_id,
        set_by: Some(r.set_by),
        set_at: Some(from_ms(r.set_at)),
    })
}

const COLUMNS: &str =
    "uuid, image_id, set_by, set_at, status, reason, attempts, next_attempt, deploy_id";

fn row(r: &rusqlite::Row<'_>) -> rusqlite::Result<(String, DesiredState)> {
    let status: String = r.get(4)?;
    Ok((
        r.get(0)?,
        DesiredState {
            status: DesiredStatus::parse(&status).unwrap_or(DesiredStatus::Updating),
            image_id: Some(r.get(1)?),
            set_by: Some(r.get(2)?),
            set_at: Some(from_ms(r.get(3)?)),
            reason: r.get(5)?,
            attempts: r.get::<_, i64>(6)?.clamp(0, i64::from(u32::MAX)) as u32,
            next_attempt: r.get::<_, Option<i64>>(7)?.map(from_ms),
            deploy: r.get(8)?,
        },
    ))
}

/// Gives each of `uuids` (known instances) the desired image `image_id`, from scratch: no
/// attempts yet.
pub fn set(
    conn: &mut Connection,
    uuids: &[String],
    image_id: &str,
    set_by: &str,
    at: time::OffsetDateTime,
) -> Result<(), StoreError> {
    let tx = conn.transaction()?;
    {
        let mut stmt = tx.prepare_cached(
            "INSERT INTO instance_desired (uuid, image_id, set_by, set_at, status, attempts)
             VALUES (?1, ?2, ?3, ?4, 'updating', 0)
             ON CONFLICT (uuid) DO UPDATE SET image_id = excluded.image_id,
                 set_by = excluded.set_by, set_at = excluded.set_at, status = 'updating',
                 reason = NULL, attempts = 0, next_attempt = NULL, deploy_id = NULL",
        )?;
        for u in uuids {
            stmt.execute(params![u, image_id, set_by, ms(Some(at))])?;
        }
    }
    tx.commit()?;
    Ok(())
}

/// Removes the desired state of `uuids`; returns those that had one.
pub fn clear(conn: &mut Connection, uuids: &[String]) -> Result<Vec<String>, StoreError> {
    let tx = conn.transaction()?;
    let mut cleared = Vec::new();
    {
        let mut stmt = tx.prepare_cached("DELETE FROM instance_desired WHERE uuid = ?1")?;
        for u in uuids {
            if stmt.execute([u])? > 0 {
                cleared.push(u.clone());
            }
        }
    }
    tx.commit()?;
    Ok(cleared)
}

/// The stored desired state of one instance.
pub fn get(conn: &Connection, uuid: &str) -> Result<Option<DesiredState>, StoreError> {
    Ok(conn
        .prepare_cached(&format!(
            "SELECT {COLUMNS} FROM instance_desired WHERE uuid = ?1"
        ))?
        .query_row([uuid], row)
        .optional()?
        .map(|(_, d)| d))
}

/// Every managed instance with its stored state.
pub fn all(conn: &mut Connection) -> Result<Vec<(String, DesiredState)>, StoreError> {
    let mut stmt = conn.prepare(&format!("SELECT {COLUMNS} FROM instance_desired"))?;
    let rows = stmt.query_map([], row)?.collect::<Result<_, _>>()?;
    Ok(rows)
}

/// Records where the engine stands with an instance, if its desired image is still
/// `image_id` (a new one set meanwhile wins).
pub fn record(
    conn: &mut Connection,
    uuid: &str,
    image_id: &str,
    state: &DesiredState,
) -> Result<(), StoreError> {
    conn.prepare_cached(
        "UPDATE instance_desired SET status = ?3, reason = ?4, attempts = ?5,
             next_attempt = ?6, deploy_id = ?7
         WHERE uuid = ?1 AND image_id = ?2",
    )?
    .execute(params![
        uuid,
        image_id,
        state.status.as_str(),
        state.reason,
        state.attempts,
        ms(state.next_attempt),
        state.deploy
    ])?;
    Ok(())
}

/// The rollout that owns `uuid` now, if any: one running, paused or rolling back of which
/// the instance is a target (not one it skipped).
pub fn owning_rollout(conn: &Connection, uuid: &str) -> Result<Option<String>, StoreError> {
    Ok(conn
        .prepare_cached(
            "SELECT r.id FROM rollout_targets t JOIN rollouts r ON r.id = t.rollout_id
             WHERE t.instance = ?1 AND r.state IN ('running', 'paused', 'rolling_back')
               AND t.state != 'skipped'
             ORDER BY r.created DESC LIMIT 1",
        )?
        .query_row([uuid], |r| r.get(0))
        .optional()?)
}
