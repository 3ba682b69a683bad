//! A build in progress as followers see it: its record, its log so far (bounded), and the
//! token that cancels it. Followers of the log wake on every append and stop when it is done.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};

use bytes::Bytes;
use tokio::sync::watch;
use tokio_util::sync::CancellationToken;

use crate::protocol::builders::Build;

/// A build log is cut past this size (the first part shows where it went wrong first, and an
/// unbounded log could fill memory).
const MAX_LOG: usize = 4 << 20;

/// A build in progress: its record, its log so far, and how to stop it.
pub struct LiveBuild {
    pub(super) record: Mutex<Build>,
    pub(super) log: Mutex<Vec<u8>>,
    pub(super) done: AtomicBool,
    pub(super) changed: watch::Sender<u64>,
    pub(super) cancel: CancellationToken,
    /// When it was queued (for the build-duration histogram).
    pub(super) queued_at: std::time::Instant,
}

impl LiveBuild {
    pub fn record(&self) -> Build {
        lock(&self.record).clone()
    }

    pub(super) fn update(&self, f: impl FnOnce(&mut Build)) -> Build {
        let mut record = lock(&self.record);
        f(&mut record);
        record.clone()
    }

    pub(super) fn append(&self, chunk: &[u8]) {
        {
            let mut log = lock(&self.log);
            if log.len() >= MAX_LOG {
                return;
            }
            if log.len() + chunk.len() > MAX_LOG {
                let room = MAX_LOG - log.len();
                log.extend_from_slice(&chunk[..room]);
                log.extend_from_slice(b"\n[mothership: log cut at 4 MiB]\n");
            } else {
                log.extend_from_slice(chunk);
            }
        }
        self.changed.send_modify(|n| *n += 1);
    }

    pub(super) fn note(&self, line: &str) {
        self.append(format!("[mothership] {line}\n").as_bytes());
    }

    /// The log so far.
    pub fn log_snapshot(&self) -> Vec<u8> {
        lock(&self.log).clone()
    }

    /// The log from `offset` on, as it grows, until the build finishes.
    pub fn follow(
        self: Arc<Self>,
    ) -> impl futures_util::Stream<Item = Result<Bytes, std::convert::Infallible>> + Send {
        let rx = self.changed.subscribe();
        futures_util::stream::unfold((self, 0usize, rx), |(live, offset, mut rx)| async move {
            loop {
                rx.borrow_and_update();
                let done = live.done.load(Ordering::Acquire);
                let chunk = {
                    let log = lock(&live.log);
                    log.get(offset..).map(<[u8]>::to_vec).unwrap_or_default()
                };
                if !chunk.is_empty() {
                    let next = offset + chunk.len();
                    return Some((Ok(Bytes::from(chunk)), (live, next, rx)));
                }
                if done || rx.changed().await.is_err() {
                    return None;
                }
            }
        })
    }

    /// Waits until the build has finished.
    pub async fn finished(&self) {
        let mut rx = self.changed.subscribe();
        while !self.done.load(Ordering::Acquire) {
            if rx.changed().await.is_err() {
                return;
            }
        }
    }
}

pub(super) fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
}
