//! An emulated IncludeOS instance running the uplink client as docs/UPLINK.md describes it: auth
//! with back-off (re-sending its previous bearer), dock, buffered LOG → IDENT → UPLINK →
//! PANIC, STATS on request and every `send_stats` ms, quirky pongs to server pings, its own
//! pings after 10 s of silence, and live update: SHA-1 ack, a LOG, then vanishing without close
//! or FIN (the old socket answers the next packet with a reset) and docking again with `binary`.

#![allow(dead_code)]

use std::sync::{Arc, Mutex};
use std::time::Duration;

use mothership::protocol::transport::{Reassembler, TransportLimits, code};
use sha1::{Digest, Sha1};
use tokio::io::AsyncReadExt;
use tokio::sync::mpsc;
use tokio::task::JoinHandle;
use tokio::time::Instant;

use super::wire::{self, PING, Target, WsClient};

/// Who the instance is and how it behaves.
#[derive(Debug, Clone)]
pub struct InstanceSpec {
    pub uuid: String,
    /// The id sent to `/auth` (IncludeOS versions differ: the UUID or a MAC address).
    pub auth_id: String,
    pub token: String,
    pub version: String,
    pub service: String,
    pub tag: Option<String>,
    pub binary: Option<String>,
    /// Text of a panic from the "previous run", sent after UPLINK on the first dock.
    pub panic: Option<String>,
    /// Log buffered before the websocket opened, sent before IDENT.
    pub early_log: Option<Vec<u8>>,
    /// Send STATS every this many ms (0 = only on request).
    pub send_stats_ms: u64,
    /// The answers to this many STATS requests are lost on the way (never sent).
    pub lost_stats_replies: u32,
    /// Back-off unit after a failed auth or dock (5 s on a real instance).
    pub backoff_unit: Duration,
    /// Split every transport over this many TEXT frames (1 = one frame each).
    pub split: usize,
    /// The instance pings the server itself after this long without a server ping.
    pub self_ping_after: Duration,
    pub address: String,
    /// What the instance does with an UPDATE.
    pub on_update: OnUpdate,
    /// Read from the server at most this many bytes per second (a slow link).
    pub read_rate: Option<u64>,
    /// The uplink token the image it live-updates to carries (the new kernel docks with it).
    pub token_after_update: Option<String>,
}

/// How an instance answers an UPDATE.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OnUpdate {
    /// As a real instance: ack with the SHA-1, vanish, dock again (with `binary` if the image
    /// is an ELF file; otherwise the update fails and it comes back unchanged).
    Apply,
    /// Ack with the SHA-1 of something else, then vanish and come back unchanged (a damaged
    /// transfer, or an uplink that hashes differently).
    WrongAck,
    /// Never answer; stay docked.
    Ignore,
    /// Close the connection instead of acking (as if it crashed receiving), then dock again.
    Drop,
    /// Ack correctly and vanish for good (the new kernel never comes back).
    AckAndStayAway,
    /// Apply the update, but the ack is lost on the way: vanish without it and dock again with
    /// `binary` set (a real client writes its ack once and never resends it).
    LoseAck,
}

impl InstanceSpec {
    pub fn new(token: &str) -> Self {
        let uuid = format!(
            "{:08x}-0000-4000-8000-{:012x}",
            rand::random::<u32>(),
            rand::random::<u64>() & 0xFFFF_FFFF_FFFF
        );
        InstanceSpec {
            auth_id: uuid.clone(),
            uuid,
            token: token.to_owned(),
            version: "v0.12.0-test".into(),
            service: "Starbase".into(),
            tag: Some("starbase-test".into()),
            binary: None,
            panic: None,
            early_log: None,
            send_stats_ms: 0,
            lost_stats_replies: 0,
            backoff_unit: Duration::from_millis(20),
            split: 1,
            self_ping_after: Duration::from_secs(10),
            address: "10.0.0.42".into(),
            on_update: OnUpdate::Apply,
            read_rate: None,
            token_after_update: None,
        }
    }

    pub fn ident_json(&self, binary: Option<&str>, update_time_taken: Option<u64>) -> String {
        let mut v = serde_json::json!({
            "uuid": self.uuid,
            "version": self.version,
            "service": self.service,
            "arch": "x86_64",
            "physical_ram": 134217728u64,
            "cpu_features": ["SSE", "SSE2", "SSE3", "AES"],
            "devices": ["Host bridge", "VirtIO Net"],
            "net": [{
                "name": "eth0", "addr": self.address, "netmask": "255.255.255.0",
                "gateway": "10.0.0.1", "dns": "10.0.0.1", "mac": "c0:01:0a:00:00:2a",
                "driver": "VirtioNet"
            }],
        });
        if let Some(b) = binary {
            v["binary"] = b.into();
        }
        if let Some(t) = update_time_taken {
            v["update_time_taken"] = t.into();
        }
        if let Some(tag) = &self.tag {
            v["tag"] = tag.clone().into();
        }
        v.to_string()
    }

    pub fn uplink_json(&self, url: &str) -> String {
        serde_json::json!({
            "url": url, "token": self.token, "reboot": true, "ws_logging": true,
            "send_stats": self.send_stats_ms, "tag": self.tag,
        })
        .to_string()
    }
}

/// What the instance saw, for tests to wait on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Event {
    AuthRefused(u16),
    DockRefused(u16),
    /// Docked (the n-th time), reporting this binary.
    Docked {
        n: u32,
        binary: Option<String>,
    },
    Pinged,
    StatsRequested,
    /// An UPDATE arrived: its length and SHA-1, acked.
    Updated {
        len: usize,
        hash: String,
    },
    /// The websocket ended (not counting vanishing after an update).
    Disconnected(String),
}

/// Things a test can make the instance do.
#[derive(Debug)]
pub enum Control {
    Log(Vec<u8>),
    /// Drop the connection without a close frame (as after an update).
    Vanish,
    Stop,
}

/// Counters shared with the test.
#[derive(Debug, Default, Clone)]
pub struct Counters {
    pub docks: u32,
    pub pings: u32,
    pub crowded_reads: u32,
    pub bytes_with_101: usize,
    pub masked_server_frames: u32,
}

/// A running emulated instance; stopped when dropped.
pub struct InstanceHandle {
    pub spec: InstanceSpec,
    pub events: mpsc::UnboundedReceiver<Event>,
    pub control: mpsc::UnboundedSender<Control>,
    pub counters: Arc<Mutex<Counters>>,
    task: JoinHandle<()>,
}

impl InstanceHandle {
    /// Waits (bounded) for an event matching `pred`, skipping others.
    pub async fn wait_for(&mut self, limit: Duration, pred: impl Fn(&Event) -> bool) -> Event {
        let deadline = Instant::now() + limit;
        loop {
            match tokio::time::timeout_at(deadline, self.events.recv()).await {
                Ok(Some(e)) if pred(&e) => return e,
                Ok(Some(_)) => continue,
                Ok(None) => panic!("instance {} stopped", self.spec.uuid),
                Err(_) => panic!(
                    "instance {} saw no matching event in {limit:?}",
                    self.spec.uuid
                ),
            }
        }
    }

    pub async fn wait_docked(&mut self) -> Event {
        self.wait_for(Duration::from_secs(10), |e| {
            matches!(e, Event::Docked { .. })
        })
        .await
    }

    pub fn log(&self, text: impl Into<Vec<u8>>) {
        let _ = self.control.send(Control::Log(text.into()));
    }

    pub fn counters(&self) -> Counters {
        self.counters.lock().expect("counters").clone()
    }
}

impl Drop for InstanceHandle {
    fn drop(&mut self) {
        self.task.abort();
    }
}

/// Starts an instance that keeps docking to `target` until stopped.
pub fn spawn(target: Target, spec: InstanceSpec) -> InstanceHandle {
    let (events_tx, events) = mpsc::unbounded_channel();
    let (control, control_rx) = mpsc::unbounded_channel();
    let counters = Arc::new(Mutex::new(Counters::default()));
    let task = tokio::spawn(run(
        target,
        spec.clone(),
        events_tx,
        control_rx,
        counters.clone(),
    ));
    InstanceHandle {
        spec,
        events,
        control,
        counters,
        task,
    }
}

/// Keeps a vanished connection open and silent; the first bytes the server sends are answered
/// with a reset, like the socket of a kernel that live-updated away.
pub fn vanish(ws: WsClient) {
    let mut stream = ws.stream;
    tokio::spawn(async move {
        let mut byte = [0u8; 1];
        let _ = tokio::time::timeout(Duration::from_secs(120), stream.read(&mut byte)).await;
        let _ = stream.tcp().set_zero_linger();
        drop(stream);
    });
}

/// The `n`th STATS answer (from 0), with names a real IncludeOS instance sends (Statman's
/// entries; see web/pages/instance.js): counters grow with every answer, and the CPU's cycle
/// counters say it slept 75 % of the time (25 % busy).
fn stats_json(n: u64) -> String {
    serde_json::json!([
        {"name": "eth0.ethernet.packets_rx", "value": 1234 + 10 * n},
        {"name": "eth0.ethernet.packets_tx", "value": 987 + 7 * n},
        {"name": "cpu0.cycles_hlt", "value": 750_000_000 * (n + 1)},
        {"name": "cpu0.cycles_total", "value": 1_000_000_000 * (n + 1)},
        {"name": "cpu0.timers.oneshot_started", "value": 42 + n},
        {"name": "blocking.highest", "value": 1u32},
    ])
    .to_string()
}

async fn send(ws: &mut WsClient, split: usize, code: u8, payload: &[u8]) -> std::io::Result<()> {
    if split > 1 {
        ws.send_transport_split(code, payload, split).await
    } else {
        ws.send_transport(code, payload).await
    }
}

async fn run(
    target: Target,
    mut spec: InstanceSpec,
    events: mpsc::UnboundedSender<Event>,
    mut control: mpsc::UnboundedReceiver<Control>,
    counters: Arc<Mutex<Counters>>,
) {
    let mut attempt: u32 = 0;
    // STATS answers sent so far (their counters grow across reconnections, as Statman's do).
    let mut answers: u64 = 0;
    let mut previous_bearer: Option<String> = None;
    let mut binary = spec.binary.clone();
    let mut update_time_taken: Option<u64> = None;
    let scheme = if target.tls.is_some() {
        "https"
    } else {
        "http"
    };
    let url = format!("{scheme}://{}", target.addr);
    loop {
        let backoff = |attempt: &mut u32| {
            *attempt = (*attempt + 1).min(6);
            spec.backoff_unit * *attempt
        };
        let bearer = match wire::auth(
            &target,
            &spec.auth_id,
            &spec.token,
            previous_bearer.as_deref(),
        )
        .await
        {
            Ok(r) if r.status == 200 && !r.body.is_empty() => {
                String::from_utf8_lossy(&r.body).into_owned()
            }
            Ok(r) => {
                let _ = events.send(Event::AuthRefused(r.status));
                tokio::time::sleep(backoff(&mut attempt)).await;
                continue;
            }
            Err(_) => {
                let _ = events.send(Event::AuthRefused(0));
                tokio::time::sleep(backoff(&mut attempt)).await;
                continue;
            }
        };
        previous_bearer = Some(bearer.clone());
        let mut ws = match wire::dock(&target, &bearer).await {
            Ok(ws) => ws,
            Err(e) => {
                let status = match e {
                    wire::DockError::Refused(s) => s,
                    _ => 0,
                };
                let _ = events.send(Event::DockRefused(status));
                tokio::time::sleep(backoff(&mut attempt)).await;
                continue;
            }
        };
        attempt = 0;
        ws.read_rate = spec.read_rate;
        let docks = {
            let mut c = counters.lock().expect("counters");
            c.docks += 1;
            c.bytes_with_101 += ws.bytes_with_101;
            c.docks
        };
        let split = spec.split;
        let opened = async {
            if let Some(log) = spec.early_log.take() {
                send(&mut ws, split, code::LOG, &log).await?;
            }
            let ident = spec.ident_json(binary.as_deref(), update_time_taken);
            send(&mut ws, split, code::IDENT, ident.as_bytes()).await?;
            send(
                &mut ws,
                split,
                code::UPLINK,
                spec.uplink_json(&url).as_bytes(),
            )
            .await?;
            if let Some(panic) = spec.panic.take() {
                send(&mut ws, split, code::PANIC, panic.as_bytes()).await?;
            }
            Ok::<_, std::io::Error>(())
        }
        .await;
        if opened.is_err() {
            continue;
        }
        let _ = events.send(Event::Docked {
            n: docks,
            binary: binary.clone(),
        });
        let mut reasm = Reassembler::new(TransportLimits {
            update: 512 * 1024 * 1024,
            ..TransportLimits::default()
        });
        let mut last_ping = Instant::now();
        let stats_every = Duration::from_millis(spec.send_stats_ms.max(1));
        let mut next_stats = Instant::now() + stats_every;
        let reason = 'conn: loop {
            let wake = if spec.send_stats_ms > 0 {
                next_stats.min(last_ping + spec.self_ping_after)
            } else {
                last_ping + spec.self_ping_after
            };
            tokio::select! {
                frame = ws.read_frame() => {
                    {
                        let mut c = counters.lock().expect("counters");
                        c.crowded_reads = ws.crowded_reads;
                    }
                    let frame = match frame {
                        Ok(Some(f)) => f,
                        Ok(None) => break 'conn "server closed the connection".to_owned(),
                        Err(e) => break 'conn format!("read failed: {e}"),
                    };
                    if frame.masked {
                        counters.lock().expect("counters").masked_server_frames += 1;
                    }
                    match frame.opcode {
                        PING => {
                            last_ping = Instant::now();
                            counters.lock().expect("counters").pings += 1;
                            let _ = events.send(Event::Pinged);
                            if ws.send_quirky_pong().await.is_err() {
                                break 'conn "write failed".to_owned();
                            }
                        }
                        wire::CLOSE => break 'conn "server sent close".to_owned(),
                        wire::TEXT | wire::BINARY | 0 => {
                            reasm.push(&frame.payload);
                            while let Ok(Some(t)) = reasm.next_transport() {
                                match t.code {
                                    code::STATS => {
                                        let _ = events.send(Event::StatsRequested);
                                        if spec.lost_stats_replies > 0 {
                                            spec.lost_stats_replies -= 1;
                                            continue;
                                        }
                                        if send(&mut ws, split, code::STATS, stats_json({ answers += 1; answers - 1 }).as_bytes()).await.is_err() {
                                            break 'conn "write failed".to_owned();
                                        }
                                    }
                                    code::UPDATE => {
                                        let hash = hex::encode(Sha1::digest(&t.payload));
                                        let _ = events.send(Event::Updated { len: t.payload.len(), hash: hash.clone() });
                                        let ack = match spec.on_update {
                                            OnUpdate::Ignore => continue,
                                            OnUpdate::Drop => break 'conn "dropped the connection instead of acking".to_owned(),
                                            OnUpdate::WrongAck => hex::encode(Sha1::digest(b"not the image")),
                                            OnUpdate::Apply | OnUpdate::AckAndStayAway | OnUpdate::LoseAck => hash.clone(),
                                        };
                                        if spec.on_update != OnUpdate::LoseAck {
                                            let _ = ws.send_transport(code::UPDATE, ack.as_bytes()).await;
                                            let _ = ws.send_transport(code::LOG, b"Update received - commencing update...\n").await;
                                        }
                                        // Only an ELF binary boots; anything else fails the
                                        // live update and the instance comes back as it was.
                                        if spec.on_update != OnUpdate::WrongAck && t.payload.starts_with(b"\x7fELF") {
                                            binary = Some(hash);
                                            update_time_taken = Some(12_345_678);
                                            if let Some(token) = spec.token_after_update.take() {
                                                spec.token = token;
                                            }
                                        }
                                        vanish(ws);
                                        if spec.on_update == OnUpdate::AckAndStayAway {
                                            return;
                                        }
                                        // The new kernel authenticates on a new connection.
                                        break 'conn String::new();
                                    }
                                    _ => {}
                                }
                            }
                        }
                        _ => {}
                    }
                }
                ctl = control.recv() => match ctl {
                    Some(Control::Log(text)) => {
                        if send(&mut ws, split, code::LOG, &text).await.is_err() {
                            break 'conn "write failed".to_owned();
                        }
                    }
                    Some(Control::Vanish) => {
                        vanish(ws);
                        break 'conn String::new();
                    }
                    Some(Control::Stop) | None => return,
                },
                _ = tokio::time::sleep_until(wake) => {
                    let now = Instant::now();
                    if spec.send_stats_ms > 0 && now >= next_stats {
                        next_stats = now + stats_every;
                        if send(&mut ws, split, code::STATS, stats_json({ answers += 1; answers - 1 }).as_bytes()).await.is_err() {
                            break 'conn "write failed".to_owned();
                        }
                    }
                    if now >= last_ping + spec.self_ping_after {
                        last_ping = now;
                        if ws.send_ping().await.is_err() {
                            break 'conn "write failed".to_owned();
                        }
                    }
                }
            }
        };
        if !reason.is_empty() {
            let _ = events.send(Event::Disconnected(reason));
        }
        // After any websocket close the client re-authenticates at once.
    }
}
