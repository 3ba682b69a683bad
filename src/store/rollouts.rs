//! Rollout records (docs/ROLLOUTS.md): one row per rollout with its settings and waves, one
//! per target instance with its wave, status and the image it ran before (for rollback). The
//! engine (`server::rollout`) writes changed targets in batches; a rollout left `running` or
//! `rolling_back` by a stop is continued at the next start.

use rusqlite::types::Value;
use rusqlite::{Connection, OptionalExtension, params};
use serde::{Deserialize, Serialize};

use super::util::{Listing, by_id_prefix, from_ms, list_page, order_by, page_bounds, random_hex};
use super::{Store, StoreError};
use crate::protocol::list::{ListQuery, Page};
use crate::protocol::rollouts::{
    Rollout, RolloutCounts, RolloutState, RolloutTarget, RolloutTargetState, Selector,
    VersionBuild, Wave,
};

/// Schema step `0015_rollouts`.
pub(super) const SCHEMA: &str = "
CREATE TABLE rollouts (
    id TEXT PRIMARY KEY NOT NULL,
    image_id TEXT NOT NULL,
    created INTEGER NOT NULL,
    finished INTEGER,
    state TEXT NOT NULL,
    reason TEXT,
    settings TEXT NOT NULL,
    waves TEXT NOT NULL,
    current_wave INTEGER NOT NULL DEFAULT 0,
    next_wave_at INTEGER
);
CREATE INDEX rollouts_created ON rollouts (created);
CREATE TABLE rollout_targets (
    rollout_id TEXT NOT NULL REFERENCES rollouts(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    instance TEXT NOT NULL,
    wave INTEGER NOT NULL,
    state TEXT NOT NULL,
    reason TEXT,
    previous_image TEXT,
    deploy_id TEXT,
    sent INTEGER,
    acked INTEGER,
    finished INTEGER,
    PRIMARY KEY (rollout_id, seq)
);
CREATE INDEX rollout_targets_instance ON rollout_targets (instance);
";

/// Finished rollouts kept (the oldest go when a new one is recorded).
pub const KEEP_FINISHED: i64 = 1000;

/// A fresh rollout ID: 16 random hex digits.
pub fn new_id() -> String {
    random_hex(8)
}

/// The settings of a rollout, kept as one JSON column.
#[derive(Debug, Clone, Serialize, Deserialize)]
struct Settings {
    selector: Selector,
    success_threshold: u32,
    error_threshold: Option<u32>,
    soak_seconds: u64,
    rollback: bool,
    concurrency: u32,
    warnings: Vec<String>,
    #[serde(default)]
    build_per_version: bool,
    #[serde(default)]
    builds: Vec<VersionBuild>,
}

/// How a rollout stands, written as one (`PATCH`-like) update.
#[derive(Debug, Clone)]
pub struct RolloutStatus {
    pub state: RolloutState,
    pub reason: Option<String>,
    pub finished: Option<time::OffsetDateTime>,
    pub current_wave: u32,
    pub waves: Vec<Wave>,
    /// When the next wave may start (after a soak).
    pub next_wave_at: Option<time::OffsetDateTime>,
}

/// `?status=` besides the usual list parameters.
#[derive(Debug, Clone, Default)]
pub struct RolloutQuery {
    pub list: ListQuery,
    pub state: Option<RolloutState>,
}

fn ms(t: Option<time::OffsetDateTime>) -> Option<i64> {
    t.map(|t| (t.unix_timestamp_nanos() / 1_000_000) as i64)
}

fn json<T: Serialize>(v: &T) -> Result<String, StoreError> {
    serde_json::to_string(v).map_err(|e| StoreError::Worker(e.to_string()))
}

impl Store {
    /// Records a new rollout with its targets.
    pub async fn insert_rollout(&self, rollout: Rollout) -> Result<(), StoreError> {
        self.call(move |conn| insert(conn, &rollout)).await
    }

    /// Writes some targets (`(seq, target)`) of a rollout.
    pub async fn update_rollout_targets(
        &self,
        id: String,
        targets: Vec<(usize, RolloutTarget)>,
    ) -> Result<(), StoreError> {
        self.call(move |conn| {
            let tx = conn.transaction()?;
            write_targets(&tx, &id, targets.into_iter())?;
            tx.commit()?;
            Ok(())
        })
        .await
    }

    /// Writes how a rollout stands.
    pub async fn set_rollout_status(
        &self,
        id: String,
        status: RolloutStatus,
    ) -> Result<(), StoreError> {
        self.call(move |conn| set_status(conn, &id, &status)).await
    }

    /// Writes the per-version builds of a rollout (kept with its settings).
    pub async fn set_rollout_builds(
        &self,
        id: String,
        builds: Vec<VersionBuild>,
    ) -> Result<(), StoreError> {
        self.call(move |conn| {
            let tx = conn.transaction()?;
            let settings: Option<String> = tx
                .query_row("SELECT settings FROM rollouts WHERE id = ?1", [&id], |r| {
                    r.get(0)
                })
                .optional()?;
            let Some(settings) = settings else {
                return Err(StoreError::NotFound {
                    kind: "rollout",
                    key: id,
                });
            };
            let mut settings: Settings = serde_json::from_str(&settings)
                .map_err(|e| StoreError::Worker(format!("rollout {id}'s settings: {e}")))?;
            settings.builds = builds;
            tx.execute(
                "UPDATE rollouts SET settings = ?2 WHERE id = ?1",
                params![id, json(&settings)?],
            )?;
            tx.commit()?;
            Ok(())
        })
        .await
    }

    /// A rollout by whole ID or unique prefix, with its targets.
    pub async fn get_rollout(&self, id_or_prefix: &str) -> Result<Rollout, StoreError> {
        let key = id_or_prefix.to_ascii_lowercase();
        self.call(move |conn| get(conn, &key)).await
    }

    /// When the next wave of a rollout may start, if it soaks.
    pub async fn rollout_next_wave_at(
        &self,
        id: String,
    ) -> Result<Option<time::OffsetDateTime>, StoreError> {
        self.call(move |conn| {
            let v: Option<Option<i64>> = conn
                .query_row(
                    "SELECT next_wave_at FROM rollouts WHERE id = ?1",
                    [&id],
                    |r| r.get(0),
                )
                .optional()?;
            Ok(v.flatten().map(from_ms))
        })
        .await
    }

    /// A page of rollouts (without targets). Sort keys: `created` (default `-created`),
    /// `finished`, `status`, `image_id`, `id`; `search` matches the rollout and image IDs and
    /// target UUIDs.
    pub async fn list_rollouts(&self, q: RolloutQuery) -> Result<Page<Rollout>, StoreError> {
        self.call(move |conn| list(conn, &q)).await
    }

    /// At start-up: the rollouts to continue (`running`, `rolling_back`), after putting their
    /// targets that were `sent` or `acked` when the server stopped back to `queued` (the deploy
    /// carrying them was cut off).
    pub async fn rollouts_to_continue(&self) -> Result<Vec<String>, StoreError> {
        self.call(|conn| {
            let tx = conn.transaction()?;
            tx.execute(
                "UPDATE rollout_targets SET state = 'queued', sent = NULL, acked = NULL,
                     reason = 'the server stopped during its update; sent again'
                 WHERE state IN ('sent', 'acked') AND rollout_id IN
                     (SELECT id FROM rollouts WHERE state IN ('running', 'rolling_back'))",
                [],
            )?;
            let ids = {
                let mut stmt = tx.prepare(
                    "SELECT id FROM rollouts WHERE state IN ('running', 'rolling_back')
                     ORDER BY created",
                )?;
                stmt.query_map([], |r| r.get::<_, String>(0))?
                    .collect::<Result<Vec<_>, _>>()?
            };
            tx.commit()?;
            Ok(ids)
        })
        .await
    }

    /// Which of `instances` were claimed after `since` (ms) by someone else than rollout `id`:
    /// a later rollout, or a deploy a client asked for (no trigger). `(instance, "rollout X")`.
    pub async fn rollout_claims(
        &self,
        id: String,
        since: time::OffsetDateTime,
        instances: Vec<String>,
    ) -> Result<Vec<(String, String)>, StoreError> {
        let since = ms(Some(since)).unwrap_or(0);
        self.call(move |conn| claims(conn, &id, since, &instances))
            .await
    }
}

fn insert(conn: &mut Connection, r: &Rollout) -> Result<(), StoreError> {
    let tx = conn.transaction()?;
    let settings = Settings {
        selector: r.selector.clone(),
        success_threshold: r.success_threshold,
        error_threshold: r.error_threshold,
        soak_seconds: r.soak_seconds,
        rollback: r.rollback,
        concurrency: r.concurrency,
        warnings: r.warnings.clone(),
        build_per_version: r.build_per_version,
        builds: r.builds.clone(),
    };
    tx.execute(
        "INSERT INTO rollouts (id, image_id, created, finished, state, reason, settings, waves,
                               current_wave)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
        params![
            r.id,
            r.image_id,
            ms(Some(r.created)),
            ms(r.finished),
            r.state.as_str(),
            r.reason,
            json(&settings)?,
            json(&r.waves)?,
            r.current_wave
        ],
    )?;
    {
        let mut stmt = tx.prepare(
            "INSERT INTO rollout_targets (rollout_id, seq, instance, wave, state, reason,
                 previous_image, deploy_id, sent, acked, finished)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
        )?;
        for (seq, t) in r.targets.iter().enumerate() {
            stmt.execute(params![
                r.id,
                seq as i64,
                t.instance,
                t.wave,
                t.state.as_str(),
                t.reason,
                t.previous_image_id,
                t.deploy,
                ms(t.sent),
                ms(t.acked),
                ms(t.finished)
            ])?;
        }
    }
    tx.execute(
        "DELETE FROM rollouts WHERE id IN (
             SELECT id FROM rollouts WHERE state IN ('completed', 'cancelled', 'rolled_back',
                 'interrupted')
             ORDER BY created DESC, id DESC LIMIT -1 OFFSET ?1)",
        [KEEP_FINISHED],
    )?;
    tx.commit()?;
    Ok(())
}

fn write_targets(
    conn: &Connection,
    id: &str,
    targets: impl Iterator<Item = (usize, RolloutTarget)>,
) -> Result<(), StoreError> {
    let mut stmt = conn.prepare_cached(
        "UPDATE rollout_targets SET state = ?3, reason = ?4, deploy_id = ?5, sent = ?6,
             acked = ?7, finished = ?8
         WHERE rollout_id = ?1 AND seq = ?2",
    )?;
    for (seq, t) in targets {
        stmt.execute(params![
            id,
            seq as i64,
            t.state.as_str(),
            t.reason,
            t.deploy,
            ms(t.sent),
            ms(t.acked),
            ms(t.finished)
        ])?;
    }
    Ok(())
}

fn set_status(conn: &mut Connection, id: &str, s: &RolloutStatus) -> Result<(), StoreError> {
    conn.execute(
        "UPDATE rollouts SET state = ?2, reason = ?3, finished = ?4, current_wave = ?5,
             waves = ?6, next_wave_at = ?7
         WHERE id = ?1",
        params![
            id,
            s.state.as_str(),
            s.reason,
            ms(s.finished),
            s.current_wave,
            json(&s.waves)?,
            ms(s.next_wave_at)
        ],
    )?;
    Ok(())
}

const SELECT: &str = "SELECT r.id, r.image_id, r.created, r.finished, r.state, r.reason,
        r.settings, r.waves, r.current_wave
    FROM rollouts r";

fn row_to_rollout(row: &rusqlite::Row<'_>) -> rusqlite::Result<Rollout> {
    let state: String = row.get(4)?;
    let settings: String = row.get(6)?;
    let waves: String = row.get(7)?;
    // Written by this module from the same types.
    let settings: Settings = serde_json::from_str(&settings).unwrap_or(Settings {
        selector: Selector::default(),
        success_threshold: 100,
        error_threshold: None,
        soak_seconds: 0,
        rollback: false,
        concurrency: 1,
        warnings: vec!["the settings of this rollout could not be read".into()],
        build_per_version: false,
        builds: Vec::new(),
    });
    Ok(Rollout {
        id: row.get(0)?,
        image_id: row.get(1)?,
        created: from_ms(row.get(2)?),
        finished: row.get::<_, Option<i64>>(3)?.map(from_ms),
        state: RolloutState::parse(&state).unwrap_or(RolloutState::Interrupted),
        reason: row.get(5)?,
        selector: settings.selector,
        waves: serde_json::from_str(&waves).unwrap_or_default(),
        current_wave: row.get::<_, i64>(8)?.clamp(0, i64::from(u32::MAX)) as u32,
        success_threshold: settings.success_threshold,
        error_threshold: settings.error_threshold,
        soak_seconds: settings.soak_seconds,
        rollback: settings.rollback,
        concurrency: settings.concurrency,
        warnings: settings.warnings,
        build_per_version: settings.build_per_version,
        builds: settings.builds,
        counts: RolloutCounts::default(),
        targets: Vec::new(),
    })
}

/// Fills in the counts of a rollout and its waves from the targets table.
fn count(conn: &Connection, r: &mut Rollout) -> Result<(), StoreError> {
    let mut stmt = conn.prepare_cached(
        "SELECT wave, state, count(*) FROM rollout_targets WHERE rollout_id = ?1
         GROUP BY wave, state",
    )?;
    let rows = stmt
        .query_map([&r.id], |row| {
            Ok((
                row.get::<_, i64>(0)?,
                row.get::<_, String>(1)?,
                row.get::<_, i64>(2)?,
            ))
        })?
        .collect::<Result<Vec<_>, _>>()?;
    r.counts = RolloutCounts::default();
    for w in &mut r.waves {
        w.counts = RolloutCounts::default();
    }
    for (wave, state, n) in rows {
        let state = RolloutTargetState::parse(&state).unwrap_or(RolloutTargetState::Failed);
        for _ in 0..n.max(0) {
            r.counts.add(state);
            if let Some(w) = r.waves.iter_mut().find(|w| i64::from(w.index) == wave) {
                w.counts.add(state);
            }
        }
    }
    Ok(())
}

fn targets(conn: &Connection, id: &str) -> Result<Vec<RolloutTarget>, StoreError> {
    let mut stmt = conn.prepare_cached(
        "SELECT instance, wave, state, reason, previous_image, deploy_id, sent, acked, finished
         FROM rollout_targets WHERE rollout_id = ?1 ORDER BY seq",
    )?;
    let rows = stmt
        .query_map([id], |r| {
            let state: String = r.get(2)?;
            Ok(RolloutTarget {
                instance: r.get(0)?,
                wave: r.get::<_, i64>(1)?.clamp(0, i64::from(u32::MAX)) as u32,
                state: RolloutTargetState::parse(&state).unwrap_or(RolloutTargetState::Failed),
                reason: r.get(3)?,
                previous_image_id: r.get(4)?,
                deploy: r.get(5)?,
                sent: r.get::<_, Option<i64>>(6)?.map(from_ms),
                acked: r.get::<_, Option<i64>>(7)?.map(from_ms),
                finished: r.get::<_, Option<i64>>(8)?.map(from_ms),
            })
        })?
        .collect::<Result<Vec<_>, _>>()?;
    Ok(rows)
}

fn get(conn: &Connection, key: &str) -> Result<Rollout, StoreError> {
    let mut r = by_id_prefix(
        conn,
        "rollout",
        (SELECT, "r.id"),
        key,
        row_to_rollout,
        |r| r.id,
    )?;
    r.targets = targets(conn, &r.id)?;
    r.recount();
    if r.targets.is_empty() {
        count(conn, &mut r)?;
    }
    Ok(r)
}

fn list(conn: &Connection, q: &RolloutQuery) -> Result<Page<Rollout>, StoreError> {
    let order = order_by(
        q.list.sort.as_deref(),
        "-created",
        &[
            ("created", "r.created"),
            ("finished", "r.finished"),
            ("status", "r.state"),
            ("image_id", "r.image_id"),
            ("id", "r.id"),
        ],
        "r.id",
    )?;
    let (limit, offset) = page_bounds(&q.list)?;
    let term = super::util::search_term(&q.list)?;
    let state = q.state.map(|s| s.as_str().to_owned());
    let filter = "WHERE (?1 IS NULL OR instr(r.id, ?1) > 0 OR instr(r.image_id, ?1) > 0
            OR r.id IN (SELECT rollout_id FROM rollout_targets WHERE instr(instance, ?1) > 0))
        AND (?2 IS NULL OR r.state = ?2)";
    let mut page = list_page(
        conn,
        &Listing {
            select: SELECT,
            from: "rollouts r",
            filter,
            order: &order,
        },
        vec![
            term.map_or(Value::Null, Value::Text),
            state.map_or(Value::Null, Value::Text),
        ],
        (limit, offset),
        row_to_rollout,
    )?;
    for r in &mut page.items {
        count(conn, r)?;
    }
    Ok(page)
}

fn claims(
    conn: &Connection,
    id: &str,
    since: i64,
    instances: &[String],
) -> Result<Vec<(String, String)>, StoreError> {
    let mut by_rollout = conn.prepare_cached(
        "SELECT r.id FROM rollout_targets t JOIN rollouts r ON r.id = t.rollout_id
         WHERE t.instance = ?1 AND r.id != ?2 AND (r.created > ?3 OR (r.created = ?3 AND r.id > ?2))
         ORDER BY r.created DESC LIMIT 1",
    )?;
    let mut by_deploy = conn.prepare_cached(
        "SELECT d.id FROM deploy_targets t JOIN deploys d ON d.id = t.deploy_id
         WHERE t.instance = ?1 AND d.trigger IS NULL AND d.created > ?2
         ORDER BY d.created DESC LIMIT 1",
    )?;
    let mut out = Vec::new();
    for inst in instances {
        if let Some(r) = by_rollout
            .query_row(params![inst, id, since], |r| r.get::<_, String>(0))
            .optional()?
        {
            out.push((inst.clone(), format!("rollout {r}")));
        } else if let Some(d) = by_deploy
            .query_row(params![inst, since], |r| r.get::<_, String>(0))
            .optional()?
        {
            out.push((inst.clone(), format!("deploy {d}")));
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::util::now_ms;

    fn rollout(id: &str, created: i64, instances: &[&str]) -> Rollout {
        let targets: Vec<RolloutTarget> = instances
            .iter()
            .enumerate()
            .map(|(i, inst)| RolloutTarget {
                instance: (*inst).into(),
                wave: u32::from(i > 0),
                state: RolloutTargetState::Queued,
                reason: None,
                previous_image_id: Some("b".repeat(40)),
                deploy: None,
                sent: None,
                acked: None,
                finished: None,
            })
            .collect();
        let waves = vec![
            Wave {
                index: 0,
                planned: "1".into(),
                status: "pending".into(),
                counts: RolloutCounts::default(),
            },
            Wave {
                index: 1,
                planned: "rest".into(),
                status: "pending".into(),
                counts: RolloutCounts::default(),
            },
        ];
        let mut r = Rollout {
            id: id.into(),
            image_id: "a".repeat(40),
            created: from_ms(created),
            finished: None,
            state: RolloutState::Running,
            reason: None,
            selector: Selector {
                tag: Some("web".into()),
                ..Default::default()
            },
            waves,
            current_wave: 0,
            success_threshold: 95,
            error_threshold: Some(20),
            soak_seconds: 3,
            rollback: true,
            concurrency: 10,
            warnings: vec!["w".into()],
            build_per_version: true,
            builds: vec![VersionBuild {
                version: "v0.14.2".into(),
                builder_id: Some("b1".into()),
                build_id: Some("c1".into()),
                image_id: None,
                status: crate::protocol::rollouts::BUILD_BUILDING.into(),
                error: None,
                instances: vec!["i-2".into()],
            }],
            counts: RolloutCounts::default(),
            targets,
        };
        r.recount();
        r
    }

    #[tokio::test]
    async fn records_round_trip_and_running_ones_are_continued() {
        let dir = tempfile::tempdir().expect("tempdir");
        let store = Store::open(dir.path()).expect("open");
        let mut r = rollout("00112233aabbccdd", now_ms(), &["i-1", "i-2", "i-3"]);
        store.insert_rollout(r.clone()).await.expect("insert");
        r.targets[0].state = RolloutTargetState::Verified;
        r.targets[1].state = RolloutTargetState::Acked;
        r.targets[1].deploy = Some("d1".into());
        store
            .update_rollout_targets(
                r.id.clone(),
                vec![(0, r.targets[0].clone()), (1, r.targets[1].clone())],
            )
            .await
            .expect("update");
        let soak = from_ms(now_ms() + 3000);
        store
            .set_rollout_status(
                r.id.clone(),
                RolloutStatus {
                    state: RolloutState::Running,
                    reason: None,
                    finished: None,
                    current_wave: 1,
                    waves: r.waves.clone(),
                    next_wave_at: Some(soak),
                },
            )
            .await
            .expect("status");
        let got = store.get_rollout("001122").await.expect("by prefix");
        assert_eq!(got.current_wave, 1);
        assert_eq!(got.counts.verified, 1);
        assert_eq!(got.counts.acked, 1);
        assert_eq!(got.waves[1].counts.total, 2);
        assert_eq!(got.targets[1].deploy.as_deref(), Some("d1"));
        assert_eq!(got.error_threshold, Some(20));
        assert_eq!(got.selector.tag.as_deref(), Some("web"));
        assert_eq!(got.builds, r.builds);
        let mut builds = r.builds.clone();
        builds[0].status = crate::protocol::rollouts::BUILD_READY.into();
        builds[0].image_id = Some("c".repeat(40));
        store
            .set_rollout_builds(r.id.clone(), builds.clone())
            .await
            .expect("builds");
        let got = store.get_rollout(&r.id).await.expect("get");
        assert_eq!(got.builds, builds);
        assert!(got.build_per_version);
        assert_eq!(got.warnings, r.warnings, "the other settings are kept");
        let next = store
            .rollout_next_wave_at(r.id.clone())
            .await
            .expect("next");
        assert_eq!(ms(next), ms(Some(soak)));
        drop(store);

        let store = Store::open(dir.path()).expect("reopen");
        assert_eq!(
            store.rollouts_to_continue().await.expect("continue"),
            vec![r.id.clone()]
        );
        let got = store.get_rollout(&r.id).await.expect("get");
        assert_eq!(got.targets[1].state, RolloutTargetState::Queued);
        assert_eq!(got.targets[0].state, RolloutTargetState::Verified);
        let page = store
            .list_rollouts(RolloutQuery {
                list: ListQuery {
                    search: Some("i-3".into()),
                    ..Default::default()
                },
                state: Some(RolloutState::Running),
            })
            .await
            .expect("list");
        assert_eq!(page.total, 1);
        assert!(page.items[0].targets.is_empty());
        assert_eq!(page.items[0].counts.queued, 2);
        assert_eq!(page.items[0].waves[0].counts.verified, 1);
    }

    #[tokio::test]
    async fn later_rollouts_and_manual_deploys_claim_instances() {
        let dir = tempfile::tempdir().expect("tempdir");
        let store = Store::open(dir.path()).expect("open");
        let t0 = now_ms() - 10_000;
        let first = rollout("1111111111111111", t0, &["i-1", "i-2", "i-3"]);
        store.insert_rollout(first.clone()).await.expect("insert");
        let later = rollout("2222222222222222", t0 + 1000, &["i-2"]);
        store.insert_rollout(later).await.expect("insert");
        store
            .call(move |c| {
                c.execute(
                    "INSERT INTO deploys (id, image_id, created, state, concurrency)
                     VALUES ('d-manual', 'x', ?1, 'verified', 1)",
                    [t0 + 2000],
                )?;
                c.execute(
                    "INSERT INTO deploys (id, image_id, created, state, concurrency, trigger)
                     VALUES ('d-auto', 'x', ?1, 'verified', 1, 'rollout 1111111111111111')",
                    [t0 + 2000],
                )?;
                c.execute(
                    "INSERT INTO deploy_targets (deploy_id, seq, instance, state)
                     VALUES ('d-manual', 0, 'i-3', 'verified'), ('d-auto', 0, 'i-1', 'verified')",
                    [],
                )?;
                Ok(())
            })
            .await
            .expect("deploys");
        let claims = store
            .rollout_claims(
                first.id.clone(),
                first.created,
                vec!["i-1".into(), "i-2".into(), "i-3".into()],
            )
            .await
            .expect("claims");
        assert_eq!(
            claims,
            vec![
                ("i-2".to_owned(), "rollout 2222222222222222".to_owned()),
                ("i-3".to_owned(), "deploy d-manual".to_owned()),
            ]
        );
    }
}
