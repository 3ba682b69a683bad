//! Images: a metadata row each, and the bytes as a content-addressed blob
//! `runtime_files/images/<sha1>`.
//!
//! Bytes are streamed into a temporary file in the same directory while they are hashed, then
//! fsynced and renamed to their ID, so a crash never leaves a partial image under a real ID. The
//! rename and the row are done together under the database lock, which also serialises them
//! against deletes. At start, [`recover`] removes temporary files and blobs no row knows (an
//! upload that never got its answer) and rows whose blob is gone.
//!
//! Streaming in is [`super::image_upload`]. For other modules: [`Store::put_image_from_bytes`] / [`Store::put_image_from_file`] store an
//! image, [`Store::get_image`] reads its metadata (whole ID or unique prefix) and
//! [`Store::image_blob_path`] names its file.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use bytes::Bytes;
use rusqlite::{Connection, params};

use super::util::{from_ms, page_bounds, search_term, sort_key};
use super::{Store, StoreError};
use crate::protocol::images::{Image, TrustedCertificate, is_full_id};
use crate::protocol::list::{ListQuery, Page};

pub(super) const SCHEMA: &str = "
CREATE TABLE images (
    id TEXT PRIMARY KEY NOT NULL,
    tag TEXT,
    size INTEGER NOT NULL,
    created INTEGER NOT NULL,
    service TEXT,
    builder_id TEXT,
    includeos_version TEXT,
    nacl_id TEXT,
    uplink_id TEXT,
    -- What `?search=` looks at in the row itself, lowercased once at write time.
    search TEXT GENERATED ALWAYS AS
        (lower(id || ' ' || coalesce(tag, '') || ' ' || coalesce(includeos_version, ''))) STORED
);
CREATE INDEX images_created ON images (created);
CREATE INDEX images_tag ON images (tag);
CREATE INDEX images_nacl ON images (nacl_id);
CREATE INDEX images_uplink ON images (uplink_id);
-- Substring search in O(matches): a trigram index over `search`, kept in step by triggers.
CREATE VIRTUAL TABLE images_fts USING fts5 (
    search, content = 'images', content_rowid = 'rowid', tokenize = 'trigram'
);
CREATE TRIGGER images_fts_insert AFTER INSERT ON images BEGIN
    INSERT INTO images_fts (rowid, search) VALUES (new.rowid, new.search);
END;
CREATE TRIGGER images_fts_delete AFTER DELETE ON images BEGIN
    INSERT INTO images_fts (images_fts, rowid, search) VALUES ('delete', old.rowid, old.search);
END;
CREATE TRIGGER images_fts_update AFTER UPDATE ON images BEGIN
    INSERT INTO images_fts (images_fts, rowid, search) VALUES ('delete', old.rowid, old.search);
    INSERT INTO images_fts (rowid, search) VALUES (new.rowid, new.search);
END;
";

/// Which certificate a built image trusts for its `https` uplink (its SHA-256 fingerprint and
/// whether it is the uplink port's own certificate or the uplink's CA).
pub(super) const TRUSTED_CERTIFICATE: &str = "
ALTER TABLE images ADD COLUMN trusted_fingerprint TEXT;
ALTER TABLE images ADD COLUMN trusted_source TEXT;
";

/// Directory of the blobs, under the runtime directory.
pub const BLOB_DIR: &str = "images";
/// Name prefix of the temporary files uploads write to.
pub(super) const TEMP_PREFIX: &str = ".upload-";

/// The metadata of a new image besides what its bytes decide (ID, size).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct NewImage {
    pub tag: Option<String>,
    pub service: Option<String>,
    pub builder_id: Option<String>,
    pub includeos_version: Option<String>,
    pub nacl_id: Option<String>,
    pub uplink_id: Option<String>,
    pub trusted_certificate: Option<TrustedCertificate>,
}

/// What storing an image did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PutImage {
    pub image: Image,
    /// False when an image with the same bytes existed already (it is returned unchanged).
    pub created: bool,
}

const SELECT: &str = "SELECT i.id, i.tag, i.size, i.created, i.service, i.builder_id,
        i.includeos_version, i.nacl_id, n.name, i.uplink_id, u.url, i.trusted_fingerprint,
        i.trusted_source
    FROM images i
    LEFT JOIN nacls n ON n.id = i.nacl_id
    LEFT JOIN uplinks u ON u.id = i.uplink_id";

fn row_to_image(row: &rusqlite::Row<'_>) -> rusqlite::Result<Image> {
    Ok(Image {
        id: row.get(0)?,
        tag: row.get(1)?,
        size: row.get::<_, i64>(2)? as u64,
        created: from_ms(row.get(3)?),
        service: row.get(4)?,
        builder_id: row.get(5)?,
        includeos_version: row.get(6)?,
        nacl_id: row.get(7)?,
        nacl_name: row.get(8)?,
        uplink_id: row.get(9)?,
        uplink_url: row.get(10)?,
        trusted_certificate: match (row.get::<_, Option<String>>(11)?, row.get(12)?) {
            (Some(fingerprint), Some(source)) => Some(TrustedCertificate {
                fingerprint,
                source,
            }),
            _ => None,
        },
    })
}

impl Store {
    /// The directory the image blobs are in.
    pub fn images_dir(&self) -> PathBuf {
        self.root().join(BLOB_DIR)
    }

    /// The file holding the bytes of the image with this whole ID (as in [`Image::id`]).
    pub fn image_blob_path(&self, id: &str) -> Result<PathBuf, StoreError> {
        if !is_full_id(id) {
            return Err(StoreError::NotFound {
                kind: "image",
                key: id.to_owned(),
            });
        }
        Ok(self.images_dir().join(id))
    }

    /// Stores an image from memory (builders store their outputs this way).
    pub async fn put_image_from_bytes(
        &self,
        bytes: Bytes,
        meta: NewImage,
    ) -> Result<PutImage, StoreError> {
        let mut upload = self.begin_image(u64::MAX);
        let mut offset = 0;
        while offset < bytes.len() {
            let end = (offset + (1 << 20)).min(bytes.len());
            upload.write(bytes.slice(offset..end)).await?;
            offset = end;
        }
        upload.finish(meta).await
    }

    /// Stores an image from a file, streaming it (the file is left in place).
    pub async fn put_image_from_file(
        &self,
        path: &Path,
        meta: NewImage,
    ) -> Result<PutImage, StoreError> {
        use futures_util::StreamExt;
        let io = |source| StoreError::Io {
            path: path.to_owned(),
            source,
        };
        let file = tokio::fs::File::open(path).await.map_err(io)?;
        let mut chunks = tokio_util::io::ReaderStream::with_capacity(file, 1 << 20);
        let mut upload = self.begin_image(u64::MAX);
        while let Some(chunk) = chunks.next().await {
            upload.write(chunk.map_err(io)?).await?;
        }
        upload.finish(meta).await
    }

    /// The image with this whole ID or unique prefix (at least 6 hex digits).
    pub async fn get_image(&self, id_or_prefix: &str) -> Result<Image, StoreError> {
        let key = id_or_prefix.to_ascii_lowercase();
        self.call(move |conn| lookup(conn, &key)).await
    }

    /// A page of images; `search` matches ID, tag, IncludeOS version, NaCl name and uplink url.
    /// Sort keys: `created` (default `-created`), `tag`, `size`, `id`, `version`, `service`.
    pub async fn list_images(&self, q: ListQuery) -> Result<Page<Image>, StoreError> {
        self.call(move |conn| list(conn, &q)).await
    }

    /// Deletes an image (whole ID or unique prefix) and its blob; returns what it was.
    pub async fn delete_image(&self, id_or_prefix: &str) -> Result<Image, StoreError> {
        let key = id_or_prefix.to_ascii_lowercase();
        let dir = self.images_dir();
        self.call(move |conn| {
            let image = lookup(conn, &key)?;
            conn.execute("DELETE FROM images WHERE id = ?1", [&image.id])?;
            // The row goes first: a crash in between leaves a blob without a row, which the
            // next start removes.
            let path = dir.join(&image.id);
            match std::fs::remove_file(&path) {
                Ok(()) => {}
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
                Err(source) => return Err(StoreError::Io { path, source }),
            }
            Ok(image)
        })
        .await
    }
}

/// Finds one image by whole ID or unique prefix.
pub(super) fn lookup(conn: &Connection, key: &str) -> Result<Image, StoreError> {
    super::util::by_id_prefix(conn, "image", (SELECT, "i.id"), key, row_to_image, |i| i.id)
}

fn list(conn: &Connection, q: &ListQuery) -> Result<Page<Image>, StoreError> {
    let (column, dir) = sort_key(
        q.sort.as_deref(),
        "-created",
        &[
            ("created", "i.created"),
            ("tag", "i.tag"),
            ("size", "i.size"),
            ("id", "i.id"),
            ("version", "i.includeos_version"),
            ("service", "i.service"),
        ],
    )?;
    let (limit, offset) = page_bounds(q)?;
    let Some(term) = search_term(q)? else {
        // No filter: walk the sort index for one page; the count comes from the smallest index.
        let total: i64 = conn
            .prepare_cached("SELECT count(*) FROM images")?
            .query_row([], |r| r.get(0))?;
        let items = conn
            .prepare_cached(&format!(
                "{SELECT} ORDER BY {column} {dir}, i.id {dir} LIMIT ?1 OFFSET ?2"
            ))?
            .query_map(params![limit, offset], row_to_image)?
            .collect::<Result<_, _>>()?;
        return Ok(Page {
            items,
            total: total as u64,
        });
    };
    // Parameters: ?1 the term as an FTS5 phrase, ?2 the lowercased term, ?3 limit, ?4 offset.
    // A row matches on its own `search` text (ID, tag, IncludeOS version), or through its NaCl
    // name or uplink url (small tables, matched once; nacl_id and uplink_id are indexed).
    let own = "instr(i.search, ?2) > 0";
    let linked = "i.nacl_id IN (SELECT id FROM nacls WHERE instr(lower(name), ?2) > 0)
        OR i.uplink_id IN (SELECT id FROM uplinks WHERE instr(lower(url), ?2) > 0)";
    // Terms of 3+ characters are looked up in the trigram index, in time proportional to the
    // matches; shorter ones scan the column.
    let fts = term.chars().count() >= 3;
    let fts_rows = "SELECT rowid FROM images_fts WHERE images_fts MATCH ?1";
    let phrase = format!("\"{}\"", term.replace('"', "\"\""));
    let count_sql = if fts {
        format!(
            "SELECT (SELECT count(*) FROM images_fts WHERE images_fts MATCH ?1)
                  + (SELECT count(*) FROM images i WHERE ({linked}) AND i.rowid NOT IN ({fts_rows}))"
        )
    } else {
        format!("SELECT count(*) FROM images i WHERE {own} OR {linked}")
    };
    let total: i64 = conn
        .prepare_cached(&count_sql)?
        .query_row(params![phrase, term], |r| r.get(0))?;
    if total <= offset {
        return Ok(Page {
            items: Vec::new(),
            total: total as u64,
        });
    }
    // When matches are common, walking the sort index and testing each row fills the page after
    // a few rows. When they are rare that walk would visit most of the table, so fetch the
    // matches and sort them instead (the unary `+` keeps SQLite off the sort index).
    let page_sql = if total > 3 * (offset + limit) {
        format!("{SELECT} WHERE {own} OR {linked} ORDER BY {column} {dir}, i.id {dir}")
    } else if fts {
        format!(
            "{SELECT} WHERE i.rowid IN ({fts_rows}) OR {linked} ORDER BY +{column} {dir}, i.id {dir}"
        )
    } else {
        format!("{SELECT} WHERE {own} OR {linked} ORDER BY +{column} {dir}, i.id {dir}")
    };
    let items = conn
        .prepare_cached(&format!("{page_sql} LIMIT ?3 OFFSET ?4"))?
        .query_map(params![phrase, term, limit, offset], row_to_image)?
        .collect::<Result<_, _>>()?;
    Ok(Page {
        items,
        total: total as u64,
    })
}

/// Start-up clean-up: temporary files of interrupted uploads, blobs without a row (their upload
/// never completed), rows without a blob (the file was removed behind our back).
pub(super) fn recover(root: &Path, conn: &Connection) -> Result<(), StoreError> {
    let dir = root.join(BLOB_DIR);
    let io = |source| StoreError::Io {
        path: dir.clone(),
        source,
    };
    std::fs::create_dir_all(&dir).map_err(io)?;
    let rows: HashSet<String> = conn
        .prepare("SELECT id FROM images")?
        .query_map([], |r| r.get::<_, String>(0))?
        .collect::<Result<_, _>>()?;
    let mut blobs = HashSet::new();
    for entry in std::fs::read_dir(&dir).map_err(io)? {
        let entry = entry.map_err(io)?;
        let name = entry.file_name().to_string_lossy().into_owned();
        let path = entry.path();
        if name.starts_with(TEMP_PREFIX) {
            tracing::info!("Removing {} left by an interrupted upload", path.display());
            let _ = std::fs::remove_file(&path);
        } else if is_full_id(&name) && !rows.contains(&name) {
            tracing::warn!(
                "Removing {}: no image record refers to it (its upload did not complete)",
                path.display()
            );
            let _ = std::fs::remove_file(&path);
        } else if is_full_id(&name) {
            blobs.insert(name);
        }
    }
    for id in rows.difference(&blobs) {
        tracing::warn!(
            "Forgetting image {id}: its file {} is missing",
            dir.join(id).display()
        );
        conn.execute("DELETE FROM images WHERE id = ?1", [id])?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use sha1::{Digest, Sha1};

    use super::*;

    fn elf(payload: &[u8]) -> Bytes {
        let mut v = b"\x7fELF".to_vec();
        v.extend_from_slice(payload);
        Bytes::from(v)
    }

    #[tokio::test]
    async fn same_bytes_are_stored_once() {
        let dir = tempfile::tempdir().expect("tempdir");
        let store = Store::open(dir.path()).expect("open");
        let bytes = elf(b"hello");
        let first = store
            .put_image_from_bytes(bytes.clone(), NewImage::default())
            .await
            .expect("put");
        assert!(first.created);
        assert_eq!(first.image.id, hex::encode(Sha1::digest(&bytes)));
        let again = store
            .put_image_from_bytes(
                bytes.clone(),
                NewImage {
                    tag: Some("other".into()),
                    ..Default::default()
                },
            )
            .await
            .expect("put again");
        assert!(!again.created);
        assert_eq!(again.image, first.image);
        let path = store.image_blob_path(&first.image.id).expect("path");
        assert_eq!(std::fs::read(path).expect("read"), bytes);
        let names: Vec<_> = std::fs::read_dir(store.images_dir())
            .expect("dir")
            .map(|e| e.expect("entry").file_name())
            .collect();
        assert_eq!(names.len(), 1, "no temporary files remain: {names:?}");
    }

    #[tokio::test]
    async fn prefixes_resolve_and_ambiguity_is_reported() {
        let dir = tempfile::tempdir().expect("tempdir");
        let store = Store::open(dir.path()).expect("open");
        let a = store
            .put_image_from_bytes(elf(b"a"), NewImage::default())
            .await
            .expect("put")
            .image;
        assert_eq!(store.get_image(&a.id[..6]).await.expect("prefix").id, a.id);
        assert_eq!(
            store
                .get_image(&a.id.to_uppercase())
                .await
                .expect("upper")
                .id,
            a.id
        );
        assert!(matches!(
            store.get_image(&a.id[..5]).await,
            Err(StoreError::ShortPrefix { .. })
        ));
        // Two rows sharing a prefix (inserted directly: finding real SHA-1 collisions on six
        // digits would take a while).
        let twin = format!("{}{}", &a.id[..6], "0".repeat(34));
        store
            .call(move |c| {
                c.execute(
                    "INSERT INTO images (id, size, created) VALUES (?1, 1, 0)",
                    [twin],
                )?;
                Ok(())
            })
            .await
            .expect("insert");
        assert!(matches!(
            store.get_image(&a.id[..6]).await,
            Err(StoreError::Ambiguous { .. })
        ));
    }

    #[tokio::test]
    async fn search_finds_nacl_names_and_uplink_urls() {
        use crate::protocol::documents::DocumentCreate;
        use crate::protocol::uplinks::{UplinkCreate, UplinkOptions};
        let dir = tempfile::tempdir().expect("tempdir");
        let store = Store::open(dir.path()).expect("open");
        let nacl = store
            .nacls()
            .create(DocumentCreate {
                name: "Frontend-Net".into(),
                content: "Iface eth0 {}".into(),
            })
            .await
            .expect("nacl");
        let uplink = store
            .create_uplink(UplinkCreate {
                name: "lab".into(),
                url: "https://lab.example:9090".into(),
                token: None,
                options: UplinkOptions::default(),
            })
            .await
            .expect("uplink");
        let built = store
            .put_image_from_bytes(
                elf(b"built"),
                NewImage {
                    tag: Some("web".into()),
                    service: Some("Starbase".into()),
                    builder_id: Some("0123456789ab".into()),
                    includeos_version: Some("v0.14.2".into()),
                    nacl_id: Some(nacl.id.clone()),
                    uplink_id: Some(uplink.id.clone()),
                    trusted_certificate: Some(TrustedCertificate {
                        fingerprint: "AB:CD".into(),
                        source: "uplink".into(),
                    }),
                },
            )
            .await
            .expect("put")
            .image;
        assert_eq!(
            built
                .trusted_certificate
                .as_ref()
                .map(|t| t.fingerprint.as_str()),
            Some("AB:CD")
        );
        assert_eq!(built.nacl_name.as_deref(), Some("Frontend-Net"));
        assert_eq!(
            built.uplink_url.as_deref(),
            Some("https://lab.example:9090")
        );
        store
            .put_image_from_bytes(elf(b"other"), NewImage::default())
            .await
            .expect("put");
        for term in ["frontend", "LAB.EXAMPLE", "v0.14", "web", &built.id[..10]] {
            let page = store
                .list_images(ListQuery {
                    search: Some(term.into()),
                    ..Default::default()
                })
                .await
                .expect("list");
            assert_eq!(page.total, 1, "{term}");
            assert_eq!(page.items[0].id, built.id, "{term}");
        }
    }

    #[tokio::test]
    async fn search_pages_agree_with_a_plain_filter() {
        let dir = tempfile::tempdir().expect("tempdir");
        let store = Store::open(dir.path()).expect("open");
        let tags: Vec<String> = (0..60)
            .map(|i| match i % 4 {
                0 => format!("web-{i}"),
                1 => format!("db-{i}"),
                2 => format!("Web\"q-{i}"),
                _ => format!("x{i}"),
            })
            .collect();
        let rows = tags.clone();
        store
            .call(move |c| {
                for (i, tag) in rows.iter().enumerate() {
                    let id = hex::encode(Sha1::digest(tag.as_bytes()));
                    c.execute(
                        "INSERT INTO images (id, tag, size, created) VALUES (?1, ?2, 1, ?3)",
                        params![id, tag, i as i64],
                    )?;
                }
                Ok(())
            })
            .await
            .expect("insert");
        // Short terms scan, longer ones use the trigram index; common and rare terms take
        // different plans; every page must match the plain answer.
        for term in ["web", "WEB\"", "b-", "x1", "x", "-5", "nothing"] {
            let lower = term.to_lowercase();
            let mut expected: Vec<&String> = tags
                .iter()
                .filter(|t| t.to_lowercase().contains(&lower))
                .collect();
            expected.reverse(); // newest first
            for (limit, offset) in [(5u64, 0u64), (5, 5), (50, 0), (3, 10), (5, 100)] {
                let page = store
                    .list_images(ListQuery {
                        search: Some(term.into()),
                        limit: Some(limit),
                        offset: Some(offset),
                        ..Default::default()
                    })
                    .await
                    .expect("list");
                assert_eq!(page.total, expected.len() as u64, "{term}");
                let got: Vec<String> = page.items.iter().filter_map(|i| i.tag.clone()).collect();
                let want: Vec<String> = expected
                    .iter()
                    .skip(offset as usize)
                    .take(limit as usize)
                    .map(|t| t.to_string())
                    .collect();
                assert_eq!(got, want, "{term} limit {limit} offset {offset}");
            }
        }
    }

    #[test]
    fn recovery_removes_partial_and_orphaned_files() {
        let dir = tempfile::tempdir().expect("tempdir");
        drop(Store::open(dir.path()).expect("open"));
        let images = dir.path().join(BLOB_DIR);
        std::fs::write(images.join(".upload-deadbeef"), b"\x7fELFpartial").expect("write");
        let orphan = "a".repeat(40);
        std::fs::write(images.join(&orphan), b"\x7fELF").expect("write");
        let store = Store::open(dir.path()).expect("reopen");
        assert_eq!(
            std::fs::read_dir(&images).expect("dir").count(),
            0,
            "start-up cleaned the directory"
        );
        drop(store);
    }
}
