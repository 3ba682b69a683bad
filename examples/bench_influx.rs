//! Figures of the InfluxDB reporter (`--metricsreporter influxdb`), for BENCHMARKS.md:
//!
//! 1. What reporting one STATS answer costs the connection task that received it (format the
//!    `instance_stats` point, push it into the buffer), from 2 threads at once, with InfluxDB
//!    down: the buffer is full and every push drops the oldest point.
//! 2. How many points per second the writer gets into a real InfluxDB 1.x on this machine
//!    (`influxd` from Debian's `influxdb` package, started here on free ports in a temporary
//!    directory), in the default batches.
//!
//! `cargo run --release --example bench_influx`

use std::net::TcpListener;
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

use mothership::metrics::Metrics;
use mothership::protocol::transport::Stat;
use mothership::server::config::InfluxTuning;
use mothership::server::influx::{InfluxConfig, Reporter};

/// A STATS answer the size of a real instance's (statman counters of a few NICs and CPUs).
fn stats() -> Vec<Stat> {
    (0..40)
        .map(|i| Stat {
            name: format!("eth{}.stat_{i}", i % 4),
            value: if i % 3 == 0 {
                serde_json::Number::from_f64(i as f64 * 0.37).expect("finite")
            } else {
                (1_000_000u64 + i).into()
            },
        })
        .collect()
}

fn written(metrics: &Metrics) -> u64 {
    metrics
        .render(&Default::default())
        .lines()
        .find_map(|l| l.strip_prefix("mothership_influxdb_points_written_total "))
        .and_then(|v| v.parse().ok())
        .unwrap_or(0)
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("free port")
        .port()
}

/// The process and its directory (removed when dropped).
struct Influxd(Child, #[allow(dead_code)] tempfile::TempDir);

impl Drop for Influxd {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

async fn start_influxd() -> (Influxd, String) {
    let dir = tempfile::tempdir().expect("tempdir");
    let root = dir.path().display().to_string();
    let (http, rpc) = (free_port(), free_port());
    let config = format!(
        "reporting-disabled = true\nbind-address = \"127.0.0.1:{rpc}\"\n\
         [meta]\n  dir = \"{root}/meta\"\n\
         [data]\n  dir = \"{root}/data\"\n  wal-dir = \"{root}/wal\"\n  query-log-enabled = false\n\
         [http]\n  bind-address = \"127.0.0.1:{http}\"\n  log-enabled = false\n\
         [monitor]\n  store-enabled = false\n"
    );
    let path = dir.path().join("influxdb.conf");
    std::fs::write(&path, config).expect("config");
    let child = Command::new("influxd")
        .arg("-config")
        .arg(&path)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("influxd (apt-get install influxdb)");
    // Killed when dropped, on every path from here.
    let influxd = Influxd(child, dir);
    let url = format!("http://127.0.0.1:{http}");
    let client = reqwest::Client::new();
    for _ in 0..600 {
        if let Ok(r) = client.get(format!("{url}/ping")).send().await
            && r.status() == reqwest::StatusCode::NO_CONTENT
        {
            let r = client
                .post(format!("{url}/query"))
                .query(&[("q", "CREATE DATABASE bench")])
                .send()
                .await
                .expect("create database");
            assert!(r.status().is_success());
            return (influxd, url);
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("influxd did not start");
}

#[tokio::main]
async fn main() {
    let _ = rustls::crypto::ring::default_provider().install_default();
    tracing_subscriber::fmt()
        .with_env_filter(tracing_subscriber::EnvFilter::new("mothership=info"))
        .init();
    let per_thread: usize = std::env::var("BENCH_PUSHES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(500_000);
    let points: u64 = std::env::var("BENCH_POINTS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(200_000);
    let cpus = std::thread::available_parallelism().map_or(1, |n| n.get());
    println!("machine: {cpus} CPUs");

    // 1. The uplink path with InfluxDB down.
    let metrics = Arc::new(Metrics::new());
    let reporter = Reporter::new(InfluxTuning::default(), metrics.clone());
    let stats = Arc::new(stats());
    let line = mothership::server::influx::stats_line(
        "1b4e28ba-2fa1-41d2-883f-0016d3cca427",
        Some("web"),
        Some("v0.15.1"),
        0,
        &stats,
    )
    .expect("a point");
    // Fill the buffer first so every push below also drops the oldest point.
    let fill = InfluxTuning::default().buffer_bytes / line.len() + 1;
    for _ in 0..fill {
        reporter.push(line.clone());
    }
    let started = Instant::now();
    let threads: Vec<_> = (0..2)
        .map(|t| {
            let reporter = reporter.clone();
            let stats = stats.clone();
            std::thread::spawn(move || {
                for i in 0..per_thread {
                    reporter.instance_stats(
                        &format!(
                            "1b4e28ba-2fa1-41d2-883f-{:012x}",
                            (t * per_thread + i) % 100_000
                        ),
                        Some("web"),
                        Some("v0.15.1"),
                        i as i64,
                        &stats,
                    );
                }
            })
        })
        .collect();
    for t in threads {
        t.join().expect("thread");
    }
    let took = started.elapsed();
    let n = 2 * per_thread;
    println!(
        "STATS answer reported with InfluxDB down (40 stats, {} bytes a point, buffer full): \
         {n} from 2 threads in {:.2} s = {:.0} per second, {:.2} µs each (wall time × 2 threads / calls)",
        line.len(),
        took.as_secs_f64(),
        n as f64 / took.as_secs_f64(),
        2.0 * took.as_secs_f64() * 1e6 / n as f64
    );
    let page = metrics.render(&Default::default());
    for l in page
        .lines()
        .filter(|l| l.starts_with("mothership_influxdb"))
    {
        println!("  {l}");
    }
    drop(reporter);

    // 2. Write throughput to a real InfluxDB.
    let (_influxd, url) = start_influxd().await;
    let metrics = Arc::new(Metrics::new());
    let tuning = InfluxTuning::default();
    let reporter = Reporter::new(tuning.clone(), metrics.clone());
    for i in 0..points {
        reporter.instance_stats(
            &format!("1b4e28ba-2fa1-41d2-883f-{:012x}", i % 1000),
            Some("web"),
            Some("v0.15.1"),
            1_700_000_000_000 + (i / 1000) as i64 * 1000,
            &stats,
        );
    }
    let config =
        InfluxConfig::resolve(Some(url), Some("bench".into()), None, None, tuning).expect("config");
    let (stop_tx, stop_rx) = tokio::sync::watch::channel(false);
    let started = Instant::now();
    let task = reporter.spawn_writer(config, stop_rx).expect("writer");
    while written(&metrics) < points {
        if started.elapsed() > Duration::from_secs(600) {
            panic!(
                "only {} of {points} written in 10 minutes",
                written(&metrics)
            );
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let took = started.elapsed();
    println!(
        "written to InfluxDB 1.6 on this machine: {points} points of 40 fields (1,000 instances) \
         in {:.2} s = {:.0} points per second, batches of {}",
        took.as_secs_f64(),
        points as f64 / took.as_secs_f64(),
        InfluxTuning::default().batch_points
    );
    let _ = stop_tx.send(true);
    let _ = task.await;
}
