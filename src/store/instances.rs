//! The instance registry: one row per instance UUID with everything IDENT and UPLINK said, its
//! status and the user's alias and description. Logs, panics and stats live beside it
//! ([`super::instance_data`]); the hangar writes all of them in batches.

use rusqlite::types::Value;
use rusqlite::{Connection, OptionalExtension, Row, params};

use super::StoreError;
use crate::protocol::desired::DesiredStatus;
use crate::protocol::instances::{
    IdentityConflict, Instance, InstanceCounts, InstanceStatus, UuidProblem, from_millis,
};

/// Schema step `0003_instances`.
pub const MIGRATION: &str = "
CREATE TABLE instances (
    uuid TEXT PRIMARY KEY,
    alias TEXT UNIQUE,
    description TEXT,
    status TEXT NOT NULL DEFAULT 'unknown',
    panicked INTEGER NOT NULL DEFAULT 0,
    version TEXT,
    service TEXT,
    binary TEXT,
    tag TEXT,
    update_time_taken INTEGER,
    arch TEXT,
    physical_ram INTEGER,
    cpu_features TEXT NOT NULL DEFAULT '[]',
    devices TEXT NOT NULL DEFAULT '[]',
    net TEXT NOT NULL DEFAULT '[]',
    uplink TEXT,
    auth_id TEXT,
    address TEXT,
    first_seen INTEGER NOT NULL,
    connected_since INTEGER,
    last_seen INTEGER,
    last_log INTEGER,
    disconnected_at INTEGER,
    disconnect_reason TEXT,
    log_bytes INTEGER NOT NULL DEFAULT 0,
    stats TEXT,
    stats_at INTEGER
);
CREATE TABLE instance_logs (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL REFERENCES instances(uuid) ON DELETE CASCADE,
    at INTEGER NOT NULL,
    data BLOB NOT NULL
);
CREATE INDEX instance_logs_by_uuid ON instance_logs(uuid, id);
CREATE TABLE instance_panics (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL REFERENCES instances(uuid) ON DELETE CASCADE,
    at INTEGER NOT NULL,
    text TEXT NOT NULL
);
CREATE INDEX instance_panics_by_uuid ON instance_panics(uuid, id);
CREATE TABLE instance_stats (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL REFERENCES instances(uuid) ON DELETE CASCADE,
    at INTEGER NOT NULL,
    stats TEXT NOT NULL
);
CREATE INDEX instance_stats_by_uuid ON instance_stats(uuid, id);
";

/// Schema step `0007_instance_conflicts`: docks refused because the uuid was docked from
/// another address, one row per instance and refused address (see
/// [`super::instance_data::InstanceOp::Conflict`]).
pub const CONFLICTS_MIGRATION: &str = "
CREATE TABLE instance_conflicts (
    uuid TEXT NOT NULL REFERENCES instances(uuid) ON DELETE CASCADE,
    address TEXT NOT NULL,
    attempts INTEGER NOT NULL,
    first_at INTEGER NOT NULL,
    last_at INTEGER NOT NULL,
    live_address TEXT,
    PRIMARY KEY (uuid, address)
);
";

/// Schema step `0010_instance_uplink_binding`: the uplink an instance is bound to (see
/// [`Binding`]), the uplink a deploy allows it to move to, and which uplink a dock refused for
/// its token presented.
pub const BINDING_MIGRATION: &str = "
ALTER TABLE instances ADD COLUMN bound_uplink TEXT;
ALTER TABLE instances ADD COLUMN rebind_uplink TEXT;
ALTER TABLE instance_conflicts ADD COLUMN uplink TEXT;
";

/// Schema step `0014_instance_auto_redeploy`: the instance's "automatically redeploy last
/// image" switch, and why Mothership started a deploy by itself.
pub const AUTO_REDEPLOY_MIGRATION: &str = "
ALTER TABLE instances ADD COLUMN auto_redeploy INTEGER NOT NULL DEFAULT 0;
ALTER TABLE deploys ADD COLUMN trigger TEXT;
";

/// Refused addresses remembered per instance (the oldest are forgotten first).
pub const CONFLICTS_KEPT: u32 = 16;

const COLUMNS: &str = "uuid, alias, description, status, panicked, version, service, binary, tag, \
    update_time_taken, arch, physical_ram, cpu_features, devices, net, uplink, auth_id, address, \
    first_seen, connected_since, last_seen, last_log, disconnected_at, disconnect_reason, \
    log_bytes, (SELECT count(*) FROM instance_panics p WHERE p.uuid = instances.uuid), \
    (SELECT json_group_array(json_object('address', address, 'attempts', attempts, \
        'first_at', first_at, 'last_at', last_at, 'live_address', live_address, \
        'uplink', uplink)) \
     FROM (SELECT * FROM instance_conflicts c WHERE c.uuid = instances.uuid \
           ORDER BY last_at DESC, address)), bound_uplink, auto_redeploy, \
    (SELECT json_object('image_id', d.image_id, 'set_by', d.set_by, 'set_at', d.set_at, \
        'status', d.status, 'reason', d.reason, 'attempts', d.attempts, \
        'next_attempt', d.next_attempt, 'deploy_id', d.deploy_id) \
     FROM instance_desired d WHERE d.uuid = instances.uuid)";

/// A row of `instance_conflicts` as the COLUMNS subquery gives it.
#[derive(serde::Deserialize)]
struct ConflictRow {
    address: String,
    attempts: i64,
    first_at: i64,
    last_at: i64,
    live_address: Option<String>,
    #[serde(default)]
    uplink: Option<String>,
}

fn conflicts(json: Option<String>) -> Vec<IdentityConflict> {
    json_or_default::<Vec<ConflictRow>>(json)
        .into_iter()
        .map(|c| IdentityConflict {
            address: c.address,
            attempts: c.attempts.max(0) as u64,
            first_at: from_millis(c.first_at),
            last_at: from_millis(c.last_at),
            live_address: c.live_address,
            uplink: c.uplink,
        })
        .collect()
}

fn json_or_default<T: serde::de::DeserializeOwned + Default>(text: Option<String>) -> T {
    text.and_then(|t| serde_json::from_str(&t).ok())
        .unwrap_or_default()
}

fn row_to_instance(row: &Row<'_>) -> rusqlite::Result<Instance> {
    let status: String = row.get(3)?;
    let binary: Option<String> = row.get(7)?;
    let id: String = row.get(0)?;
    let millis = |i: usize| -> rusqlite::Result<Option<time::OffsetDateTime>> {
        Ok(row.get::<_, Option<i64>>(i)?.map(from_millis))
    };
    let desired = crate::protocol::desired::DesiredState::of(
        super::desired::from_json(row.get(29)?),
        binary.as_deref(),
    );
    Ok(Instance {
        desired,
        uuid_problem: UuidProblem::of_id(&id).map(|p| p.describe(&id)),
        conflicts: conflicts(row.get(26)?),
        bound_uplink: row.get(27)?,
        auto_redeploy: row.get::<_, i64>(28)? != 0,
        id,
        alias: row.get(1)?,
        description: row.get(2)?,
        status: InstanceStatus::parse(&status).unwrap_or(InstanceStatus::Unknown),
        panicked: row.get::<_, i64>(4)? != 0,
        version: row.get(5)?,
        service: row.get(6)?,
        image: binary.clone(),
        binary,
        tag: row.get(8)?,
        update_time_taken: row.get::<_, Option<i64>>(9)?.map(|v| v.max(0) as u64),
        arch: row.get(10)?,
        physical_ram: row.get::<_, Option<i64>>(11)?.map(|v| v.max(0) as u64),
        cpu_features: json_or_default(row.get(12)?),
        devices: json_or_default(row.get(13)?),
        net: json_or_default(row.get(14)?),
        uplink: row
            .get::<_, Option<String>>(15)?
            .and_then(|t| serde_json::from_str(&t).ok()),
        auth_id: row.get(16)?,
        address: row.get(17)?,
        first_seen: from_millis(row.get(18)?),
        connected_since: millis(19)?,
        last_seen: millis(20)?,
        last_log: millis(21)?,
        disconnected_at: millis(22)?,
        disconnect_reason: row.get(23)?,
        log_bytes: row.get::<_, i64>(24)?.max(0) as u64,
        panics: row.get::<_, i64>(25)?.max(0) as u64,
    })
}

/// How to sort a listing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sort {
    pub key: SortKey,
    pub descending: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SortKey {
    FirstSeen,
    LastSeen,
    ConnectedSince,
    Alias,
    Status,
    Id,
    Tag,
    Version,
}

impl Sort {
    /// `first_seen`, `-last_seen`, ...; `None` for an unknown key.
    pub fn parse(s: &str) -> Option<Sort> {
        let (descending, key) = match s.strip_prefix('-') {
            Some(k) => (true, k),
            None => (false, s),
        };
        let key = match key {
            "first_seen" => SortKey::FirstSeen,
            "last_seen" => SortKey::LastSeen,
            "connected_since" | "launched" => SortKey::ConnectedSince,
            "alias" => SortKey::Alias,
            "status" => SortKey::Status,
            "id" | "uuid" => SortKey::Id,
            "tag" => SortKey::Tag,
            "version" => SortKey::Version,
            _ => return None,
        };
        Some(Sort { key, descending })
    }

    fn sql(&self) -> String {
        let column = match self.key {
            SortKey::FirstSeen => "first_seen",
            SortKey::LastSeen => "last_seen",
            SortKey::ConnectedSince => "connected_since",
            SortKey::Alias => "alias",
            SortKey::Status => "status",
            SortKey::Id => "uuid",
            SortKey::Tag => "tag",
            SortKey::Version => "version",
        };
        let dir = if self.descending { "DESC" } else { "ASC" };
        // NULLs last either way, the UUID breaks ties so pages are stable.
        format!("{column} IS NULL, {column} {dir}, uuid ASC")
    }
}

impl Default for Sort {
    fn default() -> Self {
        Sort {
            key: SortKey::FirstSeen,
            descending: false,
        }
    }
}

/// A listing request.
#[derive(Debug, Clone, Default)]
pub struct ListQuery {
    /// Substring (case-insensitive) of id, alias, description, IPs, binary, tag, devices...
    pub search: Option<String>,
    pub status: Option<InstanceStatus>,
    /// Only the instances that reported a panic (`true`) or none (`false`).
    pub panicked: Option<bool>,
    /// Only the instances in this desired state (`in_sync` and the others as
    /// `DesiredState::of` works them out from the stored record and the binary).
    pub desired: Option<DesiredStatus>,
    pub limit: Option<u32>,
    pub offset: u64,
    pub sort: Sort,
}

/// The WHERE clause and its parameters for a query.
fn filter(query: &ListQuery) -> (String, Vec<Value>) {
    let mut clauses = Vec::new();
    let mut params = Vec::new();
    if let Some(status) = query.status {
        clauses.push("status = ?".to_owned());
        params.push(Value::Text(status.as_str().to_owned()));
    }
    if let Some(panicked) = query.panicked {
        clauses.push(format!("panicked = {}", i64::from(panicked)));
    }
    if let Some(desired) = query.desired {
        const MANAGED: &str = "SELECT 1 FROM instance_desired d WHERE d.uuid = instances.uuid";
        const RUNS_IT: &str = "lower(d.image_id) = lower(ifnull(instances.binary, ''))";
        clauses.push(match desired {
            DesiredStatus::NotManaged => format!("NOT EXISTS ({MANAGED})"),
            DesiredStatus::InSync => format!("EXISTS ({MANAGED} AND {RUNS_IT})"),
            DesiredStatus::Failed => {
                format!("EXISTS ({MANAGED} AND NOT {RUNS_IT} AND d.status = 'failed')")
            }
            DesiredStatus::Updating => {
                format!("EXISTS ({MANAGED} AND NOT {RUNS_IT} AND d.status != 'failed')")
            }
        });
    }
    if let Some(search) = query
        .search
        .as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty())
    {
        let escaped = search
            .replace('\\', "\\\\")
            .replace('%', "\\%")
            .replace('_', "\\_");
        clauses.push(
            "(uuid || ' ' || ifnull(alias, '') || ' ' || ifnull(description, '') || ' ' || \
             net || ' ' || ifnull(binary, '') || ' ' || ifnull(tag, '') || ' ' || devices || ' ' || \
             ifnull(service, '') || ' ' || ifnull(version, '') || ' ' || ifnull(auth_id, '') || ' ' || \
             ifnull(address, '')) LIKE ? ESCAPE '\\'"
                .to_owned(),
        );
        params.push(Value::Text(format!("%{escaped}%")));
    }
    let sql = if clauses.is_empty() {
        String::new()
    } else {
        format!("WHERE {}", clauses.join(" AND "))
    };
    (sql, params)
}

/// One page of instances and the number matching the filter.
pub fn list(conn: &Connection, query: &ListQuery) -> Result<(Vec<Instance>, u64), StoreError> {
    let (filter_sql, mut params) = filter(query);
    let total: i64 = conn.query_row(
        &format!("SELECT count(*) FROM instances {filter_sql}"),
        rusqlite::params_from_iter(params.iter()),
        |r| r.get(0),
    )?;
    params.push(Value::Integer(query.limit.map_or(-1, i64::from)));
    params.push(Value::Integer(
        i64::try_from(query.offset).unwrap_or(i64::MAX),
    ));
    let sql = format!(
        "SELECT {COLUMNS} FROM instances {filter_sql} ORDER BY {} LIMIT ? OFFSET ?",
        query.sort.sql()
    );
    let mut stmt = conn.prepare(&sql)?;
    let rows = stmt
        .query_map(rusqlite::params_from_iter(params.iter()), row_to_instance)?
        .collect::<Result<Vec<_>, _>>()?;
    Ok((rows, total.max(0) as u64))
}

/// Instances per status.
pub fn counts(conn: &Connection) -> Result<InstanceCounts, StoreError> {
    let mut counts = InstanceCounts::default();
    let mut stmt =
        conn.prepare("SELECT status, count(*), sum(panicked) FROM instances GROUP BY status")?;
    let rows = stmt.query_map([], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, i64>(1)?,
            r.get::<_, Option<i64>>(2)?,
        ))
    })?;
    for row in rows {
        let (status, n, panicked) = row?;
        let n = n.max(0) as u64;
        match InstanceStatus::parse(&status) {
            Some(InstanceStatus::Connected) => counts.connected += n,
            Some(InstanceStatus::Disconnected) => counts.disconnected += n,
            _ => counts.unknown += n,
        }
        counts.panicked += panicked.unwrap_or(0).max(0) as u64;
        counts.total += n;
    }
    Ok(counts)
}

/// One instance by UUID.
pub fn get(conn: &Connection, uuid: &str) -> Result<Option<Instance>, StoreError> {
    Ok(conn
        .query_row(
            &format!("SELECT {COLUMNS} FROM instances WHERE uuid = ?1"),
            [uuid],
            row_to_instance,
        )
        .optional()?)
}

/// What the store knows about a uuid's identity when it docks.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Binding {
    /// The uplink the uuid is bound to (none before its first dock).
    pub bound: Option<String>,
    /// The uplink of an image Mothership deployed to it since: a dock with that uplink's token
    /// is accepted too, and moves the binding there.
    pub rebind: Option<String>,
    /// Another instance whose alias this uuid is.
    pub alias_of: Option<String>,
}

/// The [`Binding`] of `uuid`.
pub fn binding(conn: &Connection, uuid: &str) -> Result<Binding, StoreError> {
    let (bound, rebind) = conn
        .prepare_cached("SELECT bound_uplink, rebind_uplink FROM instances WHERE uuid = ?1")?
        .query_row([uuid], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?
        .unwrap_or((None, None));
    let alias_of = conn
        .prepare_cached("SELECT uuid FROM instances WHERE alias = ?1 AND uuid != ?1")?
        .query_row([uuid], |r| r.get(0))
        .optional()?;
    Ok(Binding {
        bound,
        rebind,
        alias_of,
    })
}

/// Lets the instance move to `uplink` at its next dock with that uplink's token (a deploy is
/// sending it an image built for that uplink).
pub fn allow_rebind(conn: &Connection, uuid: &str, uplink: &str) -> Result<(), StoreError> {
    conn.prepare_cached("UPDATE instances SET rebind_uplink = ?2 WHERE uuid = ?1")?
        .execute(params![uuid, uplink])?;
    Ok(())
}

/// Takes back [`allow_rebind`] (the image never reached the instance).
pub fn revoke_rebind(conn: &Connection, uuid: &str, uplink: &str) -> Result<(), StoreError> {
    conn.prepare_cached(
        "UPDATE instances SET rebind_uplink = NULL WHERE uuid = ?1 AND rebind_uplink = ?2",
    )?
    .execute(params![uuid, uplink])?;
    Ok(())
}

/// How an id given by a user was matched.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MatchedBy {
    Uuid,
    Alias,
    UuidPrefix,
}

impl MatchedBy {
    pub fn as_str(self) -> &'static str {
        match self {
            MatchedBy::Uuid => "uuid",
            MatchedBy::Alias => "alias",
            MatchedBy::UuidPrefix => "uuid-prefix",
        }
    }
}

/// What an id given by a user names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Resolved {
    Found(String, MatchedBy),
    NotFound,
}

/// Resolves a UUID, an alias or a unique UUID prefix to a UUID, by the rule of
/// [`crate::protocol::ids`]: a prefix of several instances is [`StoreError::Ambiguous`], one too
/// short [`StoreError::ShortPrefix`].
pub fn resolve(conn: &Connection, id: &str) -> Result<Resolved, StoreError> {
    let exact: Option<String> = conn
        .query_row(
            "SELECT uuid FROM instances WHERE uuid = ?1 OR alias = ?1 ORDER BY uuid = ?1 DESC LIMIT 1",
            [id],
            |r| r.get(0),
        )
        .optional()?;
    if let Some(uuid) = exact {
        let by = if uuid == id {
            MatchedBy::Uuid
        } else {
            MatchedBy::Alias
        };
        return Ok(Resolved::Found(uuid, by));
    }
    let prefix = match crate::protocol::ids::as_prefix(id) {
        crate::protocol::ids::PrefixKey::Prefix(prefix) => prefix,
        crate::protocol::ids::PrefixKey::TooShort => {
            return Err(StoreError::ShortPrefix {
                kind: "instance",
                prefix: id.to_owned(),
                min: crate::protocol::ids::MIN_PREFIX,
            });
        }
        crate::protocol::ids::PrefixKey::NotAnId => return Ok(Resolved::NotFound),
    };
    let escaped = prefix
        .replace('\\', "\\\\")
        .replace('%', "\\%")
        .replace('_', "\\_");
    let mut stmt = conn.prepare(
        "SELECT uuid FROM instances WHERE uuid LIKE ?1 ESCAPE '\\' ORDER BY uuid LIMIT ?2",
    )?;
    let max = crate::protocol::ids::MAX_CANDIDATES;
    let mut matches = stmt
        .query_map(
            rusqlite::params![format!("{escaped}%"), max as i64 + 1],
            |r| r.get::<_, String>(0),
        )?
        .collect::<Result<Vec<_>, _>>()?;
    match matches.len() {
        0 => Ok(Resolved::NotFound),
        1 => Ok(Resolved::Found(matches.remove(0), MatchedBy::UuidPrefix)),
        n => Err(StoreError::Ambiguous {
            kind: "instance",
            prefix: id.to_owned(),
            more: n > max,
            matches: matches.into_iter().take(max).collect(),
        }),
    }
}

/// Why a patch was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PatchOutcome {
    Done,
    NotFound,
    /// Another instance has this alias.
    AliasTaken(String),
    /// The alias is another instance's uuid.
    AliasIsUuid(String),
}

/// Sets alias, description and/or the auto-redeploy switch; `Some("")` clears.
pub fn patch(
    conn: &Connection,
    uuid: &str,
    alias: Option<&str>,
    description: Option<&str>,
    auto_redeploy: Option<bool>,
) -> Result<PatchOutcome, StoreError> {
    if let Some(alias) = alias.filter(|a| !a.is_empty()) {
        let owner: Option<String> = conn
            .query_row(
                "SELECT uuid FROM instances WHERE alias = ?1 AND uuid != ?2",
                params![alias, uuid],
                |r| r.get(0),
            )
            .optional()?;
        if let Some(owner) = owner {
            return Ok(PatchOutcome::AliasTaken(owner));
        }
        let uuid_of: Option<String> = conn
            .query_row(
                "SELECT uuid FROM instances WHERE uuid = ?1 AND uuid != ?2",
                params![alias, uuid],
                |r| r.get(0),
            )
            .optional()?;
        if let Some(other) = uuid_of {
            return Ok(PatchOutcome::AliasIsUuid(other));
        }
    }
    let none_if_empty = |v: &str| (!v.is_empty()).then(|| v.to_owned());
    let changed = conn.execute(
        "UPDATE instances SET
             alias = CASE WHEN ?2 THEN ?3 ELSE alias END,
             description = CASE WHEN ?4 THEN ?5 ELSE description END,
             auto_redeploy = CASE WHEN ?6 THEN ?7 ELSE auto_redeploy END
         WHERE uuid = ?1",
        params![
            uuid,
            alias.is_some(),
            alias.and_then(none_if_empty),
            description.is_some(),
            description.and_then(none_if_empty),
            auto_redeploy.is_some(),
            auto_redeploy.unwrap_or(false),
        ],
    )?;
    Ok(if changed == 0 {
        PatchOutcome::NotFound
    } else {
        PatchOutcome::Done
    })
}

/// Whether the instance's "automatically redeploy last image" switch is on (false for an
/// unknown uuid).
pub fn auto_redeploy(conn: &Connection, uuid: &str) -> Result<bool, StoreError> {
    Ok(conn
        .prepare_cached("SELECT auto_redeploy FROM instances WHERE uuid = ?1")?
        .query_row([uuid], |r| r.get::<_, i64>(0))
        .optional()?
        .is_some_and(|on| on != 0))
}

/// The uuids of the instances with the auto-redeploy switch on.
pub fn auto_redeploy_all(conn: &mut Connection) -> Result<Vec<String>, StoreError> {
    let mut stmt = conn.prepare("SELECT uuid FROM instances WHERE auto_redeploy != 0")?;
    let rows = stmt
        .query_map([], |r| r.get::<_, String>(0))?
        .collect::<Result<Vec<_>, _>>()?;
    Ok(rows)
}

/// Forgets instances (their logs, panics and stats go with them); returns those that existed.
pub fn delete(conn: &mut Connection, uuids: &[String]) -> Result<Vec<String>, StoreError> {
    let tx = conn.transaction()?;
    let mut deleted = Vec::new();
    {
        let mut stmt = tx.prepare("DELETE FROM instances WHERE uuid = ?1")?;
        for uuid in uuids {
            if stmt.execute([uuid])? > 0 {
                deleted.push(uuid.clone());
            }
        }
    }
    tx.commit()?;
    Ok(deleted)
}

/// Whether a stored instance has this uuid, or authenticated with this id (IncludeOS versions
/// authenticate with a MAC address rather than the uuid).
pub fn known(conn: &Connection, uuid: &str, auth_id: &str) -> Result<bool, StoreError> {
    Ok(conn
        .prepare_cached("SELECT 1 FROM instances WHERE uuid = ?1 OR auth_id = ?2 LIMIT 1")?
        .query_row([uuid, auth_id], |_| Ok(()))
        .optional()?
        .is_some())
}

/// Schema step `0010_instances_by_auth_id`: [`known`] looks instances up by their auth id.
pub const AUTH_ID_INDEX: &str = "CREATE INDEX instances_by_auth_id ON instances(auth_id);";

/// At start-up nothing is docked yet: everything known becomes `unknown` until it docks again.
pub fn mark_all_unknown(conn: &Connection) -> Result<usize, StoreError> {
    Ok(conn.execute(
        "UPDATE instances SET status = 'unknown', connected_since = NULL WHERE status != 'unknown'",
        [],
    )?)
}

/// UUIDs of the instances with a status (for deletes by status).
pub fn uuids_with_status(
    conn: &Connection,
    status: InstanceStatus,
) -> Result<Vec<String>, StoreError> {
    let mut stmt = conn.prepare("SELECT uuid FROM instances WHERE status = ?1 ORDER BY uuid")?;
    let rows = stmt
        .query_map([status.as_str()], |r| r.get::<_, String>(0))?
        .collect::<Result<Vec<_>, _>>()?;
    Ok(rows)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::protocol::transport::Ident;
    use crate::store::Store;
    use crate::store::instance_data::{InstanceOp, Retention, apply_batch};

    const RETENTION: Retention = Retention {
        log_cap_bytes: 1 << 20,
        panics_kept: 20,
        stats_history: 60,
    };

    fn refused(uuid: &str, at: i64, address: &str) -> InstanceOp {
        InstanceOp::Conflict {
            uuid: uuid.into(),
            at,
            address: address.into(),
            live_address: Some("10.0.0.2".into()),
            uplink: None,
        }
    }

    #[test]
    fn refused_docks_are_counted_per_address_and_bounded() {
        let dir = tempfile::tempdir().expect("tempdir");
        let store = Store::open(dir.path()).expect("open");
        let zero = "00000000-0000-0000-0000-000000000000";
        store
            .call_blocking(|conn| {
                let docked = InstanceOp::Docked {
                    ident: Box::new(Ident {
                        uuid: zero.into(),
                        ..Default::default()
                    }),
                    at: 1,
                    auth_id: zero.into(),
                    address: "10.0.0.2:4000".into(),
                    uplink: "u1".into(),
                };
                let mut ops = vec![
                    docked,
                    refused(zero, 10, "10.0.0.3"),
                    refused(zero, 20, "10.0.0.3"),
                ];
                // Refusals for an instance that does not exist are dropped.
                ops.push(refused("gone", 5, "10.0.0.9"));
                for n in 0..CONFLICTS_KEPT {
                    ops.push(refused(zero, 100 + i64::from(n), &format!("10.1.0.{n}")));
                }
                apply_batch(conn, ops, &RETENTION)?;
                let i = get(conn, zero)?.expect("instance");
                assert_eq!(
                    i.conflicts.len(),
                    CONFLICTS_KEPT as usize,
                    "the oldest forgotten"
                );
                assert!(i.conflicts.iter().all(|c| c.address != "10.0.0.3"));
                assert_eq!(
                    i.conflicts[0].address,
                    format!("10.1.0.{}", CONFLICTS_KEPT - 1)
                );
                assert!(i.uuid_problem.is_some_and(|p| p.contains("all-zero")));

                apply_batch(
                    conn,
                    [
                        refused(zero, 500, "10.0.0.3"),
                        refused(zero, 600, "10.0.0.3"),
                    ],
                    &RETENTION,
                )?;
                let i = get(conn, zero)?.expect("instance");
                let c = &i.conflicts[0];
                assert_eq!((c.address.as_str(), c.attempts), ("10.0.0.3", 2));
                assert_eq!(
                    (c.first_at, c.last_at),
                    (from_millis(500), from_millis(600))
                );
                assert_eq!(c.live_address.as_deref(), Some("10.0.0.2"));
                assert!(get(conn, "gone")?.is_none());
                Ok(())
            })
            .expect("store");
    }
}
