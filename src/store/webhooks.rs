//! Webhooks (where events are POSTed, with their secrets and how the last delivery went) and the
//! audit log (one row per state-changing API request, the newest kept).

use rusqlite::types::Value;
use rusqlite::{Connection, OptionalExtension, params};

use super::util::{
    Listing, by_id_prefix, from_ms, list_page, order_by, page_bounds, random_hex, search_term,
};
use super::{Store, StoreError};
use crate::protocol::events::{AuditEntry, DeliveryStatus, Webhook};
use crate::protocol::list::{ListQuery, Page};

/// Schema step `0010_webhooks_audit`.
pub(super) const SCHEMA: &str = "
CREATE TABLE webhooks (
    id TEXT PRIMARY KEY NOT NULL,
    url TEXT NOT NULL,
    events TEXT NOT NULL DEFAULT '[]',
    secret TEXT NOT NULL,
    created INTEGER NOT NULL,
    last_attempt INTEGER,
    last_status INTEGER,
    last_error TEXT,
    last_delivered INTEGER,
    consecutive_failures INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    at INTEGER NOT NULL,
    user TEXT,
    method TEXT NOT NULL,
    path TEXT NOT NULL,
    status INTEGER NOT NULL,
    address TEXT NOT NULL
);
";

/// A webhook as stored: what the API shows and the secret it signs with.
#[derive(Debug, Clone)]
pub struct WebhookRow {
    pub hook: Webhook,
    pub secret: String,
}

/// One audit row to write (the store numbers it).
#[derive(Debug, Clone)]
pub struct NewAudit {
    /// Milliseconds since the epoch.
    pub at: i64,
    pub user: Option<String>,
    pub method: String,
    pub path: String,
    pub status: u16,
    pub address: String,
}

/// A fresh webhook ID: 16 random hex digits.
pub fn new_id() -> String {
    random_hex(8)
}

/// A generated webhook secret: 32 random bytes as hex.
pub fn new_secret() -> String {
    random_hex(32)
}

const SELECT: &str =
    "SELECT id, url, events, secret, created, last_attempt, last_status, last_error,
        last_delivered, consecutive_failures FROM webhooks";

fn row_to_webhook(row: &rusqlite::Row<'_>) -> rusqlite::Result<WebhookRow> {
    let events: String = row.get(2)?;
    Ok(WebhookRow {
        hook: Webhook {
            id: row.get(0)?,
            url: row.get(1)?,
            // Written by this module from the same type; unreadable means every event.
            events: serde_json::from_str(&events).unwrap_or_default(),
            created: from_ms(row.get(4)?),
            secret: None,
            delivery: DeliveryStatus {
                last_attempt: row.get::<_, Option<i64>>(5)?.map(from_ms),
                last_status: row
                    .get::<_, Option<i64>>(6)?
                    .and_then(|s| u16::try_from(s).ok()),
                last_error: row.get(7)?,
                last_delivered: row
                    .get::<_, Option<i64>>(8)?
                    .and_then(|i| u64::try_from(i).ok()),
                consecutive_failures: row.get::<_, i64>(9)?.max(0) as u64,
                ..DeliveryStatus::default()
            },
        },
        secret: row.get(3)?,
    })
}

impl Store {
    /// Records a new webhook.
    pub async fn insert_webhook(&self, row: WebhookRow) -> Result<(), StoreError> {
        self.call(move |conn| {
            let events = serde_json::to_string(&row.hook.events)
                .map_err(|e| StoreError::Worker(e.to_string()))?;
            let created = (row.hook.created.unix_timestamp_nanos() / 1_000_000) as i64;
            conn.execute(
                "INSERT INTO webhooks (id, url, events, secret, created) VALUES (?1, ?2, ?3, ?4, ?5)",
                params![row.hook.id, row.hook.url, events, row.secret, created],
            )?;
            Ok(())
        })
        .await
    }

    /// Every webhook, oldest first.
    pub async fn webhooks(&self) -> Result<Vec<WebhookRow>, StoreError> {
        self.call(|conn| {
            let rows = conn
                .prepare(&format!("{SELECT} ORDER BY created, id"))?
                .query_map([], row_to_webhook)?
                .collect::<Result<Vec<_>, _>>()?;
            Ok(rows)
        })
        .await
    }

    /// A webhook by whole ID or unique prefix (at least 4 hex digits).
    pub async fn get_webhook(&self, key: &str) -> Result<WebhookRow, StoreError> {
        let key = key.to_ascii_lowercase();
        self.call(move |conn| get(conn, &key)).await
    }

    /// Deletes a webhook by whole ID or unique prefix; answers what it was.
    pub async fn delete_webhook(&self, key: &str) -> Result<WebhookRow, StoreError> {
        let key = key.to_ascii_lowercase();
        self.call(move |conn| {
            let row = get(conn, &key)?;
            conn.execute("DELETE FROM webhooks WHERE id = ?1", [&row.hook.id])?;
            Ok(row)
        })
        .await
    }

    /// Records how a delivery attempt went (a webhook deleted meanwhile is not an error).
    pub async fn record_delivery(
        &self,
        id: String,
        status: DeliveryStatus,
    ) -> Result<(), StoreError> {
        self.call(move |conn| {
            conn.execute(
                "UPDATE webhooks SET last_attempt = ?2, last_status = ?3, last_error = ?4,
                     last_delivered = COALESCE(?5, last_delivered), consecutive_failures = ?6
                 WHERE id = ?1",
                params![
                    id,
                    status
                        .last_attempt
                        .map(|t| (t.unix_timestamp_nanos() / 1_000_000) as i64),
                    status.last_status,
                    status.last_error,
                    status.last_delivered.and_then(|i| i64::try_from(i).ok()),
                    i64::try_from(status.consecutive_failures).unwrap_or(i64::MAX)
                ],
            )?;
            Ok(())
        })
        .await
    }

    /// Appends audit rows and trims the log to the newest `keep`.
    pub async fn append_audit(&self, rows: Vec<NewAudit>, keep: u64) -> Result<(), StoreError> {
        self.call(move |conn| append_audit(conn, &rows, keep)).await
    }

    /// A page of the audit log; `search` matches user, method, path and address. Sort keys:
    /// `time` (default `-time`), `user`, `path`, `status`.
    pub async fn list_audit(&self, q: ListQuery) -> Result<Page<AuditEntry>, StoreError> {
        self.call(move |conn| list_audit(conn, &q)).await
    }
}

fn get(conn: &Connection, key: &str) -> Result<WebhookRow, StoreError> {
    by_id_prefix(conn, "webhook", (SELECT, "id"), key, row_to_webhook, |w| {
        w.hook.id
    })
}

pub(crate) fn append_audit(
    conn: &mut Connection,
    rows: &[NewAudit],
    keep: u64,
) -> Result<(), StoreError> {
    let tx = conn.transaction()?;
    {
        let mut stmt = tx.prepare_cached(
            "INSERT INTO audit_log (at, user, method, path, status, address)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        )?;
        for r in rows {
            stmt.execute(params![r.at, r.user, r.method, r.path, r.status, r.address])?;
        }
    }
    let keep = i64::try_from(keep.max(1)).unwrap_or(i64::MAX);
    let cut: Option<i64> = tx
        .query_row(
            "SELECT id FROM audit_log ORDER BY id DESC LIMIT 1 OFFSET ?1",
            [keep],
            |r| r.get(0),
        )
        .optional()?;
    if let Some(cut) = cut {
        tx.execute("DELETE FROM audit_log WHERE id <= ?1", [cut])?;
    }
    tx.commit()?;
    Ok(())
}

fn row_to_audit(row: &rusqlite::Row<'_>) -> rusqlite::Result<AuditEntry> {
    Ok(AuditEntry {
        id: row.get::<_, i64>(0)?.max(0) as u64,
        time: from_ms(row.get(1)?),
        user: row.get(2)?,
        method: row.get(3)?,
        path: row.get(4)?,
        status: u16::try_from(row.get::<_, i64>(5)?).unwrap_or(0),
        address: row.get(6)?,
    })
}

fn list_audit(conn: &Connection, q: &ListQuery) -> Result<Page<AuditEntry>, StoreError> {
    let order = order_by(
        q.sort.as_deref(),
        "-time",
        &[
            ("time", "id"),
            ("user", "user"),
            ("path", "path"),
            ("status", "status"),
        ],
        "id",
    )?;
    let (limit, offset) = page_bounds(q)?;
    let term = search_term(q)?;
    list_page(
        conn,
        &Listing {
            select: "SELECT id, at, user, method, path, status, address FROM audit_log",
            from: "audit_log",
            filter: "WHERE (?1 IS NULL OR instr(lower(coalesce(user, '')), ?1) > 0
                OR instr(lower(method), ?1) > 0 OR instr(lower(path), ?1) > 0
                OR instr(address, ?1) > 0)",
            order: &order,
        },
        vec![term.map_or(Value::Null, Value::Text)],
        (limit, offset),
        row_to_audit,
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::util::now_ms;

    fn entry(i: i64) -> NewAudit {
        NewAudit {
            at: now_ms() + i,
            user: Some("admin".into()),
            method: "POST".into(),
            path: format!("/v1/nacls/{i}"),
            status: 201,
            address: "127.0.0.1:5000".into(),
        }
    }

    #[tokio::test]
    async fn audit_keeps_the_newest_rows_and_pages_them() {
        let dir = tempfile::tempdir().expect("tempdir");
        let store = Store::open(dir.path()).expect("open");
        store
            .append_audit((0..30).map(entry).collect(), 20)
            .await
            .expect("append");
        let page = store.list_audit(ListQuery::default()).await.expect("list");
        assert_eq!(page.total, 20);
        assert_eq!(page.items[0].path, "/v1/nacls/29");
        assert_eq!(page.items[19].path, "/v1/nacls/10");
        let found = store
            .list_audit(ListQuery {
                search: Some("nacls/15".into()),
                ..ListQuery::default()
            })
            .await
            .expect("search");
        assert_eq!(found.total, 1);
    }
}
