//! Store benchmark: `cargo run --release --example bench_store`.
//!
//! Runs the release `mothership serve` as a child process (TLS and basic auth on, loopback) and
//! measures: upload and download of a 512 MiB image (MB/s), the server's RSS growth while
//! streaming (VmRSS from /proc/<pid>/status), and with 10,000 images stored the server time of a
//! page of 20 from `GET /v1/images?search=...` (its `Server-Timing` header). Prints the figures
//! and writes them as a Markdown section to target/bench_store.md (copy it into BENCHMARKS.md).

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Duration, Instant};

use anyhow::{Context, bail};
use bytes::Bytes;
use futures_util::StreamExt;

const USER: &str = "bench";
const PASSWORD: &str = "bench-password";
const BIG: u64 = 512 << 20;
const CHUNK: usize = 1 << 20;
const SMALL_IMAGES: usize = 10_000;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let manifest = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    // The binary is built together with this example so both use one feature set. `cargo run`
    // put package variables (CARGO_PKG_*, CARGO_MANIFEST_DIR, ...) in our environment; build
    // scripts such as ring's track them, so they are not passed on (else everything rebuilds).
    let mut build = Command::new(env!("CARGO"));
    build
        .args([
            "build",
            "--release",
            "--bin",
            "mothership",
            "--example",
            "bench_store",
        ])
        .current_dir(&manifest);
    for (name, _) in std::env::vars_os() {
        let name = name.to_string_lossy();
        let keep = [
            "CARGO_HOME",
            "CARGO_TARGET_DIR",
            "CARGO_BUILD_",
            "CARGO_PROFILE_",
            "CARGO_NET_",
            "CARGO_REGISTRIES_",
            "CARGO_TERM_",
            "CARGO_HTTP_",
        ]
        .iter()
        .any(|k| name.starts_with(k));
        if name.starts_with("CARGO_") && !keep {
            build.env_remove(name.as_ref());
        }
    }
    let status = build
        .status()
        .context("failed to run cargo build --release")?;
    if !status.success() {
        bail!("cargo build --release --bin mothership failed");
    }
    let binary = manifest.join("target/release/mothership");

    let dir = tempfile::tempdir()?;
    let config_dir = dir.path().join("config_files");
    let mut users = mothership::htpasswd::Htpasswd::default();
    users.set_password(USER, PASSWORD, 10)?;
    users.save(&config_dir.join(".htpasswd"))?;
    let port = free_port()?;
    let mut server = Server::start(&binary, dir.path(), port)?;
    let url = format!("https://127.0.0.1:{port}");
    let client = client(&config_dir.join("cert.pem"), &url).await?;
    server.wait_ready(&client, &url).await?;
    let pid = server.child.id();
    println!("server pid {pid}, {url}");

    // Warm up (TLS, auth cache, allocator) before the baseline.
    client
        .get(format!("{url}/v1/images"))
        .basic_auth(USER, Some(PASSWORD))
        .send()
        .await?
        .error_for_status()?;
    let baseline = rss_kib(pid)?;

    let sampler = RssSampler::start(pid);
    let (upload_mbs, upload_version) = upload_big(&client, &url).await?;
    let upload_peak = sampler.stop();
    let sampler = RssSampler::start(pid);
    let download_mbs = download_big(&client, &url).await?;
    let download_peak = sampler.stop();
    let growth_up = upload_peak.saturating_sub(baseline);
    let growth_down = download_peak.saturating_sub(baseline);
    println!(
        "upload   512 MiB: {upload_mbs:.0} MB/s ({upload_version:?}), RSS growth {:.1} MiB",
        growth_up as f64 / 1024.0
    );
    println!(
        "download 512 MiB: {download_mbs:.0} MB/s, RSS growth {:.1} MiB",
        growth_down as f64 / 1024.0
    );

    let (fill_secs, per_sec) = fill_small(&client, &url).await?;
    println!("stored {SMALL_IMAGES} small images in {fill_secs:.1} s ({per_sec:.0} uploads/s)");
    let mut searches = Vec::new();
    for term in ["service-12", "web", "nomatch", "SERVICE"] {
        let (median, p95, rtt) = search_timing(&client, &url, term).await?;
        println!(
            "search {term:>10}: server median {median:.2} ms, p95 {p95:.2} ms; round trip median {rtt:.2} ms"
        );
        searches.push((term, median, p95, rtt));
    }
    server.stop();

    let report = report(
        upload_mbs,
        &format!("{upload_version:?}"),
        download_mbs,
        growth_up.max(growth_down),
        baseline,
        fill_secs,
        per_sec,
        &searches,
    );
    let path = manifest.join("target/bench_store.md");
    std::fs::write(&path, report).with_context(|| format!("failed to write {}", path.display()))?;
    println!("wrote {}", path.display());
    Ok(())
}

fn free_port() -> anyhow::Result<u16> {
    Ok(std::net::TcpListener::bind("127.0.0.1:0")?
        .local_addr()?
        .port())
}

struct Server {
    child: Child,
}

impl Server {
    fn start(binary: &Path, dir: &Path, port: u16) -> anyhow::Result<Self> {
        let child = Command::new(binary)
            .arg("serve")
            .arg("--runtime-dir")
            .arg(dir.join("runtime_files"))
            .arg("--config-dir")
            .arg(dir.join("config_files"))
            .args(["--bind", "127.0.0.1", "--serverport", &port.to_string()])
            .args([
                "--uplinkport",
                &free_port()?.to_string(),
                "--imagesizelimit",
                "1GiB",
            ])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .with_context(|| format!("failed to start {}", binary.display()))?;
        Ok(Server { child })
    }

    async fn wait_ready(&self, client: &reqwest::Client, url: &str) -> anyhow::Result<()> {
        for _ in 0..500 {
            if let Ok(r) = client.get(format!("{url}/v1/health")).send().await
                && r.status().is_success()
            {
                return Ok(());
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        bail!("the server did not start")
    }

    fn stop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.stop();
    }
}

/// A client trusting the server's generated certificate (which appears once the server ran).
async fn client(cert: &Path, _url: &str) -> anyhow::Result<reqwest::Client> {
    for _ in 0..500 {
        if cert.exists() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    // The file is written atomically, but give the key beside it a moment too.
    tokio::time::sleep(Duration::from_millis(100)).await;
    mothership::client::install_crypto_provider();
    let certs = mothership::tlsutil::load_certs(cert)?;
    let tls = mothership::client::tls::client_config(mothership::client::tls::Trust::Certs(certs))
        .map_err(|e| anyhow::anyhow!("{e}"))?;
    Ok(reqwest::Client::builder()
        .tls_backend_preconfigured(tls)
        .build()?)
}

fn rss_kib(pid: u32) -> anyhow::Result<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status"))?;
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))
        .and_then(|v| v.split_whitespace().next())
        .and_then(|v| v.parse().ok())
        .context("no VmRSS in /proc/<pid>/status")
}

/// Samples a process's RSS every 10 ms on a thread; `stop` returns the peak.
struct RssSampler {
    stop: Arc<AtomicBool>,
    peak: Arc<AtomicU64>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl RssSampler {
    fn start(pid: u32) -> Self {
        let stop = Arc::new(AtomicBool::new(false));
        let peak = Arc::new(AtomicU64::new(0));
        let (s, p) = (stop.clone(), peak.clone());
        let thread = std::thread::spawn(move || {
            while !s.load(Ordering::Relaxed) {
                if let Ok(kib) = rss_kib(pid) {
                    p.fetch_max(kib, Ordering::Relaxed);
                }
                std::thread::sleep(Duration::from_millis(10));
            }
        });
        RssSampler {
            stop,
            peak,
            thread: Some(thread),
        }
    }

    fn stop(mut self) -> u64 {
        self.stop.store(true, Ordering::Relaxed);
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
        self.peak.load(Ordering::Relaxed)
    }
}

/// A 1 MiB block of pseudo-random bytes, starting with the ELF magic.
fn block(seed: u32) -> Bytes {
    let mut v = Vec::with_capacity(CHUNK);
    let mut x = seed.wrapping_mul(2654435761) | 1;
    while v.len() < CHUNK {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        v.extend_from_slice(&x.to_le_bytes());
    }
    v[..4].copy_from_slice(b"\x7fELF");
    Bytes::from(v)
}

async fn upload_big(
    client: &reqwest::Client,
    url: &str,
) -> anyhow::Result<(f64, reqwest::Version)> {
    let block = block(1);
    let chunks = (BIG as usize) / CHUNK;
    let body = futures_util::stream::iter(
        (0..chunks).map(move |_| Ok::<Bytes, std::io::Error>(block.clone())),
    );
    let started = Instant::now();
    let response = client
        .post(format!("{url}/v1/images?tag=big"))
        .basic_auth(USER, Some(PASSWORD))
        .header("content-type", "application/octet-stream")
        .header("content-length", BIG)
        .body(reqwest::Body::wrap_stream(body))
        .send()
        .await?;
    let version = response.version();
    let status = response.status();
    let text = response.text().await?;
    let secs = started.elapsed().as_secs_f64();
    if !status.is_success() {
        bail!("upload failed: {status} {text}");
    }
    Ok((BIG as f64 / secs / 1e6, version))
}

async fn download_big(client: &reqwest::Client, url: &str) -> anyhow::Result<f64> {
    let page: serde_json::Value = client
        .get(format!("{url}/v1/images?search=big"))
        .basic_auth(USER, Some(PASSWORD))
        .send()
        .await?
        .json()
        .await?;
    let id = page["items"][0]["id"]
        .as_str()
        .context("the big image is not listed")?
        .to_owned();
    let started = Instant::now();
    let response = client
        .get(format!("{url}/v1/images/{id}"))
        .basic_auth(USER, Some(PASSWORD))
        .header("accept", "application/octet-stream")
        .send()
        .await?
        .error_for_status()?;
    let mut body = response.bytes_stream();
    let mut got = 0u64;
    while let Some(chunk) = body.next().await {
        got += chunk?.len() as u64;
    }
    let secs = started.elapsed().as_secs_f64();
    if got != BIG {
        bail!("downloaded {got} bytes, expected {BIG}");
    }
    Ok(BIG as f64 / secs / 1e6)
}

/// Uploads 10,000 distinct 4 KiB images through the API, 16 at a time.
async fn fill_small(client: &reqwest::Client, url: &str) -> anyhow::Result<(f64, f64)> {
    let started = Instant::now();
    let uploads = futures_util::stream::iter(0..SMALL_IMAGES).map(|i| {
        let client = client.clone();
        let url = url.to_owned();
        async move {
            let mut bytes = vec![0u8; 4096];
            bytes[..4].copy_from_slice(b"\x7fELF");
            bytes[4..12].copy_from_slice(&(i as u64).to_le_bytes());
            let tag = match i % 3 {
                0 => format!("service-{i}"),
                1 => format!("web-{i}"),
                _ => format!("db-{i}"),
            };
            let r = client
                .post(format!("{url}/v1/images?tag={tag}"))
                .basic_auth(USER, Some(PASSWORD))
                .body(bytes)
                .send()
                .await?;
            if !r.status().is_success() {
                bail!("small upload {i} failed: {}", r.status());
            }
            Ok(())
        }
    });
    let results: Vec<anyhow::Result<()>> = uploads.buffer_unordered(16).collect().await;
    for r in results {
        r?;
    }
    let secs = started.elapsed().as_secs_f64();
    Ok((secs, SMALL_IMAGES as f64 / secs))
}

/// Median and p95 of the server time (Server-Timing) and the median round trip, in ms, of 200
/// requests for a page of 20.
async fn search_timing(
    client: &reqwest::Client,
    url: &str,
    term: &str,
) -> anyhow::Result<(f64, f64, f64)> {
    let mut server = Vec::new();
    let mut rtt = Vec::new();
    for _ in 0..200 {
        let started = Instant::now();
        let r = client
            .get(format!("{url}/v1/images?search={term}&limit=20"))
            .basic_auth(USER, Some(PASSWORD))
            .send()
            .await?
            .error_for_status()?;
        let timing = r
            .headers()
            .get("server-timing")
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.split("dur=").nth(1))
            .and_then(|v| v.parse::<f64>().ok())
            .context("no Server-Timing header")?;
        let _ = r.bytes().await?;
        rtt.push(started.elapsed().as_secs_f64() * 1000.0);
        server.push(timing);
    }
    let pick = |v: &mut Vec<f64>, q: f64| {
        v.sort_by(f64::total_cmp);
        v[((v.len() - 1) as f64 * q) as usize]
    };
    Ok((
        pick(&mut server, 0.5),
        pick(&mut server, 0.95),
        pick(&mut rtt, 0.5),
    ))
}

fn machine() -> String {
    let cpu = std::fs::read_to_string("/proc/cpuinfo").unwrap_or_default();
    let model = cpu
        .lines()
        .find_map(|l| l.strip_prefix("model name"))
        .map(|l| l.trim_start_matches([' ', '\t', ':']).to_owned())
        .unwrap_or_else(|| "unknown".into());
    let cores = std::thread::available_parallelism().map_or(0, |n| n.get());
    // Other work on the machine skews the figures; say how busy it was.
    let load = std::fs::read_to_string("/proc/loadavg").unwrap_or_default();
    let load: Vec<&str> = load.split_whitespace().take(3).collect();
    format!(
        "{cores} cores (nproc), {model}; load average at the end of the run: {}",
        load.join(" ")
    )
}

#[allow(clippy::too_many_arguments)]
fn report(
    upload: f64,
    version: &str,
    download: f64,
    growth_kib: u64,
    baseline_kib: u64,
    fill_secs: f64,
    per_sec: f64,
    searches: &[(&str, f64, f64, f64)],
) -> String {
    let ok = |pass: bool| if pass { "ok" } else { "MISSED" };
    let mut s = format!(
        "# Store benchmarks\n\n\
         `cargo run --release --example bench_store` (release `mothership serve` as a child \
         process, TLS and basic auth on, loopback, client in the same machine).\n\n\
         Machine: {}\n\n\
         | measure | result | target | |\n|---|---|---|---|\n\
         | upload 512 MiB over TLS ({version}) | {upload:.0} MB/s | ≥ 300 MB/s | {} |\n\
         | download 512 MiB over TLS | {download:.0} MB/s | ≥ 300 MB/s | {} |\n\
         | server RSS growth while streaming (baseline {:.1} MiB) | {:.1} MiB | < 32 MiB | {} |\n",
        machine(),
        ok(upload >= 300.0),
        ok(download >= 300.0),
        baseline_kib as f64 / 1024.0,
        growth_kib as f64 / 1024.0,
        ok(growth_kib < 32 * 1024),
    );
    for (term, median, p95, rtt) in searches {
        s.push_str(&format!(
            "| 10,000 images: page of 20, `search={term}`, server time | median {median:.2} ms, \
             p95 {p95:.2} ms (round trip {rtt:.2} ms) | ≤ 5 ms | {} |\n",
            match (*median <= 5.0, *p95 <= 5.0) {
                (true, true) => "ok",
                (true, false) => "ok (median; p95 over)",
                _ => "MISSED",
            }
        ));
    }
    s.push_str(&format!(
        "\nFilling the store: {SMALL_IMAGES} distinct 4 KiB images uploaded through the API, 16 \
         at a time, in {fill_secs:.1} s ({per_sec:.0} uploads/s; each is fsynced and renamed).\n\n\
         Server time is the `Server-Timing: store;dur=` the list handler reports (query, count \
         and JSON encoding, without network and TLS). RSS is VmRSS from /proc/<pid>/status \
         sampled every 10 ms; the page cache the blob writes go through is not part of it. When \
         the load average is above the number of cores (other builds on the machine), tail \
         latencies include time the server's threads waited for a CPU.\n"
    ));
    s
}
