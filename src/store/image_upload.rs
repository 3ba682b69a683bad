//! Streaming an image into the store: chunks are gathered into batches, and each batch is hashed
//! and written to a temporary file beside the blobs on the blocking pool — a thread is taken only
//! while a batch is written, never while the upload waits for the network (a stalled upload holds
//! none). One batch is written while the next is read. `finish` fsyncs the file and renames it
//! to its SHA-1 under the database lock (see [`super::images`]).

use std::io::Write;
use std::path::{Path, PathBuf};

use bytes::{Bytes, BytesMut};
use rusqlite::params;
use sha1::{Digest, Sha1};
use tokio::task::JoinHandle;

use super::images::{NewImage, PutImage, TEMP_PREFIX, lookup};
use super::util::{now_ms, random_hex, sync_dir};
use super::{Store, StoreError};

/// Network chunks (16 KiB HTTP/2 frames, say) are gathered to about this size before they are
/// written, so the blocking pool is asked once per batch, not per frame. With one batch being
/// written and one being read, an upload holds about two batches of memory.
const BATCH: usize = 256 << 10;
/// Bytes written between two requests to the kernel to start writing back, so the final fsync
/// only has the tail left to wait for instead of the whole image.
const WRITEBACK_STEP: u64 = 8 << 20;
const ELF_MAGIC: &[u8; 4] = b"\x7fELF";

impl Store {
    /// Starts streaming a new image; bytes over `limit` fail with [`StoreError::ImageTooLarge`],
    /// bytes that do not start like an ELF file with [`StoreError::NotElf`]. Nothing is created
    /// on disk before the first batch is written.
    pub fn begin_image(&self, limit: u64) -> ImageUpload {
        let temp = self
            .images_dir()
            .join(format!("{TEMP_PREFIX}{}", random_hex(8)));
        ImageUpload {
            store: self.clone(),
            blob: Some(Blob::new(temp)),
            writing: None,
            received: 0,
            limit,
            head: Vec::with_capacity(ELF_MAGIC.len()),
            pending: BytesMut::new(),
        }
    }
}

/// An image being streamed in. Dropping it unfinished removes what was written (once a batch
/// being written, if any, is done).
pub struct ImageUpload {
    store: Store,
    /// The file between two writes (`None` while a batch is being written).
    blob: Option<Blob>,
    /// The batch being written on the blocking pool; hands the file back.
    writing: Option<JoinHandle<Result<Blob, StoreError>>>,
    received: u64,
    limit: u64,
    head: Vec<u8>,
    /// Small chunks gathered into a batch.
    pending: BytesMut,
}

impl ImageUpload {
    /// Bytes accepted so far.
    pub fn received(&self) -> u64 {
        self.received
    }

    /// Appends a chunk.
    pub async fn write(&mut self, chunk: Bytes) -> Result<(), StoreError> {
        if chunk.is_empty() {
            return Ok(());
        }
        self.received = self.received.saturating_add(chunk.len() as u64);
        if self.received > self.limit {
            return Err(StoreError::ImageTooLarge {
                size: None,
                limit: self.limit,
            });
        }
        if self.head.len() < ELF_MAGIC.len() {
            let want = ELF_MAGIC.len() - self.head.len();
            self.head.extend_from_slice(&chunk[..want.min(chunk.len())]);
            if !ELF_MAGIC.starts_with(&self.head) {
                return Err(not_elf(&self.head));
            }
        }
        if self.pending.is_empty() && chunk.len() >= BATCH / 4 {
            return self.send(chunk).await;
        }
        self.pending.extend_from_slice(&chunk);
        if self.pending.len() >= BATCH {
            let batch = self.pending.split().freeze();
            return self.send(batch).await;
        }
        Ok(())
    }

    /// The file, once the batch being written (if any) is done.
    async fn settle(&mut self) -> Result<Blob, StoreError> {
        if let Some(writing) = self.writing.take() {
            return writing
                .await
                .map_err(|e| StoreError::Worker(e.to_string()))?;
        }
        self.blob
            .take()
            .ok_or_else(|| StoreError::Worker("the image writer failed earlier".into()))
    }

    /// Writes `batch` on the blocking pool, after the previous one; returns without waiting
    /// for it.
    async fn send(&mut self, batch: Bytes) -> Result<(), StoreError> {
        let mut blob = self.settle().await?;
        self.writing = Some(tokio::task::spawn_blocking(move || {
            blob.write(&batch)?;
            Ok(blob)
        }));
        Ok(())
    }

    /// Completes the image: flushes it to disk, moves it to its ID and records `meta` (unless
    /// the same bytes are stored already).
    pub async fn finish(self, meta: NewImage) -> Result<PutImage, StoreError> {
        if self.head.len() < ELF_MAGIC.len() {
            return Err(not_elf(&self.head));
        }
        let mut this = self;
        if !this.pending.is_empty() {
            let batch = this.pending.split().freeze();
            this.send(batch).await?;
        }
        let blob = this.settle().await?;
        let written = tokio::task::spawn_blocking(move || blob.finish())
            .await
            .map_err(|e| StoreError::Worker(e.to_string()))??;
        let store = this.store.clone();
        let dir = store.images_dir();
        store
            .call(move |conn| {
                let path = dir.join(&written.id);
                std::fs::rename(&written.temp.path, &path).map_err(|source| StoreError::Io {
                    path: path.clone(),
                    source,
                })?;
                written.temp.persisted();
                sync_dir(&dir)?;
                let inserted = conn.execute(
                    "INSERT OR IGNORE INTO images (id, tag, size, created, service, builder_id,
                         includeos_version, nacl_id, uplink_id, trusted_fingerprint,
                         trusted_source)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
                    params![
                        written.id,
                        meta.tag,
                        written.size as i64,
                        now_ms(),
                        meta.service,
                        meta.builder_id,
                        meta.includeos_version,
                        meta.nacl_id,
                        meta.uplink_id,
                        meta.trusted_certificate.as_ref().map(|t| &t.fingerprint),
                        meta.trusted_certificate.as_ref().map(|t| &t.source)
                    ],
                )?;
                let image = lookup(conn, &written.id)?;
                Ok(PutImage {
                    image,
                    created: inserted == 1,
                })
            })
            .await
    }
}

fn not_elf(head: &[u8]) -> StoreError {
    if head.is_empty() {
        StoreError::NotElf("the upload is empty".into())
    } else {
        StoreError::NotElf(format!(
            "it does not start with the ELF magic bytes 7f 45 4c 46 (it starts with {}); \
             upload the IncludeOS binary the build produced",
            hex::encode(head)
        ))
    }
}

/// A temporary file removed on drop unless it was moved into place.
struct TempFile {
    path: PathBuf,
    keep: std::cell::Cell<bool>,
}

impl TempFile {
    fn persisted(&self) {
        self.keep.set(true);
    }
}

impl Drop for TempFile {
    fn drop(&mut self) {
        if !self.keep.get() {
            let _ = std::fs::remove_file(&self.path);
        }
    }
}

/// What was written: a synced temporary file and its hash.
struct Written {
    temp: TempFile,
    id: String,
    size: u64,
}

/// The temporary file of an upload, its hash and size so far. Created with the first batch;
/// removed when dropped unless [`Blob::finish`] handed it on and it was moved into place.
struct Blob {
    guard: TempFile,
    file: Option<std::fs::File>,
    hasher: Sha1,
    size: u64,
    writeback_from: u64,
}

impl Blob {
    fn new(path: PathBuf) -> Self {
        Blob {
            guard: TempFile {
                path,
                keep: std::cell::Cell::new(false),
            },
            file: None,
            hasher: Sha1::new(),
            size: 0,
            writeback_from: 0,
        }
    }

    /// Hashes and writes one batch (blocking).
    fn write(&mut self, chunk: &[u8]) -> Result<(), StoreError> {
        let file = match &mut self.file {
            Some(f) => f,
            None => {
                let f = std::fs::File::create_new(&self.guard.path)
                    .map_err(|e| io_error(&self.guard.path, e))?;
                self.file.insert(f)
            }
        };
        self.hasher.update(chunk);
        file.write_all(chunk)
            .map_err(|e| io_error(&self.guard.path, e))?;
        self.size += chunk.len() as u64;
        if self.size - self.writeback_from >= WRITEBACK_STEP {
            start_writeback(file, self.writeback_from, self.size - self.writeback_from);
            self.writeback_from = self.size;
        }
        Ok(())
    }

    /// Flushes the file to disk (blocking).
    fn finish(self) -> Result<Written, StoreError> {
        let Some(file) = &self.file else {
            return Err(StoreError::Worker("no image bytes were written".into()));
        };
        file.sync_all().map_err(|e| io_error(&self.guard.path, e))?;
        Ok(Written {
            id: hex::encode(self.hasher.finalize()),
            size: self.size,
            temp: self.guard,
        })
    }
}

fn io_error(path: &Path, source: std::io::Error) -> StoreError {
    if is_disk_full(&source) {
        StoreError::DiskFull {
            path: path.to_owned(),
        }
    } else {
        StoreError::Io {
            path: path.to_owned(),
            source,
        }
    }
}

/// Asks the kernel to start writing a range of the file to disk now, without waiting (Linux).
/// Only a head start for the final fsync, which reports any error; so errors are ignored here.
#[cfg(target_os = "linux")]
fn start_writeback(file: &std::fs::File, offset: u64, len: u64) {
    use std::os::fd::AsRawFd;
    // SAFETY: the descriptor is open for the call; the kernel only reads the arguments.
    unsafe {
        libc::sync_file_range(
            file.as_raw_fd(),
            offset as libc::off64_t,
            len as libc::off64_t,
            libc::SYNC_FILE_RANGE_WRITE,
        );
    }
}

#[cfg(not(target_os = "linux"))]
fn start_writeback(_file: &std::fs::File, _offset: u64, _len: u64) {}

/// ENOSPC or EDQUOT: the disk (or the quota) is full.
pub fn is_disk_full(e: &std::io::Error) -> bool {
    e.kind() == std::io::ErrorKind::StorageFull
        || matches!(e.raw_os_error(), Some(libc::ENOSPC) | Some(libc::EDQUOT))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn elf(payload: &[u8]) -> Bytes {
        let mut v = ELF_MAGIC.to_vec();
        v.extend_from_slice(payload);
        Bytes::from(v)
    }

    #[tokio::test]
    async fn rejected_uploads_leave_nothing() {
        let dir = tempfile::tempdir().expect("tempdir");
        let store = Store::open(dir.path()).expect("open");
        let mut up = store.begin_image(u64::MAX);
        assert!(matches!(
            up.write(Bytes::from_static(b"MZ\x90\x00")).await,
            Err(StoreError::NotElf(_))
        ));
        drop(up);
        let mut up = store.begin_image(8);
        up.write(elf(b"1234")).await.expect("fits");
        assert!(matches!(
            up.write(Bytes::from_static(b"5")).await,
            Err(StoreError::ImageTooLarge { .. })
        ));
        drop(up);
        let up = store.begin_image(8);
        assert!(matches!(
            up.finish(NewImage::default()).await,
            Err(StoreError::NotElf(_))
        ));
        // A batch still being written removes its file once it is done.
        for _ in 0..200 {
            if std::fs::read_dir(store.images_dir())
                .expect("dir")
                .next()
                .is_none()
            {
                return;
            }
            tokio::time::sleep(std::time::Duration::from_millis(10)).await;
        }
        panic!("temporary files were left behind");
    }

    #[test]
    fn disk_full_is_recognised() {
        let mut full = std::fs::OpenOptions::new()
            .write(true)
            .open("/dev/full")
            .expect("/dev/full");
        let err = full.write_all(b"x").and_then(|_| full.flush());
        assert!(is_disk_full(&err.expect_err("ENOSPC")));
    }
}
