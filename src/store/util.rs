//! Small helpers the resource modules of the store share: timestamps, random IDs, sorting and
//! paging clauses, durable renames.

use std::path::Path;

use rand::RngExt;
use time::OffsetDateTime;

use super::StoreError;
use crate::protocol::ids::{self, PrefixKey};
use crate::protocol::list::{ListQuery, Page};

/// Now, in the milliseconds since the epoch the tables store.
pub fn now_ms() -> i64 {
    (OffsetDateTime::now_utc().unix_timestamp_nanos() / 1_000_000) as i64
}

/// A stored millisecond timestamp as a date.
pub fn from_ms(ms: i64) -> OffsetDateTime {
    OffsetDateTime::from_unix_timestamp_nanos(i128::from(ms) * 1_000_000)
        .unwrap_or(OffsetDateTime::UNIX_EPOCH)
}

/// `bytes` random bytes as lowercase hex.
pub fn random_hex(bytes: usize) -> String {
    let mut buf = vec![0u8; bytes];
    rand::rng().fill(&mut buf[..]);
    hex::encode(buf)
}

/// The `ORDER BY` expression for `?sort=`: a key from `allowed` (name → SQL), optionally with a
/// leading `-` for descending. `id_column` breaks ties so pages are stable.
pub fn order_by(
    sort: Option<&str>,
    default: &str,
    allowed: &[(&str, &'static str)],
    id_column: &str,
) -> Result<String, StoreError> {
    let (column, dir) = sort_key(sort, default, allowed)?;
    Ok(format!("{column} {dir}, {id_column} {dir}"))
}

/// The SQL column and direction (`ASC`/`DESC`) for `?sort=` (see [`order_by`]).
pub fn sort_key(
    sort: Option<&str>,
    default: &str,
    allowed: &[(&str, &'static str)],
) -> Result<(&'static str, &'static str), StoreError> {
    let sort = sort.filter(|s| !s.is_empty()).unwrap_or(default);
    let (desc, key) = match sort.strip_prefix('-') {
        Some(k) => (true, k),
        None => (false, sort.strip_prefix('+').unwrap_or(sort)),
    };
    let Some((_, column)) = allowed.iter().find(|(name, _)| *name == key) else {
        let names: Vec<&str> = allowed.iter().map(|(n, _)| *n).collect();
        return Err(StoreError::Invalid {
            field: "sort",
            message: format!(
                "unknown sort key {key:?}: use one of {} (prefix `-` for descending)",
                names.join(", ")
            ),
        });
    };
    Ok((column, if desc { "DESC" } else { "ASC" }))
}

/// `(limit, offset)` of a list query, bounded (see [`ListQuery::bounds`]).
pub fn page_bounds(q: &ListQuery) -> Result<(i64, i64), StoreError> {
    let (limit, offset) = q
        .bounds()
        .map_err(|(field, message)| StoreError::Invalid { field, message })?;
    Ok((limit as i64, offset as i64))
}

/// The lowercased search term, or `None` for no filter. Bounded: a term is a few words.
pub fn search_term(q: &ListQuery) -> Result<Option<String>, StoreError> {
    match q.search.as_deref().map(str::trim) {
        None | Some("") => Ok(None),
        Some(s) if s.len() > 256 => Err(StoreError::Invalid {
            field: "search",
            message: "longer than 256 bytes".into(),
        }),
        Some(s) => Ok(Some(s.to_lowercase())),
    }
}

/// The one row `key` names by ID prefix, after the whole-ID and name lookups found none (the
/// rule of [`crate::protocol::ids`]): a prefix of at least `MIN_PREFIX` characters matching one
/// ID is that row, several are `Ambiguous` (naming up to `MAX_CANDIDATES`), none `NotFound`; a
/// shorter key that could start an ID is `ShortPrefix`. A whole ID is its own prefix, so tables
/// without names need no other lookup. `select` ends with its `FROM`; `id_column` is the ID
/// column as `select` names it. IDs are ASCII, so `[prefix, prefix + U+10FFFF)` is exactly the
/// IDs starting with the prefix and the primary key index answers it.
pub fn by_id_prefix<T>(
    conn: &rusqlite::Connection,
    kind: &'static str,
    (select, id_column): (&str, &str),
    key: &str,
    row: impl FnMut(&rusqlite::Row<'_>) -> rusqlite::Result<T>,
    id_of: impl Fn(T) -> String,
) -> Result<T, StoreError> {
    let not_found = || StoreError::NotFound {
        kind,
        key: key.to_owned(),
    };
    let prefix = match ids::as_prefix(key) {
        PrefixKey::Prefix(prefix) => prefix,
        PrefixKey::TooShort => {
            return Err(StoreError::ShortPrefix {
                kind,
                prefix: key.to_owned(),
                min: ids::MIN_PREFIX,
            });
        }
        PrefixKey::NotAnId => return Err(not_found()),
    };
    let upper = format!("{prefix}\u{10FFFF}");
    let mut found: Vec<T> = conn
        .prepare_cached(&format!(
            "{select} WHERE {id_column} >= ?1 AND {id_column} < ?2 ORDER BY {id_column} LIMIT ?3"
        ))?
        .query_map(
            rusqlite::params![prefix, upper, ids::MAX_CANDIDATES as i64 + 1],
            row,
        )?
        .collect::<Result<_, _>>()?;
    match found.len() {
        0 => Err(not_found()),
        1 => found.pop().ok_or_else(not_found),
        n => Err(StoreError::Ambiguous {
            kind,
            prefix: key.to_owned(),
            more: n > ids::MAX_CANDIDATES,
            matches: found
                .into_iter()
                .take(ids::MAX_CANDIDATES)
                .map(id_of)
                .collect(),
        }),
    }
}

/// Checks a name that `{id}` looks objects up by (NaCls, snippets, uplinks): a name that could
/// be read as an ID or an ID prefix is refused ([`ids::name_problem`]).
pub fn check_lookup_name(field: &'static str, name: &str) -> Result<(), StoreError> {
    match ids::name_problem(name) {
        Some(message) => Err(StoreError::Invalid { field, message }),
        None => Ok(()),
    }
}

/// The SQL of one filtered, sorted list (see [`list_page`]).
pub struct Listing<'a> {
    /// The rows' query up to and including its `FROM` (a module's `SELECT` constant).
    pub select: &'a str,
    /// What that `FROM` names (with its alias), for the count.
    pub from: &'a str,
    /// A `WHERE ...` clause over the numbered parameters `?1..?n`.
    pub filter: &'a str,
    /// The `ORDER BY` expression ([`order_by`]).
    pub order: &'a str,
}

/// One page of a list: the count of every row the filter matches and the rows within
/// `(limit, offset)` ([`page_bounds`]). `params` are the filter's `?1..?n`; the bounds follow
/// them as `?n+1` and `?n+2`.
pub fn list_page<T>(
    conn: &rusqlite::Connection,
    listing: &Listing<'_>,
    mut params: Vec<rusqlite::types::Value>,
    (limit, offset): (i64, i64),
    row: impl FnMut(&rusqlite::Row<'_>) -> rusqlite::Result<T>,
) -> Result<Page<T>, StoreError> {
    let Listing {
        select,
        from,
        filter,
        order,
    } = listing;
    let total: i64 = conn
        .prepare_cached(&format!("SELECT count(*) FROM {from} {filter}"))?
        .query_row(rusqlite::params_from_iter(&params), |r| r.get(0))?;
    let n = params.len();
    params.push(limit.into());
    params.push(offset.into());
    let items = conn
        .prepare_cached(&format!(
            "{select} {filter} ORDER BY {order} LIMIT ?{} OFFSET ?{}",
            n + 1,
            n + 2
        ))?
        .query_map(rusqlite::params_from_iter(&params), row)?
        .collect::<Result<_, _>>()?;
    Ok(Page {
        items,
        total: total.max(0) as u64,
    })
}

/// Flushes a directory entry change (a rename) to disk.
pub fn sync_dir(dir: &Path) -> Result<(), StoreError> {
    std::fs::File::open(dir)
        .and_then(|d| d.sync_all())
        .map_err(|source| StoreError::Io {
            path: dir.to_owned(),
            source,
        })
}

/// Turns a uniqueness violation into [`StoreError::Duplicate`].
pub fn map_unique(e: rusqlite::Error, kind: &'static str, name: &str) -> StoreError {
    match &e {
        rusqlite::Error::SqliteFailure(f, _)
            if f.extended_code == rusqlite::ffi::SQLITE_CONSTRAINT_UNIQUE
                || f.extended_code == rusqlite::ffi::SQLITE_CONSTRAINT_PRIMARYKEY =>
        {
            StoreError::Duplicate {
                kind,
                name: name.to_owned(),
            }
        }
        _ => StoreError::Sql(e),
    }
}

/// Checks a name: non-empty, bounded, printable.
pub fn check_name(field: &'static str, name: &str, max: usize) -> Result<(), StoreError> {
    let message = if name.trim().is_empty() {
        "must not be empty".to_owned()
    } else if name.len() > max {
        format!("longer than {max} bytes")
    } else if name.chars().any(char::is_control) {
        "must not contain control characters".to_owned()
    } else if name != name.trim() {
        "must not start or end with spaces".to_owned()
    } else if name == "." || name == ".." {
        // URL clients resolve these path segments away, so the name could not be used in a URL.
        "must not be `.` or `..`".to_owned()
    } else {
        return Ok(());
    };
    Err(StoreError::Invalid { field, message })
}
