//! Upgrade records: one row per `POST /v1/instances/{id}/upgrade`, naming its build and (once
//! started) its deploy, so the record answers after the upgrade ended and after a restart. The
//! upgrade engine (`server::upgrade`) writes a row at every change of state; an upgrade still
//! `building` or `deploying` when the store opens was cut off by a stop or crash and is marked
//! failed.

use rusqlite::types::Value;
use rusqlite::{Connection, params};
use time::OffsetDateTime;

use super::util::{
    Listing, by_id_prefix, from_ms, list_page, order_by, page_bounds, random_hex, search_term,
};
use super::{Store, StoreError};
use crate::protocol::list::{ListQuery, Page};
use crate::protocol::upgrade::UpgradeState;

/// Schema step `0006_upgrades`.
pub(super) const SCHEMA: &str = "
CREATE TABLE upgrades (
    id TEXT PRIMARY KEY NOT NULL,
    instance TEXT NOT NULL,
    state TEXT NOT NULL,
    build_id TEXT NOT NULL,
    deploy_id TEXT,
    error TEXT,
    force INTEGER NOT NULL DEFAULT 0,
    created INTEGER NOT NULL,
    updated INTEGER NOT NULL,
    finished INTEGER
);
CREATE INDEX upgrades_created ON upgrades (created);
CREATE INDEX upgrades_instance ON upgrades (instance, created);
CREATE INDEX upgrades_state ON upgrades (state);
";

/// Finished upgrades kept (the oldest go when a new one is recorded).
pub const KEEP_FINISHED: i64 = 1000;
/// Why an upgrade cut off by a stop or crash failed.
pub const INTERRUPTED: &str = "interrupted by a server shutdown: upgrade again";

/// A fresh upgrade ID: 16 random hex digits.
pub fn new_id() -> String {
    random_hex(8)
}

/// An upgrade as stored: its build and deploy by ID (the records live in their own tables).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UpgradeRow {
    pub id: String,
    /// The instance's UUID.
    pub instance: String,
    pub state: UpgradeState,
    pub build_id: String,
    pub deploy_id: Option<String>,
    pub error: Option<String>,
    pub force: bool,
    pub created: OffsetDateTime,
    pub updated: OffsetDateTime,
    pub finished: Option<OffsetDateTime>,
}

/// `?instance=&state=` besides the usual list parameters.
#[derive(Debug, Clone, Default)]
pub struct UpgradeQuery {
    pub list: ListQuery,
    /// A whole instance UUID.
    pub instance: Option<String>,
    pub state: Option<UpgradeState>,
}

fn ms(t: OffsetDateTime) -> i64 {
    (t.unix_timestamp_nanos() / 1_000_000) as i64
}

impl Store {
    /// Records a new upgrade, or writes the current state of one.
    pub async fn save_upgrade(&self, row: UpgradeRow) -> Result<(), StoreError> {
        self.call(move |conn| save(conn, &row)).await
    }

    /// An upgrade by whole ID or unique prefix.
    pub async fn get_upgrade(&self, id_or_prefix: &str) -> Result<UpgradeRow, StoreError> {
        let key = id_or_prefix.to_ascii_lowercase();
        self.call(move |conn| get(conn, &key)).await
    }

    /// A page of upgrades; `search` matches the upgrade, instance, build and deploy IDs. Sort
    /// keys: `created` (default `-created`), `updated`, `finished`, `state`, `instance`, `id`.
    pub async fn list_upgrades(&self, q: UpgradeQuery) -> Result<Page<UpgradeRow>, StoreError> {
        self.call(move |conn| list(conn, &q)).await
    }

    /// Marks every upgrade still building or deploying failed (at start-up: none can be
    /// running yet).
    pub async fn fail_unfinished_upgrades(&self) -> Result<usize, StoreError> {
        self.call(|conn| fail_unfinished(conn, INTERRUPTED)).await
    }
}

fn save(conn: &mut Connection, u: &UpgradeRow) -> Result<(), StoreError> {
    let tx = conn.transaction()?;
    let new = tx.execute(
        "INSERT INTO upgrades (id, instance, state, build_id, deploy_id, error, force, created,
                               updated, finished)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
         ON CONFLICT (id) DO UPDATE SET state = ?3, deploy_id = ?5, error = ?6, updated = ?9,
                                        finished = ?10",
        params![
            u.id,
            u.instance,
            u.state.as_str(),
            u.build_id,
            u.deploy_id,
            u.error,
            u.force,
            ms(u.created),
            ms(u.updated),
            u.finished.map(ms)
        ],
    )?;
    if new > 0 && !u.state.is_final() {
        // Bounded history: the oldest finished upgrades beyond the limit go.
        tx.execute(
            "DELETE FROM upgrades WHERE id IN (
                 SELECT id FROM upgrades WHERE state IN ('verified', 'failed', 'cancelled')
                 ORDER BY created DESC, id DESC LIMIT -1 OFFSET ?1)",
            [KEEP_FINISHED],
        )?;
    }
    tx.commit()?;
    Ok(())
}

fn fail_unfinished(conn: &mut Connection, reason: &str) -> Result<usize, StoreError> {
    let now = super::util::now_ms();
    Ok(conn.execute(
        "UPDATE upgrades SET state = 'failed', updated = ?2, finished = ?2,
             error = CASE WHEN error IS NULL THEN ?1 ELSE error END
         WHERE state NOT IN ('verified', 'failed', 'cancelled')",
        params![reason, now],
    )?)
}

const SELECT: &str = "SELECT id, instance, state, build_id, deploy_id, error, force, created,
        updated, finished
    FROM upgrades";

fn row_to_upgrade(row: &rusqlite::Row<'_>) -> rusqlite::Result<UpgradeRow> {
    let state: String = row.get(2)?;
    Ok(UpgradeRow {
        id: row.get(0)?,
        instance: row.get(1)?,
        state: UpgradeState::parse(&state).unwrap_or(UpgradeState::Failed),
        build_id: row.get(3)?,
        deploy_id: row.get(4)?,
        error: row.get(5)?,
        force: row.get(6)?,
        created: from_ms(row.get(7)?),
        updated: from_ms(row.get(8)?),
        finished: row.get::<_, Option<i64>>(9)?.map(from_ms),
    })
}

fn get(conn: &Connection, key: &str) -> Result<UpgradeRow, StoreError> {
    by_id_prefix(conn, "upgrade", (SELECT, "id"), key, row_to_upgrade, |u| {
        u.id
    })
}

fn list(conn: &Connection, q: &UpgradeQuery) -> Result<Page<UpgradeRow>, StoreError> {
    let order = order_by(
        q.list.sort.as_deref(),
        "-created",
        &[
            ("created", "created"),
            ("updated", "updated"),
            ("finished", "finished"),
            ("status", "state"),
            ("instance_id", "instance"),
            ("id", "id"),
        ],
        "id",
    )?;
    let (limit, offset) = page_bounds(&q.list)?;
    let term = search_term(&q.list)?;
    let filter = "WHERE (?1 IS NULL OR instr(id, ?1) > 0 OR instr(instance, ?1) > 0
            OR instr(build_id, ?1) > 0 OR instr(coalesce(deploy_id, ''), ?1) > 0)
        AND (?2 IS NULL OR instance = ?2)
        AND (?3 IS NULL OR state = ?3)";
    list_page(
        conn,
        &Listing {
            select: SELECT,
            from: "upgrades",
            filter,
            order: &order,
        },
        vec![
            term.map_or(Value::Null, Value::Text),
            q.instance.clone().map_or(Value::Null, Value::Text),
            q.state
                .map_or(Value::Null, |s| Value::Text(s.as_str().to_owned())),
        ],
        (limit, offset),
        row_to_upgrade,
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::util::now_ms;

    fn row(id: &str, instance: &str, created: i64) -> UpgradeRow {
        UpgradeRow {
            id: id.into(),
            instance: instance.into(),
            state: UpgradeState::Building,
            build_id: format!("b{id}"),
            deploy_id: None,
            error: None,
            force: false,
            created: from_ms(created),
            updated: from_ms(created),
            finished: None,
        }
    }

    #[tokio::test]
    async fn records_round_trip_and_unfinished_ones_fail_on_reopen() {
        let dir = tempfile::tempdir().expect("tempdir");
        let store = Store::open(dir.path()).expect("open");
        let now = now_ms();
        let mut deploying = row("00112233aabbccdd", "uuid-a", now);
        store.save_upgrade(deploying.clone()).await.expect("insert");
        deploying.state = UpgradeState::Deploying;
        deploying.deploy_id = Some("d".repeat(16));
        deploying.updated = from_ms(now + 5);
        store.save_upgrade(deploying.clone()).await.expect("update");
        assert_eq!(
            store.get_upgrade("001122").await.expect("prefix"),
            deploying
        );
        let building = row("001122ffffffffff", "uuid-b", now + 10);
        store.save_upgrade(building.clone()).await.expect("insert");
        let mut done = row("2222222222222222", "uuid-a", now + 20);
        done.state = UpgradeState::Verified;
        done.finished = Some(from_ms(now + 30));
        store.save_upgrade(done.clone()).await.expect("insert");
        assert!(matches!(
            store.get_upgrade("001122").await,
            Err(StoreError::Ambiguous { .. })
        ));
        assert!(matches!(
            store.get_upgrade("00112").await,
            Err(StoreError::ShortPrefix { .. })
        ));
        assert!(matches!(
            store.get_upgrade("not-hex").await,
            Err(StoreError::NotFound { .. })
        ));
        let page = store
            .list_upgrades(UpgradeQuery {
                instance: Some("uuid-a".into()),
                ..Default::default()
            })
            .await
            .expect("list");
        let ids: Vec<&str> = page.items.iter().map(|u| u.id.as_str()).collect();
        assert_eq!(
            ids,
            [done.id.as_str(), deploying.id.as_str()],
            "newest first"
        );
        assert_eq!(page.total, 2);
        drop(store);

        let store = Store::open(dir.path()).expect("reopen");
        assert_eq!(store.fail_unfinished_upgrades().await.expect("fail"), 2);
        for id in [&deploying.id, &building.id] {
            let got = store.get_upgrade(id).await.expect("get");
            assert_eq!(got.state, UpgradeState::Failed);
            assert_eq!(got.error.as_deref(), Some(INTERRUPTED));
            assert!(got.finished.is_some());
        }
        assert_eq!(
            store
                .get_upgrade(&deploying.id)
                .await
                .expect("get")
                .deploy_id,
            deploying.deploy_id,
            "the deploy it started stays named"
        );
        assert_eq!(store.get_upgrade(&done.id).await.expect("get"), done);
        let failed = store
            .list_upgrades(UpgradeQuery {
                state: Some(UpgradeState::Failed),
                list: ListQuery {
                    search: Some("b001122ff".into()),
                    ..Default::default()
                },
                ..Default::default()
            })
            .await
            .expect("list");
        assert_eq!(failed.total, 1, "search matches the build id");
        assert_eq!(failed.items[0].id, building.id);
    }

    #[tokio::test]
    async fn history_is_bounded() {
        let dir = tempfile::tempdir().expect("tempdir");
        let store = Store::open(dir.path()).expect("open");
        store
            .call(|conn| {
                for i in 0..(KEEP_FINISHED + 5) {
                    let mut u = row(&format!("{i:016x}"), "uuid", i);
                    u.state = UpgradeState::Failed;
                    save(conn, &u)?;
                }
                Ok(())
            })
            .await
            .expect("insert");
        store
            .save_upgrade(row("ffffffffffffffff", "uuid", KEEP_FINISHED + 10))
            .await
            .expect("new one");
        let page = store
            .list_upgrades(UpgradeQuery::default())
            .await
            .expect("list");
        assert_eq!(page.total, KEEP_FINISHED as u64 + 1);
        assert!(store.get_upgrade(&format!("{:016x}", 0)).await.is_err());
        assert!(store.get_upgrade("ffffffffffffffff").await.is_ok());
    }
}
