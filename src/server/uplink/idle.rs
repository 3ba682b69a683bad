//! The idle loop: one thread that serves docked instances while they do nothing but answer
//! pings, outside tokio.
//!
//! A docked fleet is idle nearly all the time, and an idle connection's only work is a ping
//! every few seconds and the pong that answers it. Served by its own tokio task, each ping costs
//! a timer, a task wake-up, a pass through the connection's `select!` and the reactor, and a
//! second read that finds the socket empty: several times the cost of sealing and writing one
//! tiny record. Here a connection whose task found nothing to do at its ping time is *parked*:
//! its socket leaves tokio's reactor for this thread's `epoll` set, with the record layer's keys
//! (`tls_records::IdleRecords`, about 120 bytes), and its task waits for it to come back. The
//! loop writes the pings from a wheel of 100 ms slots (the ping grid of `connection`), reads
//! the pongs with one read each, and keeps the connection's `last_seen` current.
//!
//! The connection goes back to its task, with whatever was read and not acted on, as soon as
//! anything else happens: a frame that is not a pong, the end of the stream or an error, the
//! idle timeout, a command for the instance or the server shutting down (the task recalls it),
//! or a ping the socket did not take whole. Only connections on Mothership's own record layer
//! (what real instances negotiate) are parked; others stay with their task throughout.

use std::collections::{BTreeMap, HashMap};
use std::os::fd::AsRawFd;
use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::{Arc, mpsc};
use std::time::{Duration, Instant};

use bytes::BytesMut;
use mio::unix::SourceFd;
use mio::{Events, Interest, Poll, Token, Waker};
use tokio::sync::oneshot;

use super::frame::{leading_pong, opcode, server_frame};
use super::registry::now_ms;
use super::writer::Writer;
use crate::server::tls_records::IdleRecords;
use crate::store::instance_data::InstanceOp;

const WAKE: Token = Token(0);
/// Readiness events taken per `epoll_wait`.
const EVENTS: usize = 1024;
/// While connections are parked, the loop looks at their sockets this often at least (and at
/// every ping slot): reading a batch of pongs per wake-up instead of waking for each costs far
/// less, and nothing a parked connection receives is in a hurry.
const SWEEP: Duration = Duration::from_millis(20);

/// A connection handed to the idle loop.
pub(super) struct Parked {
    /// The connection's id (unique in the hangar), to recall it by.
    pub id: u64,
    pub io: IdleRecords,
    pub uuid: String,
    pub next_ping: Instant,
    pub idle_deadline: Instant,
    pub ping_interval: Duration,
    pub idle_timeout: Duration,
    pub last_seen: Arc<AtomicI64>,
    pub seen_persisted: Instant,
    pub back: oneshot::Sender<Returned>,
}

impl Parked {
    /// The connection as it was handed over, for a loop that never took it.
    pub fn into_returned(self: Box<Self>) -> Returned {
        returned(self, Why::Recalled, None).1
    }
}

/// Why a connection came back from the idle loop.
#[derive(Debug)]
pub(super) enum Why {
    /// Its task asked for it (a command, shutdown).
    Recalled,
    /// The instance sent something other than a pong; it is in `plain` (or `input`).
    Data,
    /// A ping the socket did not take whole; the rest is in `unsent`.
    Blocked,
    /// The instance ended the stream.
    Eof,
    /// No frame within the idle timeout.
    TimedOut,
    /// Reading or writing failed, or a record was refused.
    Failed(std::io::Error),
}

/// A connection back from the idle loop, with what the loop read and did not act on.
pub(super) struct Returned {
    pub io: IdleRecords,
    pub why: Why,
    /// The bytes of a partial TLS record.
    pub input: BytesMut,
    /// Plaintext not acted on (starting with a frame that is not a pong).
    pub plain: BytesMut,
    /// Record bytes of a ping the socket did not take.
    pub unsent: BytesMut,
    pub next_ping: Instant,
    pub idle_deadline: Instant,
    pub seen_persisted: Instant,
    /// When the loop last wrote a ping, if it did.
    pub last_ping: Option<Instant>,
}

enum Msg {
    Park(Box<Parked>),
    Recall(u64),
    Stop,
}

/// Handle to the idle loop's thread; the thread ends when the handle is dropped.
pub(super) struct IdleLoop {
    tx: mpsc::Sender<Msg>,
    waker: Arc<Waker>,
}

impl IdleLoop {
    /// Starts the loop's thread; `ping_slot` is the ping grid (see `connection`).
    pub fn start(
        writer: Writer,
        metrics: Arc<crate::metrics::Metrics>,
        ping_slot: fn(Instant, Duration) -> Instant,
    ) -> std::io::Result<IdleLoop> {
        // Two pollers: the loop sleeps on the one with only the waker in it, and looks at the
        // sockets' one without waiting, so pongs arriving one by one do not wake it one by one.
        let messages = Poll::new()?;
        let waker = Arc::new(Waker::new(messages.registry(), WAKE)?);
        let sockets = Poll::new()?;
        let (tx, rx) = mpsc::channel();
        let state = Loop {
            messages,
            sockets,
            rx,
            writer,
            bytes_out: metrics.bytes_out_counter(),
            metrics,
            ping_slot,
            slots: Vec::new(),
            free: Vec::new(),
            by_id: HashMap::new(),
            wheel: BTreeMap::new(),
            ping_record: server_frame(opcode::PING, b""),
            plain: Vec::with_capacity(4096),
            partial: Vec::new(),
        };
        std::thread::Builder::new()
            .name("uplink-idle".into())
            .spawn(move || state.run())?;
        Ok(IdleLoop { tx, waker })
    }

    /// Hands a connection to the loop; `Err` gives it back when the loop has ended.
    pub fn park(&self, parked: Box<Parked>) -> Result<(), Box<Parked>> {
        if let Err(mpsc::SendError(msg)) = self.tx.send(Msg::Park(parked)) {
            return match msg {
                Msg::Park(parked) => Err(parked),
                Msg::Recall(_) | Msg::Stop => Ok(()),
            };
        }
        let _ = self.waker.wake();
        Ok(())
    }

    /// Asks for connection `id` back (it comes through its `back` channel, with
    /// [`Why::Recalled`] unless it was on its way back already).
    pub fn recall(&self, id: u64) {
        if self.tx.send(Msg::Recall(id)).is_ok() {
            let _ = self.waker.wake();
        }
    }
}

impl Drop for IdleLoop {
    fn drop(&mut self) {
        let _ = self.tx.send(Msg::Stop);
        let _ = self.waker.wake();
    }
}

/// One parked connection.
struct Conn {
    parked: Box<Parked>,
    last_ping: Option<Instant>,
    /// The wheel slot it is in (a wheel entry for another slot is stale).
    due: Instant,
}

/// Where a connection is in `Loop::slots`: index and the slot's generation (a wheel entry or
/// readiness event for a slot that was reused since is stale).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Key {
    index: usize,
    generation: u32,
}

struct Loop {
    messages: Poll,
    sockets: Poll,
    rx: mpsc::Receiver<Msg>,
    writer: Writer,
    metrics: Arc<crate::metrics::Metrics>,
    bytes_out: prometheus_client::metrics::counter::Counter,
    ping_slot: fn(Instant, Duration) -> Instant,
    /// The parked connections (a slab: the index is the socket's poll token).
    slots: Vec<(u32, Option<Conn>)>,
    free: Vec<usize>,
    /// Connection ids to their place, for recalls.
    by_id: HashMap<u64, Key>,
    /// Connections by the grid slot of their next ping or idle deadline.
    wheel: BTreeMap<Instant, Vec<Key>>,
    ping_record: bytes::Bytes,
    /// Scratch for reads: the plaintext and a partial record.
    plain: Vec<u8>,
    partial: Vec<u8>,
}

impl Loop {
    fn run(mut self) {
        let mut wake = Events::with_capacity(8);
        let mut events = Events::with_capacity(EVENTS);
        loop {
            let now = Instant::now();
            let timeout = (!self.by_id.is_empty()).then(|| {
                let next = self.wheel.keys().next().copied().unwrap_or(now + SWEEP);
                next.min(now + SWEEP).saturating_duration_since(now)
            });
            if let Err(e) = self.messages.poll(&mut wake, timeout)
                && e.kind() != std::io::ErrorKind::Interrupted
            {
                tracing::error!(
                    "the uplink's idle loop cannot wait: {e}; giving its connections back"
                );
                self.give_all_back();
                return;
            }
            loop {
                match self.rx.try_recv() {
                    Ok(Msg::Park(p)) => self.on_park(p),
                    Ok(Msg::Recall(id)) => {
                        if let Some(key) = self.by_id.get(&id).copied() {
                            self.give_back(key, Why::Recalled, None);
                        }
                    }
                    Ok(Msg::Stop) | Err(mpsc::TryRecvError::Disconnected) => {
                        self.give_all_back();
                        return;
                    }
                    Err(mpsc::TryRecvError::Empty) => break,
                }
            }
            loop {
                if let Err(e) = self.sockets.poll(&mut events, Some(Duration::ZERO))
                    && e.kind() != std::io::ErrorKind::Interrupted
                {
                    tracing::error!(
                        "the uplink's idle loop cannot poll: {e}; giving its connections back"
                    );
                    self.give_all_back();
                    return;
                }
                for event in events.iter() {
                    self.on_readable(event.token().0);
                }
                if events.iter().count() < EVENTS {
                    break;
                }
            }
            self.on_due(Instant::now());
            self.metrics.idle_connections(self.by_id.len());
        }
    }

    fn conn(&mut self, key: Key) -> Option<&mut Conn> {
        match self.slots.get_mut(key.index) {
            Some((generation, Some(conn))) if *generation == key.generation => Some(conn),
            _ => None,
        }
    }

    fn schedule(&mut self, key: Key) {
        let ping_slot = self.ping_slot;
        let Some(conn) = self.conn(key) else {
            return;
        };
        let p = &conn.parked;
        let due = ping_slot(p.next_ping.min(p.idle_deadline), p.ping_interval);
        conn.due = due;
        self.wheel.entry(due).or_default().push(key);
    }

    fn on_park(&mut self, parked: Box<Parked>) {
        let index = match self.free.pop() {
            Some(index) => index,
            None => {
                self.slots.push((0, None));
                self.slots.len() - 1
            }
        };
        // Token 0 is the waker's (in the other poller; kept apart all the same).
        let fd = parked.io.socket().as_raw_fd();
        if let Err(e) = self.sockets.registry().register(
            &mut SourceFd(&fd),
            Token(index + 1),
            Interest::READABLE,
        ) {
            self.free.push(index);
            let (back, returned) = returned(parked, Why::Failed(e), None);
            let _ = back.send(returned);
            return;
        }
        let generation = self.slots[index].0;
        let key = Key { index, generation };
        self.by_id.insert(parked.id, key);
        let due = parked.next_ping;
        self.slots[index].1 = Some(Conn {
            parked,
            last_ping: None,
            due,
        });
        // Registering reports a socket that is readable already.
        self.schedule(key);
    }

    fn on_readable(&mut self, token: usize) {
        let Some(index) = token.checked_sub(1) else {
            return;
        };
        let Some(generation) = self.slots.get(index).map(|s| s.0) else {
            return;
        };
        let key = Key { index, generation };
        let Loop {
            slots,
            writer,
            plain,
            partial,
            ..
        } = self;
        let Some((_, Some(conn))) = slots.get_mut(index) else {
            return;
        };
        plain.clear();
        partial.clear();
        // One read: with epoll's edge triggering, a read shorter than asked for leaves nothing
        // behind, and anything arriving later raises a new edge.
        let why = match conn.parked.io.receive(plain, partial) {
            Err(e) => Some(Why::Failed(e)),
            Ok(r) => {
                let mut at = 0;
                while let Some(n) = leading_pong(&plain[at..]) {
                    at += n;
                }
                if at > 0 {
                    let now = Instant::now();
                    let p = &mut conn.parked;
                    p.idle_deadline = now + p.idle_timeout;
                    touch(writer, p, now);
                }
                plain.drain(..at);
                // Anything but whole pongs (a partial record too: with edge triggering, the
                // rest may be queued already) is for the task.
                if !plain.is_empty() || !partial.is_empty() || r.more {
                    Some(Why::Data)
                } else if r.eof {
                    Some(Why::Eof)
                } else {
                    None
                }
            }
        };
        if let Some(why) = why {
            let left = (
                BytesMut::from(&self.partial[..]),
                BytesMut::from(&self.plain[..]),
            );
            self.give_back(key, why, Some(left));
        }
    }

    fn on_due(&mut self, now: Instant) {
        while let Some(entry) = self.wheel.first_entry() {
            if *entry.key() > now {
                break;
            }
            let (slot, keys) = entry.remove_entry();
            for key in keys {
                let record = self.ping_record.clone();
                let ping_slot = self.ping_slot;
                let Some(conn) = self.conn(key) else {
                    continue;
                };
                if conn.due != slot {
                    continue; // moved since
                }
                let p = &mut conn.parked;
                if now >= p.idle_deadline {
                    self.give_back(key, Why::TimedOut, None);
                    continue;
                }
                if now >= p.next_ping {
                    match p.io.send(&record) {
                        Ok(unsent) => {
                            conn.last_ping = Some(now);
                            p.next_ping = ping_slot(now + p.ping_interval, p.ping_interval);
                            self.bytes_out.inc_by(record.len() as u64);
                            if !unsent.is_empty() {
                                self.give_back_unsent(key, unsent);
                                continue;
                            }
                        }
                        Err(e) => {
                            self.give_back(key, Why::Failed(e), None);
                            continue;
                        }
                    }
                }
                self.schedule(key);
            }
        }
    }

    fn remove(&mut self, key: Key) -> Option<Conn> {
        self.conn(key)?;
        let slot = &mut self.slots[key.index];
        let conn = slot.1.take()?;
        slot.0 = slot.0.wrapping_add(1);
        self.free.push(key.index);
        self.by_id.remove(&conn.parked.id);
        let fd = conn.parked.io.socket().as_raw_fd();
        let _ = self.sockets.registry().deregister(&mut SourceFd(&fd));
        Some(conn)
    }

    /// Gives a connection back to its task, with `left` (a partial record, plaintext) the
    /// loop read and did not act on.
    fn give_back(&mut self, key: Key, why: Why, left: Option<(BytesMut, BytesMut)>) {
        if let Some(conn) = self.remove(key) {
            let (back, mut returned) = returned(conn.parked, why, conn.last_ping);
            if let Some((input, plain)) = left {
                returned.input = input;
                returned.plain = plain;
            }
            // A task that is gone (its runtime shut down) drops the connection with this.
            let _ = back.send(returned);
        }
    }

    fn give_back_unsent(&mut self, key: Key, unsent: BytesMut) {
        if let Some(conn) = self.remove(key) {
            let (back, mut returned) = returned(conn.parked, Why::Blocked, conn.last_ping);
            returned.unsent = unsent;
            let _ = back.send(returned);
        }
    }

    fn give_all_back(&mut self) {
        let keys: Vec<Key> = self.by_id.values().copied().collect();
        for key in keys {
            self.give_back(key, Why::Recalled, None);
        }
        self.metrics.idle_connections(0);
    }
}

/// `parked` with what the loop holds of it, and the channel it goes back through.
fn returned(
    parked: Box<Parked>,
    why: Why,
    last_ping: Option<Instant>,
) -> (oneshot::Sender<Returned>, Returned) {
    let Parked {
        io,
        next_ping,
        idle_deadline,
        seen_persisted,
        back,
        ..
    } = *parked;
    (
        back,
        Returned {
            io,
            why,
            input: BytesMut::new(),
            plain: BytesMut::new(),
            unsent: BytesMut::new(),
            next_ping,
            idle_deadline,
            seen_persisted,
            last_ping,
        },
    )
}

/// What the connection's task does with every frame: the live `last_seen`, and the stored one
/// every `SEEN_PERSIST_INTERVAL`.
fn touch(writer: &Writer, p: &mut Parked, now: Instant) {
    let at = now_ms();
    p.last_seen.store(at, Ordering::Relaxed);
    if now.duration_since(p.seen_persisted) >= super::connection::SEEN_PERSIST_INTERVAL {
        p.seen_persisted = now;
        writer.send(InstanceOp::Seen {
            uuid: p.uuid.clone(),
            at,
        });
    }
}
