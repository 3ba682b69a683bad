//! The [`Hangar`]: shared state of the uplink side. It knows which instance is docked on which
//! connection (a dock for a docked instance replaces its connection when it comes from the same
//! IP address and is refused otherwise, see [`super::identity`]), hands commands to connections
//! (send a transport, request stats, live update), tells watchers about docks, acks and
//! disconnects, and owns the batched store writer.

use std::collections::HashMap;
use std::net::{IpAddr, SocketAddr};
use std::sync::atomic::{AtomicI64, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use bytes::Bytes;
use tokio::sync::{Semaphore, mpsc, oneshot, watch};
use tokio::task::JoinHandle;
use tokio_util::task::TaskTracker;

use super::identity::{self, Once};
use super::sessions::{Authenticated, SessionLimits, Sessions, UplinkTokens};
use super::writer::Writer;
use crate::protocol::events::EventData;
use crate::protocol::instances::{UuidProblem, instance_key};
use crate::protocol::transport::{Ident, Transport};
use crate::server::config::HangarConfig;
use crate::server::events::Events;
use crate::store::instance_data::{InstanceOp, Retention};
use crate::store::instances::Binding;
use crate::store::{Store, StoreError};

/// What a connection can be asked to do.
#[derive(Debug)]
pub enum Command {
    /// Write one transport (queued behind earlier frames, spaced).
    Send(Transport),
    /// Send a STATS request; the answer's payload goes to the sender.
    RequestStats(oneshot::Sender<Bytes>),
    /// Send an UPDATE with this image; the instance's ack (the SHA-1 hex it computed) or why
    /// there is none goes to `ack`.
    Update {
        image: UpdateImage,
        ack: oneshot::Sender<Result<String, NoAck>>,
    },
    /// Close the connection with this reason.
    Close(String),
}

/// The image an UPDATE carries: bytes in memory, or an open image file read piece by piece as
/// the UPDATE is written (a deploy does not hold its image in memory, however many deploys and
/// targets run at once; the open file survives the image being deleted meanwhile).
#[derive(Debug, Clone)]
pub enum UpdateImage {
    Bytes(Bytes),
    File { file: Arc<std::fs::File>, len: u64 },
}

impl UpdateImage {
    /// Opens an image file expected to hold `len` bytes (blocking: call it off the runtime).
    pub fn open(path: &std::path::Path, len: u64) -> std::io::Result<Self> {
        let file = std::fs::File::open(path)?;
        let actual = file.metadata()?.len();
        if actual != len {
            return Err(std::io::Error::other(format!(
                "the file has {actual} bytes, the image record says {len}"
            )));
        }
        Ok(UpdateImage::File {
            file: Arc::new(file),
            len,
        })
    }

    /// Its size in bytes.
    pub fn len(&self) -> u64 {
        match self {
            UpdateImage::Bytes(b) => b.len() as u64,
            UpdateImage::File { len, .. } => *len,
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

impl From<Bytes> for UpdateImage {
    fn from(bytes: Bytes) -> Self {
        UpdateImage::Bytes(bytes)
    }
}

/// Where a connection takes its commands. Boxed: a channel keeps a block of 32 slots per
/// connection for as long as it lives, 1.5 KiB of unboxed commands for every docked instance.
pub(super) type CommandSender = mpsc::Sender<Box<Command>>;

/// Why an UPDATE got no ack.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum NoAck {
    /// The image did not go out whole (refused, the write failed or was too slow): the
    /// instance cannot have taken it.
    #[error("{0}")]
    NotSent(String),
    /// The image went out, then the connection ended without an ack. The ack may be lost: the
    /// instance writes it once and jumps into the new kernel at once, which docks again.
    #[error("{0}")]
    Unanswered(String),
}

/// What happened to a watched instance.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum InstanceEvent {
    /// IDENT arrived on a new connection (from `address`).
    Docked {
        conn_id: u64,
        binary: Option<String>,
        address: SocketAddr,
    },
    /// The instance acked an UPDATE with this hash.
    UpdateAck { conn_id: u64, hash: String },
    /// A connection of the instance ended.
    Disconnected { conn_id: u64, reason: String },
}

/// Why a request to an instance failed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum HangarError {
    #[error("instance {0} is not connected")]
    NotConnected(String),
    #[error("instance {0} has too many requests queued; try again shortly")]
    Busy(String),
    #[error("instance {uuid} did not answer within {secs} s")]
    Timeout { uuid: String, secs: u64 },
    #[error("the connection to instance {0} ended before it answered")]
    Gone(String),
}

/// Live facts about a docked instance (the store has them only as of the last flush).
#[derive(Debug, Clone, Copy)]
pub struct Live {
    pub conn_id: u64,
    /// Milliseconds since the epoch.
    pub since: i64,
    pub last_seen: i64,
    pub address: SocketAddr,
}

struct Docked {
    conn_id: u64,
    commands: CommandSender,
    since: i64,
    last_seen: Arc<AtomicI64>,
    address: SocketAddr,
    /// The uplink this connection bound the instance to.
    uplink: String,
}

/// A deploy sent an update to an instance and waits for it to dock again.
struct Expecting {
    guard: u64,
    /// Where the update went: only a dock from there may take the instance's place.
    address: IpAddr,
    /// The uplink the image was built for: a dock with its token may move the binding there.
    uplink: Option<String>,
}

/// Why a dock was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Refused {
    /// The instance is docked from another address, which keeps its place.
    DockedElsewhere(SocketAddr),
    /// A deploy waits for the instance to dock again from this address.
    Expected(IpAddr),
    /// The uuid is bound to this uplink, whose token the dock did not present.
    OtherUplink(String),
    /// The uuid is the alias of this other instance.
    Alias(String),
}

impl std::fmt::Display for Refused {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Refused::DockedElsewhere(live) => write!(
                f,
                "the instance is docked from another address ({}), which keeps its place",
                live.ip()
            ),
            Refused::Expected(ip) => write!(
                f,
                "a deploy waits for the instance to dock again from {ip}, where its update went"
            ),
            Refused::OtherUplink(bound) => write!(
                f,
                "the uuid is bound to uplink {bound}, and the dock presented another uplink's \
                 token"
            ),
            Refused::Alias(owner) => write!(f, "the uuid is the alias of instance {owner}"),
        }
    }
}

/// Keeps a deploy's claim on an instance's next dock ([`Hangar::expect_redock`]) until dropped.
pub struct RedockGuard {
    hangar: Hangar,
    uuid: String,
    guard: u64,
}

impl Drop for RedockGuard {
    fn drop(&mut self) {
        let mut expecting = self.hangar.expecting();
        if expecting
            .get(&self.uuid)
            .is_some_and(|e| e.guard == self.guard)
        {
            expecting.remove(&self.uuid);
        }
    }
}

pub(super) struct Inner {
    pub config: HangarConfig,
    pub store: Store,
    pub tokens: Arc<dyn UplinkTokens>,
    pub sessions: Sessions,
    pub slots: Arc<Semaphore>,
    pub writer: Writer,
    pub tasks: TaskTracker,
    pub shutdown: watch::Receiver<bool>,
    docked: Mutex<HashMap<String, Docked>>,
    expecting: Mutex<HashMap<String, Expecting>>,
    watchers: Mutex<HashMap<String, Vec<mpsc::Sender<InstanceEvent>>>>,
    next_conn: AtomicU64,
    writer_task: Mutex<Option<JoinHandle<()>>>,
    /// Peer addresses warned about a uuid that is all zeros or empty.
    uuid_warned: Once<IpAddr>,
    /// Instances and addresses warned about a refused dock.
    conflict_warned: Once<(String, IpAddr)>,
    pub metrics: Arc<crate::metrics::Metrics>,
    /// New instances per uplink token.
    pub newcomers: super::newcomers::Newcomers,
    /// Where docks, disconnects, panics and conflicts are published ([`Hangar::publish_to`]).
    events: std::sync::OnceLock<Events>,
    /// Where STATS answers are reported besides the store (`--metricsreporter influxdb`).
    influx: std::sync::OnceLock<crate::server::influx::Reporter>,
    /// Where every dock is told ([`Hangar::watch_docks`]): one sender per watcher.
    docks: Mutex<Vec<mpsc::UnboundedSender<DockNotice>>>,
    /// The idle loop, started with the first connection parked (`None` once it failed to
    /// start, or when `hangar.idle_loop` is off).
    idle: std::sync::OnceLock<Option<Arc<super::idle::IdleLoop>>>,
}

/// An instance docked (for [`Hangar::watch_docks`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DockNotice {
    /// The instance's key (its uuid, see [`instance_key`]).
    pub uuid: String,
    /// The binary it reports running.
    pub binary: Option<String>,
}

/// Addresses (and instance–address pairs) whose warnings are remembered, at most.
const WARNED_KEPT: usize = 100_000;

/// Shared state of the hangar; cheap to clone.
#[derive(Clone)]
pub struct Hangar {
    pub(super) inner: Arc<Inner>,
}

/// Milliseconds since the epoch, now.
pub fn now_ms() -> i64 {
    time::OffsetDateTime::now_utc().unix_timestamp_nanos() as i64 / 1_000_000
}

impl Hangar {
    /// Sets up the hangar over the store: everything known from before becomes `unknown`, the
    /// store writer starts. Tokens for `/auth` come from `tokens`.
    pub async fn start(
        config: HangarConfig,
        store: Store,
        tokens: Arc<dyn UplinkTokens>,
        shutdown: watch::Receiver<bool>,
    ) -> Result<Hangar, StoreError> {
        let n = store
            .call(|conn| crate::store::instances::mark_all_unknown(conn))
            .await?;
        if n > 0 {
            tracing::info!("{n} known instances are `unknown` until they dock again");
        }
        let retention = Retention {
            log_cap_bytes: config.log_cap_bytes,
            panics_kept: config.panics_kept,
            stats_history: config.stats_history,
        };
        let (writer, writer_task) =
            Writer::start(store.clone(), retention, config.flush_interval());
        let newcomers = super::newcomers::Newcomers::new(
            config.new_instances_burst,
            config.new_instances_per_minute,
        );
        Ok(Hangar {
            inner: Arc::new(Inner {
                sessions: Sessions::new(SessionLimits {
                    ttl: config.session_ttl(),
                    max: config.max_pending_sessions,
                    per_address: config.max_pending_sessions_per_address,
                    per_uuid: config.max_pending_sessions_per_uuid,
                }),
                slots: Arc::new(Semaphore::new(config.max_connections.max(1))),
                config,
                store,
                tokens,
                writer,
                tasks: TaskTracker::new(),
                shutdown,
                docked: Mutex::new(HashMap::new()),
                expecting: Mutex::new(HashMap::new()),
                watchers: Mutex::new(HashMap::new()),
                next_conn: AtomicU64::new(1),
                writer_task: Mutex::new(Some(writer_task)),
                uuid_warned: Once::new(WARNED_KEPT),
                conflict_warned: Once::new(WARNED_KEPT),
                metrics: Arc::new(crate::metrics::Metrics::new()),
                newcomers,
                events: std::sync::OnceLock::new(),
                influx: std::sync::OnceLock::new(),
                docks: Mutex::new(Vec::new()),
                idle: std::sync::OnceLock::new(),
            }),
        })
    }

    /// Publishes what happens to instances on `events` from now on (set once).
    pub fn publish_to(&self, events: Events) {
        let _ = self.inner.events.set(events);
    }

    /// Every dock from now on, in the order the registry accepted them. Each call is one more
    /// watcher (the deploy engine, the rollouts, desired state), each told every dock; a
    /// watcher that drops its receiver is forgotten at the next dock.
    pub fn watch_docks(&self) -> mpsc::UnboundedReceiver<DockNotice> {
        let (tx, rx) = mpsc::unbounded_channel();
        self.inner
            .docks
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .push(tx);
        rx
    }

    pub(super) fn publish(&self, data: EventData) {
        if let Some(events) = self.inner.events.get() {
            events.publish(data);
        }
    }

    /// Publishes `instance.panicked` with the first 4 KiB of the panic's text.
    pub(super) fn panicked(&self, uuid: &str, text: &str) {
        let mut end = text.len().min(4096);
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        self.publish(EventData::InstancePanicked {
            uuid: uuid.to_owned(),
            text: text[..end].to_owned(),
        });
    }

    pub fn config(&self) -> &HangarConfig {
        &self.inner.config
    }

    /// The idle loop that serves idle connections, unless `hangar.idle_loop` is off.
    pub(super) fn idle_loop(&self) -> Option<Arc<super::idle::IdleLoop>> {
        if !self.inner.config.idle_loop {
            return None;
        }
        self.inner
            .idle
            .get_or_init(|| {
                match super::idle::IdleLoop::start(
                    self.inner.writer.clone(),
                    self.inner.metrics.clone(),
                    super::connection::ping_slot_std,
                ) {
                    Ok(idle) => Some(Arc::new(idle)),
                    Err(e) => {
                        tracing::warn!("cannot start the uplink's idle loop ({e}); every connection keeps its own task");
                        None
                    }
                }
            })
            .clone()
    }

    /// The server's figures for `/metrics` (the hangar's own, and everything else's).
    pub fn metrics(&self) -> &Arc<crate::metrics::Metrics> {
        &self.inner.metrics
    }

    /// Reports every STATS answer to InfluxDB from now on (set once, at start-up).
    pub fn report_to(&self, reporter: crate::server::influx::Reporter) {
        let _ = self.inner.influx.set(reporter);
    }

    /// The InfluxDB reporter, when there is one.
    pub fn influx(&self) -> Option<&crate::server::influx::Reporter> {
        self.inner.influx.get()
    }

    pub fn store(&self) -> &Store {
        &self.inner.store
    }

    pub(super) fn next_conn_id(&self) -> u64 {
        self.inner.next_conn.fetch_add(1, Ordering::Relaxed)
    }

    fn docked(&self) -> std::sync::MutexGuard<'_, HashMap<String, Docked>> {
        self.inner.docked.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn expecting(&self) -> std::sync::MutexGuard<'_, HashMap<String, Expecting>> {
        self.inner
            .expecting
            .lock()
            .unwrap_or_else(|e| e.into_inner())
    }

    /// Until the guard is dropped, a dock for `uuid` is accepted only from `address` (where a
    /// deploy sent its update), and may present the token of `uplink` (the uplink the image
    /// was built for) even when the instance is bound to another one. A second claim while one
    /// holds changes nothing.
    pub fn expect_redock(
        &self,
        uuid: &str,
        address: IpAddr,
        uplink: Option<String>,
    ) -> RedockGuard {
        let guard = self.next_conn_id();
        self.expecting()
            .entry(uuid.to_owned())
            .or_insert(Expecting {
                guard,
                address: address.to_canonical(),
                uplink,
            });
        RedockGuard {
            hangar: self.clone(),
            uuid: uuid.to_owned(),
            guard,
        }
    }

    /// What the store knows about a uuid's binding (read when it docks).
    pub(super) async fn binding(
        &self,
        uuid: &str,
    ) -> Result<crate::store::instances::Binding, StoreError> {
        let uuid = uuid.to_owned();
        self.inner
            .store
            .call(move |c| crate::store::instances::binding(c, &uuid))
            .await
    }

    /// The live connection of an instance, if it is docked.
    pub fn live(&self, uuid: &str) -> Option<Live> {
        self.docked().get(uuid).map(|d| Live {
            conn_id: d.conn_id,
            since: d.since,
            last_seen: d.last_seen.load(Ordering::Relaxed),
            address: d.address,
        })
    }

    /// Instances docked now.
    pub fn connected_count(&self) -> usize {
        self.docked().len()
    }

    fn commands(&self, uuid: &str) -> Result<CommandSender, HangarError> {
        self.docked()
            .get(uuid)
            .map(|d| d.commands.clone())
            .ok_or_else(|| HangarError::NotConnected(uuid.to_owned()))
    }

    fn command(&self, uuid: &str, command: Command) -> Result<(), HangarError> {
        self.commands(uuid)?
            .try_send(Box::new(command))
            .map_err(|e| match e {
                mpsc::error::TrySendError::Full(_) => HangarError::Busy(uuid.to_owned()),
                mpsc::error::TrySendError::Closed(_) => HangarError::NotConnected(uuid.to_owned()),
            })
    }

    /// Writes a transport to a docked instance.
    pub fn send(&self, uuid: &str, transport: Transport) -> Result<(), HangarError> {
        self.command(uuid, Command::Send(transport))
    }

    /// Asks a docked instance for its stats and waits (at most `timeout`) for the answer.
    pub async fn request_stats(&self, uuid: &str, timeout: Duration) -> Result<Bytes, HangarError> {
        let (tx, rx) = oneshot::channel();
        self.command(uuid, Command::RequestStats(tx))?;
        match tokio::time::timeout(timeout, rx).await {
            Ok(Ok(payload)) => Ok(payload),
            Ok(Err(_)) => Err(HangarError::Gone(uuid.to_owned())),
            Err(_) => Err(HangarError::Timeout {
                uuid: uuid.to_owned(),
                secs: timeout.as_secs(),
            }),
        }
    }

    /// Sends `image` as one UPDATE transport to a docked instance. The receiver gets the
    /// instance's ack (SHA-1 hex of what it received), or why none came ([`NoAck`]). After acking, the
    /// instance drops this connection and docks again; [`Hangar::subscribe`] shows the
    /// `Docked` event with its new `binary`.
    pub fn send_update(
        &self,
        uuid: &str,
        image: impl Into<UpdateImage>,
    ) -> Result<oneshot::Receiver<Result<String, NoAck>>, HangarError> {
        let (ack, rx) = oneshot::channel();
        self.command(
            uuid,
            Command::Update {
                image: image.into(),
                ack,
            },
        )?;
        Ok(rx)
    }

    /// Closes an instance's connection; false when it was not docked.
    pub fn disconnect(&self, uuid: &str, reason: &str) -> bool {
        self.command(uuid, Command::Close(reason.to_owned()))
            .is_ok()
    }

    /// Events about one instance from now on (dropped when the receiver is).
    pub fn subscribe(&self, uuid: &str) -> mpsc::Receiver<InstanceEvent> {
        let (tx, rx) = mpsc::channel(64);
        let mut watchers = self
            .inner
            .watchers
            .lock()
            .unwrap_or_else(|e| e.into_inner());
        let list = watchers.entry(uuid.to_owned()).or_default();
        list.retain(|w| !w.is_closed());
        list.push(tx);
        rx
    }

    pub(super) fn notify(&self, uuid: &str, event: InstanceEvent) {
        let mut watchers = self
            .inner
            .watchers
            .lock()
            .unwrap_or_else(|e| e.into_inner());
        if let Some(list) = watchers.get_mut(uuid) {
            list.retain(|w| w.try_send(event.clone()).is_ok() || !w.is_closed());
            if list.is_empty() {
                watchers.remove(uuid);
            }
        }
    }

    /// Records a connection as the one of `ident.uuid` (the instance's key) and queues the dock
    /// for the store. Returns the commands of the connection it replaces, if any, and the uplink
    /// the instance is now bound to. Refused (and recorded as a conflict) when the instance is
    /// docked from another IP address, when a deploy waits for it to dock again from another
    /// address, or when the dock presented the token of an uplink the uuid is not bound to
    /// ([`identity::bind`]; `binding` is what the store knows).
    #[allow(clippy::too_many_arguments)]
    pub(super) fn register(
        &self,
        ident: &Ident,
        conn_id: u64,
        commands: CommandSender,
        address: SocketAddr,
        auth: &Authenticated,
        binding: &Binding,
        last_seen: Arc<AtomicI64>,
    ) -> Result<(Option<CommandSender>, String), Refused> {
        let now = now_ms();
        let key = &ident.uuid;
        if let Some(owner) = &binding.alias_of {
            return Err(Refused::Alias(owner.clone()));
        }
        let expected = self
            .expecting()
            .get(key)
            .map(|e| (e.address, e.uplink.clone()));
        let mut docked = self.docked();
        let live = docked.get(key);
        let bound = live.map(|l| l.uplink.as_str()).or(binding.bound.as_deref());
        let may_move_to: Vec<&str> = [
            binding.rebind.as_deref(),
            expected.as_ref().and_then(|(_, u)| u.as_deref()),
        ]
        .into_iter()
        .flatten()
        .collect();
        let verdict = match (&expected, live) {
            (Some((ip, _)), _) if *ip != identity::origin(address) => {
                Err((Refused::Expected(*ip), None))
            }
            (_, Some(live)) if !identity::may_replace(live.address, address) => {
                Err((Refused::DockedElsewhere(live.address), None))
            }
            _ => identity::bind(&auth.uplinks, bound, &may_move_to)
                .map_err(|bound| (Refused::OtherUplink(bound), auth.uplinks.first().cloned())),
        };
        let uplink = match verdict {
            Ok(uplink) => uplink,
            Err((why, presented)) => {
                let live = live.map(|l| l.address.ip());
                drop(docked);
                self.conflict(key, address, &why, live, presented);
                return Err(why);
            }
        };
        let old = docked.insert(
            key.clone(),
            Docked {
                conn_id,
                commands,
                since: now,
                last_seen,
                address,
                uplink: uplink.clone(),
            },
        );
        self.inner.metrics.docked();
        // Queued under the lock so dock and disconnect ops reach the store in the order the
        // registry saw them.
        self.inner.writer.send(InstanceOp::Docked {
            ident: Box::new(ident.clone()),
            at: now,
            auth_id: auth.instance.clone(),
            address: address.to_string(),
            uplink: uplink.clone(),
        });
        drop(docked);
        self.notify(
            key,
            InstanceEvent::Docked {
                conn_id,
                binary: ident.binary.clone(),
                address,
            },
        );
        self.publish(EventData::InstanceDocked {
            uuid: ident.uuid.clone(),
            address: address.to_string(),
            binary: ident.binary.clone(),
            version: ident.version.clone(),
            tag: ident.tag.clone(),
        });
        {
            let notice = DockNotice {
                uuid: key.clone(),
                binary: ident.binary.clone(),
            };
            self.inner
                .docks
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .retain(|tx| tx.send(notice.clone()).is_ok());
        }
        Ok((old.map(|o| o.commands), uplink))
    }

    /// At `/auth`: whether the instance `id` names is docked now from an IP address other than
    /// `peer`'s (or a deploy waits for it to dock again from another one); if so the conflict
    /// is recorded (the auth is refused, so the instance backs off instead of docking only to
    /// be closed at IDENT).
    pub(super) fn docked_elsewhere(&self, id: &str, peer: SocketAddr) -> bool {
        let key = instance_key(id, peer.ip());
        let expected = self.expecting().get(&key).map(|e| e.address);
        let live = self.docked().get(&key).map(|d| d.address);
        let why = match (expected, live) {
            (Some(ip), _) if ip != identity::origin(peer) => Refused::Expected(ip),
            (_, Some(live)) if !identity::may_replace(live, peer) => Refused::DockedElsewhere(live),
            _ => return false,
        };
        self.conflict(&key, peer, &why, live.map(|l| l.ip()), None);
        true
    }

    /// Records a refused dock on the instance and warns (once per instance and address).
    fn conflict(
        &self,
        key: &str,
        newcomer: SocketAddr,
        why: &Refused,
        live: Option<IpAddr>,
        presented: Option<String>,
    ) {
        let from = identity::origin(newcomer);
        let live_address = match why {
            Refused::Expected(ip) => Some(*ip),
            _ => live.map(|ip| ip.to_canonical()),
        };
        self.inner.writer.send(InstanceOp::Conflict {
            uuid: key.to_owned(),
            at: now_ms(),
            address: from.to_string(),
            live_address: live_address.map(|ip| ip.to_string()),
            uplink: presented,
        });
        self.publish(EventData::InstanceConflict {
            uuid: key.to_owned(),
            address: newcomer.to_string(),
            live_address: live_address.map(|ip| ip.to_string()),
            reason: why.to_string(),
        });
        if self.inner.conflict_warned.first((key.to_owned(), from)) {
            let hint = match (why, UuidProblem::of_id(key)) {
                (Refused::DockedElsewhere(_), Some(p)) => p.describe(key),
                (Refused::DockedElsewhere(_), None) => {
                    "two VMs report the same uuid, or one moved to another address while its old \
                     connection is still open (it docks once that connection times out)"
                        .to_owned()
                }
                (Refused::OtherUplink(_), _) => {
                    "a uuid stays with the uplink whose token it first docked with; move it by \
                     deploying an image built for the other uplink, or forget the instance \
                     (mothership instances delete) if the VM really moved"
                        .to_owned()
                }
                _ => "another machine reports this uuid".to_owned(),
            };
            tracing::warn!(
                uuid = %key,
                peer = %newcomer,
                "dock refused: {why}; further refusals from this address are logged at debug \
                 level: {hint}"
            );
        } else {
            tracing::debug!(uuid = %key, peer = %newcomer, "dock refused: {why}");
        }
    }

    /// Warns once per peer address that an instance reports a uuid that does not tell VMs
    /// apart.
    pub(super) fn warn_uuid_problem(&self, problem: UuidProblem, key: &str, peer: SocketAddr) {
        if self.inner.uuid_warned.first(identity::origin(peer)) {
            tracing::warn!(uuid = %key, %peer, "{}", problem.describe(key));
        }
    }

    /// Refreshes the stored IDENT of the current connection (a second IDENT on it).
    pub(super) fn reident(&self, ident: &Ident, conn_id: u64, address: SocketAddr, auth_id: &str) {
        let docked = self.docked();
        if let Some(d) = docked.get(&ident.uuid).filter(|d| d.conn_id == conn_id) {
            self.inner.writer.send(InstanceOp::Docked {
                ident: Box::new(ident.clone()),
                at: d.since,
                auth_id: auth_id.to_owned(),
                address: address.to_string(),
                uplink: d.uplink.clone(),
            });
        }
    }

    /// Forgets a connection that ended, unless a newer one of the same instance replaced it.
    pub(super) fn unregister(&self, uuid: &str, conn_id: u64, reason: &str) {
        {
            let mut docked = self.docked();
            if docked.get(uuid).is_some_and(|d| d.conn_id == conn_id) {
                docked.remove(uuid);
                self.inner.metrics.disconnected();
                self.inner.writer.send(InstanceOp::Disconnected {
                    uuid: uuid.to_owned(),
                    at: now_ms(),
                    reason: reason.to_owned(),
                });
                self.publish(EventData::InstanceDisconnected {
                    uuid: uuid.to_owned(),
                    reason: reason.to_owned(),
                });
            }
        }
        self.notify(
            uuid,
            InstanceEvent::Disconnected {
                conn_id,
                reason: reason.to_owned(),
            },
        );
    }

    /// Waits until every instance update queued so far is in the store.
    pub async fn flush(&self) {
        self.inner.writer.flush().await;
    }

    /// Turns true when the server shuts down (for long-running responses to end).
    pub fn shutdown_signal(&self) -> watch::Receiver<bool> {
        self.inner.shutdown.clone()
    }

    /// Session tokens issued and not used yet.
    pub fn pending_sessions(&self) -> usize {
        self.inner.sessions.pending()
    }

    /// After the listener stopped: waits (bounded) for connection tasks to end, then commits
    /// what is queued and stops the writer.
    pub async fn close(&self) {
        crate::server::drain_tasks(
            &self.inner.tasks,
            "uplink connections still open after 10 s; leaving them",
        )
        .await;
        self.inner.writer.stop();
        let task = self
            .inner
            .writer_task
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .take();
        if let Some(task) = task {
            let _ = task.await;
        }
    }
}
