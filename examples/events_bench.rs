//! Benchmark of `GET /v1/events`: `cargo run --release --example events_bench`.
//!
//! Runs the server in this process (TLS and basic auth on, loopback), opens `BENCH_SUBSCRIBERS`
//! (10) event streams over TLS, publishes `BENCH_RATE` (10,000) events per second on the server's
//! bus for `BENCH_SECONDS` (5), paced every millisecond, and checks that every subscriber got
//! every event, in order, with no `stream.lagged` notice. Prints the rate achieved, what each
//! subscriber received and the delivery latency (publish to parse, p50/p99/max).

use std::time::{Duration, Instant};

use futures_util::StreamExt;
use mothership::htpasswd::Htpasswd;
use mothership::protocol::events::EventData;
use mothership::server::events::Events;
use mothership::server::{Listeners, ServerConfig};
use tokio::net::TcpListener;

const USER: &str = "admin";
const PASSWORD: &str = "bench-password-0123456789";

fn env_or<T: std::str::FromStr>(name: &str, default: T) -> T {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

#[derive(Default)]
struct Received {
    count: u64,
    in_order: bool,
    lagged: bool,
    latencies_us: Vec<u64>,
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let subscribers: usize = env_or("BENCH_SUBSCRIBERS", 10);
    let rate: u64 = env_or("BENCH_RATE", 10_000);
    let seconds: u64 = env_or("BENCH_SECONDS", 5);
    let total = rate * seconds;

    let dir = tempfile::tempdir()?;
    let mut config = ServerConfig::with_dirs(dir.path().join("config"), dir.path().join("runtime"));
    config.bind = [127, 0, 0, 1].into();
    let mut file = Htpasswd::default();
    file.set_password(USER, PASSWORD, 4)?;
    file.save(&config.htpasswd)?;
    mothership::server::prepare(&config)?;
    let api = TcpListener::bind("127.0.0.1:0").await?;
    let uplink = TcpListener::bind("127.0.0.1:0").await?;
    let url = format!("https://127.0.0.1:{}", api.local_addr()?.port());
    let events = Events::new(&config.events);
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let server = tokio::spawn(mothership::server::serve_with_events(
        config.clone(),
        Listeners { api, uplink },
        async move {
            let _ = stopped.await;
        },
        events.clone(),
    ));

    mothership::client::install_crypto_provider();
    let pem = std::fs::read(&config.certfile)?;
    let certs = mothership::tlsutil::certs_from_pem(&pem).map_err(|e| anyhow::anyhow!(e))?;
    let tls = mothership::client::tls::client_config(mothership::client::tls::Trust::Certs(certs))
        .map_err(|e| anyhow::anyhow!("{e}"))?;
    let client = reqwest::Client::builder()
        .tls_backend_preconfigured(tls)
        .build()?;
    for _ in 0..200 {
        if client.get(format!("{url}/v1/health")).send().await.is_ok() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    let first_id = events.next_id();
    let start = Instant::now();

    let mut readers = Vec::new();
    for _ in 0..subscribers {
        let response = client
            .get(format!("{url}/v1/events?since={}", first_id - 1))
            .basic_auth(USER, Some(PASSWORD))
            .send()
            .await?
            .error_for_status()?;
        readers.push(tokio::spawn(async move {
            let mut body = response.bytes_stream();
            let mut pending: Vec<u8> = Vec::new();
            let mut got = Received {
                in_order: true,
                ..Received::default()
            };
            let mut expect = first_id;
            while got.count < total {
                let Some(Ok(chunk)) = body.next().await else {
                    break;
                };
                pending.extend_from_slice(&chunk);
                let mut consumed = 0;
                while let Some(end) = pending[consumed..].windows(2).position(|w| w == b"\n\n") {
                    let block = &pending[consumed..consumed + end];
                    consumed += end + 2;
                    let text = std::str::from_utf8(block).unwrap_or_default();
                    if text.contains("event: stream.lagged") {
                        got.lagged = true;
                    }
                    // Only the benchmark's own events (the subscribers' login is one more).
                    if !text.contains("event: uplink.created") {
                        continue;
                    }
                    let Some(id) = text
                        .lines()
                        .find_map(|l| l.strip_prefix("id: "))
                        .and_then(|v| v.parse::<u64>().ok())
                    else {
                        continue;
                    };
                    if got.count > 0 && id != expect {
                        got.in_order = false;
                    }
                    expect = id + 1;
                    got.count += 1;
                    if got.count.is_multiple_of(100)
                        && let Some(data) = text.lines().find_map(|l| l.strip_prefix("data: "))
                        && let Ok(v) = serde_json::from_str::<serde_json::Value>(data)
                        && let Some(t) = v["time"].as_str()
                        && let Ok(t) = time::OffsetDateTime::parse(
                            t,
                            &time::format_description::well_known::Rfc3339,
                        )
                    {
                        let now = time::OffsetDateTime::now_utc();
                        got.latencies_us
                            .push((now - t).whole_microseconds().max(0) as u64);
                    }
                }
                pending.drain(..consumed);
            }
            got
        }));
    }

    // Publish `rate` events per second, in steps of one millisecond.
    let per_ms = (rate / 1000).max(1);
    let mut tick = tokio::time::interval(Duration::from_millis(1));
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Burst);
    let publish_started = Instant::now();
    let mut published = 0u64;
    let mut n = 0u64;
    while published < total {
        tick.tick().await;
        for _ in 0..per_ms.min(total - published) {
            n += 1;
            events.publish(EventData::UplinkCreated {
                id: format!("{n:016x}"),
                name: format!("bench-uplink-{n}"),
                url: "http://10.0.0.1:9090".into(),
            });
            published += 1;
        }
    }
    let publish_secs = publish_started.elapsed().as_secs_f64();

    let mut all_ok = true;
    let mut latencies = Vec::new();
    for (i, reader) in readers.into_iter().enumerate() {
        let got = tokio::time::timeout(Duration::from_secs(30), reader).await??;
        let ok = got.count == total && got.in_order && !got.lagged;
        all_ok &= ok;
        println!(
            "subscriber {i}: {} of {total} events, in order: {}, lagged: {}",
            got.count, got.in_order, got.lagged
        );
        latencies.extend(got.latencies_us);
    }
    latencies.sort_unstable();
    let pct = |p: f64| -> f64 {
        latencies
            .get(((latencies.len() as f64 * p) as usize).min(latencies.len().saturating_sub(1)))
            .map_or(0.0, |&us| us as f64 / 1000.0)
    };
    println!(
        "published {total} events in {publish_secs:.2} s ({:.0}/s) to {subscribers} subscribers \
         over TLS: {}; delivery latency p50 {:.2} ms, p99 {:.2} ms, max {:.2} ms (sampled every \
         100th event); whole run {:.2} s",
        total as f64 / publish_secs,
        if all_ok { "no loss" } else { "LOSS" },
        pct(0.5),
        pct(0.99),
        pct(1.0),
        start.elapsed().as_secs_f64()
    );
    let _ = stop.send(());
    let _ = server.await;
    if !all_ok {
        anyhow::bail!("events were lost");
    }
    Ok(())
}
