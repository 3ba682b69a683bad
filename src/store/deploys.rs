//! Deploy records: one row per deploy and one per target instance, so `GET /v1/deploys/{id}`
//! answers after the deploy ended and after a restart. The engine (`server::deploy`) keeps a
//! running deploy in memory and writes its changed targets here in batches; a deploy still
//! `running` when the store opens was cut off by a stop or crash and is marked failed.

use rusqlite::types::Value;
use rusqlite::{Connection, params};

use super::util::{
    Listing, by_id_prefix, from_ms, list_page, order_by, page_bounds, random_hex, search_term,
};
use super::{Store, StoreError};
use crate::protocol::deploys::{Deploy, DeployCounts, DeployState, DeployTarget, TargetState};
use crate::protocol::list::{ListQuery, Page};

/// Schema step `0004_deploys`.
pub(super) const SCHEMA: &str = "
CREATE TABLE deploys (
    id TEXT PRIMARY KEY NOT NULL,
    image_id TEXT NOT NULL,
    created INTEGER NOT NULL,
    finished INTEGER,
    state TEXT NOT NULL,
    reason TEXT,
    force INTEGER NOT NULL DEFAULT 0,
    concurrency INTEGER NOT NULL,
    warnings TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX deploys_created ON deploys (created);
CREATE INDEX deploys_state ON deploys (state);
CREATE TABLE deploy_targets (
    deploy_id TEXT NOT NULL REFERENCES deploys(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    instance TEXT NOT NULL,
    state TEXT NOT NULL,
    reason TEXT,
    sent INTEGER,
    acked INTEGER,
    finished INTEGER,
    PRIMARY KEY (deploy_id, seq)
);
CREATE INDEX deploy_targets_instance ON deploy_targets (instance);
";

/// Finished deploys kept (the oldest go when a new one is recorded).
pub const KEEP_FINISHED: i64 = 1000;
/// Why targets of a deploy cut off by a stop or crash failed.
pub const INTERRUPTED: &str = "the server stopped while this deploy was running";

/// A fresh deploy ID: 16 random hex digits.
pub fn new_id() -> String {
    random_hex(8)
}

fn ms(t: Option<time::OffsetDateTime>) -> Option<i64> {
    t.map(|t| (t.unix_timestamp_nanos() / 1_000_000) as i64)
}

fn opt_from_ms(v: Option<i64>) -> Option<time::OffsetDateTime> {
    v.map(from_ms)
}

/// The image of the last deploy to `instance` that verified, if the history still holds one.
pub fn last_verified_image(
    conn: &Connection,
    instance: &str,
) -> Result<Option<String>, StoreError> {
    use rusqlite::OptionalExtension;
    Ok(conn
        .prepare_cached(
            "SELECT d.image_id FROM deploy_targets t JOIN deploys d ON d.id = t.deploy_id
             WHERE t.instance = ?1 AND t.state = 'verified'
             ORDER BY t.finished DESC, d.created DESC LIMIT 1",
        )?
        .query_row([instance], |r| r.get(0))
        .optional()?)
}

/// `?state=` besides the usual list parameters.
#[derive(Debug, Clone, Default)]
pub struct DeployQuery {
    pub list: ListQuery,
    pub state: Option<DeployState>,
}

impl Store {
    /// Records a new deploy with its targets.
    pub async fn insert_deploy(&self, deploy: Deploy) -> Result<(), StoreError> {
        self.call(move |conn| insert(conn, &deploy)).await
    }

    /// Writes the current state of some targets (`(seq, target)`) of a deploy.
    pub async fn update_deploy_targets(
        &self,
        deploy_id: String,
        targets: Vec<(usize, DeployTarget)>,
    ) -> Result<(), StoreError> {
        self.call(move |conn| update_targets(conn, &deploy_id, &targets))
            .await
    }

    /// Writes a deploy's final state and all its targets.
    pub async fn finish_deploy(&self, deploy: Deploy) -> Result<(), StoreError> {
        self.call(move |conn| finish(conn, &deploy)).await
    }

    /// A deploy by whole ID or unique prefix, with its targets.
    pub async fn get_deploy(&self, id_or_prefix: &str) -> Result<Deploy, StoreError> {
        let key = id_or_prefix.to_ascii_lowercase();
        self.call(move |conn| get(conn, &key)).await
    }

    /// A page of deploys (without targets); `search` matches the deploy ID, the image ID and
    /// target instance UUIDs. Sort keys: `created` (default `-created`), `finished`, `state`,
    /// `image`, `id`.
    pub async fn list_deploys(&self, q: DeployQuery) -> Result<Page<Deploy>, StoreError> {
        self.call(move |conn| list(conn, &q)).await
    }

    /// Marks every deploy still `running` failed (at start-up: none can be running yet).
    pub async fn fail_running_deploys(&self) -> Result<usize, StoreError> {
        self.call(|conn| fail_running(conn, INTERRUPTED)).await
    }
}

fn state_str(t: &DeployTarget) -> &'static str {
    t.state.as_str()
}

fn insert(conn: &mut Connection, d: &Deploy) -> Result<(), StoreError> {
    let tx = conn.transaction()?;
    let warnings =
        serde_json::to_string(&d.warnings).map_err(|e| StoreError::Worker(e.to_string()))?;
    tx.execute(
        "INSERT INTO deploys (id, image_id, created, finished, state, reason, force, concurrency,
                              warnings, trigger)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
        params![
            d.id,
            d.image,
            ms(Some(d.created)),
            ms(d.finished),
            d.state.as_str(),
            d.reason,
            d.force,
            d.concurrency,
            warnings,
            d.trigger
        ],
    )?;
    {
        let mut stmt = tx.prepare(
            "INSERT INTO deploy_targets (deploy_id, seq, instance, state, reason, sent, acked,
                                         finished)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        )?;
        for (seq, t) in d.targets.iter().enumerate() {
            stmt.execute(params![
                d.id,
                seq as i64,
                t.instance,
                state_str(t),
                t.reason,
                ms(t.sent),
                ms(t.acked),
                ms(t.finished)
            ])?;
        }
    }
    // Bounded history: the oldest finished deploys beyond the limit go (targets cascade).
    tx.execute(
        "DELETE FROM deploys WHERE id IN (
             SELECT id FROM deploys WHERE state != 'running'
             ORDER BY created DESC, id DESC LIMIT -1 OFFSET ?1)",
        [KEEP_FINISHED],
    )?;
    tx.commit()?;
    Ok(())
}

fn write_targets(
    conn: &Connection,
    deploy_id: &str,
    targets: impl Iterator<Item = (usize, DeployTarget)>,
) -> Result<(), StoreError> {
    let mut stmt = conn.prepare_cached(
        "UPDATE deploy_targets SET state = ?3, reason = ?4, sent = ?5, acked = ?6, finished = ?7
         WHERE deploy_id = ?1 AND seq = ?2",
    )?;
    for (seq, t) in targets {
        stmt.execute(params![
            deploy_id,
            seq as i64,
            state_str(&t),
            t.reason,
            ms(t.sent),
            ms(t.acked),
            ms(t.finished)
        ])?;
    }
    Ok(())
}

fn update_targets(
    conn: &mut Connection,
    deploy_id: &str,
    targets: &[(usize, DeployTarget)],
) -> Result<(), StoreError> {
    let tx = conn.transaction()?;
    write_targets(&tx, deploy_id, targets.iter().cloned())?;
    tx.commit()?;
    Ok(())
}

fn finish(conn: &mut Connection, d: &Deploy) -> Result<(), StoreError> {
    let tx = conn.transaction()?;
    let warnings =
        serde_json::to_string(&d.warnings).map_err(|e| StoreError::Worker(e.to_string()))?;
    tx.execute(
        "UPDATE deploys SET state = ?2, finished = ?3, reason = ?4, warnings = ?5 WHERE id = ?1",
        params![d.id, d.state.as_str(), ms(d.finished), d.reason, warnings],
    )?;
    write_targets(&tx, &d.id, d.targets.iter().cloned().enumerate())?;
    tx.commit()?;
    Ok(())
}

fn fail_running(conn: &mut Connection, reason: &str) -> Result<usize, StoreError> {
    let tx = conn.transaction()?;
    let now = super::util::now_ms();
    tx.execute(
        "UPDATE deploy_targets SET state = 'failed', reason = ?1, finished = ?2
         WHERE state NOT IN ('verified', 'failed')
           AND deploy_id IN (SELECT id FROM deploys WHERE state = 'running')",
        params![reason, now],
    )?;
    let n = tx.execute(
        "UPDATE deploys SET state = 'failed', finished = ?2,
             reason = CASE WHEN reason IS NULL THEN ?1 ELSE reason END
         WHERE state = 'running'",
        params![reason, now],
    )?;
    tx.commit()?;
    Ok(n)
}

const SELECT: &str = "SELECT d.id, d.image_id, d.created, d.finished, d.state, d.reason, d.force,
        d.concurrency, d.warnings,
        (SELECT count(*) FROM deploy_targets t WHERE t.deploy_id = d.id AND t.state = 'queued'),
        (SELECT count(*) FROM deploy_targets t WHERE t.deploy_id = d.id AND t.state = 'sent'),
        (SELECT count(*) FROM deploy_targets t WHERE t.deploy_id = d.id AND t.state = 'acked'),
        (SELECT count(*) FROM deploy_targets t WHERE t.deploy_id = d.id AND t.state = 'verified'),
        (SELECT count(*) FROM deploy_targets t WHERE t.deploy_id = d.id AND t.state = 'failed'),
        d.trigger
    FROM deploys d";

fn row_to_deploy(row: &rusqlite::Row<'_>) -> rusqlite::Result<Deploy> {
    let state: String = row.get(4)?;
    let warnings: String = row.get(8)?;
    let n = |i: usize| -> rusqlite::Result<u64> { Ok(row.get::<_, i64>(i)?.max(0) as u64) };
    let mut counts = DeployCounts {
        queued: n(9)?,
        sent: n(10)?,
        acked: n(11)?,
        verified: n(12)?,
        failed: n(13)?,
        total: 0,
    };
    counts.total = counts.queued + counts.sent + counts.acked + counts.verified + counts.failed;
    Ok(Deploy {
        id: row.get(0)?,
        image: row.get(1)?,
        created: from_ms(row.get(2)?),
        finished: opt_from_ms(row.get(3)?),
        state: DeployState::parse(&state).unwrap_or(DeployState::Failed),
        reason: row.get(5)?,
        force: row.get(6)?,
        concurrency: row.get::<_, i64>(7)?.clamp(0, i64::from(u32::MAX)) as u32,
        // Written by this module from the same type; unreadable means none.
        warnings: serde_json::from_str(&warnings).unwrap_or_default(),
        counts,
        targets: Vec::new(),
        trigger: row.get(14)?,
    })
}

fn targets(conn: &Connection, id: &str) -> Result<Vec<DeployTarget>, StoreError> {
    let mut stmt = conn.prepare_cached(
        "SELECT instance, state, reason, sent, acked, finished FROM deploy_targets
         WHERE deploy_id = ?1 ORDER BY seq",
    )?;
    let rows = stmt
        .query_map([id], |r| {
            let state: String = r.get(1)?;
            Ok(DeployTarget {
                instance: r.get(0)?,
                state: TargetState::parse(&state).unwrap_or(TargetState::Failed),
                reason: r.get(2)?,
                sent: opt_from_ms(r.get(3)?),
                acked: opt_from_ms(r.get(4)?),
                finished: opt_from_ms(r.get(5)?),
            })
        })?
        .collect::<Result<Vec<_>, _>>()?;
    Ok(rows)
}

fn get(conn: &Connection, key: &str) -> Result<Deploy, StoreError> {
    let mut deploy = by_id_prefix(conn, "deploy", (SELECT, "d.id"), key, row_to_deploy, |d| {
        d.id
    })?;
    deploy.targets = targets(conn, &deploy.id)?;
    Ok(deploy)
}

fn list(conn: &Connection, q: &DeployQuery) -> Result<Page<Deploy>, StoreError> {
    let order = order_by(
        q.list.sort.as_deref(),
        "-created",
        &[
            ("created", "d.created"),
            ("finished", "d.finished"),
            ("status", "d.state"),
            ("image_id", "d.image_id"),
            ("id", "d.id"),
        ],
        "d.id",
    )?;
    let (limit, offset) = page_bounds(&q.list)?;
    let term = search_term(&q.list)?;
    let state = q.state.map(|s| s.as_str().to_owned());
    let filter = "WHERE (?1 IS NULL OR instr(d.id, ?1) > 0 OR instr(d.image_id, ?1) > 0
            OR d.id IN (SELECT deploy_id FROM deploy_targets WHERE instr(instance, ?1) > 0))
        AND (?2 IS NULL OR d.state = ?2)";
    list_page(
        conn,
        &Listing {
            select: SELECT,
            from: "deploys d",
            filter,
            order: &order,
        },
        vec![
            term.map_or(Value::Null, Value::Text),
            state.map_or(Value::Null, Value::Text),
        ],
        (limit, offset),
        row_to_deploy,
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::util::now_ms;

    fn deploy(id: &str, targets: usize) -> Deploy {
        let targets: Vec<DeployTarget> = (0..targets)
            .map(|i| DeployTarget {
                instance: format!("uuid-{i}"),
                state: TargetState::Queued,
                reason: None,
                sent: None,
                acked: None,
                finished: None,
            })
            .collect();
        Deploy {
            trigger: None,
            id: id.into(),
            image: "a".repeat(40),
            created: from_ms(now_ms()),
            finished: None,
            state: DeployState::Running,
            reason: None,
            force: false,
            concurrency: 2,
            warnings: vec!["unknown origin".into()],
            counts: DeployCounts::of(&targets),
            targets,
        }
    }

    #[tokio::test]
    async fn records_round_trip_and_running_ones_fail_on_reopen() {
        let dir = tempfile::tempdir().expect("tempdir");
        let store = Store::open(dir.path()).expect("open");
        let mut d = deploy("00112233aabbccdd", 3);
        store.insert_deploy(d.clone()).await.expect("insert");
        d.targets[0].state = TargetState::Verified;
        d.targets[0].finished = Some(from_ms(now_ms()));
        d.targets[1].state = TargetState::Acked;
        store
            .update_deploy_targets(
                d.id.clone(),
                vec![(0, d.targets[0].clone()), (1, d.targets[1].clone())],
            )
            .await
            .expect("update");
        let got = store.get_deploy("001122").await.expect("by prefix");
        assert_eq!(got.targets[0].state, TargetState::Verified);
        assert_eq!(got.counts.verified, 1);
        assert_eq!(got.counts.acked, 1);
        assert_eq!(got.counts.queued, 1);
        assert_eq!(got.warnings, vec!["unknown origin".to_owned()]);
        assert!(matches!(
            store.get_deploy("00112").await,
            Err(StoreError::ShortPrefix { .. })
        ));
        drop(store);

        let store = Store::open(dir.path()).expect("reopen");
        assert_eq!(store.fail_running_deploys().await.expect("fail"), 1);
        let got = store.get_deploy(&d.id).await.expect("get");
        assert_eq!(got.state, DeployState::Failed);
        assert_eq!(got.reason.as_deref(), Some(INTERRUPTED));
        assert!(got.finished.is_some());
        assert_eq!(got.targets[0].state, TargetState::Verified);
        assert_eq!(got.targets[1].state, TargetState::Failed);
        assert_eq!(got.targets[1].reason.as_deref(), Some(INTERRUPTED));
        let page = store
            .list_deploys(DeployQuery {
                list: ListQuery {
                    search: Some("uuid-2".into()),
                    ..Default::default()
                },
                state: Some(DeployState::Failed),
            })
            .await
            .expect("list");
        assert_eq!(page.total, 1);
        assert!(page.items[0].targets.is_empty());
        assert_eq!(page.items[0].counts.failed, 2);
    }

    #[tokio::test]
    async fn history_is_bounded() {
        let dir = tempfile::tempdir().expect("tempdir");
        let store = Store::open(dir.path()).expect("open");
        store
            .call(|conn| {
                for i in 0..(KEEP_FINISHED + 5) {
                    let mut d = deploy(&format!("{i:016x}"), 1);
                    d.state = DeployState::Verified;
                    d.created = from_ms(i);
                    insert(conn, &d)?;
                }
                Ok(())
            })
            .await
            .expect("insert");
        let page = store
            .list_deploys(DeployQuery::default())
            .await
            .expect("list");
        assert_eq!(page.total, KEEP_FINISHED as u64);
        // The oldest went.
        assert!(store.get_deploy(&format!("{:016x}", 0)).await.is_err());
    }
}
