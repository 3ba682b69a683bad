//! The hangar's store writer: one task that collects [`InstanceOp`]s from every connection and
//! commits them in one transaction per flush interval (~100 ms). Data ops (logs, panics, stats)
//! hold a share of a byte budget until they are committed, so a slow disk slows the instances
//! down (their connections stop reading) instead of growing memory without bound.

use std::sync::Arc;
use std::time::Duration;

use tokio::sync::{OwnedSemaphorePermit, Semaphore, mpsc, oneshot};
use tokio::task::JoinHandle;
use tokio::time::Instant;

use crate::store::Store;
use crate::store::instance_data::{InstanceOp, Retention, apply_batch};

/// Bytes of logs, panics and stats that may wait for a commit at once.
const BUDGET_BYTES: usize = 64 * 1024 * 1024;
/// Ops committed in one transaction at most (a flush under heavy load splits).
const MAX_BATCH: usize = 200_000;

enum Msg {
    Op(InstanceOp, Option<OwnedSemaphorePermit>),
    Flush(oneshot::Sender<()>),
    Stop,
}

/// Handle to the writer task; cheap to clone.
#[derive(Clone)]
pub(super) struct Writer {
    tx: mpsc::UnboundedSender<Msg>,
    budget: Arc<Semaphore>,
}

impl Writer {
    /// Starts the writer task.
    pub fn start(
        store: Store,
        retention: Retention,
        interval: Duration,
    ) -> (Writer, JoinHandle<()>) {
        let (tx, rx) = mpsc::unbounded_channel();
        let task = tokio::spawn(run(store, retention, interval, rx));
        (
            Writer {
                tx,
                budget: Arc::new(Semaphore::new(BUDGET_BYTES)),
            },
            task,
        )
    }

    /// Queues a small state change (dock, disconnect, uplink, seen) without waiting; safe to
    /// call under a lock, so callers can keep the order of dock and disconnect ops.
    pub fn send(&self, op: InstanceOp) {
        let _ = self.tx.send(Msg::Op(op, None));
    }

    /// Queues a data op of `bytes` bytes, waiting while the budget is used up.
    pub async fn send_data(&self, op: InstanceOp, bytes: usize) {
        let want = u32::try_from(bytes.clamp(1, BUDGET_BYTES)).unwrap_or(u32::MAX);
        let permit = self.budget.clone().acquire_many_owned(want).await.ok();
        let _ = self.tx.send(Msg::Op(op, permit));
    }

    /// Waits until everything queued before this call is committed.
    pub async fn flush(&self) {
        let (tx, rx) = oneshot::channel();
        if self.tx.send(Msg::Flush(tx)).is_ok() {
            let _ = rx.await;
        }
    }

    /// Commits what is queued and ends the task.
    pub fn stop(&self) {
        let _ = self.tx.send(Msg::Stop);
    }
}

async fn run(
    store: Store,
    retention: Retention,
    interval: Duration,
    mut rx: mpsc::UnboundedReceiver<Msg>,
) {
    let mut buf: Vec<Msg> = Vec::new();
    loop {
        if rx.recv_many(&mut buf, 4096).await == 0 {
            return;
        }
        let deadline = Instant::now() + interval;
        while buf.len() < MAX_BATCH && !buf.iter().any(|m| matches!(m, Msg::Flush(_) | Msg::Stop)) {
            tokio::select! {
                n = rx.recv_many(&mut buf, 4096) => if n == 0 { break },
                _ = tokio::time::sleep_until(deadline) => break,
            }
        }
        let mut ops = Vec::with_capacity(buf.len());
        let mut permits = Vec::new();
        let mut waiters = Vec::new();
        let mut stop = false;
        for msg in buf.drain(..) {
            match msg {
                Msg::Op(op, permit) => {
                    ops.push(op);
                    permits.extend(permit);
                }
                Msg::Flush(w) => waiters.push(w),
                Msg::Stop => stop = true,
            }
        }
        if !ops.is_empty() {
            let n = ops.len();
            let result = store
                .call(move |conn| apply_batch(conn, ops, &retention))
                .await;
            if let Err(e) = result {
                // Nothing to retry with: the batch is lost, the instances keep going.
                tracing::error!("failed to store {n} instance updates: {e}");
            }
        }
        drop(permits);
        for w in waiters {
            let _ = w.send(());
        }
        if stop {
            return;
        }
    }
}
