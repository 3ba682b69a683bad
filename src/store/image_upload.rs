//! Streaming an image into the store: chunks go through a bounded queue to a writer thread that
//! hashes them and writes a temporary file beside the blobs; `finish` fsyncs it and renames it to
//! its SHA-1 under the database lock (see [`super::images`]).

use std::io::Write;
use std::path::{Path, PathBuf};

use bytes::{Bytes, BytesMut};
use rusqlite::params;
use sha1::{Digest, Sha1};
use tokio::sync::mpsc;
use tokio::task::JoinHandle;

use super::images::{NewImage, PutImage, TEMP_PREFIX, lookup};
use super::util::{now_ms, random_hex, sync_dir};
use super::{Store, StoreError};

/// Batches queued between the network and the writer thread; with [`BATCH`] this bounds an
/// upload's memory to a few MiB.
const QUEUE: usize = 16;
/// Network chunks (16 KiB HTTP/2 frames, say) are gathered to about this size before they go to
/// the writer thread, so it wakes and writes per batch, not per frame.
const BATCH: usize = 256 << 10;
/// Bytes written between two requests to the kernel to start writing back, so the final fsync
/// only has the tail left to wait for instead of the whole image.
const WRITEBACK_STEP: u64 = 8 << 20;
const ELF_MAGIC: &[u8; 4] = b"\x7fELF";

impl Store {
    /// Starts streaming a new image; bytes over `limit` fail with [`StoreError::TooLarge`],
    /// bytes that do not start like an ELF file with [`StoreError::NotElf`].
    pub fn begin_image(&self, limit: u64) -> ImageUpload {
        let (tx, rx) = mpsc::channel(QUEUE);
        let temp = self
            .images_dir()
            .join(format!("{TEMP_PREFIX}{}", random_hex(8)));
        let worker = tokio::task::spawn_blocking(move || write_blob(temp, rx));
        ImageUpload {
            store: self.clone(),
            tx,
            worker,
            received: 0,
            limit,
            head: Vec::with_capacity(ELF_MAGIC.len()),
            pending: BytesMut::new(),
        }
    }
}

/// An image being streamed in. Dropping it unfinished removes what was written.
pub struct ImageUpload {
    store: Store,
    tx: mpsc::Sender<Bytes>,
    worker: JoinHandle<Result<Written, StoreError>>,
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
            return Err(StoreError::TooLarge {
                what: "the image".into(),
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

    async fn send(&mut self, batch: Bytes) -> Result<(), StoreError> {
        if self.tx.send(batch).await.is_err() {
            // The writer stopped: its result says why.
            return Err(self.worker_error().await);
        }
        Ok(())
    }

    async fn worker_error(&mut self) -> StoreError {
        match (&mut self.worker).await {
            Ok(Err(e)) => e,
            Ok(Ok(_)) => StoreError::Worker("the image writer stopped early".into()),
            Err(e) => StoreError::Worker(e.to_string()),
        }
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
        let ImageUpload {
            store, tx, worker, ..
        } = this;
        // The end marker; if the writer is gone already, awaiting it tells why.
        let _ = tx.send(Bytes::new()).await;
        let written = worker
            .await
            .map_err(|e| StoreError::Worker(e.to_string()))??;
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

/// What the writer thread produced: a synced temporary file and its hash.
struct Written {
    temp: TempFile,
    id: String,
    size: u64,
}

/// The writer thread: hashes and writes chunks until the end marker (an empty chunk, which
/// `write` never sends) arrives. A queue closed without it is an abandoned upload: the file is
/// removed as the guard drops.
fn write_blob(temp: PathBuf, mut rx: mpsc::Receiver<Bytes>) -> Result<Written, StoreError> {
    let io = |path: &Path, source: std::io::Error| -> StoreError {
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
    };
    let file = std::fs::File::create_new(&temp).map_err(|e| io(&temp, e))?;
    let guard = TempFile {
        path: temp,
        keep: std::cell::Cell::new(false),
    };
    let mut file = file;
    let mut hasher = Sha1::new();
    let mut size = 0u64;
    let mut writeback_from = 0u64;
    loop {
        let Some(chunk) = rx.blocking_recv() else {
            return Err(StoreError::Aborted);
        };
        if chunk.is_empty() {
            break;
        }
        hasher.update(&chunk);
        file.write_all(&chunk).map_err(|e| io(&guard.path, e))?;
        size += chunk.len() as u64;
        if size - writeback_from >= WRITEBACK_STEP {
            start_writeback(&file, writeback_from, size - writeback_from);
            writeback_from = size;
        }
    }
    file.sync_all().map_err(|e| io(&guard.path, e))?;
    Ok(Written {
        temp: guard,
        id: hex::encode(hasher.finalize()),
        size,
    })
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
            Err(StoreError::TooLarge { .. })
        ));
        drop(up);
        let up = store.begin_image(8);
        assert!(matches!(
            up.finish(NewImage::default()).await,
            Err(StoreError::NotElf(_))
        ));
        // The writer threads remove their files once they see the queue close.
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
