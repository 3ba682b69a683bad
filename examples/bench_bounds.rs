//! Memory under the empty-transport flood before IDENT: `cargo run --release --example
//! bench_bounds`.
//!
//! Starts the server in this process (plain uplink, loopback, temporary directory), then, from
//! `--connections` connections at once, authenticates, docks and sends `--megabytes` MB of empty
//! LOG transports each in 64 KiB TEXT frames without ever sending IDENT — the attack that grew
//! the server by 350 MB on one connection. Prints, per connection, how much the server read
//! before it closed the connection, and the process's peak RSS growth (VmHWM/VmRSS from
//! /proc/self/status; the client side holds one 64 KiB frame per connection). Loopback only;
//! every loop is bounded.

use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use anyhow::{Context, bail};
use clap::Parser;
use mothership::protocol::transport::{Transport, code};
use mothership::server::{Listeners, ServerConfig};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

const TOKEN: &str = "bench-bounds-token-0123456789";

#[derive(Parser)]
struct Args {
    /// Flooding connections at once
    #[arg(long, default_value_t = 1)]
    connections: usize,
    /// MB of empty transports each connection tries to send
    #[arg(long, default_value_t = 40)]
    megabytes: u64,
}

fn status_kib(field: &str) -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find_map(|l| l.strip_prefix(field))
                .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        })
        .unwrap_or(0)
}

/// A masked client TEXT frame.
fn frame(payload: &[u8]) -> Vec<u8> {
    let mut out = vec![0x81];
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
    let key = [0x12, 0x34, 0x56, 0x78];
    out.extend_from_slice(&key);
    out.extend(payload.iter().enumerate().map(|(i, b)| b ^ key[i & 3]));
    out
}

/// Reads one HTTP response head (and a small body); returns the status and the body.
async fn response(io: &mut TcpStream) -> anyhow::Result<(u16, Vec<u8>)> {
    let mut buf = Vec::new();
    let mut chunk = [0u8; 4096];
    loop {
        let n = tokio::time::timeout(Duration::from_secs(10), io.read(&mut chunk)).await??;
        if n == 0 {
            bail!("connection closed before a response");
        }
        buf.extend_from_slice(&chunk[..n]);
        if let Some(end) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
            let head = String::from_utf8_lossy(&buf[..end]).into_owned();
            let status = head
                .split_whitespace()
                .nth(1)
                .and_then(|s| s.parse().ok())
                .context("status line")?;
            let length: usize = head
                .lines()
                .find_map(|l| {
                    let (k, v) = l.split_once(':')?;
                    k.eq_ignore_ascii_case("content-length")
                        .then(|| v.trim().parse().ok())?
                })
                .unwrap_or(0);
            while buf.len() < end + 4 + length {
                let n = io.read(&mut chunk).await?;
                if n == 0 {
                    break;
                }
                buf.extend_from_slice(&chunk[..n]);
            }
            return Ok((status, buf[end + 4..].to_vec()));
        }
    }
}

/// Auth + dock; then floods until the server closes. Returns the bytes sent before the close.
async fn flood(uplink: SocketAddr, i: usize, megabytes: u64) -> anyhow::Result<u64> {
    let id = format!("bench-bounds-{i:06}");
    let mut io = TcpStream::connect(uplink).await?;
    let body = format!("{{\"id\": \"{id}\", \"key\": \"{TOKEN}\"}}");
    io.write_all(
        format!(
            "POST /auth HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n\
             Content-Length: {}\r\n\r\n{body}",
            body.len()
        )
        .as_bytes(),
    )
    .await?;
    let (status, token) = response(&mut io).await?;
    anyhow::ensure!(status == 200, "auth answered {status}");
    let token = String::from_utf8_lossy(&token).into_owned();
    let mut io = TcpStream::connect(uplink).await?;
    io.write_all(
        format!(
            "GET /dock HTTP/1.1\r\nHost: x\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n\
             Sec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\
             Authorization: Bearer {token}\r\n\r\n"
        )
        .as_bytes(),
    )
    .await?;
    let (status, _) = response(&mut io).await?;
    anyhow::ensure!(status == 101, "dock answered {status}");
    let empty = Transport::new(code::LOG, Vec::new()).to_bytes();
    let per_frame = 65_536 / empty.len();
    let payload: Vec<u8> = empty
        .iter()
        .copied()
        .cycle()
        .take(per_frame * empty.len())
        .collect();
    let frame = frame(&payload);
    let mut sent = 0u64;
    let goal = megabytes * 1_000_000;
    let (mut rd, mut wr) = io.into_split();
    let closed = tokio::spawn(async move {
        let mut sink = [0u8; 1024];
        while let Ok(n) = rd.read(&mut sink).await {
            if n == 0 {
                break;
            }
        }
    });
    while sent < goal && !closed.is_finished() {
        if wr.write_all(&frame).await.is_err() {
            break;
        }
        sent += payload.len() as u64;
    }
    Ok(sent)
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let args = Args::parse();
    let dir = tempfile::tempdir()?;
    let mut config = ServerConfig::with_dirs(dir.path().join("cf"), dir.path().join("rt"));
    config.bind = [127, 0, 0, 1].into();
    config.server_tls = false;
    config.uplink_tls = false;
    config.auth = mothership::server::config::AuthMode::None;
    config.uplink_tokens = vec![TOKEN.to_owned()];
    mothership::server::prepare(&config)?;
    let api = TcpListener::bind("127.0.0.1:0").await?;
    let uplink = TcpListener::bind("127.0.0.1:0").await?;
    let uplink_addr = uplink.local_addr()?;
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let server = tokio::spawn(mothership::server::serve(
        config,
        Listeners { api, uplink },
        async move {
            let _ = stopped.await;
        },
    ));
    tokio::time::sleep(Duration::from_millis(300)).await;
    let before = status_kib("VmRSS:");
    let peak = Arc::new(AtomicU64::new(before));
    let sampler = {
        let peak = peak.clone();
        tokio::spawn(async move {
            loop {
                peak.fetch_max(status_kib("VmRSS:"), Ordering::Relaxed);
                tokio::time::sleep(Duration::from_millis(10)).await;
            }
        })
    };
    let started = Instant::now();
    let floods: Vec<_> = (0..args.connections)
        .map(|i| tokio::spawn(flood(uplink_addr, i, args.megabytes)))
        .collect();
    let mut sent = Vec::new();
    for f in floods {
        sent.push(f.await??);
    }
    let elapsed = started.elapsed();
    tokio::time::sleep(Duration::from_millis(200)).await;
    sampler.abort();
    let after = status_kib("VmRSS:");
    let peak = peak.load(Ordering::Relaxed);
    let closed = sent
        .iter()
        .filter(|s| **s < args.megabytes * 1_000_000)
        .count();
    let max_sent = sent.iter().copied().max().unwrap_or(0);
    println!(
        "connections: {}, goal {} MB of empty LOG transports each, before IDENT",
        args.connections, args.megabytes
    );
    println!(
        "closed by the server before the goal: {closed} of {} (most sent by one: {:.2} MB, in {:.1} s)",
        args.connections,
        max_sent as f64 / 1e6,
        elapsed.as_secs_f64()
    );
    println!(
        "RSS: {:.1} MiB before, peak {:.1} MiB (+{:.1} MiB), {:.1} MiB after",
        before as f64 / 1024.0,
        peak as f64 / 1024.0,
        peak.saturating_sub(before) as f64 / 1024.0,
        after as f64 / 1024.0
    );
    let _ = stop.send(());
    let _ = server.await;
    Ok(())
}
