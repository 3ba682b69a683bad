//! One docked instance: a single task per connection that reads frames, reassembles transports
//! and acts on them, and writes frames the way IncludeOS can take them — one transport per
//! unfragmented frame, never two frames close together (its receive side loses frames that
//! share a TCP read), nothing right after the 101, nothing behind an UPDATE until the instance
//! answers. It pings every few seconds and gives up after the idle timeout without any frame.
//! The log an instance buffered while offline (its first transport, of any size) is streamed
//! through [`OfflineLog`], which keeps only its newest bytes until IDENT says whose it is.

use std::collections::VecDeque;
use std::future::Future;
use std::net::SocketAddr;
use std::pin::Pin;
use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};
use std::time::Duration;

use bytes::{Buf, Bytes, BytesMut};
use futures_util::StreamExt;
use rand::RngExt;
use tokio::io::{AsyncRead, AsyncWrite, AsyncWriteExt, ReadHalf, WriteHalf};
use tokio::sync::{mpsc, oneshot};
use tokio::time::Instant;
use tokio_util::codec::FramedRead;

use super::frame::{FrameDecoder, FrameError, WsEvent, opcode, server_frame, server_header};
use super::idle::{IdleLoop, Parked, Returned, Why};
use super::registry::{
    Command, CommandSender, Hangar, InstanceEvent, NoAck, Refused, UpdateImage, now_ms,
};
use super::sessions::Authenticated;
use crate::protocol::instances::{NO_UUID_PREFIX, UuidProblem, check_reported_uuid, instance_key};
use crate::protocol::transport::{
    HEADER_LEN, Ident, Piece, Reassembler, Transport, UplinkConfig, code, code_name, encode_header,
    parse_stats,
};
use crate::server::tls_records::{IdleRecords, RecordStream, UplinkTls};
use crate::store::instance_data::{InstanceOp, LOG_ROW_MAX};

/// Frames waiting to be written to one instance, at most.
const MAX_QUEUE: usize = 64;
/// The stored `last_seen` of a docked instance is refreshed this often. The live value is in
/// memory and is what the API shows; a disconnect and a clean shutdown store the exact time;
/// so the stored one matters only after a crash, when it may be this much behind. Each refresh
/// is a row written: 10,000 docked instances at 60 s were 167 writes a second, most of the
/// server's own CPU with the fleet idle.
pub(super) const SEEN_PERSIST_INTERVAL: Duration = Duration::from_secs(300);
/// Frames up to this size are written with one write call.
const COALESCE_BELOW: usize = 64 * 1024;
/// An UPDATE goes out only this soon after a ping (one is sent first otherwise).
const PING_BEFORE_UPDATE: Duration = Duration::from_secs(1);
/// Room left in the log budget for the line that says how much of an offline log was dropped.
const MARKER_ROOM: usize = 512;
/// A STATS request without an answer for this long counts as lost: the next request sends a
/// new one (a lost or unparsable reply must not stop stats for the rest of the connection).
const STATS_REPLY_TIMEOUT: Duration = Duration::from_secs(10);

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Ping,
    Pong,
    Transport,
    Update,
}

/// One frame to write: `head` (frame header, and for small frames the payload too) then `body`.
struct Outgoing {
    kind: Kind,
    head: Bytes,
    body: Body,
}

/// The payload of a frame after its head: bytes, or an image file read as it is written.
enum Body {
    Bytes(Bytes),
    File { file: Arc<std::fs::File>, len: u64 },
}

impl Body {
    fn len(&self) -> u64 {
        match self {
            Body::Bytes(b) => b.len() as u64,
            Body::File { len, .. } => *len,
        }
    }
}

impl Outgoing {
    fn control(kind: Kind, op: u8, payload: &[u8]) -> Self {
        Outgoing {
            kind,
            head: server_frame(op, payload),
            body: Body::Bytes(Bytes::new()),
        }
    }

    /// A transport as one BINARY frame; big payloads are not copied.
    fn transport(kind: Kind, code: u8, payload: Bytes) -> Self {
        let len = payload.len();
        let (ws, n) = server_header(opcode::BINARY, 5 + len);
        let mut head = BytesMut::with_capacity(n + 5 + len.min(COALESCE_BELOW));
        head.extend_from_slice(&ws[..n]);
        head.extend_from_slice(&encode_header(code, u32::try_from(len).unwrap_or(u32::MAX)));
        if len < COALESCE_BELOW {
            head.extend_from_slice(&payload);
            Outgoing {
                kind,
                head: head.freeze(),
                body: Body::Bytes(Bytes::new()),
            }
        } else {
            Outgoing {
                kind,
                head: head.freeze(),
                body: Body::Bytes(payload),
            }
        }
    }

    /// An UPDATE; an image file is read piece by piece while it is written.
    fn update(image: UpdateImage) -> Self {
        match image {
            UpdateImage::Bytes(bytes) => Outgoing::transport(Kind::Update, code::UPDATE, bytes),
            UpdateImage::File { file, len } => {
                // Deploys refuse images whose length the header cannot say.
                let len32 = u32::try_from(len).unwrap_or(u32::MAX);
                let (ws, n) = server_header(opcode::BINARY, 5 + len32 as usize);
                let mut head = BytesMut::with_capacity(n + 5);
                head.extend_from_slice(&ws[..n]);
                head.extend_from_slice(&encode_header(code::UPDATE, len32));
                Outgoing {
                    kind: Kind::Update,
                    head: head.freeze(),
                    body: Body::File {
                        file,
                        len: u64::from(len32),
                    },
                }
            }
        }
    }

    fn len(&self) -> u64 {
        self.head.len() as u64 + self.body.len()
    }
}

/// Reads `buf.len()` bytes of `file` at `offset` on the blocking pool (the buffer goes there and
/// back, so one buffer serves a whole transfer).
async fn read_piece(
    file: Arc<std::fs::File>,
    offset: u64,
    mut buf: Vec<u8>,
) -> std::io::Result<Vec<u8>> {
    tokio::task::spawn_blocking(move || {
        use std::os::unix::fs::FileExt;
        file.read_exact_at(&mut buf, offset).map_err(|e| {
            std::io::Error::new(
                e.kind(),
                format!("reading the image file at byte {offset} failed: {e}"),
            )
        })?;
        Ok(buf)
    })
    .await
    .map_err(std::io::Error::other)?
}

/// How a connection ended.
struct End {
    reason: String,
    /// The instance broke the protocol (logged as a warning).
    violation: bool,
}

impl End {
    fn normal(reason: impl Into<String>) -> Self {
        End {
            reason: reason.into(),
            violation: false,
        }
    }
    fn violation(reason: impl Into<String>) -> Self {
        End {
            reason: reason.into(),
            violation: true,
        }
    }
}

type WriteFuture<W> = Pin<Box<dyn Future<Output = Result<(W, Kind), String>> + Send>>;

/// By default the write deadline of an UPDATE assumes the link carries at least this many bytes
/// per second (on top of the idle timeout); `hangar.min_transfer_rate` sets it.
pub const MIN_TRANSFER_RATE: u64 = 256 * 1024;
/// An UPDATE is written in pieces of this size, so progress shows in a slow-transfer report.
const UPDATE_PIECE: usize = 256 * 1024;

/// Pings go out on a grid shared by every connection, with a step of a twentieth of the ping
/// interval and at most this: the runtime wakes once per step for all the connections whose
/// ping is due then (about 125 of 10,000 at the default 8 s interval) instead of once for each,
/// and their answers come back together too. A connection's pings stay one interval apart,
/// give or take a step.
const MAX_PING_STEP: Duration = Duration::from_millis(100);

/// The first point of the ping grid for `interval` at or after `at`.
fn ping_slot(at: Instant, interval: Duration) -> Instant {
    Instant::from_std(ping_slot_std(at.into_std(), interval))
}

/// [`ping_slot`] on the standard clock (the idle loop's).
pub(super) fn ping_slot_std(at: std::time::Instant, interval: Duration) -> std::time::Instant {
    static EPOCH: std::sync::OnceLock<std::time::Instant> = std::sync::OnceLock::new();
    let epoch = *EPOCH.get_or_init(std::time::Instant::now);
    let step = (interval / 20)
        .clamp(Duration::from_millis(1), MAX_PING_STEP)
        .as_nanos();
    let since = at.saturating_duration_since(epoch).as_nanos();
    let slot = since.div_ceil(step) * step;
    epoch + Duration::from_nanos(u64::try_from(slot).unwrap_or(u64::MAX))
}

/// A stream a docked connection may be served on, and whether it can be handed to the idle
/// loop (only Mothership's own record layer can: see `idle`).
pub(super) trait Parkable: Sized {
    /// Whether [`Parkable::park`] may take this kind of stream at all.
    fn can_park(&self) -> bool {
        false
    }

    /// The socket and keys for the idle loop; `Err` keeps the stream with its task.
    fn park(self) -> Result<std::io::Result<IdleRecords>, Self> {
        Err(self)
    }

    /// The stream again, with what the idle loop read and did not act on.
    fn unpark(_back: Returned) -> std::io::Result<Self> {
        Err(std::io::Error::other("this kind of stream is never parked"))
    }
}

impl Parkable for UplinkTls {
    fn can_park(&self) -> bool {
        self.is_offloaded()
    }

    fn park(self) -> Result<std::io::Result<IdleRecords>, Self> {
        match self {
            UplinkTls::Records(r) => r.park().map_err(UplinkTls::Records),
            other => Err(other),
        }
    }

    fn unpark(back: Returned) -> std::io::Result<Self> {
        let eof = matches!(back.why, Why::Eof);
        RecordStream::unpark(back.io, back.input, back.plain, back.unsent, eof)
            .map(UplinkTls::Records)
    }
}

impl Parkable for tokio::net::TcpStream {}
impl Parkable for tokio_rustls::server::TlsStream<tokio::net::TcpStream> {}
impl Parkable for hyper_util::rt::TokioIo<hyper::upgrade::Upgraded> {}

/// A connection's stream split into its frame reader and its write half (again after the idle
/// loop gave it back).
fn framed<IO: AsyncRead + AsyncWrite>(
    io: IO,
) -> (FramedRead<ReadHalf<IO>, FrameDecoder>, WriteHalf<IO>) {
    let (rd, wr) = tokio::io::split(io);
    (
        FramedRead::with_capacity(rd, FrameDecoder::default(), 1024),
        wr,
    )
}

fn mib(bytes: usize) -> f64 {
    bytes as f64 / (1024.0 * 1024.0)
}

fn write_out<W: AsyncWrite + Unpin + Send + 'static>(
    mut w: W,
    out: Outgoing,
    limit: Duration,
    min_rate: u64,
) -> WriteFuture<W> {
    Box::pin(async move {
        let started = Instant::now();
        let total = out.len() as usize;
        let mut sent = 0usize;
        let result = tokio::time::timeout(limit, async {
            w.write_all(&out.head).await?;
            sent += out.head.len();
            match &out.body {
                Body::Bytes(body) => {
                    for piece in body.chunks(UPDATE_PIECE) {
                        w.write_all(piece).await?;
                        sent += piece.len();
                    }
                }
                Body::File { file, len } => {
                    // One piece in memory per transfer, however large the image.
                    let mut buf = Vec::new();
                    let mut offset = 0u64;
                    while offset < *len {
                        let n = (*len - offset).min(UPDATE_PIECE as u64) as usize;
                        buf.resize(n, 0);
                        buf = read_piece(file.clone(), offset, buf).await?;
                        w.write_all(&buf).await?;
                        sent += n;
                        offset += n as u64;
                    }
                }
            }
            w.flush().await
        })
        .await;
        let secs = started.elapsed().as_secs_f64();
        let rate = sent as f64 / 1024.0 / secs.max(0.001);
        match result {
            Ok(Ok(())) => Ok((w, out.kind)),
            Ok(Err(e)) if out.kind == Kind::Update => Err(format!(
                "the transfer of the {:.1} MiB image broke off after {secs:.0} s ({:.1} MiB \
                 sent, {rate:.0} KiB/s): {e}",
                mib(total),
                mib(sent)
            )),
            Ok(Err(e)) => Err(format!("write failed: {e}")),
            Err(_) if out.kind == Kind::Update => Err(format!(
                "transfer of {:.1} MiB did not finish within {} s: the link managed {rate:.0} \
                 KiB/s ({:.1} MiB sent; the deadline allows {} KiB/s)",
                mib(total),
                limit.as_secs(),
                mib(sent),
                min_rate / 1024
            )),
            Err(_) => Err(format!("write did not finish within {} s", limit.as_secs())),
        }
    })
}

/// Whether the channel holds a command. `len` and not `is_empty`: tokio's `len` answers an
/// empty channel from its counters alone, `is_empty` reads the message block.
#[allow(clippy::len_zero)]
fn holds_commands(rx: &mpsc::Receiver<Box<Command>>) -> bool {
    rx.len() > 0
}

/// What [`write_now`] managed.
enum Written<W> {
    All(W),
    /// The rest is for [`write_out`].
    Part(W, Outgoing),
    Failed(std::io::Error),
}

/// Writes a small frame (a ping, a pong, a transport that fits in `head`) at once when the
/// socket takes it, as it nearly always does: no future to allocate and no second pass through
/// the connection's loop for the one write most wake-ups make.
fn write_now<W: AsyncWrite + Unpin>(mut w: W, mut out: Outgoing) -> Written<W> {
    if out.kind == Kind::Update || out.body.len() > 0 {
        return Written::Part(w, out);
    }
    let mut cx = std::task::Context::from_waker(std::task::Waker::noop());
    while !out.head.is_empty() {
        match Pin::new(&mut w).poll_write(&mut cx, &out.head) {
            std::task::Poll::Ready(Ok(0)) => {
                return Written::Failed(std::io::ErrorKind::WriteZero.into());
            }
            std::task::Poll::Ready(Ok(n)) => out.head.advance(n),
            std::task::Poll::Ready(Err(e)) => return Written::Failed(e),
            std::task::Poll::Pending => return Written::Part(w, out),
        }
    }
    match Pin::new(&mut w).poll_flush(&mut cx) {
        std::task::Poll::Ready(Ok(())) => Written::All(w),
        std::task::Poll::Ready(Err(e)) => Written::Failed(e),
        std::task::Poll::Pending => Written::Part(w, out),
    }
}

/// The log an instance buffered while offline, as it streams in before IDENT: only the newest
/// `keep` bytes stay in memory, however long it is.
struct OfflineLog {
    tail: VecDeque<u8>,
    keep: usize,
    total: u32,
    received: u64,
    dropped: u64,
}

impl OfflineLog {
    fn new(keep: usize, total: u32) -> Self {
        OfflineLog {
            tail: VecDeque::new(),
            keep,
            total,
            received: 0,
            dropped: 0,
        }
    }

    fn push(&mut self, data: &[u8]) {
        self.received += data.len() as u64;
        let data = if data.len() > self.keep {
            let cut = data.len() - self.keep;
            self.dropped += cut as u64;
            &data[cut..]
        } else {
            data
        };
        let over = (self.tail.len() + data.len()).saturating_sub(self.keep);
        if over > 0 {
            self.tail.drain(..over);
            self.dropped += over as u64;
        }
        // Grow by doubling, but never past `keep`: the bound is what a peer can make us hold.
        let need = self.tail.len() + data.len();
        if need > self.tail.capacity() {
            let want = need.max(self.tail.capacity() * 2).min(self.keep);
            self.tail.reserve_exact(want - self.tail.len());
        }
        self.tail.extend(data);
    }

    /// The bytes to store: the kept tail (from a line start when something was dropped) and,
    /// when something was dropped, a line saying so at its end, where trimming the stored log
    /// reaches it last.
    fn finish(mut self) -> (Bytes, u64) {
        if self.dropped > 0 {
            // The tail starts in the middle of a line: drop that fragment too.
            let scan = self.tail.len().min(4096);
            if let Some(nl) = self.tail.range(..scan).position(|b| *b == b'\n') {
                self.tail.drain(..=nl);
                self.dropped += nl as u64 + 1;
            }
        }
        let mut out = Vec::from(self.tail);
        if self.dropped > 0 {
            if out.last().is_some_and(|b| *b != b'\n') {
                out.push(b'\n');
            }
            out.extend_from_slice(
                format!(
                    "[mothership: this instance sent {} bytes of log it buffered while offline; \
                     the oldest {} bytes were dropped to stay within the log budget, the newest \
                     {} are above]\n",
                    self.total,
                    self.dropped,
                    self.received - self.dropped
                )
                .as_bytes(),
            );
        }
        (Bytes::from(out), self.dropped)
    }
}

struct Conn {
    hangar: Hangar,
    id: u64,
    peer: SocketAddr,
    auth: Authenticated,
    commands: CommandSender,
    uuid: Option<String>,
    reasm: Reassembler,
    early: Vec<Transport>,
    /// Transports before IDENT (the streamed offline log too) and the bytes held of them.
    early_count: u64,
    early_bytes: u64,
    offline_log: Option<OfflineLog>,
    /// IDENT must arrive by then; moved on while an offline log streams in.
    ident_deadline: Instant,
    queue: VecDeque<Outgoing>,
    stats_waiters: Vec<oneshot::Sender<Bytes>>,
    /// When the STATS request now awaiting its answer was queued.
    stats_requested: Option<Instant>,
    update: Option<oneshot::Sender<Result<String, NoAck>>>,
    /// After an UPDATE nothing is written until the instance answers.
    hold_writes: bool,
    last_seen: Arc<AtomicI64>,
    seen_persisted: Instant,
    /// The tag and version of the latest IDENT (for reporting STATS).
    reported: (Option<String>, Option<String>),
}

/// Serves one upgraded connection until it ends.
pub(super) async fn run<IO>(hangar: Hangar, io: IO, peer: SocketAddr, auth: Authenticated)
where
    IO: AsyncRead + AsyncWrite + Parkable + Send + Unpin + 'static,
{
    let (commands, rx) = mpsc::channel(32);
    let limits = hangar.config().transport_limits;
    let mut conn = Conn {
        id: hangar.next_conn_id(),
        hangar,
        peer,
        auth,
        commands,
        uuid: None,
        reasm: Reassembler::new(limits),
        early: Vec::new(),
        early_count: 0,
        early_bytes: 0,
        offline_log: None,
        ident_deadline: Instant::now(),
        queue: VecDeque::new(),
        stats_waiters: Vec::new(),
        stats_requested: None,
        update: None,
        hold_writes: false,
        last_seen: Arc::new(AtomicI64::new(now_ms())),
        seen_persisted: Instant::now(),
        reported: (None, None),
    };
    let mut end = conn.serve(io, rx).await;
    if let Some(partial) = conn.reasm.partial() {
        end.reason = format!("{}; {partial}", end.reason);
    }
    conn.finish(end);
}

impl Conn {
    async fn serve<IO>(&mut self, io: IO, mut commands: mpsc::Receiver<Box<Command>>) -> End
    where
        IO: AsyncRead + AsyncWrite + Parkable + Send + Unpin + 'static,
    {
        let cfg = self.hangar.config().clone();
        let parkable = io.can_park();
        let (mut frames, wr) = framed(io);
        let mut writer: Option<WriteHalf<IO>> = Some(wr);
        let mut writing: Option<WriteFuture<WriteHalf<IO>>> = None;
        let start = Instant::now();
        let mut idle_deadline = start + cfg.idle_timeout();
        self.ident_deadline = start + cfg.handshake_timeout();
        // Spread the first ping so a docking wave does not ping in lockstep forever after.
        let mut next_ping = ping_slot(
            start
                + cfg
                    .ping_interval()
                    .mul_f64(rand::rng().random_range(0.5..1.0)),
            cfg.ping_interval(),
        );
        // Nothing right after the 101: the instance loses frames that arrive with it.
        let mut next_write = start + cfg.write_gap().max(Duration::from_millis(50));
        let mut shutdown = self.hangar.inner.shutdown.clone();
        // Polled across iterations rather than made anew in each: a new one would register
        // with the channel every 10,000 connections share, twice per wake-up.
        let shutting_down = async {
            let _ = shutdown.wait_for(|s| *s).await;
        };
        tokio::pin!(shutting_down);
        // One timer for the connection's life, moved only when its deadline changes.
        let timer = tokio::time::sleep_until(next_ping);
        tokio::pin!(timer);
        let mut last_ping: Option<Instant> = None;
        let mut sending_update = false;
        let mut commands_armed = false;
        loop {
            let now = Instant::now();
            if writing.is_none() && !self.hold_writes && now >= next_write {
                // Nothing to do but ping: the idle loop pings until something happens.
                if now >= next_ping
                    && parkable
                    && self.is_idle(&commands)
                    && frames.read_buffer().is_empty()
                    && frames.decoder().is_between_frames()
                    && let Some(idle) = self.hangar.idle_loop()
                    && let Some(wr) = writer.take()
                {
                    let io = match frames.into_inner().unsplit(wr).park() {
                        Err(io) => io,
                        Ok(Err(e)) => return End::normal(format!("connection error: {e}")),
                        Ok(Ok(records)) => {
                            let (tx, rx) = oneshot::channel();
                            let parked = Box::new(Parked {
                                id: self.id,
                                io: records,
                                uuid: self.uuid.clone().unwrap_or_default(),
                                next_ping: now.into_std(),
                                idle_deadline: idle_deadline.into_std(),
                                ping_interval: cfg.ping_interval(),
                                idle_timeout: cfg.idle_timeout(),
                                last_seen: self.last_seen.clone(),
                                seen_persisted: self.seen_persisted.into_std(),
                                back: tx,
                            });
                            let (back, command) = match self
                                .wait_parked(
                                    &idle,
                                    parked,
                                    rx,
                                    &mut commands,
                                    shutting_down.as_mut(),
                                )
                                .await
                            {
                                Ok(got) => got,
                                Err(end) => return end,
                            };
                            next_ping = Instant::from_std(back.next_ping);
                            idle_deadline = Instant::from_std(back.idle_deadline);
                            self.seen_persisted = Instant::from_std(back.seen_persisted);
                            if let Some(at) = back.last_ping {
                                last_ping = Some(Instant::from_std(at));
                                next_write = Instant::from_std(at) + cfg.write_gap();
                            }
                            let blocked = matches!(back.why, Why::Blocked);
                            match back.why {
                                Why::Failed(ref e) => {
                                    return End::normal(format!("connection error: {e}"));
                                }
                                Why::TimedOut => {
                                    return End::normal(format!(
                                        "no frame from the instance for {} s",
                                        cfg.idle_timeout().as_secs_f64()
                                    ));
                                }
                                _ => {}
                            }
                            let io = match IO::unpark(back) {
                                Ok(io) => io,
                                Err(e) => return End::normal(format!("connection error: {e}")),
                            };
                            let (read, wr) = framed(io);
                            frames = read;
                            commands_armed = false;
                            if blocked {
                                // The rest of a ping waits in the record layer: flush it.
                                let flush = Outgoing {
                                    kind: Kind::Ping,
                                    head: Bytes::new(),
                                    body: Body::Bytes(Bytes::new()),
                                };
                                writing = Some(write_out(
                                    wr,
                                    flush,
                                    cfg.idle_timeout(),
                                    cfg.min_transfer_rate,
                                ));
                            } else {
                                writer = Some(wr);
                            }
                            if let Some(command) = command
                                && let Err(end) = self.on_command(*command)
                            {
                                return end;
                            }
                            continue;
                        }
                    };
                    let (read, wr) = framed(io);
                    frames = read;
                    writer = Some(wr);
                }
                if now >= next_ping {
                    if !self.queue.iter().any(|o| o.kind == Kind::Ping) {
                        self.queue
                            .push_back(Outgoing::control(Kind::Ping, opcode::PING, b""));
                    }
                    next_ping = ping_slot(now + cfg.ping_interval(), cfg.ping_interval());
                }
                // The instance hears no ping while an UPDATE streams in (nothing can go between
                // the frame's bytes), and its heartbeat gives up about 40 s after the last ping:
                // a fresh ping just before the UPDATE gives the transfer all of that time.
                if self.queue.front().is_some_and(|o| o.kind == Kind::Update)
                    && last_ping.is_none_or(|at| now.duration_since(at) > PING_BEFORE_UPDATE)
                {
                    self.queue.retain(|o| o.kind != Kind::Ping);
                    self.queue
                        .push_front(Outgoing::control(Kind::Ping, opcode::PING, b""));
                }
                if let Some(out) = self.queue.pop_front()
                    && let Some(w) = writer.take()
                {
                    let mut limit = cfg.idle_timeout();
                    match out.kind {
                        Kind::Ping => {
                            last_ping = Some(now);
                            next_ping = ping_slot(now + cfg.ping_interval(), cfg.ping_interval());
                        }
                        Kind::Update => {
                            limit += cfg.transfer_allowance(out.len());
                            sending_update = true;
                        }
                        _ => {}
                    }
                    self.hangar
                        .inner
                        .metrics
                        .bytes_out(usize::try_from(out.len()).unwrap_or(usize::MAX));
                    match write_now(w, out) {
                        Written::All(w) => {
                            writer = Some(w);
                            next_write = now + cfg.write_gap();
                        }
                        Written::Part(w, out) => {
                            writing = Some(write_out(w, out, limit, cfg.min_transfer_rate));
                        }
                        Written::Failed(e) => return End::normal(format!("write failed: {e}")),
                    }
                }
            }
            // While an UPDATE goes out the instance is busy receiving it; its write deadline
            // bounds that, not the idle timeout.
            let mut wake = if sending_update {
                now + Duration::from_secs(3600)
            } else {
                idle_deadline
            };
            if self.uuid.is_none() {
                wake = wake.min(self.ident_deadline);
            }
            if writing.is_none() && !self.hold_writes {
                wake = wake.min(if self.queue.is_empty() {
                    next_ping.max(next_write)
                } else {
                    next_write
                });
            }
            if timer.deadline() != wake {
                timer.as_mut().reset(wake);
            }
            // The command channel is polled only when it holds something or its waker is not
            // registered yet: a registered waker stays until a command wakes the task, and an
            // empty channel answers `len` without touching its (cold) message blocks. Polled
            // outside tokio's cooperative budget, so that `Pending` always means registered
            // (an exhausted budget answers `Pending` without registering anything).
            let next_command = tokio::task::unconstrained(std::future::poll_fn(|cx| {
                if commands_armed && !holds_commands(&commands) {
                    return std::task::Poll::Pending;
                }
                let polled = commands.poll_recv(cx);
                commands_armed = polled.is_pending();
                polled
            }));
            tokio::select! {
                biased;
                _ = &mut shutting_down => {
                    return End::normal("server shutting down");
                }
                Some(command) = next_command => {
                    if let Err(end) = self.on_command(*command) {
                        return end;
                    }
                }
                done = async {
                    match writing.as_mut() {
                        Some(f) => f.await,
                        None => std::future::pending().await,
                    }
                } => {
                    writing = None;
                    sending_update = false;
                    match done {
                        Ok((w, kind)) => {
                            writer = Some(w);
                            let now = Instant::now();
                            next_write = now + cfg.write_gap();
                            if kind == Kind::Update {
                                self.hold_writes = true;
                                // Receiving a big image takes the instance a while.
                                idle_deadline = now + cfg.idle_timeout();
                            }
                        }
                        Err(e) => return End::normal(e),
                    }
                }
                frame = frames.next() => match frame {
                    None => return End::normal("connection closed by the instance"),
                    Some(Err(FrameError::Io(e))) => return End::normal(format!("connection error: {e}")),
                    Some(Err(e)) => return End::violation(e.to_string()),
                    Some(Ok(event)) => {
                        idle_deadline = Instant::now() + cfg.idle_timeout();
                        self.touch();
                        match event {
                            WsEvent::Data(data) => {
                                self.hangar.inner.metrics.bytes_in(data.len());
                                if let Err(end) = self.on_data(&data).await {
                                    return end;
                                }
                            }
                            WsEvent::Ping(payload) => self.queue_pong(&payload),
                            WsEvent::Pong => {}
                            WsEvent::Close => return End::normal("closed by the instance"),
                        }
                    }
                },
                _ = &mut timer => {
                    let now = Instant::now();
                    if now >= idle_deadline && !sending_update {
                        return End::normal(format!(
                            "no frame from the instance for {} s",
                            cfg.idle_timeout().as_secs_f64()
                        ));
                    }
                    if self.uuid.is_none() && now >= self.ident_deadline {
                        return End::violation(format!(
                            "no IDENT within {} s of docking",
                            cfg.handshake_timeout().as_secs_f64()
                        ));
                    }
                }
            }
        }
    }

    /// Whether the connection has nothing in flight but its heartbeat: docked, no frame
    /// queued, no command waiting, no update, STATS request or offline log under way.
    fn is_idle(&self, commands: &mpsc::Receiver<Box<Command>>) -> bool {
        self.uuid.is_some()
            && self.queue.is_empty()
            && !self.hold_writes
            && self.update.is_none()
            && self.stats_waiters.is_empty()
            && self.offline_log.is_none()
            && self.early.is_empty()
            && self.reasm.partial().is_none()
            && !holds_commands(commands)
    }

    /// Hands the connection to the idle loop and waits until it comes back: on its own (the
    /// instance sent something, went away or timed out), or recalled for a command (answered
    /// with it) or for the shutdown (answered as the end).
    async fn wait_parked(
        &mut self,
        idle: &IdleLoop,
        parked: Box<Parked>,
        mut rx: oneshot::Receiver<Returned>,
        commands: &mut mpsc::Receiver<Box<Command>>,
        mut shutting_down: Pin<&mut impl Future<Output = ()>>,
    ) -> Result<(Returned, Option<Box<Command>>), End> {
        if let Err(parked) = idle.park(parked) {
            // The loop has ended (the hangar is going away): the stream comes straight back.
            return Ok((parked.into_returned(), None));
        }
        let lost = || End::normal("the uplink's idle loop dropped the connection");
        tokio::select! {
            biased;
            back = &mut rx => back.map(|b| (b, None)).map_err(|_| lost()),
            _ = shutting_down.as_mut() => {
                idle.recall(self.id);
                // Its stream is closed when it comes back and is dropped.
                let _ = rx.await;
                Err(End::normal("server shutting down"))
            }
            Some(command) = commands.recv() => {
                idle.recall(self.id);
                rx.await.map(|b| (b, Some(command))).map_err(|_| lost())
            }
        }
    }

    fn touch(&mut self) {
        let now = now_ms();
        self.last_seen.store(now, Ordering::Relaxed);
        if let Some(uuid) = &self.uuid
            && self.seen_persisted.elapsed() >= SEEN_PERSIST_INTERVAL
        {
            self.seen_persisted = Instant::now();
            self.hangar.inner.writer.send(InstanceOp::Seen {
                uuid: uuid.clone(),
                at: now,
            });
        }
    }

    fn queue_pong(&mut self, payload: &[u8]) {
        // One pending pong is enough proof of life for the instance.
        if !self.queue.iter().any(|o| o.kind == Kind::Pong) {
            self.queue
                .push_back(Outgoing::control(Kind::Pong, opcode::PONG, payload));
        }
    }

    async fn on_data(&mut self, data: &[u8]) -> Result<(), End> {
        self.reasm.push(data);
        loop {
            match self.reasm.next_piece() {
                Ok(Some(Piece::Whole(t))) => self.on_transport(t).await?,
                Ok(Some(Piece::Chunk { data, total, .. })) => self.on_offline_log(&data, total),
                Ok(None) => return Ok(()),
                Err(e) => return Err(End::violation(e.to_string())),
            }
        }
    }

    /// A piece of the log the instance buffered while offline (only ever before IDENT).
    fn on_offline_log(&mut self, data: &[u8], total: u32) {
        if self.offline_log.is_none() {
            // Its header counts like any transport's; its bytes are bounded by the log budget.
            self.early_count += 1;
            self.early_bytes += HEADER_LEN as u64;
        }
        let cfg = self.hangar.config();
        let keep = usize::try_from(cfg.log_cap_bytes - cfg.log_cap_bytes / 10)
            .unwrap_or(usize::MAX)
            .saturating_sub(MARKER_ROOM);
        // A long log on a slow link is progress, not a peer that never identifies itself.
        self.ident_deadline = Instant::now() + cfg.handshake_timeout();
        self.offline_log
            .get_or_insert_with(|| OfflineLog::new(keep, total))
            .push(data);
    }

    /// Stores what was kept of the offline log, in pieces no larger than a stored log row, so
    /// trimming the log later drops its oldest part first instead of all of it at once.
    async fn store_offline_log(&mut self, uuid: &str, log: OfflineLog) {
        let total = log.total;
        let (data, dropped) = log.finish();
        if dropped > 0 {
            tracing::warn!(
                uuid,
                total,
                dropped,
                "the log the instance buffered while offline is over the log budget; kept its newest part"
            );
        }
        let row = LOG_ROW_MAX
            .min(usize::try_from(self.hangar.config().log_cap_bytes / 4).unwrap_or(usize::MAX))
            .max(1);
        let at = now_ms();
        let mut start = 0;
        while start < data.len() {
            let end = (start + row).min(data.len());
            self.hangar
                .inner
                .writer
                .send_data(
                    InstanceOp::Log {
                        uuid: uuid.to_owned(),
                        at,
                        data: data.slice(start..end),
                    },
                    end - start,
                )
                .await;
            start = end;
        }
    }

    async fn on_transport(&mut self, t: Transport) -> Result<(), End> {
        self.hangar
            .inner
            .metrics
            .transport(crate::protocol::transport::code_name(t.code));
        if t.code == code::IDENT {
            let early = self.on_ident(&t.payload).await?;
            if let Some(uuid) = self.uuid.clone() {
                if let Some(log) = self.offline_log.take() {
                    self.store_offline_log(&uuid, log).await;
                }
                for t in early {
                    self.handle(&uuid, t).await;
                }
            }
            return Ok(());
        }
        match self.uuid.clone() {
            Some(uuid) => {
                self.handle(&uuid, t).await;
                Ok(())
            }
            None => {
                // Every transport counts, an empty one too: each costs a header on the wire and
                // an entry here, and a flood of empty ones must not grow memory unbounded.
                let limits = self.hangar.config().transport_limits;
                self.early_count += 1;
                self.early_bytes += (HEADER_LEN + t.payload.len()) as u64;
                if self.early_count > u64::from(limits.before_ident) {
                    return Err(End::violation(format!(
                        "more than {} transports before IDENT (a real instance sends at most \
                         its offline log before it; transport_limits.before_ident)",
                        limits.before_ident
                    )));
                }
                if self.early_bytes > u64::from(limits.before_ident_bytes) {
                    return Err(End::violation(format!(
                        "more than {} bytes of transports before IDENT \
                         (transport_limits.before_ident_bytes)",
                        limits.before_ident_bytes
                    )));
                }
                // A copy of its own: a slice of the receive buffer would keep all of that
                // buffer alive.
                self.early.push(Transport {
                    code: t.code,
                    payload: Bytes::copy_from_slice(&t.payload),
                });
                Ok(())
            }
        }
    }

    /// IDENT: the first one registers the connection as its instance's (replacing an older
    /// connection from the same IP address; refused while one from another address lives);
    /// returns what arrived before it. An empty uuid is keyed by the peer address.
    async fn on_ident(&mut self, payload: &[u8]) -> Result<Vec<Transport>, End> {
        let mut ident: Ident = serde_json::from_slice(payload)
            .map_err(|e| End::violation(format!("invalid IDENT: {e}")))?;
        if let Err(why) = check_reported_uuid(&ident.uuid) {
            return Err(End::violation(format!(
                "IDENT uuid {:?} {why}: refused",
                ident.uuid
            )));
        }
        if ident.uuid.starts_with(NO_UUID_PREFIX) {
            return Err(End::violation(format!(
                "IDENT uuid {:?} starts with {NO_UUID_PREFIX:?}, which is reserved for instances \
                 that report an empty uuid",
                ident.uuid
            )));
        }
        let problem = UuidProblem::of_reported(&ident.uuid);
        ident.uuid = instance_key(&ident.uuid, self.peer.ip());
        if ident.uuid.is_empty() || ident.uuid.len() > 128 {
            return Err(End::violation("IDENT without a usable uuid"));
        }
        if let Some(current) = &self.uuid {
            if current != &ident.uuid {
                return Err(End::violation(format!(
                    "IDENT changed the uuid from {current} to {}",
                    ident.uuid
                )));
            }
            self.hangar
                .reident(&ident, self.id, self.peer, &self.auth.instance);
            self.reported = (ident.tag, ident.version);
            return Ok(Vec::new());
        }
        let binding = self.hangar.binding(&ident.uuid).await.map_err(|e| {
            tracing::error!(uuid = %ident.uuid, "cannot read the instance's uplink binding: {e}");
            End::normal(format!(
                "dock refused: cannot read the instance's uplink binding ({e})"
            ))
        })?;
        let registered = self.hangar.register(
            &ident,
            self.id,
            self.commands.clone(),
            self.peer,
            &self.auth,
            &binding,
            self.last_seen.clone(),
        );
        if let Some(problem) = problem {
            self.hangar
                .warn_uuid_problem(problem, &ident.uuid, self.peer);
        }
        match registered {
            Ok((Some(old), _)) => {
                let _ = old.try_send(Box::new(Command::Close(format!(
                    "replaced by a new connection from {}",
                    self.peer
                ))));
            }
            Ok((None, _)) => {}
            Err(why) => {
                if let Refused::Alias(owner) = &why {
                    tracing::warn!(
                        uuid = %ident.uuid,
                        peer = %self.peer,
                        "dock refused: the uuid is the alias of instance {owner}; an instance \
                         may not take another's alias as its uuid"
                    );
                }
                return Err(End::normal(format!(
                    "dock refused for instance {}: {why}",
                    ident.uuid
                )));
            }
        }
        tracing::info!(
            uuid = %ident.uuid,
            peer = %self.peer,
            binary = ident.binary.as_deref().unwrap_or("-"),
            "instance docked"
        );
        self.reported = (ident.tag, ident.version);
        self.uuid = Some(ident.uuid);
        self.early_count = 0;
        self.early_bytes = 0;
        Ok(std::mem::take(&mut self.early))
    }

    /// Everything but IDENT, once the instance is known. Bad JSON in STATS or UPLINK is
    /// logged and skipped: it does not make the rest of the connection untrustworthy.
    async fn handle(&mut self, uuid: &str, t: Transport) {
        let writer = self.hangar.inner.writer.clone();
        let at = now_ms();
        match t.code {
            code::LOG => {
                let n = t.payload.len();
                writer
                    .send_data(
                        InstanceOp::Log {
                            uuid: uuid.to_owned(),
                            at,
                            data: t.payload,
                        },
                        n,
                    )
                    .await;
            }
            code::PANIC => {
                tracing::warn!(uuid, "instance reported a panic");
                let text = String::from_utf8_lossy(&t.payload).into_owned();
                let n = text.len();
                self.hangar.panicked(uuid, &text);
                writer
                    .send_data(
                        InstanceOp::Panic {
                            uuid: uuid.to_owned(),
                            at,
                            text,
                        },
                        n,
                    )
                    .await;
            }
            code::STATS => {
                // Any answer ends the request, and its callers get it even when it does not
                // parse (they say so); only a valid one is stored.
                self.stats_requested = None;
                for w in self.stats_waiters.drain(..) {
                    let _ = w.send(t.payload.clone());
                }
                match parse_stats(&t.payload) {
                    Ok(stats) => {
                        if let Some(influx) = self.hangar.influx() {
                            let (tag, version) = &self.reported;
                            influx.instance_stats(
                                uuid,
                                tag.as_deref(),
                                version.as_deref(),
                                at,
                                &stats,
                            );
                        }
                        let json = String::from_utf8_lossy(&t.payload).into_owned();
                        let n = json.len();
                        writer
                            .send_data(
                                InstanceOp::Stats {
                                    uuid: uuid.to_owned(),
                                    at,
                                    json,
                                },
                                n,
                            )
                            .await;
                    }
                    Err(e) => {
                        tracing::warn!(uuid, "ignoring STATS that is not a stats array: {e}");
                    }
                }
            }
            code::UPLINK => match serde_json::from_slice::<UplinkConfig>(&t.payload) {
                Ok(uplink) => writer.send(InstanceOp::Uplink {
                    uuid: uuid.to_owned(),
                    // Serializing leaves the token out.
                    json: serde_json::to_string(&uplink).unwrap_or_default(),
                }),
                Err(e) => tracing::warn!(uuid, "ignoring UPLINK that is not an uplink config: {e}"),
            },
            code::UPDATE => {
                let hash = String::from_utf8_lossy(&t.payload).trim().to_owned();
                tracing::info!(uuid, hash, "instance acked an update");
                self.hold_writes = false;
                if let Some(ack) = self.update.take() {
                    let _ = ack.send(Ok(hash.clone()));
                }
                self.hangar.notify(
                    uuid,
                    InstanceEvent::UpdateAck {
                        conn_id: self.id,
                        hash,
                    },
                );
            }
            code::ERROR => {
                let text = String::from_utf8_lossy(&t.payload);
                let text: String = text.chars().take(500).collect();
                tracing::warn!(uuid, "instance reported an uplink error: {text}");
            }
            other => tracing::debug!(
                uuid,
                code = other,
                name = code_name(other),
                len = t.payload.len(),
                "ignoring transport"
            ),
        }
    }

    fn on_command(&mut self, command: Command) -> Result<(), End> {
        let full = self.queue.len() >= MAX_QUEUE;
        match command {
            Command::Close(reason) => return Err(End::normal(reason)),
            Command::Send(t) => {
                if full {
                    tracing::warn!(uuid = ?self.uuid, "write queue full; dropping a {} transport", code_name(t.code));
                } else {
                    self.queue
                        .push_back(Outgoing::transport(Kind::Transport, t.code, t.payload));
                }
            }
            Command::RequestStats(tx) => {
                // Callers that gave up (their timeout passed) wait no more.
                self.stats_waiters.retain(|w| !w.is_closed());
                if self.stats_waiters.len() >= MAX_QUEUE {
                    return Ok(()); // dropping tx tells the caller
                }
                // The request in flight is lost when nobody waits for it any more or it went
                // unanswered too long: ask again.
                let pending = self.stats_requested.is_some_and(|at| {
                    !self.stats_waiters.is_empty() && at.elapsed() < STATS_REPLY_TIMEOUT
                });
                self.stats_waiters.push(tx);
                if !pending && !full {
                    self.stats_requested = Some(Instant::now());
                    self.queue.push_back(Outgoing::transport(
                        Kind::Transport,
                        code::STATS,
                        Bytes::new(),
                    ));
                }
            }
            Command::Update { image, ack } => {
                if self.update.is_some() {
                    let _ = ack.send(Err(NoAck::NotSent(
                        "another update to this instance is in flight".into(),
                    )));
                } else if full {
                    let _ = ack.send(Err(NoAck::NotSent(
                        "the instance's write queue is full".into(),
                    )));
                } else {
                    self.queue.push_back(Outgoing::update(image));
                    self.update = Some(ack);
                }
            }
        }
        Ok(())
    }

    fn finish(&mut self, end: End) {
        if let Some(ack) = self.update.take() {
            // Writes are held from the moment the whole UPDATE is written until the answer.
            let _ = ack.send(Err(if self.hold_writes {
                NoAck::Unanswered(format!(
                    "the connection ended before the instance acked: {}",
                    end.reason
                ))
            } else {
                NoAck::NotSent(format!(
                    "the image did not reach the instance: {}",
                    end.reason
                ))
            }));
        }
        match &self.uuid {
            Some(uuid) => {
                if end.violation {
                    tracing::warn!(%uuid, peer = %self.peer, "closing uplink connection: {}", end.reason);
                } else {
                    tracing::info!(%uuid, peer = %self.peer, "instance disconnected: {}", end.reason);
                }
                self.hangar.unregister(uuid, self.id, &end.reason);
            }
            None => {
                if end.violation {
                    tracing::warn!(peer = %self.peer, auth_id = %self.auth.instance, "closing uplink connection before IDENT: {}", end.reason);
                } else {
                    tracing::debug!(peer = %self.peer, auth_id = %self.auth.instance, "uplink connection ended before IDENT: {}", end.reason);
                }
            }
        }
    }
}
