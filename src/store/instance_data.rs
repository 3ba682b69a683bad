//! What docked instances send, persisted: registry updates, logs (capped per instance, newest
//! kept), panics (each kept, newest N) and stats (latest plus a short history). The hangar
//! queues [`InstanceOp`]s and applies them with [`apply_batch`] in one transaction per flush, so
//! thousands of chatty instances cost one commit, not thousands.
//!
//! The LOG payloads of one instance within one batch are stored as one row (split at
//! [`LOG_ROW_MAX`]), stamped with the receive time of its first payload: a flush interval is
//! ~100 ms, and one row per payload would cost an index insert per log line.

use std::collections::{HashMap, HashSet};

use bytes::Bytes;
use rusqlite::{Connection, OptionalExtension, Transaction, params};

use super::StoreError;
use crate::protocol::instances::{PanicReport, StatsSnapshot, from_millis};
use crate::protocol::transport::{Ident, parse_stats};

/// One change to persist. Times are milliseconds since the epoch.
#[derive(Debug, Clone)]
pub enum InstanceOp {
    /// IDENT arrived on a new connection: create or refresh the row, status connected, bound
    /// to `uplink` (a permission to move there that this dock used is spent).
    Docked {
        ident: Box<Ident>,
        at: i64,
        auth_id: String,
        address: String,
        uplink: String,
    },
    /// UPLINK arrived (JSON without the token).
    Uplink {
        uuid: String,
        json: String,
    },
    Log {
        uuid: String,
        at: i64,
        data: Bytes,
    },
    Panic {
        uuid: String,
        at: i64,
        text: String,
    },
    /// A STATS answer (validated JSON).
    Stats {
        uuid: String,
        at: i64,
        json: String,
    },
    /// Proof of life, written now and then rather than on every frame.
    Seen {
        uuid: String,
        at: i64,
    },
    Disconnected {
        uuid: String,
        at: i64,
        reason: String,
    },
    /// A dock for this instance from `address` (an IP) was refused: the instance was docked
    /// from `live_address` at the time, or the dock presented the token of `uplink`, which the
    /// instance is not bound to.
    Conflict {
        uuid: String,
        at: i64,
        address: String,
        live_address: Option<String>,
        uplink: Option<String>,
    },
}

impl InstanceOp {
    fn uuid(&self) -> &str {
        match self {
            InstanceOp::Docked { ident, .. } => &ident.uuid,
            InstanceOp::Uplink { uuid, .. }
            | InstanceOp::Log { uuid, .. }
            | InstanceOp::Panic { uuid, .. }
            | InstanceOp::Stats { uuid, .. }
            | InstanceOp::Seen { uuid, .. }
            | InstanceOp::Disconnected { uuid, .. }
            | InstanceOp::Conflict { uuid, .. } => uuid,
        }
    }
}

/// Counts a refused dock on the instance's row for its address, keeping the newest
/// [`CONFLICTS_KEPT`](super::instances::CONFLICTS_KEPT) addresses.
fn conflict(
    tx: &Transaction<'_>,
    uuid: &str,
    at: i64,
    address: &str,
    live_address: Option<&str>,
    uplink: Option<&str>,
) -> Result<(), StoreError> {
    tx.prepare_cached(
        "INSERT INTO instance_conflicts (uuid, address, attempts, first_at, last_at, live_address,
             uplink)
         VALUES (?1, ?2, 1, ?3, ?3, ?4, ?5)
         ON CONFLICT (uuid, address) DO UPDATE SET attempts = attempts + 1,
             last_at = max(last_at, excluded.last_at), live_address = excluded.live_address,
             uplink = excluded.uplink",
    )?
    .execute(params![uuid, address, at, live_address, uplink])?;
    tx.prepare_cached(
        "DELETE FROM instance_conflicts WHERE uuid = ?1 AND address NOT IN
             (SELECT address FROM instance_conflicts WHERE uuid = ?1
              ORDER BY last_at DESC, address LIMIT ?2)",
    )?
    .execute(params![uuid, super::instances::CONFLICTS_KEPT])?;
    Ok(())
}

/// Largest log row written (a batch's LOG payloads of one instance are joined up to this, or
/// a quarter of the log cap when that is smaller).
pub const LOG_ROW_MAX: usize = 256 * 1024;

/// How much is kept per instance.
#[derive(Debug, Clone, Copy)]
pub struct Retention {
    pub log_cap_bytes: u64,
    pub panics_kept: u32,
    pub stats_history: u32,
}

/// Applies a batch in one transaction. Ops for instances that do not exist (deleted while
/// docked) are dropped, except `Docked`, which creates the row.
pub fn apply_batch(
    conn: &mut Connection,
    ops: impl IntoIterator<Item = InstanceOp>,
    retention: &Retention,
) -> Result<(), StoreError> {
    let tx = conn.transaction()?;
    let mut exists: HashMap<String, bool> = HashMap::new();
    let mut log_rows: HashMap<String, Vec<(i64, Vec<u8>)>> = HashMap::new();
    // Rows well under the cap, so trimming whole rows keeps close to the cap.
    let row_max = LOG_ROW_MAX
        .min((retention.log_cap_bytes / 4) as usize)
        .max(1);
    let mut panicked: HashSet<String> = HashSet::new();
    let mut stats_added: HashSet<String> = HashSet::new();
    let mut seen: HashMap<String, i64> = HashMap::new();
    for op in ops {
        if !matches!(op, InstanceOp::Docked { .. }) {
            let uuid = op.uuid();
            let known = match exists.get(uuid) {
                Some(k) => *k,
                None => {
                    let k = tx
                        .prepare_cached("SELECT 1 FROM instances WHERE uuid = ?1")?
                        .query_row([uuid], |_| Ok(()))
                        .optional()?
                        .is_some();
                    exists.insert(uuid.to_owned(), k);
                    k
                }
            };
            if !known {
                continue;
            }
        }
        match op {
            InstanceOp::Docked {
                ident,
                at,
                auth_id,
                address,
                uplink,
            } => {
                docked(&tx, &ident, at, &auth_id, &address, &uplink)?;
                exists.insert(ident.uuid.clone(), true);
            }
            InstanceOp::Uplink { uuid, json } => {
                tx.prepare_cached("UPDATE instances SET uplink = ?2 WHERE uuid = ?1")?
                    .execute(params![uuid, json])?;
            }
            InstanceOp::Log { uuid, at, data } => {
                let rows = log_rows.entry(uuid).or_default();
                match rows.last_mut() {
                    Some((_, row)) if row.len() + data.len() <= row_max => {
                        row.extend_from_slice(&data);
                    }
                    _ => rows.push((at, data.to_vec())),
                }
            }
            InstanceOp::Panic { uuid, at, text } => {
                tx.prepare_cached(
                    "INSERT INTO instance_panics (uuid, at, text) VALUES (?1, ?2, ?3)",
                )?
                .execute(params![uuid, at, text])?;
                tx.prepare_cached("UPDATE instances SET panicked = 1 WHERE uuid = ?1")?
                    .execute([&uuid])?;
                panicked.insert(uuid);
            }
            InstanceOp::Stats { uuid, at, json } => {
                tx.prepare_cached(
                    "INSERT INTO instance_stats (uuid, at, stats) VALUES (?1, ?2, ?3)",
                )?
                .execute(params![uuid, at, json])?;
                tx.prepare_cached(
                    "UPDATE instances SET stats = ?2, stats_at = ?3 WHERE uuid = ?1",
                )?
                .execute(params![uuid, json, at])?;
                stats_added.insert(uuid);
            }
            InstanceOp::Seen { uuid, at } => {
                let e = seen.entry(uuid).or_insert(at);
                *e = (*e).max(at);
            }
            InstanceOp::Disconnected { uuid, at, reason } => {
                tx.prepare_cached(
                    "UPDATE instances SET status = 'disconnected', disconnected_at = ?2,
                         disconnect_reason = ?3, last_seen = max(ifnull(last_seen, 0), ?2)
                     WHERE uuid = ?1",
                )?
                .execute(params![uuid, at, reason])?;
            }
            InstanceOp::Conflict {
                uuid,
                at,
                address,
                live_address,
                uplink,
            } => conflict(
                &tx,
                &uuid,
                at,
                &address,
                live_address.as_deref(),
                uplink.as_deref(),
            )?,
        }
    }
    for (uuid, at) in seen {
        tx.prepare_cached(
            "UPDATE instances SET last_seen = max(ifnull(last_seen, 0), ?2) WHERE uuid = ?1",
        )?
        .execute(params![uuid, at])?;
    }
    for (uuid, rows) in log_rows {
        let mut bytes = 0i64;
        let mut at = 0i64;
        for (row_at, data) in rows {
            tx.prepare_cached("INSERT INTO instance_logs (uuid, at, data) VALUES (?1, ?2, ?3)")?
                .execute(params![uuid, row_at, data])?;
            bytes += data.len() as i64;
            at = at.max(row_at);
        }
        let total: i64 = tx
            .prepare_cached(
                "UPDATE instances SET log_bytes = log_bytes + ?2, last_log = ?3 WHERE uuid = ?1
                 RETURNING log_bytes",
            )?
            .query_row(params![uuid, bytes, at], |r| r.get(0))?;
        if total as u64 > retention.log_cap_bytes {
            trim_log(&tx, &uuid, total, retention.log_cap_bytes)?;
        }
    }
    for uuid in panicked {
        trim_rows(&tx, "instance_panics", &uuid, retention.panics_kept)?;
    }
    for uuid in stats_added {
        trim_rows(&tx, "instance_stats", &uuid, retention.stats_history + 1)?;
    }
    tx.commit()?;
    Ok(())
}

fn docked(
    tx: &Transaction<'_>,
    ident: &Ident,
    at: i64,
    auth_id: &str,
    address: &str,
    uplink: &str,
) -> Result<(), StoreError> {
    tx.prepare_cached(
        "INSERT INTO instances (uuid, status, version, service, binary, tag, update_time_taken,
             arch, physical_ram, cpu_features, devices, net, auth_id, address, first_seen,
             connected_since, last_seen, bound_uplink)
         VALUES (?1, 'connected', ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?14, ?14,
             ?15)
         ON CONFLICT(uuid) DO UPDATE SET status = 'connected', version = excluded.version,
             service = excluded.service, binary = excluded.binary, tag = excluded.tag,
             update_time_taken = excluded.update_time_taken, arch = excluded.arch,
             physical_ram = excluded.physical_ram, cpu_features = excluded.cpu_features,
             devices = excluded.devices, net = excluded.net, auth_id = excluded.auth_id,
             address = excluded.address, connected_since = excluded.connected_since,
             last_seen = excluded.last_seen, bound_uplink = excluded.bound_uplink,
             rebind_uplink = CASE WHEN rebind_uplink = excluded.bound_uplink THEN NULL
                 ELSE rebind_uplink END",
    )?
    .execute(params![
        ident.uuid,
        ident.version,
        ident.service,
        ident.binary,
        ident.tag,
        ident
            .update_time_taken
            .map(|v| v.min(i64::MAX as u64) as i64),
        ident.arch,
        ident.physical_ram.map(|v| v.min(i64::MAX as u64) as i64),
        to_json(&ident.cpu_features),
        to_json(&ident.devices),
        to_json(&ident.net),
        auth_id,
        address,
        at,
        uplink,
    ])?;
    Ok(())
}

fn to_json<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_string(value).unwrap_or_else(|_| "[]".into())
}

/// Drops the oldest log rows so an instance over its cap is back to 90 % of it (the slack
/// keeps a chatty instance from trimming on every flush). The newest row always stays.
fn trim_log(tx: &Transaction<'_>, uuid: &str, total: i64, cap: u64) -> Result<(), StoreError> {
    let target = (cap - cap / 10) as i64;
    let excess = total - target;
    let newest: i64 = tx.query_row(
        "SELECT max(id) FROM instance_logs WHERE uuid = ?1",
        [uuid],
        |r| r.get(0),
    )?;
    let mut removed = 0i64;
    let mut cutoff = None;
    {
        let mut stmt = tx.prepare_cached(
            "SELECT id, length(data) FROM instance_logs WHERE uuid = ?1 ORDER BY id",
        )?;
        let mut rows = stmt.query([uuid])?;
        while let Some(row) = rows.next()? {
            let id: i64 = row.get(0)?;
            if id == newest || removed >= excess {
                break;
            }
            removed += row.get::<_, i64>(1)?;
            cutoff = Some(id);
        }
    }
    if let Some(cutoff) = cutoff {
        tx.prepare_cached("DELETE FROM instance_logs WHERE uuid = ?1 AND id <= ?2")?
            .execute(params![uuid, cutoff])?;
        tx.prepare_cached("UPDATE instances SET log_bytes = log_bytes - ?2 WHERE uuid = ?1")?
            .execute(params![uuid, removed])?;
    }
    Ok(())
}

/// Keeps the newest `keep` rows of an instance in `table`.
fn trim_rows(tx: &Transaction<'_>, table: &str, uuid: &str, keep: u32) -> Result<(), StoreError> {
    tx.prepare_cached(&format!(
        "DELETE FROM {table} WHERE uuid = ?1 AND id <= (
             SELECT id FROM {table} WHERE uuid = ?1 ORDER BY id DESC LIMIT 1 OFFSET ?2)"
    ))?
    .execute(params![uuid, keep])?;
    Ok(())
}

/// The last `lines` lines of an instance's log (all of it for `None`), and the id of the newest
/// row read (for following). A last line without a newline counts as a line.
pub fn log_tail(
    conn: &Connection,
    uuid: &str,
    lines: Option<usize>,
) -> Result<(Vec<u8>, i64), StoreError> {
    let mut stmt =
        conn.prepare_cached("SELECT id, data FROM instance_logs WHERE uuid = ?1 ORDER BY id DESC")?;
    let mut rows = stmt.query([uuid])?;
    let mut chunks: Vec<Vec<u8>> = Vec::new();
    let mut newest = 0i64;
    let mut newlines = 0usize;
    let mut ends_with_newline = None;
    while let Some(row) = rows.next()? {
        let id: i64 = row.get(0)?;
        newest = newest.max(id);
        let data: Vec<u8> = row.get(1)?;
        if ends_with_newline.is_none() && !data.is_empty() {
            ends_with_newline = Some(data.last() == Some(&b'\n'));
        }
        newlines += data.iter().filter(|b| **b == b'\n').count();
        chunks.push(data);
        if let Some(n) = lines {
            // One more newline than lines wanted marks where the wanted lines start.
            let needed = n + usize::from(ends_with_newline.unwrap_or(true));
            if newlines >= needed {
                break;
            }
        }
    }
    let mut all: Vec<u8> = chunks.into_iter().rev().flatten().collect();
    if let Some(n) = lines {
        all = last_lines(&all, n).to_vec();
    }
    Ok((all, newest))
}

/// The suffix of `data` holding its last `n` lines.
pub fn last_lines(data: &[u8], n: usize) -> &[u8] {
    if n == 0 {
        return &data[data.len()..];
    }
    let body = data.strip_suffix(b"\n").unwrap_or(data);
    let mut seen = 0;
    for (i, b) in body.iter().enumerate().rev() {
        if *b == b'\n' {
            seen += 1;
            if seen == n {
                return &data[i + 1..];
            }
        }
    }
    data
}

/// Log rows after `after_id`, oldest first, at most `max` of them.
pub fn log_after(
    conn: &Connection,
    uuid: &str,
    after_id: i64,
    max: u32,
) -> Result<Vec<(i64, Vec<u8>)>, StoreError> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, data FROM instance_logs WHERE uuid = ?1 AND id > ?2 ORDER BY id LIMIT ?3",
    )?;
    let rows = stmt
        .query_map(params![uuid, after_id, max], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<Result<Vec<_>, _>>()?;
    Ok(rows)
}

/// Panics of an instance, oldest first.
pub fn panics(conn: &Connection, uuid: &str) -> Result<Vec<PanicReport>, StoreError> {
    let mut stmt =
        conn.prepare_cached("SELECT at, text FROM instance_panics WHERE uuid = ?1 ORDER BY id")?;
    let rows = stmt
        .query_map([uuid], |r| {
            Ok(PanicReport {
                at: from_millis(r.get(0)?),
                text: r.get(1)?,
            })
        })?
        .collect::<Result<Vec<_>, _>>()?;
    Ok(rows)
}

/// Stats answers of an instance, newest first.
pub fn stats(conn: &Connection, uuid: &str, max: u32) -> Result<Vec<StatsSnapshot>, StoreError> {
    let mut stmt = conn.prepare_cached(
        "SELECT at, stats FROM instance_stats WHERE uuid = ?1 ORDER BY id DESC LIMIT ?2",
    )?;
    let rows = stmt
        .query_map(params![uuid, max], |r| {
            Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?))
        })?
        .collect::<Result<Vec<_>, _>>()?;
    Ok(rows
        .into_iter()
        .filter_map(|(at, json)| {
            parse_stats(json.as_bytes())
                .ok()
                .map(|stats| StatsSnapshot {
                    at: from_millis(at),
                    stats,
                })
        })
        .collect())
}
