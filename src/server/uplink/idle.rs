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

const WAKE: Token = Token(usize::MAX);
/// Readiness events taken per `epoll_wait`.
const EVENTS: usize = 1024;

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
        returned(self, Why::Recalled, BytesMut::new(), BytesMut::new(), None).1
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
    /// A partial TLS record.
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
    /// Starts the loop's thread. `ping_step` is the ping grid's step (see `connection`).
    pub fn start(
        writer: Writer,
        metrics: Arc<crate::metrics::Metrics>,
        ping_slot: fn(Instant, Duration) -> Instant,
    ) -> std::io::Result<IdleLoop> {
        let poll = Poll::new()?;
        let waker = Arc::new(Waker::new(poll.registry(), WAKE)?);
        let (tx, rx) = mpsc::channel();
        let state = Loop {
            poll,
            rx,
            writer,
            metrics,
            ping_slot,
            conns: HashMap::new(),
            wheel: BTreeMap::new(),
            ping_record: server_frame(opcode::PING, b""),
        };
        std::thread::Builder::new()
            .name("uplink-idle".into())
            .spawn(move || state.run())?;
        Ok(IdleLoop { tx, waker })
    }

    /// Hands a connection to the loop; `Err` gives it back when the loop has ended.
    pub fn park(&self, parked: Box<Parked>) -> Result<(), Box<Parked>> {
        self.tx.send(Msg::Park(parked)).map_err(|e| match e.0 {
            Msg::Park(p) => p,
            _ => unreachable!("the message sent was a Park"),
        })?;
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
    input: BytesMut,
    plain: BytesMut,
    last_ping: Option<Instant>,
    /// Where in the wheel it is (so a stale wheel entry is skipped).
    due: Instant,
}

struct Loop {
    poll: Poll,
    rx: mpsc::Receiver<Msg>,
    writer: Writer,
    metrics: Arc<crate::metrics::Metrics>,
    ping_slot: fn(Instant, Duration) -> Instant,
    conns: HashMap<u64, Conn>,
    /// Connections by the grid slot of their next ping or idle deadline.
    wheel: BTreeMap<Instant, Vec<u64>>,
    ping_record: bytes::Bytes,
}

impl Loop {
    fn run(mut self) {
        let mut events = Events::with_capacity(EVENTS);
        loop {
            let timeout = self
                .wheel
                .keys()
                .next()
                .map(|due| due.saturating_duration_since(Instant::now()));
            if let Err(e) = self.poll.poll(&mut events, timeout)
                && e.kind() != std::io::ErrorKind::Interrupted
            {
                tracing::error!(
                    "the uplink's idle loop cannot poll: {e}; giving its connections back"
                );
                self.give_all_back();
                return;
            }
            for event in events.iter() {
                if event.token() == WAKE {
                    continue;
                }
                self.on_readable(event.token().0 as u64);
            }
            // Messages are drained after every poll (a wake-up may have been merged).
            loop {
                match self.rx.try_recv() {
                    Ok(Msg::Park(p)) => self.on_park(p),
                    Ok(Msg::Recall(id)) => self.give_back(id, Why::Recalled),
                    Ok(Msg::Stop) | Err(mpsc::TryRecvError::Disconnected) => {
                        self.give_all_back();
                        return;
                    }
                    Err(mpsc::TryRecvError::Empty) => break,
                }
            }
            self.on_due(Instant::now());
            self.metrics.idle_connections(self.conns.len());
        }
    }

    fn schedule(&mut self, id: u64) {
        let Some(conn) = self.conns.get_mut(&id) else {
            return;
        };
        let p = &conn.parked;
        let due = (self.ping_slot)(p.next_ping.min(p.idle_deadline), p.ping_interval);
        conn.due = due;
        self.wheel.entry(due).or_default().push(id);
    }

    fn on_park(&mut self, parked: Box<Parked>) {
        let id = parked.id;
        let fd = parked.io.socket().as_raw_fd();
        let token = Token(usize::try_from(id).unwrap_or(usize::MAX - 1));
        if let Err(e) = self
            .poll
            .registry()
            .register(&mut SourceFd(&fd), token, Interest::READABLE)
        {
            let (back, returned) = returned(
                parked,
                Why::Failed(e),
                BytesMut::new(),
                BytesMut::new(),
                None,
            );
            let _ = back.send(returned);
            return;
        }
        let due = parked.next_ping;
        self.conns.insert(
            id,
            Conn {
                parked,
                input: BytesMut::new(),
                plain: BytesMut::new(),
                last_ping: None,
                due,
            },
        );
        self.schedule(id);
        // Registering reports a socket that is readable already; nothing else to do here.
    }

    fn on_readable(&mut self, id: u64) {
        let Some(conn) = self.conns.get_mut(&id) else {
            return;
        };
        // One read: with epoll's edge triggering, a read shorter than asked for leaves nothing
        // behind, and anything arriving later raises a new edge.
        let received = conn.parked.io.receive(&mut conn.input, &mut conn.plain);
        let why = match received {
            Err(e) => Some(Why::Failed(e)),
            Ok(r) => {
                let mut pongs = 0;
                while let Some(n) = leading_pong(&conn.plain) {
                    let _ = conn.plain.split_to(n);
                    pongs += 1;
                }
                if conn.plain.is_empty() {
                    conn.plain = BytesMut::new();
                }
                if pongs > 0 {
                    let now = Instant::now();
                    let p = &mut conn.parked;
                    p.idle_deadline = now + p.idle_timeout;
                    touch(&self.writer, p, now);
                }
                // Anything but whole pongs (a partial record too: with edge triggering, the
                // rest may be queued already) is for the task.
                if !conn.plain.is_empty() || !conn.input.is_empty() || r.more {
                    Some(Why::Data)
                } else if r.eof {
                    Some(Why::Eof)
                } else {
                    None
                }
            }
        };
        if let Some(why) = why {
            self.give_back(id, why);
        }
    }

    fn on_due(&mut self, now: Instant) {
        while let Some(entry) = self.wheel.first_entry() {
            if *entry.key() > now {
                break;
            }
            let (slot, ids) = entry.remove_entry();
            for id in ids {
                let Some(conn) = self.conns.get_mut(&id) else {
                    continue;
                };
                if conn.due != slot {
                    continue; // moved since
                }
                let p = &mut conn.parked;
                if now >= p.idle_deadline {
                    self.give_back(id, Why::TimedOut);
                    continue;
                }
                if now >= p.next_ping {
                    match p.io.send(&self.ping_record) {
                        Ok(unsent) => {
                            self.metrics.bytes_out(self.ping_record.len());
                            conn.last_ping = Some(now);
                            p.next_ping = (self.ping_slot)(now + p.ping_interval, p.ping_interval);
                            if !unsent.is_empty() {
                                self.give_back_unsent(id, unsent);
                                continue;
                            }
                        }
                        Err(e) => {
                            self.give_back(id, Why::Failed(e));
                            continue;
                        }
                    }
                }
                self.schedule(id);
            }
        }
    }

    fn remove(&mut self, id: u64) -> Option<Conn> {
        let conn = self.conns.remove(&id)?;
        let fd = conn.parked.io.socket().as_raw_fd();
        let _ = self.poll.registry().deregister(&mut SourceFd(&fd));
        Some(conn)
    }

    fn give_back(&mut self, id: u64, why: Why) {
        if let Some(conn) = self.remove(id) {
            send_back(conn, why, BytesMut::new());
        }
    }

    fn give_back_unsent(&mut self, id: u64, unsent: BytesMut) {
        if let Some(conn) = self.remove(id) {
            send_back(conn, Why::Blocked, unsent);
        }
    }

    fn give_all_back(&mut self) {
        let ids: Vec<u64> = self.conns.keys().copied().collect();
        for id in ids {
            self.give_back(id, Why::Recalled);
        }
    }
}

fn send_back(conn: Conn, why: Why, unsent: BytesMut) {
    let Conn {
        parked,
        input,
        plain,
        last_ping,
        ..
    } = conn;
    let (back, mut returned) = returned(parked, why, input, plain, last_ping);
    returned.unsent = unsent;
    // A task that is gone (its runtime shut down) drops the connection with this.
    let _ = back.send(returned);
}

/// `parked` with what the loop holds of it, and the channel it goes back through.
fn returned(
    parked: Box<Parked>,
    why: Why,
    input: BytesMut,
    plain: BytesMut,
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
            input,
            plain,
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
