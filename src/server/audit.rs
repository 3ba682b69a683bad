//! The audit log: every state-changing API request (`POST`, `PUT`, `PATCH`, `DELETE`) with who
//! made it, from where, and how it was answered. Recorded once, where every API request passes
//! (the service in `server::serve`): [`Audit::begin`] before the routes run, [`Pending::finish`]
//! with the status. The authentication filter fills in the user ([`AuditUser`]). Rows go through
//! a bounded queue to a task that writes them in batches, so the API never waits for the log; a
//! request whose client went away before the answer is recorded with status 499.

use std::net::SocketAddr;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, OnceLock};

use tokio::sync::{mpsc, oneshot};

use crate::store::Store;
use crate::store::webhooks::NewAudit;

/// Rows waiting to be written at most; more are dropped (and counted in the server log).
const QUEUE: usize = 10_000;
/// Rows written in one transaction at most.
const BATCH: usize = 1_000;
/// The status recorded when the client went away before the answer (as nginx logs it).
pub const CLIENT_CLOSED: u16 = 499;

enum Item {
    Row(NewAudit),
    Flush(oneshot::Sender<()>),
}

/// Who made a request: set by the authentication filter, read when the request is recorded.
#[derive(Debug, Clone, Default)]
pub struct AuditUser(Arc<OnceLock<String>>);

impl AuditUser {
    pub fn set(&self, user: &str) {
        let _ = self.0.set(user.to_owned());
    }

    pub fn get(&self) -> Option<String> {
        self.0.get().cloned()
    }
}

/// The audit recorder; cheap to clone.
#[derive(Clone)]
pub struct Audit {
    queue: mpsc::Sender<Item>,
    dropped: Arc<AtomicU64>,
}

impl Audit {
    /// Starts the writer; it keeps the newest `keep` rows and ends when every handle is gone.
    pub fn start(store: Store, keep: u64) -> Audit {
        let (queue, rx) = mpsc::channel(QUEUE);
        tokio::spawn(write(store, keep, rx));
        Audit {
            queue,
            dropped: Arc::new(AtomicU64::new(0)),
        }
    }

    /// For a state-changing request: puts an [`AuditUser`] into its extensions and returns what
    /// [`Pending::finish`] records. Other methods are not recorded.
    pub fn begin<B>(&self, request: &mut http::Request<B>, peer: SocketAddr) -> Option<Pending> {
        use http::Method;
        let method = request.method().clone();
        if !matches!(
            method,
            Method::POST | Method::PUT | Method::PATCH | Method::DELETE
        ) {
            return None;
        }
        let user = AuditUser::default();
        request.extensions_mut().insert(user.clone());
        let path: String = request.uri().path().chars().take(2048).collect();
        Some(Pending {
            audit: self.clone(),
            row: Some(NewAudit {
                at: crate::server::uplink::registry::now_ms(),
                user: None,
                method: method.as_str().to_owned(),
                path,
                status: CLIENT_CLOSED,
                address: peer.to_string(),
            }),
            user,
        })
    }

    fn record(&self, row: NewAudit) {
        if self.queue.try_send(Item::Row(row)).is_err() {
            let n = self.dropped.fetch_add(1, Ordering::Relaxed) + 1;
            if n.is_power_of_two() {
                tracing::warn!("audit log: {n} rows dropped, the store cannot keep up");
            }
        }
    }

    /// Waits until every row recorded so far is in the store.
    pub async fn flush(&self) {
        let (tx, rx) = oneshot::channel();
        if self.queue.send(Item::Flush(tx)).await.is_ok() {
            let _ = rx.await;
        }
    }
}

/// A request being answered; recorded by [`Pending::finish`], or with status 499 when dropped
/// unfinished.
pub struct Pending {
    audit: Audit,
    row: Option<NewAudit>,
    user: AuditUser,
}

impl Pending {
    /// Records the request with the answer's status.
    pub fn finish(mut self, status: http::StatusCode) {
        if let Some(row) = self.row.as_mut() {
            row.status = status.as_u16();
        }
    }
}

impl Drop for Pending {
    fn drop(&mut self) {
        if let Some(mut row) = self.row.take() {
            row.user = self.user.get();
            self.audit.record(row);
        }
    }
}

async fn write(store: Store, keep: u64, mut rx: mpsc::Receiver<Item>) {
    let mut items = Vec::with_capacity(BATCH);
    while rx.recv_many(&mut items, BATCH).await > 0 {
        let mut rows = Vec::with_capacity(items.len());
        let mut flushed = Vec::new();
        for item in items.drain(..) {
            match item {
                Item::Row(row) => rows.push(row),
                Item::Flush(tx) => flushed.push(tx),
            }
        }
        if !rows.is_empty()
            && let Err(e) = store.append_audit(rows, keep).await
        {
            tracing::error!("failed to write the audit log: {e}");
        }
        for tx in flushed {
            let _ = tx.send(());
        }
    }
}
