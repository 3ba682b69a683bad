//! Load generator for the uplink hangar: N emulated IncludeOS instances from one process, each
//! on its own source address in 127.0.0.0/8 (so the 4-tuples never run out), speaking the wire
//! as real instances do (masked TEXT frames, scrambled pongs). Loopback only.
//!
//! Phases: a docking wave (auth + dock + IDENT + UPLINK for all at once, with a bound on
//! connections being set up), a steady state with heartbeats, and LOG ingestion from the first
//! `--log-instances` at `--log-rate` transports per second in total. With `--api` it checks the
//! server's own view (all connected; every LOG byte stored); with `--server-pid` it samples the
//! server's CPU and RSS. With `--deploy-mib N` (needs `--api`) it then uploads an N MiB image and
//! deploys it to every instance of this run: each instance hashes the UPDATE as it streams in,
//! acks with the SHA-1, drops the connection and docks again reporting the new binary; the
//! figure is the time until the server has every instance acked and verified. `--rollout-mib N`
//! does the same through a rollout (`--rollout-waves`, default 10%,30%,60%, no soak) and
//! reports the time until every instance is verified and the server's peak RSS
//! (`scripts/bench-rollout.sh` starts a server and runs it).
//!
//! ```text
//! mothership serve --nouplinktls --noservertls --serverauth none --uplinkport 18490 \
//!     --serverport 18491 --uplinktoken loadtoken-0123456789 --runtime-dir /tmp/lg/rt --config-dir /tmp/lg/cf
//! cargo run --release --example loadgen -- --uplink 127.0.0.1:18490 --token loadtoken-0123456789 \
//!     --instances 10000 --api http://127.0.0.1:18491 --server-pid $(pidof mothership)
//! # deploy a 4 MiB image to 1,000 instances:
//! cargo run --release --example loadgen -- --uplink 127.0.0.1:18490 --token loadtoken-0123456789 \
//!     --instances 1000 --hold 5 --deploy-mib 4 --api http://127.0.0.1:18491
//! ```

use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use anyhow::Context;
use bytes::{Buf, BytesMut};
use clap::Parser;
use mothership::protocol::transport::{Transport, code};
use sha1::{Digest, Sha1};
use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt};
use tokio::net::TcpSocket;
use tokio::sync::Semaphore;

#[derive(Debug, Clone, Parser)]
struct Args {
    /// The hangar, host:port (loopback only)
    #[arg(long, default_value = "127.0.0.1:9090")]
    uplink: SocketAddr,
    /// Uplink token the server accepts
    #[arg(long)]
    token: String,
    /// Emulated instances
    #[arg(long, default_value_t = 1000)]
    instances: usize,
    /// Instances setting up their connection at the same time, at most
    #[arg(long, default_value_t = 2000)]
    concurrency: usize,
    /// Speak TLS to the hangar (any certificate accepted): `instance` offers exactly what real
    /// IncludeOS instances offer (TLS 1.2, AES256-SHA, no SNI; OpenSSL), `modern` is rustls
    #[arg(long, value_enum, num_args = 0..=1, default_missing_value = "instance", value_name = "CLIENT")]
    tls: Option<TlsClient>,
    /// Seconds of steady state (heartbeats only) after the wave
    #[arg(long, default_value_t = 30)]
    hold: u64,
    /// Instances that send LOG transports after the steady state
    #[arg(long, default_value_t = 0)]
    log_instances: usize,
    /// LOG transports per second, all log instances together
    #[arg(long, default_value_t = 100_000)]
    log_rate: u64,
    /// Seconds of LOG traffic
    #[arg(long, default_value_t = 10)]
    log_seconds: u64,
    /// The server's API (http://host:port), to check what it saw
    #[arg(long)]
    api: Option<String>,
    /// API user and password (when the server uses basic auth)
    #[arg(long)]
    user: Option<String>,
    #[arg(long)]
    password: Option<String>,
    /// The server's process id, to sample its CPU and memory
    #[arg(long)]
    server_pid: Option<u32>,
    /// After the other phases, deploy an image of this many MiB to every instance (0 = no
    /// deploy; needs --api)
    #[arg(long, default_value_t = 0)]
    deploy_mib: u64,
    /// Instances the server updates at the same time in the deploy phase
    #[arg(long, default_value_t = 1000)]
    deploy_concurrency: u32,
    /// After the other phases, roll an image of this many MiB out to every instance of this
    /// run (0 = no rollout; needs --api)
    #[arg(long, default_value_t = 0)]
    rollout_mib: u64,
    /// The rollout's waves (no soak time between them)
    #[arg(long, value_delimiter = ',', default_value = "10%,30%,60%")]
    rollout_waves: Vec<String>,
}

trait Io: AsyncRead + AsyncWrite + Unpin + Send {}
impl<T: AsyncRead + AsyncWrite + Unpin + Send> Io for T {}

#[derive(Default)]
struct Counters {
    docked: AtomicU64,
    failed: AtomicU64,
    pings: AtomicU64,
    /// Pings the instances sent themselves (after 10 s without one from the server).
    own_pings: AtomicU64,
    logs_sent: AtomicU64,
    log_bytes_sent: AtomicU64,
    disconnects: AtomicU64,
    /// Instances in the log phase that have not passed its end yet.
    logging: AtomicU64,
    /// UPDATEs received, hashed and acked.
    updates: AtomicU64,
}

/// The source address of instance `i`: 127.a.b.c with c in 1..=250.
fn source_ip(i: usize) -> IpAddr {
    let c = (i % 250) as u8 + 1;
    let b = ((i / 250) % 250) as u8;
    let a = (i / 62_500) as u8 + 1;
    IpAddr::V4(Ipv4Addr::new(127, a, b, c))
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum TlsClient {
    Instance,
    Modern,
}

/// A ready TLS client of either kind.
#[derive(Clone)]
enum Tls {
    Modern(Arc<rustls::ClientConfig>),
    Instance(Arc<openssl::ssl::SslConnector>),
}

/// What IncludeOS's uplink client sets up: TLS 1.2, `AES256-SHA` only (verification is off
/// here: the load generator accepts any certificate).
fn instance_connector() -> anyhow::Result<openssl::ssl::SslConnector> {
    use openssl::ssl::{SslConnector, SslMethod, SslVerifyMode, SslVersion};
    let mut b = SslConnector::builder(SslMethod::tls_client())?;
    b.set_min_proto_version(Some(SslVersion::TLS1_2))?;
    b.set_max_proto_version(Some(SslVersion::TLS1_2))?;
    b.set_cipher_list("AES256-SHA:@SECLEVEL=0")?;
    b.set_verify(SslVerifyMode::NONE);
    Ok(b.build())
}

async fn connect(args: &Args, tls: &Option<Tls>, ip: IpAddr) -> anyhow::Result<Box<dyn Io>> {
    let socket = TcpSocket::new_v4()?;
    socket.bind(SocketAddr::new(ip, 0))?;
    let tcp = socket.connect(args.uplink).await?;
    tcp.set_nodelay(true)?;
    match tls {
        None => Ok(Box::new(tcp)),
        Some(Tls::Modern(config)) => {
            let name = rustls::pki_types::ServerName::IpAddress(args.uplink.ip().into());
            Ok(Box::new(
                tokio_rustls::TlsConnector::from(config.clone())
                    .connect(name, tcp)
                    .await?,
            ))
        }
        Some(Tls::Instance(connector)) => {
            let mut config = connector.configure()?;
            config.set_use_server_name_indication(false);
            config.set_verify_hostname(false);
            let mut stream = tokio_openssl::SslStream::new(config.into_ssl("")?, tcp)?;
            std::pin::Pin::new(&mut stream).connect().await?;
            Ok(Box::new(stream))
        }
    }
}

/// Reads an HTTP response head (and a Content-Length body); returns status, body, leftover.
async fn read_response(io: &mut Box<dyn Io>) -> anyhow::Result<(u16, Vec<u8>, BytesMut)> {
    let mut buf = BytesMut::with_capacity(512);
    let end = loop {
        if let Some(i) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
            break i + 4;
        }
        anyhow::ensure!(buf.len() < 16 * 1024, "response head too large");
        anyhow::ensure!(io.read_buf(&mut buf).await? > 0, "connection closed");
    };
    let head = String::from_utf8_lossy(&buf[..end]).to_ascii_lowercase();
    let status: u16 = head
        .split(' ')
        .nth(1)
        .and_then(|s| s.parse().ok())
        .context("bad status line")?;
    let len: usize = head
        .lines()
        .find_map(|l| l.strip_prefix("content-length:"))
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or(0);
    buf.advance(end);
    if status != 101 {
        while buf.len() < len {
            anyhow::ensure!(io.read_buf(&mut buf).await? > 0, "connection closed");
        }
        let body = buf.split_to(len).to_vec();
        return Ok((status, body, buf));
    }
    Ok((status, Vec::new(), buf))
}

fn client_frame(payload: &[u8], out: &mut Vec<u8>) {
    out.push(0x81);
    let len = payload.len();
    if len < 126 {
        out.push(0x80 | len as u8);
    } else if len <= 0xFFFF {
        out.push(0x80 | 126);
        out.extend_from_slice(&(len as u16).to_be_bytes());
    } else {
        out.push(0x80 | 127);
        out.extend_from_slice(&(len as u64).to_be_bytes());
    }
    let key: [u8; 4] = rand::random();
    out.extend_from_slice(&key);
    out.extend(payload.iter().enumerate().map(|(i, b)| b ^ key[i & 3]));
}

fn transport_frame(code: u8, payload: &[u8], out: &mut Vec<u8>) {
    client_frame(&Transport::new(code, payload.to_vec()).to_bytes(), out);
}

/// How often the real client checks that the server still pings, and how long it waits.
const HEARTBEAT: Duration = Duration::from_secs(10);

struct Instance {
    i: usize,
    uuid: String,
    ip: IpAddr,
}

/// Auth, dock, IDENT and UPLINK; returns the docked connection and leftover bytes.
async fn dock(
    args: &Args,
    tls: &Option<Tls>,
    inst: &Instance,
    binary: Option<&str>,
) -> anyhow::Result<(Box<dyn Io>, BytesMut)> {
    let mut io = connect(args, tls, inst.ip).await?;
    let body = format!(
        "{{ \"id\": \"{}\", \"key\": \"{}\"}}",
        inst.uuid, args.token
    );
    let req = format!(
        "POST /auth HTTP/1.1\r\nHost: {}\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n{body}",
        args.uplink,
        body.len()
    );
    io.write_all(req.as_bytes()).await?;
    let (status, token, _) = read_response(&mut io).await?;
    anyhow::ensure!(status == 200, "auth answered {status}");
    drop(io);
    let token = String::from_utf8_lossy(&token).into_owned();
    let mut io = connect(args, tls, inst.ip).await?;
    let req = format!(
        "GET /dock HTTP/1.1\r\nHost: ws://{addr}/dock\r\nConnection: close\r\nConnection: Upgrade\r\n\
         Upgrade: WebSocket\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\
         Origin: http://{ip}\r\nUser-Agent: IncludeOS/0.12\r\nAuthorization: Bearer {token}\r\n\r\n",
        addr = args.uplink,
        ip = inst.ip
    );
    io.write_all(req.as_bytes()).await?;
    let (status, _, rest) = read_response(&mut io).await?;
    anyhow::ensure!(status == 101, "dock answered {status}");
    let mut ident = serde_json::json!({
        "uuid": inst.uuid, "version": "v0.12.0-loadgen", "service": "Starbase",
        "tag": "loadgen", "arch": "x86_64", "physical_ram": 134217728u64,
        "cpu_features": ["SSE", "SSE2"], "devices": ["VirtIO Net"],
        "net": [{"name": "eth0", "addr": inst.ip.to_string(), "netmask": "255.0.0.0",
                 "gateway": "127.0.0.1", "dns": "127.0.0.1", "mac": "c0:01:00:00:00:01",
                 "driver": "VirtioNet"}],
    });
    if let Some(b) = binary {
        ident["binary"] = b.into();
        ident["update_time_taken"] = 1_000_000u64.into();
    }
    let ident = ident.to_string();
    let uplink = serde_json::json!({"url": format!("http://{}", args.uplink), "token": args.token, "reboot": true}).to_string();
    // Two separate writes, as the instance's two ws->write calls.
    let mut out = Vec::new();
    transport_frame(code::IDENT, ident.as_bytes(), &mut out);
    io.write_all(&out).await?;
    out.clear();
    transport_frame(code::UPLINK, uplink.as_bytes(), &mut out);
    io.write_all(&out).await?;
    Ok((io, rest))
}

/// Runs one instance: dock, answer pings (and STATS), send LOGs in the log phase; re-dock on
/// disconnect.
async fn run_instance(
    args: Arc<Args>,
    tls: Option<Tls>,
    inst: Instance,
    gate: Arc<Semaphore>,
    counters: Arc<Counters>,
    mut log_start: tokio::sync::watch::Receiver<Option<Instant>>,
) {
    let logs_per_tick = if inst.i < args.log_instances {
        // Ticks of 50 ms: rate / instances / 20 transports per tick (at least 1).
        (args.log_rate / args.log_instances as u64 / 20).max(1)
    } else {
        0
    };
    let mut first = true;
    let mut binary: Option<String> = None;
    loop {
        let docked = {
            let _permit = gate.acquire().await;
            dock(&args, &tls, &inst, binary.as_deref()).await
        };
        let (mut io, mut buf) = match docked {
            Ok(d) => d,
            Err(_) => {
                counters.failed.fetch_add(1, Ordering::Relaxed);
                tokio::time::sleep(Duration::from_millis(500)).await;
                continue;
            }
        };
        if first {
            counters.docked.fetch_add(1, Ordering::Relaxed);
            first = false;
        }
        let mut ticker = tokio::time::interval(Duration::from_millis(50));
        ticker.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Skip);
        let mut log_end: Option<Instant> = *log_start.borrow_and_update();
        let mut log_active = false;
        let mut seq: u64 = 0;
        let mut out = Vec::new();
        // An UPDATE being received: payload bytes still to come, and the hash so far. It is
        // hashed as it streams in, so a thousand instances do not hold a thousand images.
        let mut update: Option<(usize, Sha1)> = None;
        // The real client's heartbeat: a timer every 10 s that pings the server only when no
        // ping came from it for 10 s (so a server pinging every 8 s never hears one).
        let mut heartbeat =
            tokio::time::interval_at(tokio::time::Instant::now() + HEARTBEAT, HEARTBEAT);
        heartbeat.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        let mut last_ping = Instant::now();
        'conn: loop {
            tokio::select! {
                _ = heartbeat.tick() => {
                    if last_ping.elapsed() > HEARTBEAT {
                        counters.own_pings.fetch_add(1, Ordering::Relaxed);
                        let key: [u8; 4] = rand::random();
                        if io.write_all(&[0x89, 0x80, key[0], key[1], key[2], key[3]]).await.is_err() {
                            break;
                        }
                    }
                }
                n = io.read_buf(&mut buf) => {
                    match n {
                        Ok(0) | Err(_) => break,
                        Ok(_) => {}
                    }
                    loop {
                        if let Some((remaining, hasher)) = update.as_mut() {
                            let take = (*remaining).min(buf.len());
                            hasher.update(&buf[..take]);
                            buf.advance(take);
                            *remaining -= take;
                            if *remaining > 0 {
                                break;
                            }
                            let hash = update.take().map(|(_, h)| hex::encode(h.finalize())).unwrap_or_default();
                            out.clear();
                            transport_frame(code::UPDATE, hash.as_bytes(), &mut out);
                            transport_frame(code::LOG, b"Update received - commencing update...\n", &mut out);
                            // Flushed before the connection is dropped: a TLS stream may
                            // still hold the ack.
                            let _ = io.write_all(&out).await;
                            let _ = io.flush().await;
                            counters.updates.fetch_add(1, Ordering::Relaxed);
                            // The "new kernel" docks again on a new connection with the hash.
                            binary = Some(hash);
                            break 'conn;
                        }
                        // Parse server frames (unmasked).
                        if buf.len() < 2 { break; }
                        let (len, at) = match buf[1] & 0x7F {
                            126 if buf.len() >= 4 => (u16::from_be_bytes([buf[2], buf[3]]) as usize, 4),
                            127 if buf.len() >= 10 => (u64::from_be_bytes(buf[2..10].try_into().unwrap_or([0; 8])) as usize, 10),
                            126 | 127 => break,
                            n => (n as usize, 2),
                        };
                        let opcode = buf[0] & 0x0F;
                        if matches!(opcode, 0x1 | 0x2) && len >= 5 && buf.len() >= at + 5 && buf[at] == code::UPDATE {
                            buf.advance(at + 5);
                            update = Some((len - 5, Sha1::new()));
                            buf.reserve((len - 5).min(1 << 20));
                            continue;
                        }
                        if buf.len() < at + len { break; }
                        let frame = buf.split_to(at + len).freeze();
                        let payload = frame.slice(at..);
                        out.clear();
                        match opcode {
                            0x9 => {
                                counters.pings.fetch_add(1, Ordering::Relaxed);
                                last_ping = Instant::now();
                                let key: [u8; 4] = rand::random();
                                out.extend_from_slice(&[0x8A, 0x80, key[0], key[1], key[2], key[3]]);
                            }
                            0x1 | 0x2 if payload.first() == Some(&code::STATS) => {
                                transport_frame(code::STATS, br#"[{"name":"loadgen","value":1}]"#, &mut out);
                            }
                            _ => {}
                        }
                        if !out.is_empty() && io.write_all(&out).await.is_err() {
                            break;
                        }
                    }
                }
                changed = log_start.changed(), if logs_per_tick > 0 && log_end.is_none() => {
                    if changed.is_err() {
                        continue;
                    }
                    log_end = *log_start.borrow_and_update();
                    if log_end.is_some() {
                        log_active = true;
                        counters.logging.fetch_add(1, Ordering::Relaxed);
                    }
                    ticker.reset();
                }
                _ = ticker.tick(), if log_active => {
                    if log_end.is_none_or(|e| Instant::now() >= e) {
                        log_active = false;
                        counters.logging.fetch_sub(1, Ordering::Relaxed);
                        continue;
                    }
                    out.clear();
                    let mut bytes = 0;
                    for _ in 0..logs_per_tick {
                        seq += 1;
                        let line = format!("[{:>6}] loadgen log line {seq:>10} from instance\n", inst.i);
                        bytes += line.len();
                        transport_frame(code::LOG, line.as_bytes(), &mut out);
                    }
                    if io.write_all(&out).await.is_err() {
                        break;
                    }
                    counters.logs_sent.fetch_add(logs_per_tick, Ordering::Relaxed);
                    counters.log_bytes_sent.fetch_add(bytes as u64, Ordering::Relaxed);
                }
            }
        }
        counters.disconnects.fetch_add(1, Ordering::Relaxed);
    }
}

/// utime + stime in clock ticks and RSS in KiB of a process.
fn sample(pid: u32) -> Option<(u64, u64)> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    let after = stat.rsplit_once(')')?.1;
    let fields: Vec<&str> = after.split_whitespace().collect();
    let ticks = fields.get(11)?.parse::<u64>().ok()? + fields.get(12)?.parse::<u64>().ok()?;
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let rss = status
        .lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))?
        .split_whitespace()
        .next()?
        .parse()
        .ok()?;
    Some((ticks, rss))
}

fn ticks_per_sec() -> f64 {
    // SAFETY: sysconf only reads a configuration value.
    let t = unsafe { libc::sysconf(libc::_SC_CLK_TCK) };
    if t > 0 { t as f64 } else { 100.0 }
}

struct Api {
    http: reqwest::Client,
    base: String,
    user: Option<String>,
    password: Option<String>,
}

impl Api {
    async fn get(&self, path: &str) -> anyhow::Result<reqwest::Response> {
        let mut req = self.http.get(format!("{}{path}", self.base));
        if let Some(u) = &self.user {
            req = req.basic_auth(u, self.password.as_deref());
        }
        Ok(req.send().await?.error_for_status()?)
    }

    async fn post<T: serde::de::DeserializeOwned>(
        &self,
        path: &str,
        body: reqwest::Body,
        content_type: &str,
    ) -> anyhow::Result<T> {
        let mut req = self
            .http
            .post(format!("{}{path}", self.base))
            .header("content-type", content_type)
            .body(body);
        if let Some(u) = &self.user {
            req = req.basic_auth(u, self.password.as_deref());
        }
        let response = req.send().await?;
        let status = response.status();
        if !status.is_success() {
            anyhow::bail!("POST {path}: {status}: {}", response.text().await?);
        }
        Ok(response.json().await?)
    }

    async fn connected(&self) -> anyhow::Result<u64> {
        let v: serde_json::Value = self.get("/v1/instances/counts").await?.json().await?;
        Ok(v["connected"].as_u64().unwrap_or(0))
    }

    async fn log_bytes(&self) -> anyhow::Result<u64> {
        // A list answers pages of at most 1000 `{"items", "total"}`: read them all.
        let (mut sum, mut offset) = (0, 0);
        loop {
            let page: serde_json::Value = self
                .get(&format!(
                    "/v1/instances?search=loadgen&limit=1000&offset={offset}"
                ))
                .await?
                .json()
                .await?;
            let items = page["items"].as_array().cloned().unwrap_or_default();
            sum += items
                .iter()
                .filter_map(|i| i["log_bytes"].as_u64())
                .sum::<u64>();
            offset += items.len() as u64;
            if items.is_empty() || offset >= page["total"].as_u64().unwrap_or(0) {
                return Ok(sum);
            }
        }
    }
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let args = Arc::new(Args::parse());
    anyhow::ensure!(
        args.uplink.ip().is_loopback(),
        "the load generator only talks to loopback addresses"
    );
    mothership::client::install_crypto_provider();
    let mut modern = mothership::client::tls::client_config(mothership::client::tls::Trust::Any(
        Arc::new(std::sync::Mutex::new(None)),
    ))
    .map_err(anyhow::Error::msg)?;
    let tls = match args.tls {
        None => None,
        Some(TlsClient::Instance) => Some(Tls::Instance(Arc::new(instance_connector()?))),
        Some(TlsClient::Modern) => {
            let mut config = modern.clone();
            config.alpn_protocols.clear();
            Some(Tls::Modern(Arc::new(config)))
        }
    };
    let api = match &args.api {
        Some(base) => {
            let mut builder = reqwest::Client::builder();
            if base.starts_with("https:") {
                modern.alpn_protocols = vec![b"http/1.1".to_vec()];
                builder = builder.tls_backend_preconfigured(modern);
            }
            Some(Api {
                http: builder.build()?,
                base: base.trim_end_matches('/').to_owned(),
                user: args.user.clone(),
                password: args.password.clone(),
            })
        }
        None => None,
    };
    let counters = Arc::new(Counters::default());
    let gate = Arc::new(Semaphore::new(args.concurrency.max(1)));
    let (log_start, log_rx) = tokio::sync::watch::channel(None);
    let run = format!("{:08x}", rand::random::<u32>());
    let cpu0 = args.server_pid.and_then(sample);
    let t0 = Instant::now();
    for i in 0..args.instances {
        let inst = Instance {
            i,
            uuid: format!("{run}-0000-4000-8000-{i:012}"),
            ip: source_ip(i),
        };
        tokio::spawn(run_instance(
            args.clone(),
            tls.clone(),
            inst,
            gate.clone(),
            counters.clone(),
            log_rx.clone(),
        ));
    }
    let n = args.instances as u64;
    while counters.docked.load(Ordering::Relaxed) < n {
        tokio::time::sleep(Duration::from_millis(50)).await;
        if t0.elapsed() > Duration::from_secs(600) {
            anyhow::bail!("wave did not finish in 10 minutes");
        }
    }
    let docked_at = t0.elapsed();
    println!(
        "wave: {n} instances docked (auth + dock + IDENT + UPLINK sent) in {:.2} s",
        docked_at.as_secs_f64()
    );
    if let Some(api) = &api {
        loop {
            if api.connected().await.unwrap_or(0) >= n {
                break;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        println!(
            "wave: all {n} visible as connected in the API after {:.2} s",
            t0.elapsed().as_secs_f64()
        );
    }
    if let (Some(pid), Some((ticks0, _))) = (args.server_pid, cpu0)
        && let Some((ticks1, rss)) = sample(pid)
    {
        let cpu = (ticks1 - ticks0) as f64 / ticks_per_sec();
        println!(
            "wave: server CPU {cpu:.1} s ({:.0} docks, each a TLS handshake when --tls, per second of server CPU), RSS {:.1} MiB",
            n as f64 / cpu.max(0.01),
            rss as f64 / 1024.0
        );
    }

    let pings0 = counters.pings.load(Ordering::Relaxed);
    let own0 = counters.own_pings.load(Ordering::Relaxed);
    let s0 = args.server_pid.and_then(sample);
    let h0 = Instant::now();
    tokio::time::sleep(Duration::from_secs(args.hold)).await;
    let held = h0.elapsed().as_secs_f64();
    let pings = counters.pings.load(Ordering::Relaxed) - pings0;
    println!(
        "steady: {held:.0} s, {pings} pings answered ({:.0}/s), {} pings sent by instances \
         (after 10 s without one from the server), {} disconnects",
        pings as f64 / held,
        counters.own_pings.load(Ordering::Relaxed) - own0,
        counters.disconnects.load(Ordering::Relaxed)
    );
    if let (Some(pid), Some((t0s, _))) = (args.server_pid, s0)
        && let Some((t1s, rss)) = sample(pid)
    {
        let before = cpu0.map_or(0, |(_, rss)| rss);
        println!(
            "steady: server CPU {:.1} % of one core, RSS {:.1} MiB ({:.1} KiB per instance; \
             {:.1} KiB per instance over the {:.1} MiB before the wave)",
            100.0 * (t1s - t0s) as f64 / ticks_per_sec() / held,
            rss as f64 / 1024.0,
            rss as f64 / n as f64,
            rss.saturating_sub(before) as f64 / n as f64,
            before as f64 / 1024.0
        );
        let cpu = (t1s - t0s) as f64 / ticks_per_sec();
        println!(
            "steady: {:.1} µs of server CPU per ping answered (a ping and its pong: two frames, \
             two TLS records when --tls), {:.2} ms per docked instance per minute",
            1e6 * cpu / pings.max(1) as f64,
            1e3 * cpu / n as f64 * 60.0 / held
        );
    }

    if args.log_instances > 0 {
        let s0 = args.server_pid.and_then(sample);
        let l0 = Instant::now();
        let _ = log_start.send(Some(l0 + Duration::from_secs(args.log_seconds)));
        tokio::time::sleep(Duration::from_secs(args.log_seconds) + Duration::from_millis(100))
            .await;
        let sent = counters.logs_sent.load(Ordering::Relaxed);
        let bytes = counters.log_bytes_sent.load(Ordering::Relaxed);
        let secs = l0.elapsed().as_secs_f64();
        println!(
            "logs: {sent} LOG transports ({:.1} MiB) sent by {} instances in {secs:.1} s: {:.0}/s",
            bytes as f64 / 1048576.0,
            args.log_instances,
            sent as f64 / secs
        );
        if let Some(api) = &api {
            let deadline = Instant::now() + Duration::from_secs(120);
            loop {
                let stored = api.log_bytes().await.unwrap_or(0);
                if stored >= bytes || Instant::now() > deadline {
                    println!(
                        "logs: {stored} of {bytes} bytes stored ({}), {:.1} s after the start",
                        if stored == bytes {
                            "nothing dropped"
                        } else {
                            "MISSING"
                        },
                        l0.elapsed().as_secs_f64()
                    );
                    break;
                }
                tokio::time::sleep(Duration::from_millis(250)).await;
            }
        }
        if let (Some(pid), Some((t0s, _))) = (args.server_pid, s0)
            && let Some((t1s, rss)) = sample(pid)
        {
            println!(
                "logs: server CPU {:.0} % of one core while ingesting, RSS {:.1} MiB",
                100.0 * (t1s - t0s) as f64 / ticks_per_sec() / l0.elapsed().as_secs_f64(),
                rss as f64 / 1024.0
            );
        }
    }
    if args.deploy_mib > 0 {
        let api = api.as_ref().context("--deploy-mib needs --api")?;
        deploy_phase(&args, api, &counters, &run, n).await?;
    }
    if args.rollout_mib > 0 {
        let api = api.as_ref().context("--rollout-mib needs --api")?;
        rollout_phase(&args, api, &counters, &run, n).await?;
    }
    println!(
        "failed dock attempts: {}, disconnects: {}",
        counters.failed.load(Ordering::Relaxed),
        counters.disconnects.load(Ordering::Relaxed)
    );
    Ok(())
}

/// Uploads an ELF image of `mib` MiB (random bytes) tagged `tag`.
async fn upload_image(api: &Api, mib: u64, tag: &str) -> anyhow::Result<String> {
    use mothership::protocol::images::Image;
    let size = usize::try_from(mib << 20)?;
    let mut image = vec![0u8; size];
    rand::fill(&mut image[..]);
    image[..4].copy_from_slice(b"\x7fELF");
    let uploaded: Image = api
        .post(
            &format!("/v1/images?tag={tag}"),
            image.into(),
            "application/octet-stream",
        )
        .await
        .with_context(|| format!("failed to upload the {mib} MiB image"))?;
    Ok(uploaded.id)
}

/// Peak RSS (VmHWM) of a process, KiB.
fn peak_rss(pid: u32) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))?
        .split_whitespace()
        .next()?
        .parse()
        .ok()
}

/// Uploads an image of `--rollout-mib` MiB and rolls it out to every instance of this run in
/// `--rollout-waves` with no soak; reports the wall time until every instance is verified (the
/// rollout completed) and the server's peak RSS.
async fn rollout_phase(
    args: &Args,
    api: &Api,
    counters: &Counters,
    run: &str,
    n: u64,
) -> anyhow::Result<()> {
    use mothership::protocol::rollouts::{Rollout, RolloutState};

    let image = upload_image(api, args.rollout_mib, "loadgen-rollout").await?;
    let instances: Vec<String> = (0..n)
        .map(|i| format!("{run}-0000-4000-8000-{i:012}"))
        .collect();
    let updates0 = counters.updates.load(Ordering::Relaxed);
    let s0 = args.server_pid.and_then(sample);
    let t0 = Instant::now();
    let body = serde_json::json!({
        "image_id": image, "selector": {"instances": instances},
        "waves": args.rollout_waves, "concurrency": args.deploy_concurrency,
    });
    let started: Rollout = api
        .post("/v1/rollouts", body.to_string().into(), "application/json")
        .await
        .context("failed to start the rollout")?;
    let path = format!("/v1/rollouts/{}", started.id);
    let done: Rollout = loop {
        let r: Rollout = api.get(&path).await?.json().await?;
        if r.state != RolloutState::Running {
            break r;
        }
        anyhow::ensure!(
            t0.elapsed() < Duration::from_secs(600),
            "the rollout did not finish in 10 minutes"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    };
    let seen = t0.elapsed().as_secs_f64();
    let last_verified = done
        .targets
        .iter()
        .filter_map(|t| t.finished)
        .map(|t| (t - done.created).as_seconds_f64())
        .fold(0.0, f64::max);
    println!(
        "rollout: {} MiB image to {} instances in waves {} (no soak, concurrency {}): {}, \
         {} verified, {} failed, {} skipped{}",
        args.rollout_mib,
        done.counts.total,
        args.rollout_waves.join(", "),
        done.concurrency,
        done.state,
        done.counts.verified,
        done.counts.failed,
        done.counts.skipped,
        done.reason
            .as_deref()
            .map(|r| format!(" ({r})"))
            .unwrap_or_default()
    );
    for w in &done.waves {
        println!(
            "rollout: wave {} ({}): {} instances, {}",
            w.index, w.planned, w.counts.total, w.status
        );
    }
    println!(
        "rollout: every instance verified {last_verified:.2} s after the rollout was created \
         (server's record: {:.2} s to completed); {seen:.2} s wall time seen by the client",
        done.finished
            .map_or(f64::NAN, |f| (f - done.created).as_seconds_f64())
    );
    println!(
        "rollout: {} UPDATEs of {} MiB hashed and acked by the load generator",
        counters.updates.load(Ordering::Relaxed) - updates0,
        args.rollout_mib
    );
    if let Some(pid) = args.server_pid {
        if let (Some((t0s, _)), Some((t1s, rss))) = (s0, sample(pid)) {
            println!(
                "rollout: server CPU {:.1} s ({:.0} % of one core), RSS {:.1} MiB after",
                (t1s - t0s) as f64 / ticks_per_sec(),
                100.0 * (t1s - t0s) as f64 / ticks_per_sec() / seen,
                rss as f64 / 1024.0
            );
        }
        if let Some(peak) = peak_rss(pid) {
            println!(
                "rollout: server peak RSS {:.1} MiB (VmHWM, over the process's whole life)",
                peak as f64 / 1024.0
            );
        }
    }
    anyhow::ensure!(
        done.state == RolloutState::Completed && done.counts.verified == n,
        "the rollout did not reach every instance"
    );
    Ok(())
}

/// Uploads an image of `--deploy-mib` MiB and deploys it to every instance of this run; reports
/// when the server had them all acked and verified.
async fn deploy_phase(
    args: &Args,
    api: &Api,
    counters: &Counters,
    run: &str,
    n: u64,
) -> anyhow::Result<()> {
    use mothership::protocol::deploys::{Deploy, DeployState};

    let image = upload_image(api, args.deploy_mib, "loadgen-deploy").await?;
    let updates0 = counters.updates.load(Ordering::Relaxed);
    let s0 = args.server_pid.and_then(sample);
    let t0 = Instant::now();
    let body = serde_json::json!({
        "image_id": image, "search": run, "concurrency": args.deploy_concurrency,
    });
    let started: Deploy = api
        .post("/v1/deploys", body.to_string().into(), "application/json")
        .await
        .context("failed to start the deploy")?;
    let path = format!("/v1/deploys/{}", started.id);
    let done: Deploy = loop {
        let d: Deploy = api.get(&path).await?.json().await?;
        if d.state != DeployState::Running {
            break d;
        }
        anyhow::ensure!(
            t0.elapsed() < Duration::from_secs(600),
            "the deploy did not finish in 10 minutes"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    };
    let seen = t0.elapsed().as_secs_f64();
    let since_start = |t: Option<time::OffsetDateTime>| {
        t.map(|t| (t - done.created).as_seconds_f64())
            .unwrap_or(f64::NAN)
    };
    let last_ack = done
        .targets
        .iter()
        .map(|t| since_start(t.acked))
        .fold(0.0, f64::max);
    let last_verified = done
        .targets
        .iter()
        .map(|t| since_start(t.finished))
        .fold(0.0, f64::max);
    println!(
        "deploy: {} MiB image to {} of {n} instances (concurrency {}): {} verified, {} failed",
        args.deploy_mib,
        done.counts.total,
        done.concurrency,
        done.counts.verified,
        done.counts.failed
    );
    println!(
        "deploy: all acked {last_ack:.2} s and all verified {last_verified:.2} s after the \
         deploy started (server's record: {:.2} s to the end); {seen:.2} s seen by the client",
        since_start(done.finished)
    );
    for t in done.targets.iter().filter(|t| t.reason.is_some()).take(3) {
        println!(
            "deploy: {} failed: {}",
            t.instance,
            t.reason.as_deref().unwrap_or_default()
        );
    }
    println!(
        "deploy: {} UPDATEs of {} MiB hashed and acked by the load generator",
        counters.updates.load(Ordering::Relaxed) - updates0,
        args.deploy_mib
    );
    if let (Some(pid), Some((t0s, _))) = (args.server_pid, s0)
        && let Some((t1s, rss)) = sample(pid)
    {
        println!(
            "deploy: server CPU {:.1} s ({:.0} % of one core), RSS {:.1} MiB",
            (t1s - t0s) as f64 / ticks_per_sec(),
            100.0 * (t1s - t0s) as f64 / ticks_per_sec() / seen,
            rss as f64 / 1024.0
        );
    }
    Ok(())
}
