//! Retention across instances: what bounds the store however many instances come and go.
//! Per instance, logs, panics and stats history are capped as they arrive
//! ([`super::instance_data`]); here instances not seen for a long time are forgotten, and the
//! history of all instances together is held under a byte cap, the oldest dropped first.

use rusqlite::{Connection, OptionalExtension, params};

use super::StoreError;

/// Instances forgotten in one pass at most (the next pass takes the rest), so one pass holds
/// the database briefly.
const FORGET_BATCH: usize = 10_000;

/// Forgets instances whose last sign of life (`last_seen`, else `first_seen`) is before
/// `cutoff_ms` and that are not docked (`is_live` says which are, right now), with everything
/// stored for them. Returns the uuids forgotten.
pub fn forget_unseen(
    conn: &mut Connection,
    cutoff_ms: i64,
    is_live: impl Fn(&str) -> bool,
) -> Result<Vec<String>, StoreError> {
    let candidates: Vec<String> = {
        let mut stmt = conn.prepare(
            "SELECT uuid FROM instances
             WHERE status != 'connected' AND COALESCE(last_seen, first_seen) < ?1
             ORDER BY COALESCE(last_seen, first_seen) LIMIT ?2",
        )?;
        stmt.query_map(params![cutoff_ms, FORGET_BATCH as i64], |r| r.get(0))?
            .collect::<Result<_, _>>()?
    };
    let gone: Vec<String> = candidates.into_iter().filter(|u| !is_live(u)).collect();
    super::instances::delete(conn, &gone)
}

/// Bytes of history stored for all instances together: log rows, panics, stats history.
pub fn history_bytes(conn: &Connection) -> Result<u64, StoreError> {
    let total: i64 = conn.query_row(
        "SELECT (SELECT COALESCE(SUM(length(data)), 0) FROM instance_logs)
              + (SELECT COALESCE(SUM(octet_length(text)), 0) FROM instance_panics)
              + (SELECT COALESCE(SUM(octet_length(stats)), 0) FROM instance_stats)",
        [],
        |r| r.get(0),
    )?;
    Ok(u64::try_from(total).unwrap_or(0))
}

/// What [`cap_history`] dropped.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Dropped {
    pub rows: u64,
    pub bytes: u64,
}

/// Holds the history of all instances under `cap` bytes: drops the oldest log rows, panics and
/// stats history entries (by receive time, whichever instance they belong to) until the rest
/// fits.
pub fn cap_history(conn: &mut Connection, cap: u64) -> Result<Dropped, StoreError> {
    let before = history_bytes(conn)?;
    if before <= cap {
        return Ok(Dropped::default());
    }
    let excess = i64::try_from(before - cap).unwrap_or(i64::MAX);
    let tx = conn.transaction()?;
    // The receive time up to which everything must go for `excess` bytes to be freed.
    let cutoff: Option<i64> = tx
        .query_row(
            "SELECT at FROM (
                 SELECT at, SUM(n) OVER (ORDER BY at, k ROWS UNBOUNDED PRECEDING) AS freed FROM (
                     SELECT at, length(data) AS n, 'l' || id AS k FROM instance_logs
                     UNION ALL SELECT at, octet_length(text), 'p' || id FROM instance_panics
                     UNION ALL SELECT at, octet_length(stats), 's' || id FROM instance_stats))
             WHERE freed >= ?1 ORDER BY at LIMIT 1",
            [excess],
            |r| r.get(0),
        )
        .optional()?;
    let Some(cutoff) = cutoff else {
        return Ok(Dropped::default());
    };
    // The per-instance log counters of the instances whose logs shrink are recomputed.
    tx.execute_batch(
        "CREATE TEMP TABLE IF NOT EXISTS retention_touched (uuid TEXT PRIMARY KEY);
         DELETE FROM retention_touched;",
    )?;
    tx.execute(
        "INSERT OR IGNORE INTO retention_touched
         SELECT DISTINCT uuid FROM instance_logs WHERE at <= ?1",
        [cutoff],
    )?;
    let mut rows = 0u64;
    rows += tx.execute("DELETE FROM instance_logs WHERE at <= ?1", [cutoff])? as u64;
    rows += tx.execute("DELETE FROM instance_panics WHERE at <= ?1", [cutoff])? as u64;
    rows += tx.execute("DELETE FROM instance_stats WHERE at <= ?1", [cutoff])? as u64;
    tx.execute(
        "UPDATE instances SET log_bytes = COALESCE(
             (SELECT SUM(length(data)) FROM instance_logs l WHERE l.uuid = instances.uuid), 0)
         WHERE uuid IN (SELECT uuid FROM retention_touched)",
        [],
    )?;
    tx.execute("DELETE FROM retention_touched", [])?;
    let after = history_bytes(&tx)?;
    tx.commit()?;
    Ok(Dropped {
        rows,
        bytes: before.saturating_sub(after),
    })
}

#[cfg(test)]
mod tests {
    use bytes::Bytes;

    use super::*;
    use crate::protocol::transport::Ident;
    use crate::store::Store;
    use crate::store::instance_data::{InstanceOp, Retention, apply_batch};

    const DAY: i64 = 86_400_000;

    fn apply(store: &Store, ops: Vec<InstanceOp>) {
        let keep = Retention {
            log_cap_bytes: 1 << 20,
            panics_kept: 20,
            stats_history: 60,
        };
        store
            .call_blocking(|c| apply_batch(c, ops, &keep))
            .expect("apply");
    }

    fn docked(uuid: &str, at: i64) -> InstanceOp {
        InstanceOp::Docked {
            ident: Box::new(Ident {
                uuid: uuid.into(),
                ..Ident::default()
            }),
            at,
            auth_id: uuid.into(),
            address: "10.0.0.1".into(),
            uplink: "default".into(),
        }
    }

    fn log(uuid: &str, at: i64, n: usize) -> InstanceOp {
        InstanceOp::Log {
            uuid: uuid.into(),
            at,
            data: Bytes::from(vec![b'x'; n]),
        }
    }

    #[test]
    fn old_instances_are_forgotten_unless_docked() {
        let dir = tempfile::tempdir().expect("tempdir");
        let store = Store::open(dir.path()).expect("open");
        let now = crate::server::uplink::registry::now_ms();
        // Seen 40 days ago (written with that time), seen now, and old but docked.
        apply(
            &store,
            vec![docked("old", now - 40 * DAY), docked("new", now)],
        );
        apply(
            &store,
            vec![InstanceOp::Disconnected {
                uuid: "old".into(),
                at: now - 40 * DAY,
                reason: "gone".into(),
            }],
        );
        apply(&store, vec![docked("live-old", now - 40 * DAY)]);
        let gone = store
            .call_blocking(|c| forget_unseen(c, now - 30 * DAY, |_| false))
            .expect("forget");
        assert_eq!(gone, vec!["old".to_owned()]);
        let left: Vec<String> = store
            .call_blocking(|c| {
                let mut s = c.prepare("SELECT uuid FROM instances ORDER BY uuid")?;
                Ok(s.query_map([], |r| r.get(0))?.collect::<Result<_, _>>()?)
            })
            .expect("left");
        assert_eq!(left, vec!["live-old".to_owned(), "new".to_owned()]);
    }

    #[test]
    fn history_over_the_cap_loses_its_oldest_entries_first() {
        let dir = tempfile::tempdir().expect("tempdir");
        let store = Store::open(dir.path()).expect("open");
        apply(&store, vec![docked("a", 1), docked("b", 1)]);
        // Separate batches make separate rows: a@10, b@20, a@30, 1000 bytes each.
        apply(&store, vec![log("a", 10, 1000)]);
        apply(&store, vec![log("b", 20, 1000)]);
        apply(&store, vec![log("a", 30, 1000)]);
        assert_eq!(
            store.call_blocking(|c| history_bytes(c)).expect("bytes"),
            3000
        );
        let dropped = store.call_blocking(|c| cap_history(c, 1500)).expect("cap");
        assert_eq!(
            dropped,
            Dropped {
                rows: 2,
                bytes: 2000
            }
        );
        assert_eq!(
            store.call_blocking(|c| history_bytes(c)).expect("bytes"),
            1000
        );
        let log_bytes: Vec<(String, i64)> = store
            .call_blocking(|c| {
                let mut s = c.prepare("SELECT uuid, log_bytes FROM instances ORDER BY uuid")?;
                Ok(s.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
                    .collect::<Result<_, _>>()?)
            })
            .expect("log bytes");
        assert_eq!(log_bytes, vec![("a".into(), 1000), ("b".into(), 0)]);
        // Under the cap nothing goes.
        assert_eq!(
            store.call_blocking(|c| cap_history(c, 1500)).expect("cap"),
            Dropped::default()
        );
    }
}
