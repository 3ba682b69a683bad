//! Uplinks: where and how instances of an image dock (url, token and the optional keys of the
//! uplink config). The default uplink is created once, at the first start.

use rusqlite::types::Value;
use rusqlite::{Connection, OptionalExtension, params};

use super::util::{
    Listing, by_id_prefix, check_lookup_name, check_name, from_ms, list_page, map_unique, now_ms,
    order_by, page_bounds, random_hex, search_term,
};
use super::{Store, StoreError};
use crate::protocol::list::{ListQuery, Page};
use crate::protocol::uplinks::{
    MAX_SEND_STATS_MS, MIN_TOKEN_LEN, Uplink, UplinkCreate, UplinkIndex, UplinkOptions,
    UplinkUpdate, check_instance_url,
};

pub(super) const SCHEMA: &str = "
CREATE TABLE uplinks (
    id TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL UNIQUE,
    url TEXT NOT NULL,
    token TEXT NOT NULL,
    options TEXT NOT NULL,
    created INTEGER NOT NULL
);
";

/// `updated`: when an uplink last changed (its `created` for the ones stored before).
pub const UPDATED_MIGRATION: &str = "
ALTER TABLE uplinks ADD COLUMN updated INTEGER NOT NULL DEFAULT 0;
UPDATE uplinks SET updated = created;
";

/// The name of the uplink created at first start.
pub const DEFAULT_NAME: &str = "default";
const MAX_TOKEN: usize = 512;
/// `meta` key recording that the default uplink was made (so deleting it is respected).
const DEFAULT_MADE: &str = "default_uplink_created";

impl Store {
    /// Creates an uplink; the name must be free, a missing token is generated.
    pub async fn create_uplink(&self, body: UplinkCreate) -> Result<Uplink, StoreError> {
        self.call(move |conn| {
            if let Some(token) = &body.token {
                check_token_length(token)?;
            }
            check_lookup_name("name", &body.name)?;
            let token = body.token.unwrap_or_else(new_token);
            let uplink = Uplink {
                id: random_hex(8),
                name: body.name,
                url: normalize_url(&body.url)?,
                token,
                options: body.options,
                created: from_ms(now_ms()),
                updated: from_ms(now_ms()),
                presented_certificate: None,
                problems: Vec::new(),
            };
            check_usable(&uplink.url)?;
            validate(&uplink)?;
            insert(conn, &uplink)?;
            get(conn, &uplink.id)
        })
        .await
    }

    /// An uplink by whole ID, name, or unique ID prefix.
    pub async fn get_uplink(&self, key: &str) -> Result<Uplink, StoreError> {
        let key = key.to_owned();
        self.call(move |conn| get(conn, &key)).await
    }

    /// A page of uplinks; `search` matches ID, name and url. Sort keys: `name` (default),
    /// `created`, `url`, `id`.
    pub async fn list_uplinks(&self, q: ListQuery) -> Result<Page<Uplink>, StoreError> {
        self.call(move |conn| list(conn, &q)).await
    }

    /// Changes an uplink.
    pub async fn update_uplink(&self, key: &str, body: UplinkUpdate) -> Result<Uplink, StoreError> {
        let key = key.to_owned();
        self.call(move |conn| {
            let mut uplink = get(conn, &key)?;
            // A name stored before the rule may stay; a new one must not read as an ID.
            if let Some(name) = body.name.as_deref().filter(|n| *n != uplink.name) {
                check_lookup_name("name", name)?;
            }
            // Only a new token is checked: an uplink stored with a short one keeps working
            // (flagged in `problems`) until it is replaced.
            if let Some(token) = &body.token {
                check_token_length(token)?;
            }
            body.apply(&mut uplink);
            uplink.url = normalize_url(&uplink.url)?;
            // Only a new url is checked: an uplink stored before the check can still be renamed
            // (it shows its problem until its url is fixed).
            if body.url.is_some() {
                check_usable(&uplink.url)?;
            }
            validate(&uplink)?;
            let options = options_json(&uplink.options)?;
            conn.execute(
                "UPDATE uplinks SET name = ?2, url = ?3, token = ?4, options = ?5, updated = ?6
                 WHERE id = ?1",
                params![
                    uplink.id,
                    uplink.name,
                    uplink.url,
                    uplink.token,
                    options,
                    now_ms()
                ],
            )
            .map_err(|e| map_unique(e, "uplink", &uplink.name))?;
            get(conn, &uplink.id)
        })
        .await
    }

    /// Deletes an uplink; returns what it was.
    pub async fn delete_uplink(&self, key: &str) -> Result<Uplink, StoreError> {
        let key = key.to_owned();
        self.call(move |conn| {
            let uplink = get(conn, &key)?;
            conn.execute("DELETE FROM uplinks WHERE id = ?1", [&uplink.id])?;
            Ok(uplink)
        })
        .await
    }

    /// Every stored uplink whose url instances cannot use (stored before the check existed, or
    /// written into the database by hand), by name.
    pub async fn unusable_uplinks(&self) -> Result<Vec<Uplink>, StoreError> {
        self.call(|conn| {
            let mut stmt = conn.prepare(&format!("{SELECT} ORDER BY name"))?;
            let all = stmt
                .query_map([], row_to_uplink)?
                .collect::<Result<Vec<_>, _>>()?;
            Ok(all
                .into_iter()
                .filter(|u| !Uplink::url_problems(&u.url).is_empty())
                .collect())
        })
        .await
    }

    /// Every stored uplink whose token is shorter than [`MIN_TOKEN_LEN`] (set before the limit
    /// existed: flagged, still accepted, so a running fleet keeps docking), by name.
    pub async fn weak_token_uplinks(&self) -> Result<Vec<Uplink>, StoreError> {
        self.call(|conn| {
            let mut stmt =
                conn.prepare(&format!("{SELECT} WHERE length(token) < ?1 ORDER BY name"))?;
            let all = stmt
                .query_map([MIN_TOKEN_LEN as i64], row_to_uplink)?
                .collect::<Result<Vec<_>, _>>()?;
            Ok(all)
        })
        .await
    }

    /// The ID and token of every stored uplink, oldest first (the hangar accepts any of them).
    pub async fn all_uplink_tokens(&self) -> Result<Vec<(String, String)>, StoreError> {
        self.call(|conn| {
            let mut stmt = conn.prepare("SELECT id, token FROM uplinks ORDER BY created, id")?;
            let tokens = stmt
                .query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))?
                .collect::<Result<Vec<_>, _>>()?;
            Ok(tokens)
        })
        .await
    }

    /// The uplink whose token this is (the hangar authenticates instances with it).
    pub async fn find_uplink_by_token(&self, token: &str) -> Result<Option<Uplink>, StoreError> {
        let token = token.to_owned();
        self.call(move |conn| {
            let id: Option<String> = conn
                .query_row("SELECT id FROM uplinks WHERE token = ?1", [&token], |r| {
                    r.get(0)
                })
                .optional()?;
            id.map(|id| get(conn, &id)).transpose()
        })
        .await
    }

    /// The oldest uplink whose url is `url` (normalized; upgrades build for the uplink an
    /// instance reports).
    pub async fn find_uplink_by_url(&self, url: &str) -> Result<Option<Uplink>, StoreError> {
        let url = normalize_url(url).unwrap_or_else(|_| url.trim().to_owned());
        self.call(move |conn| {
            let id: Option<String> = conn
                .query_row(
                    "SELECT id FROM uplinks WHERE url = ?1 ORDER BY created, id LIMIT 1",
                    [&url],
                    |r| r.get(0),
                )
                .optional()?;
            id.map(|id| get(conn, &id)).transpose()
        })
        .await
    }

    /// At the first start only, creates the uplink `default` pointing at `url` with a random
    /// token; returns it when it was created.
    pub async fn ensure_default_uplink(&self, url: String) -> Result<Option<Uplink>, StoreError> {
        self.call(move |conn| {
            let tx = conn.transaction()?;
            let made: Option<String> = tx
                .query_row(
                    "SELECT value FROM meta WHERE key = ?1",
                    [DEFAULT_MADE],
                    |r| r.get(0),
                )
                .optional()?;
            if made.is_some() {
                return Ok(None);
            }
            let mut uplink = Uplink {
                id: random_hex(8),
                name: DEFAULT_NAME.into(),
                url: normalize_url(&url)?,
                token: new_token(),
                options: UplinkOptions::default(),
                created: from_ms(now_ms()),
                updated: from_ms(now_ms()),
                presented_certificate: None,
                problems: Vec::new(),
            };
            // Someone may have made an uplink of that name by hand (e.g. after a store without
            // the marker was restored): leave it alone.
            let taken: Option<String> = tx
                .query_row(
                    "SELECT id FROM uplinks WHERE name = ?1",
                    [DEFAULT_NAME],
                    |r| r.get(0),
                )
                .optional()?;
            let created = if taken.is_none() {
                insert(&tx, &uplink)?;
                uplink = get(&tx, &uplink.id)?;
                Some(uplink)
            } else {
                None
            };
            tx.execute(
                "INSERT INTO meta (key, value) VALUES (?1, ?2)",
                params![DEFAULT_MADE, now_ms().to_string()],
            )?;
            tx.commit()?;
            Ok(created)
        })
        .await
    }
}

/// 256 random bits, hex.
fn new_token() -> String {
    random_hex(32)
}

/// A token set by hand must be at least [`MIN_TOKEN_LEN`] characters: every instance built
/// for the uplink carries it, and with it anyone can dock as those instances.
pub fn check_token_length(token: &str) -> Result<(), StoreError> {
    if token.len() < MIN_TOKEN_LEN {
        return Err(StoreError::Invalid {
            field: "token",
            message: format!(
                "is {} characters; a token must be at least {MIN_TOKEN_LEN} (leave it out to \
                 have a random one generated)",
                token.len()
            ),
        });
    }
    Ok(())
}

fn options_json(options: &UplinkOptions) -> Result<String, StoreError> {
    serde_json::to_string(options).map_err(|e| StoreError::Worker(e.to_string()))
}

fn insert(conn: &Connection, uplink: &Uplink) -> Result<(), StoreError> {
    conn.execute(
        "INSERT INTO uplinks (id, name, url, token, options, created, updated)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)",
        params![
            uplink.id,
            uplink.name,
            uplink.url,
            uplink.token,
            options_json(&uplink.options)?,
            now_ms()
        ],
    )
    .map_err(|e| map_unique(e, "uplink", &uplink.name))?;
    Ok(())
}

const SELECT: &str = "SELECT id, name, url, token, options, created, updated FROM uplinks";

fn row_to_uplink(row: &rusqlite::Row<'_>) -> rusqlite::Result<Uplink> {
    let options: String = row.get(4)?;
    let url: String = row.get(2)?;
    let token: String = row.get(3)?;
    let mut problems = Uplink::url_problems(&url);
    problems.extend(Uplink::token_problems(&token));
    Ok(Uplink {
        id: row.get(0)?,
        name: row.get(1)?,
        problems,
        url,
        token,
        // Written by this module from the same type; an unreadable value means defaults.
        options: serde_json::from_str(&options).unwrap_or_default(),
        created: from_ms(row.get(5)?),
        updated: from_ms(row.get(6)?),
        presented_certificate: None,
    })
}

/// An uplink by whole ID, name, or unique ID prefix ([`crate::protocol::ids`]).
fn get(conn: &Connection, key: &str) -> Result<Uplink, StoreError> {
    let exact = conn
        .prepare_cached(&format!(
            "{SELECT} WHERE id = ?1 OR name = ?1 ORDER BY id = ?1 DESC LIMIT 1"
        ))?
        .query_row([key], row_to_uplink)
        .optional()?;
    match exact {
        Some(uplink) => Ok(uplink),
        None => by_id_prefix(conn, "uplink", (SELECT, "id"), key, row_to_uplink, |u| u.id),
    }
}

fn list(conn: &Connection, q: &ListQuery) -> Result<Page<Uplink>, StoreError> {
    let order = order_by(
        q.sort.as_deref(),
        "name",
        &[
            ("name", "name"),
            ("created", "created"),
            ("updated", "updated"),
            ("url", "url"),
            ("id", "id"),
        ],
        "id",
    )?;
    let (limit, offset) = page_bounds(q)?;
    let term = search_term(q)?;
    let filter = "WHERE ?1 IS NULL OR instr(id, ?1) > 0 OR instr(lower(name), ?1) > 0
        OR instr(lower(url), ?1) > 0";
    list_page(
        conn,
        &Listing {
            select: SELECT,
            from: "uplinks",
            filter,
            order: &order,
        },
        vec![term.map_or(Value::Null, Value::Text)],
        (limit, offset),
        row_to_uplink,
    )
}

/// `scheme://host[:port]` with scheme http or https, no path, query or credentials; returned
/// without a trailing slash (instances append `/auth` and build `/dock` from host and port).
pub fn normalize_url(raw: &str) -> Result<String, StoreError> {
    let invalid = |message: String| StoreError::Invalid {
        field: "url",
        message,
    };
    let url = url::Url::parse(raw.trim()).map_err(|e| {
        invalid(format!(
            "{raw:?} is not a URL ({e}): write it as https://host:9090"
        ))
    })?;
    if !matches!(url.scheme(), "http" | "https") {
        return Err(invalid(format!(
            "{raw:?} has scheme {:?}: use http or https",
            url.scheme()
        )));
    }
    let Some(host) = url.host_str().filter(|h| !h.is_empty()) else {
        return Err(invalid(format!("{raw:?} has no host")));
    };
    if !url.username().is_empty() || url.password().is_some() {
        return Err(invalid(format!(
            "{raw:?} has credentials in it: the uplink token authenticates instances"
        )));
    }
    if url.path() != "/" || url.query().is_some() || url.fragment().is_some() {
        return Err(invalid(format!(
            "{raw:?} has a path or query: instances use only scheme, host and port"
        )));
    }
    Ok(match url.port() {
        Some(port) => format!("{}://{host}:{port}", url.scheme()),
        None => format!("{}://{host}", url.scheme()),
    })
}

/// Refuses a url IncludeOS instances cannot dock at ([`check_instance_url`]).
fn check_usable(url: &str) -> Result<(), StoreError> {
    check_instance_url(url).map_err(|e| StoreError::Invalid {
        field: "url",
        message: e.to_string(),
    })
}

fn validate(u: &Uplink) -> Result<(), StoreError> {
    check_name("name", &u.name, 128)?;
    let token_error = if u.token.is_empty() {
        Some("must not be empty".to_owned())
    } else if u.token.len() > MAX_TOKEN {
        Some(format!("longer than {MAX_TOKEN} bytes"))
    } else if !u
        .token
        .bytes()
        .all(|b| b.is_ascii_graphic() && b != b'"' && b != b'\\')
    {
        // The instance writes the token into hand-made JSON: quotes, backslashes and
        // whitespace would break its auth request.
        Some("may hold only printable ASCII without spaces, quotes or backslashes".to_owned())
    } else {
        None
    };
    if let Some(message) = token_error {
        return Err(StoreError::Invalid {
            field: "token",
            message,
        });
    }
    let o = &u.options;
    if let Some(UplinkIndex::Name(name)) = &o.index {
        check_name("index", name, 64)?;
    }
    if let Some(tag) = &o.tag {
        check_name("tag", tag, 128)?;
    }
    if let Some(certs) = &o.certs {
        check_name("certs", certs, 256)?;
    }
    if let Some(ms) = o.send_stats.filter(|ms| *ms > MAX_SEND_STATS_MS) {
        return Err(StoreError::Invalid {
            field: "send_stats",
            message: format!(
                "{ms} ms is over {MAX_SEND_STATS_MS} (2^31-1): instances read it as a 32-bit \
                 signed number of milliseconds; use at most {MAX_SEND_STATS_MS} (about 24.8 days)"
            ),
        });
    }
    if let Some(ca) = &o.ca {
        check_ca(ca)?;
    }
    Ok(())
}

/// Largest `ca` accepted: a few certificates.
const MAX_CA: usize = 64 << 10;

/// `ca` must be PEM certificates (one or more): instances load it as their trust store.
fn check_ca(ca: &str) -> Result<(), StoreError> {
    let invalid = |why: String| StoreError::Invalid {
        field: "ca",
        message: why,
    };
    if ca.len() > MAX_CA {
        return Err(invalid(format!(
            "is {} bytes; at most {MAX_CA} bytes of PEM certificates are accepted",
            ca.len()
        )));
    }
    match openssl::x509::X509::stack_from_pem(ca.as_bytes()) {
        Ok(certs) if !certs.is_empty() => Ok(()),
        Ok(_) => Err(invalid(
            "holds no PEM certificate: give the CA certificate that signs the uplink's \
             certificate (-----BEGIN CERTIFICATE----- ...)"
                .into(),
        )),
        Err(e) => Err(invalid(format!(
            "is not PEM certificates ({e}): give the CA certificate that signs the uplink's \
             certificate (-----BEGIN CERTIFICATE----- ...)"
        ))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_are_checked_and_normalized() {
        assert_eq!(
            normalize_url("https://10.0.0.1:9090/").expect("ok"),
            "https://10.0.0.1:9090"
        );
        assert_eq!(
            normalize_url("http://[::1]:9090").expect("ok"),
            "http://[::1]:9090"
        );
        for bad in [
            "ftp://x:1",
            "https://",
            "10.0.0.1:9090",
            "https://h:1/path",
            "https://u:p@h:1",
            "",
        ] {
            let err = normalize_url(bad).expect_err(bad);
            assert!(
                matches!(err, StoreError::Invalid { field: "url", .. }),
                "{bad}"
            );
        }
    }

    #[tokio::test]
    async fn urls_instances_cannot_use_are_refused_and_stored_ones_flagged() {
        let dir = tempfile::tempdir().expect("tempdir");
        let store = Store::open(dir.path()).expect("open");
        let create = |url: &str| UplinkCreate {
            name: "lab".into(),
            url: url.into(),
            token: None,
            options: UplinkOptions::default(),
        };
        for bad in ["https://mothership2:9090", "http://[::1]:9090"] {
            let err = store.create_uplink(create(bad)).await.expect_err(bad);
            assert!(
                matches!(err, StoreError::Invalid { field: "url", .. }),
                "{bad}: {err}"
            );
        }
        let lab = store
            .create_uplink(create("https://mothership:9090"))
            .await
            .expect("usable");
        assert!(lab.problems.is_empty());
        let change = UplinkUpdate {
            url: Some("http://ip-10-0-0-12:9090".into()),
            ..Default::default()
        };
        store
            .update_uplink("lab", change)
            .await
            .expect_err("refused");

        // One stored before the check: flagged, and still editable but for its url.
        store
            .call(|c| {
                c.execute("UPDATE uplinks SET url = 'https://mothership2:9090'", [])?;
                Ok(())
            })
            .await
            .expect("write");
        let old = store.get_uplink("lab").await.expect("get");
        assert_eq!(old.problems.len(), 1, "{:?}", old.problems);
        let rename = UplinkUpdate {
            name: Some("lab2".into()),
            ..Default::default()
        };
        store.update_uplink("lab", rename).await.expect("rename");
        let flagged = store.unusable_uplinks().await.expect("list");
        assert_eq!(flagged.len(), 1);
        assert_eq!(flagged[0].name, "lab2");
    }

    #[tokio::test]
    async fn default_uplink_is_made_once() {
        let dir = tempfile::tempdir().expect("tempdir");
        let store = Store::open(dir.path()).expect("open");
        let made = store
            .ensure_default_uplink("https://10.1.2.3:9090".into())
            .await
            .expect("ensure")
            .expect("created");
        assert_eq!(made.name, DEFAULT_NAME);
        assert_eq!(made.token.len(), 64, "256 random bits");
        store.delete_uplink("default").await.expect("delete");
        assert!(
            store
                .ensure_default_uplink("https://10.1.2.3:9090".into())
                .await
                .expect("ensure")
                .is_none(),
            "a deleted default uplink stays deleted"
        );
    }
}
