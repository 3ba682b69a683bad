//! Named text documents: the shared implementation of NaCls and snippets (same columns, same
//! rules: unique names, content up to [`MAX_CONTENT`] bytes). Reached through
//! [`Store::nacls`](super::Store::nacls) and [`Store::snippets`](super::Store::snippets).

use rusqlite::types::Value;
use rusqlite::{Connection, OptionalExtension, params};

use super::util::{
    Listing, by_id_prefix, check_lookup_name, check_name, from_ms, list_page, map_unique, now_ms,
    order_by, page_bounds, random_hex, search_term,
};
use super::{Store, StoreError};
use crate::protocol::documents::{
    Document, DocumentCreate, DocumentSummary, DocumentUpdate, MAX_CONTENT, MAX_NAME,
};
use crate::protocol::list::{ListQuery, Page};

/// The table of one kind of document.
#[derive(Clone, Copy)]
pub(super) struct Kind {
    pub table: &'static str,
    /// For messages: `NaCl`, `snippet`.
    pub kind: &'static str,
}

/// The `CREATE TABLE` of a document table.
macro_rules! document_schema {
    ($table:literal) => {
        concat!(
            "CREATE TABLE ",
            $table,
            " (
                id TEXT PRIMARY KEY NOT NULL,
                name TEXT NOT NULL UNIQUE,
                content TEXT NOT NULL,
                created INTEGER NOT NULL,
                updated INTEGER NOT NULL
            );
            CREATE INDEX ",
            $table,
            "_created ON ",
            $table,
            " (created);"
        )
    };
}
pub(super) use document_schema;

/// One kind of document in a store.
#[derive(Clone)]
pub struct Documents {
    store: Store,
    kind: Kind,
}

impl Documents {
    pub(super) fn new(store: &Store, kind: Kind) -> Self {
        Documents {
            store: store.clone(),
            kind,
        }
    }

    /// Creates a document; the name must be free.
    pub async fn create(&self, body: DocumentCreate) -> Result<Document, StoreError> {
        let kind = self.kind;
        self.store
            .call(move |conn| {
                check(kind, Some(&body.name), Some(&body.content))?;
                check_lookup_name("name", &body.name)?;
                let now = now_ms();
                let id = random_hex(8);
                conn.execute(
                    &format!(
                        "INSERT INTO {} (id, name, content, created, updated)
                         VALUES (?1, ?2, ?3, ?4, ?4)",
                        kind.table
                    ),
                    params![id, body.name, body.content, now],
                )
                .map_err(|e| map_unique(e, kind.kind, &body.name))?;
                get(conn, kind, &id)
            })
            .await
    }

    /// A document by whole ID, name, or unique ID prefix ([`crate::protocol::ids`]).
    pub async fn get(&self, key: &str) -> Result<Document, StoreError> {
        let (kind, key) = (self.kind, key.to_owned());
        self.store.call(move |conn| get(conn, kind, &key)).await
    }

    /// A page of documents (without content); `search` matches ID, name and content.
    /// Sort keys: `name` (default), `created`, `updated`, `size`, `id`.
    pub async fn list(&self, q: ListQuery) -> Result<Page<DocumentSummary>, StoreError> {
        let kind = self.kind;
        self.store.call(move |conn| list(conn, kind, &q)).await
    }

    /// Changes the name and/or content. A change to nothing (`{}`, or the values it has) writes
    /// nothing: `updated` stays.
    pub async fn update(&self, key: &str, body: DocumentUpdate) -> Result<Document, StoreError> {
        let (kind, key) = (self.kind, key.to_owned());
        self.store
            .call(move |conn| {
                check(kind, body.name.as_deref(), body.content.as_deref())?;
                let current = get(conn, kind, &key)?;
                // A name stored before the rule may stay; a new one must not read as an ID.
                if let Some(name) = body.name.as_deref().filter(|n| *n != current.name) {
                    check_lookup_name("name", name)?;
                }
                if body.name.as_ref().is_none_or(|n| *n == current.name)
                    && body.content.as_ref().is_none_or(|c| *c == current.content)
                {
                    return Ok(current);
                }
                let name = body.name.unwrap_or(current.name);
                let content = body.content.unwrap_or(current.content);
                conn.execute(
                    &format!(
                        "UPDATE {} SET name = ?2, content = ?3, updated = ?4 WHERE id = ?1",
                        kind.table
                    ),
                    params![current.id, name, content, now_ms()],
                )
                .map_err(|e| map_unique(e, kind.kind, &name))?;
                get(conn, kind, &current.id)
            })
            .await
    }

    /// Deletes a document; returns what it was.
    pub async fn delete(&self, key: &str) -> Result<Document, StoreError> {
        let (kind, key) = (self.kind, key.to_owned());
        self.store
            .call(move |conn| {
                let doc = get(conn, kind, &key)?;
                conn.execute(
                    &format!("DELETE FROM {} WHERE id = ?1", kind.table),
                    [&doc.id],
                )?;
                Ok(doc)
            })
            .await
    }
}

fn check(kind: Kind, name: Option<&str>, content: Option<&str>) -> Result<(), StoreError> {
    if let Some(name) = name {
        check_name("name", name, MAX_NAME)?;
    }
    if let Some(content) = content
        && content.len() > MAX_CONTENT
    {
        return Err(StoreError::TooLarge {
            what: format!("the {} content ({} bytes)", kind.kind, content.len()),
            limit: MAX_CONTENT as u64,
        });
    }
    Ok(())
}

fn row_to_doc(row: &rusqlite::Row<'_>) -> rusqlite::Result<Document> {
    Ok(Document {
        id: row.get(0)?,
        name: row.get(1)?,
        content: row.get(2)?,
        created: from_ms(row.get(3)?),
        updated: from_ms(row.get(4)?),
    })
}

fn get(conn: &Connection, kind: Kind, key: &str) -> Result<Document, StoreError> {
    let select = format!(
        "SELECT id, name, content, created, updated FROM {}",
        kind.table
    );
    let exact = conn
        .prepare_cached(&format!(
            "{select} WHERE id = ?1 OR name = ?1 ORDER BY id = ?1 DESC"
        ))?
        .query_row([key], row_to_doc)
        .optional()?;
    if let Some(doc) = exact {
        return Ok(doc);
    }
    by_id_prefix(conn, kind.kind, (&select, "id"), key, row_to_doc, |d| d.id)
}

fn list(conn: &Connection, kind: Kind, q: &ListQuery) -> Result<Page<DocumentSummary>, StoreError> {
    let order = order_by(
        q.sort.as_deref(),
        "name",
        &[
            ("name", "name"),
            ("created", "created"),
            ("updated", "updated"),
            ("size", "length(CAST(content AS BLOB))"),
            ("id", "id"),
        ],
        "id",
    )?;
    let (limit, offset) = page_bounds(q)?;
    let term = search_term(q)?;
    let filter = "WHERE ?1 IS NULL OR instr(id, ?1) > 0 OR instr(lower(name), ?1) > 0
        OR instr(lower(content), ?1) > 0";
    let table = kind.table;
    list_page(
        conn,
        &Listing {
            select: &format!(
                "SELECT id, name, length(CAST(content AS BLOB)), created, updated FROM {table}"
            ),
            from: table,
            filter,
            order: &order,
        },
        vec![term.map_or(Value::Null, Value::Text)],
        (limit, offset),
        |row| {
            Ok(DocumentSummary {
                id: row.get(0)?,
                name: row.get(1)?,
                size: row.get::<_, i64>(2)? as u64,
                created: from_ms(row.get(3)?),
                updated: from_ms(row.get(4)?),
            })
        },
    )
}
