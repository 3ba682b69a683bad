//! Benchmark of the API foundation: `cargo run --release --example bench_api`.
//!
//! Starts the release `mothership serve` as a child process (basic auth, a cost-12 user, temp
//! directories, loopback), then measures from this process:
//! - `serve` ready time with existing certificates (spawn until `/v1/health` answers);
//! - idle server RSS (from `/proc/<pid>/status`), after start-up and again after the load;
//! - requests/s of unauthenticated `GET /v1/health` and authenticated `GET /v1/info` over TLS
//!   with 64 keep-alive HTTP/1.1 connections, in the same run, alternating;
//! - `mothership info` end to end (process start to exit, after `mothership init` pinned the
//!   certificate).
//!
//! Prints the figures and writes them as a Markdown section to `target/bench_api.md`
//! (copy it into BENCHMARKS.md).
//! Options (environment): `BENCH_SECONDS` per measured phase (default 4), `BENCH_ROUNDS` of
//! health-then-info phases (3), `BENCH_CONNECTIONS` (64), `BENCH_CLIENT_THREADS` (threads of this
//! load generator, 2), `BENCH_INFO_RUNS` (20), `BENCH_SERVER_LOG=1` to show the server's log,
//! `BENCH_NO_WRITE=1` to only print.

use std::io::{BufRead, Write};
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Duration, Instant};

use anyhow::{Context, bail};
use base64::Engine;
use bytes::Bytes;
use http_body_util::{BodyExt, Empty};
use hyper_util::rt::TokioIo;
use tokio::net::TcpStream;
use tokio_rustls::TlsConnector;

const USER: &str = "admin";
const PASSWORD: &str = "bench-password-0123456789";

fn env_or<T: std::str::FromStr>(name: &str, default: T) -> T {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// The release `mothership` binary beside this example, built first when cargo runs us.
fn release_binary() -> anyhow::Result<PathBuf> {
    if let Some(cargo) = std::env::var_os("CARGO") {
        let mut build = Command::new(cargo);
        // `cargo run` sets these for the example; build scripts (ring's) that watch them would
        // see them changed and rebuild everything, twice per run.
        for (key, _) in std::env::vars_os() {
            let key = key.to_string_lossy();
            if key.starts_with("CARGO_PKG_")
                || key.starts_with("CARGO_MANIFEST_")
                || matches!(
                    key.as_ref(),
                    "CARGO_CRATE_NAME" | "CARGO_BIN_NAME" | "CARGO_PRIMARY_PACKAGE"
                )
            {
                build.env_remove(key.as_ref());
            }
        }
        let status = build
            .args(["build", "--release", "--quiet", "--bin", "mothership"])
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .status()
            .context("failed to run cargo build")?;
        if !status.success() {
            bail!("cargo build --release --bin mothership failed");
        }
    }
    let exe = std::env::current_exe()?;
    // target/release/examples/bench_api -> target/release/mothership
    let bin = exe
        .parent()
        .and_then(Path::parent)
        .context("unexpected example location")?
        .join("mothership");
    if !bin.exists() {
        bail!(
            "{} does not exist: run `cargo build --release --bin mothership`",
            bin.display()
        );
    }
    if !exe.to_string_lossy().contains("/release/") {
        eprintln!(
            "warning: not a release build; run with `cargo run --release --example bench_api`"
        );
    }
    Ok(bin)
}

fn free_port() -> anyhow::Result<u16> {
    Ok(std::net::TcpListener::bind("127.0.0.1:0")?
        .local_addr()?
        .port())
}

/// A server child process, killed on drop.
struct Server {
    child: Child,
    port: u16,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn spawn_server(bin: &Path, dir: &Path) -> anyhow::Result<Server> {
    let port = free_port()?;
    let uplink = free_port()?;
    let mut child = Command::new(bin)
        .current_dir(dir)
        .args(["serve", "--serverauth", "basic", "--bind", "127.0.0.1"])
        .args(["--serverport", &port.to_string()])
        .args(["--uplinkport", &uplink.to_string()])
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .context("failed to start mothership serve")?;
    // Keep draining its log so it never blocks on a full pipe.
    if let Some(stderr) = child.stderr.take() {
        std::thread::spawn(move || {
            for line in std::io::BufReader::new(stderr).lines() {
                let Ok(line) = line else { break };
                if std::env::var_os("BENCH_SERVER_LOG").is_some() {
                    eprintln!("server: {line}");
                }
            }
        });
    }
    Ok(Server { child, port })
}

fn tls_connector(cert: &Path) -> anyhow::Result<TlsConnector> {
    let pem = std::fs::read(cert)?;
    let certs = mothership::tlsutil::certs_from_pem(&pem).map_err(anyhow::Error::msg)?;
    let mut config =
        mothership::client::tls::client_config(mothership::client::tls::Trust::Certs(certs))
            .map_err(anyhow::Error::msg)?;
    config.alpn_protocols = vec![b"http/1.1".to_vec()];
    Ok(TlsConnector::from(Arc::new(config)))
}

type Sender = hyper::client::conn::http1::SendRequest<Empty<Bytes>>;

async fn connect(addr: SocketAddr, tls: &TlsConnector) -> anyhow::Result<Sender> {
    let tcp = TcpStream::connect(addr).await?;
    tcp.set_nodelay(true)?;
    let name = rustls::pki_types::ServerName::try_from("localhost")?;
    let stream = tls.connect(name, tcp).await?;
    let (sender, conn) = hyper::client::conn::http1::handshake(TokioIo::new(stream)).await?;
    tokio::spawn(async move {
        let _ = conn.await;
    });
    Ok(sender)
}

async fn get(sender: &mut Sender, path: &str, auth: Option<&str>) -> anyhow::Result<u16> {
    let mut req = http::Request::get(path).header(http::header::HOST, "localhost");
    if let Some(a) = auth {
        req = req.header(http::header::AUTHORIZATION, a);
    }
    sender.ready().await?;
    let response = sender.send_request(req.body(Empty::new())?).await?;
    let status = response.status().as_u16();
    response.into_body().collect().await?;
    Ok(status)
}

/// Requests per second of `path` over `connections` keep-alive connections: connect, warm up,
/// count for `seconds`.
async fn throughput(
    addr: SocketAddr,
    tls: &TlsConnector,
    path: &'static str,
    auth: Option<String>,
    connections: usize,
    seconds: f64,
    server_pid: u32,
) -> anyhow::Result<Phase> {
    let done = Arc::new(AtomicU64::new(0));
    let stop = Arc::new(AtomicBool::new(false));
    let mut tasks = Vec::new();
    for _ in 0..connections {
        let mut sender = connect(addr, tls).await?;
        let done = done.clone();
        let stop = stop.clone();
        let auth = auth.clone();
        tasks.push(tokio::spawn(async move {
            while !stop.load(Ordering::Relaxed) {
                let status = get(&mut sender, path, auth.as_deref()).await?;
                if status != 200 {
                    bail!("GET {path} answered {status}");
                }
                done.fetch_add(1, Ordering::Relaxed);
            }
            Ok(())
        }));
    }
    tokio::time::sleep(Duration::from_secs(1)).await;
    let me = std::process::id();
    let (c0, t0, cpu0, mine0) = (
        done.load(Ordering::Relaxed),
        Instant::now(),
        cpu_seconds(server_pid)?,
        cpu_seconds(me)?,
    );
    tokio::time::sleep(Duration::from_secs_f64(seconds)).await;
    let (c1, t1, cpu1, mine1) = (
        done.load(Ordering::Relaxed),
        Instant::now(),
        cpu_seconds(server_pid)?,
        cpu_seconds(me)?,
    );
    stop.store(true, Ordering::Relaxed);
    for t in tasks {
        t.await??;
    }
    let requests = (c1 - c0) as f64;
    Ok(Phase {
        rate: requests / (t1 - t0).as_secs_f64(),
        cpu_us: (cpu1 - cpu0) * 1e6 / requests.max(1.0),
        client_cpu_us: (mine1 - mine0) * 1e6 / requests.max(1.0),
    })
}

/// One measured phase.
struct Phase {
    /// Requests per second.
    rate: f64,
    /// Server CPU time (user + system, all threads) per request, in microseconds: unlike the
    /// rate, hardly moved by other work on the machine.
    cpu_us: f64,
    /// The load generator's CPU time per request.
    client_cpu_us: f64,
}

/// CPU time a process has used, user + system, all threads.
fn cpu_seconds(pid: u32) -> anyhow::Result<f64> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat"))?;
    // Fields after the command name, which is in parentheses and may hold spaces.
    let rest = stat.rsplit_once(')').context("odd /proc/<pid>/stat")?.1;
    let fields: Vec<&str> = rest.split_whitespace().collect();
    // utime and stime are fields 14 and 15 of the whole line, 12 and 13 after the name.
    let ticks: f64 = fields
        .get(11..13)
        .context("short /proc/<pid>/stat")?
        .iter()
        .map(|f| f.parse::<f64>().unwrap_or(0.0))
        .sum();
    // SAFETY: sysconf has no preconditions.
    let per_second = unsafe { libc::sysconf(libc::_SC_CLK_TCK) } as f64;
    Ok(ticks / per_second)
}

/// Spawn to the first successful `/v1/health`.
async fn ready_time(
    bin: &Path,
    dir: &Path,
    tls: &TlsConnector,
) -> anyhow::Result<(Duration, Server)> {
    let started = Instant::now();
    let server = spawn_server(bin, dir)?;
    let addr = SocketAddr::from(([127, 0, 0, 1], server.port));
    loop {
        if let Ok(mut sender) = connect(addr, tls).await
            && let Ok(200) = get(&mut sender, "/v1/health", None).await
        {
            return Ok((started.elapsed(), server));
        }
        if started.elapsed() > Duration::from_secs(10) {
            bail!("the server did not answer /v1/health within 10 s");
        }
        tokio::time::sleep(Duration::from_millis(1)).await;
    }
}

fn rss_kib(pid: u32) -> anyhow::Result<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status"))?;
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .context("no VmRSS in /proc/<pid>/status")
}

/// The 1-minute load average, as text.
fn load_average() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .ok()
        .and_then(|l| l.split_whitespace().next().map(str::to_owned))
        .unwrap_or_else(|| "unknown".into())
}

fn cpu_model() -> String {
    std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|c| {
            c.lines()
                .find_map(|l| l.strip_prefix("model name"))
                .map(|v| v.trim_start_matches([' ', '\t', ':']).to_owned())
        })
        .unwrap_or_else(|| "unknown".into())
}

fn main() -> anyhow::Result<()> {
    let seconds: f64 = env_or("BENCH_SECONDS", 4.0);
    let connections: usize = env_or("BENCH_CONNECTIONS", 64);
    let client_threads: usize = env_or("BENCH_CLIENT_THREADS", 2);
    let info_runs: usize = env_or("BENCH_INFO_RUNS", 20);
    let rounds: usize = env_or("BENCH_ROUNDS", 3);
    mothership::client::install_crypto_provider();

    let bin = release_binary()?;
    let tmp = tempfile::tempdir()?;
    let dir = tmp.path();
    let config_dir = dir.join("config_files");
    let mut users = mothership::htpasswd::Htpasswd::default();
    users.set_password(USER, PASSWORD, 12)?;
    users.save(&config_dir.join(".htpasswd"))?;
    let auth = format!(
        "Basic {}",
        base64::engine::general_purpose::STANDARD.encode(format!("{USER}:{PASSWORD}"))
    );

    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(client_threads)
        .enable_all()
        .build()?;
    runtime.block_on(async {
        // First run: generates the certificate.
        let first = spawn_server(&bin, dir)?;
        let cert = config_dir.join("cert.pem");
        let deadline = Instant::now() + Duration::from_secs(10);
        while !(cert.exists() && config_dir.join("key.pem").exists()) {
            if Instant::now() > deadline {
                bail!("no certificate generated");
            }
            tokio::time::sleep(Duration::from_millis(5)).await;
        }
        let tls = tls_connector(&cert)?;
        let addr = SocketAddr::from(([127, 0, 0, 1], first.port));
        loop {
            if let Ok(mut s) = connect(addr, &tls).await
                && get(&mut s, "/v1/health", None).await.is_ok()
            {
                break;
            }
            tokio::time::sleep(Duration::from_millis(5)).await;
        }
        drop(first);
        eprintln!("certificate generated; measuring ready time");

        // Ready time with existing certificates: five starts, the last one stays up.
        let mut ready = Vec::new();
        let mut server = None;
        for _ in 0..5 {
            drop(server.take());
            let (took, s) = ready_time(&bin, dir, &tls).await?;
            ready.push(took);
            server = Some(s);
        }
        let server = server.context("no server")?;
        let pid = server.child.id();
        let addr = SocketAddr::from(([127, 0, 0, 1], server.port));
        tokio::time::sleep(Duration::from_millis(500)).await;
        let rss_start = rss_kib(pid)?;
        eprintln!("ready in {ready:?}; RSS {rss_start} KiB; measuring throughput");

        // Throughput, alternating so both see the same machine conditions.
        let mut health = Vec::new();
        let mut info = Vec::new();
        let load_before = load_average();
        for _ in 0..rounds {
            let h = throughput(addr, &tls, "/v1/health", None, connections, seconds, pid).await?;
            eprintln!(
                "/v1/health: {:.0} req/s, {:.1} µs server + {:.1} µs client CPU/request",
                h.rate, h.cpu_us, h.client_cpu_us
            );
            health.push(h);
            let i = throughput(
                addr,
                &tls,
                "/v1/info",
                Some(auth.clone()),
                connections,
                seconds,
                pid,
            )
            .await?;
            eprintln!(
                "/v1/info: {:.0} req/s, {:.1} µs server + {:.1} µs client CPU/request",
                i.rate, i.cpu_us, i.client_cpu_us
            );
            info.push(i);
        }
        let load_after = load_average();
        tokio::time::sleep(Duration::from_secs(1)).await;
        let rss_after = rss_kib(pid)?;

        // `mothership info` end to end, after `init` pinned the certificate.
        let home = tempfile::tempdir()?;
        let fingerprint = mothership::tlsutil::fingerprint(
            mothership::tlsutil::certs_from_pem(&std::fs::read(&cert)?)
                .map_err(anyhow::Error::msg)?[0]
                .as_ref(),
        );
        let host = format!("https://localhost:{}", server.port);
        let mut init = Command::new(&bin)
            .env("XDG_CONFIG_HOME", home.path())
            .args(["init", "--host", &host, "--username", USER, "--fingerprint"])
            .arg(&fingerprint)
            .arg("--password-stdin")
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()?;
        init.stdin
            .take()
            .context("stdin")?
            .write_all(format!("{PASSWORD}\n").as_bytes())?;
        if !init.wait()?.success() {
            bail!("mothership init failed");
        }
        let mut info_times = Vec::new();
        for _ in 0..info_runs {
            let started = Instant::now();
            let out = Command::new(&bin)
                .env("XDG_CONFIG_HOME", home.path())
                .arg("info")
                .output()?;
            let took = started.elapsed();
            if !out.status.success() {
                bail!(
                    "mothership info failed: {}",
                    String::from_utf8_lossy(&out.stderr)
                );
            }
            info_times.push(took);
        }
        drop(server);

        let ms = |d: &Duration| d.as_secs_f64() * 1000.0;
        let mean = |v: &[f64]| v.iter().sum::<f64>() / v.len() as f64;
        let ready_ms: Vec<f64> = ready.iter().map(ms).collect();
        let info_ms: Vec<f64> = info_times.iter().map(ms).collect();
        let rates = |v: &[Phase]| v.iter().map(|p| p.rate).collect::<Vec<_>>();
        let cpus = |v: &[Phase]| v.iter().map(|p| p.cpu_us).collect::<Vec<_>>();
        let (health_rates, info_rates) = (rates(&health), rates(&info));
        let health_rate = mean(&health_rates);
        let info_rate = mean(&info_rates);
        let (health_cpu, info_cpu) = (mean(&cpus(&health)), mean(&cpus(&info)));
        let client = |v: &[Phase]| mean(&v.iter().map(|p| p.client_cpu_us).collect::<Vec<_>>());
        let (health_all, info_all) = (health_cpu + client(&health), info_cpu + client(&info));
        // Each round's info rate over the health rate just before it, the median of those: other
        // work on the machine moves both rates, less so their ratio within a round.
        let mut ratios: Vec<f64> = info_rates
            .iter()
            .zip(&health_rates)
            .map(|(i, h)| i / h)
            .collect();
        ratios.sort_by(f64::total_cmp);
        let ratio = ratios[ratios.len() / 2];
        let max = |v: &[f64]| v.iter().cloned().fold(f64::MIN, f64::max);
        let min = |v: &[f64]| v.iter().cloned().fold(f64::MAX, f64::min);
        let verdict = |ok: bool| if ok { "met" } else { "MISSED" };

        let report = format!(
            "# API benchmark\n\n\
             Produced by `cargo run --release --example bench_api` (examples/bench_api.rs): the \
             release `mothership serve` as a child process with basic auth and a bcrypt cost-12 \
             user, and the load generator in the benchmark process on the same machine \
             ({client_threads} client threads, so client and server share the CPUs).\n\n\
             Machine: {} CPUs (nproc), {}. Load average (1 min) {load_before} before the \
             throughput rounds, {load_after} after: other work on the machine shares the CPUs.\n\n\
             | figure | result | target | |\n\
             |---|---|---|---|\n\
             | `GET /v1/info`, authenticated, TLS, {connections} keep-alive connections | {:.0} req/s ({}) | ≥ 20,000 req/s | {} |\n\
             | `GET /v1/health`, no auth, same run | {:.0} req/s ({}) | | |\n\
             | info / health ratio (median of the rounds' ratios) | {:.2} ({}) | ≥ 0.8 | {} |\n\
             | server CPU per request: health / info | {:.1} µs / {:.1} µs | | |\n\
             | server + load generator CPU per request: health / info (the ratio the throughput ratio tends to with the machine to itself) | {:.1} µs / {:.1} µs ({:.2}) | | |\n\
             | idle server RSS after start-up | {:.1} MiB | ≤ 20 MiB | {} |\n\
             | idle server RSS after the load | {:.1} MiB | | |\n\
             | `serve` ready with existing certificates (spawn → /v1/health answers) | mean {:.0} ms, max {:.0} ms over {} starts | ≤ 200 ms | {} |\n\
             | `mothership info` end to end (pinned certificate, cached credentials) | mean {:.1} ms, min {:.1}, max {:.1} over {} runs | ≤ 50 ms | {} |\n",
            std::thread::available_parallelism().map_or(0, |n| n.get()),
            cpu_model(),
            info_rate,
            info_rates.iter().map(|r| format!("{r:.0}")).collect::<Vec<_>>().join(", "),
            verdict(info_rate >= 20_000.0),
            health_rate,
            health_rates.iter().map(|r| format!("{r:.0}")).collect::<Vec<_>>().join(", "),
            ratio,
            ratios.iter().map(|r| format!("{r:.2}")).collect::<Vec<_>>().join(", "),
            verdict(ratio >= 0.8),
            health_cpu,
            info_cpu,
            health_all,
            info_all,
            health_all / info_all,
            rss_start as f64 / 1024.0,
            verdict(rss_start as f64 / 1024.0 <= 20.0),
            rss_after as f64 / 1024.0,
            mean(&ready_ms),
            max(&ready_ms),
            ready_ms.len(),
            verdict(mean(&ready_ms) <= 200.0),
            mean(&info_ms),
            min(&info_ms),
            max(&info_ms),
            info_ms.len(),
            verdict(mean(&info_ms) <= 50.0),
        );
        println!("{report}");
        if std::env::var_os("BENCH_NO_WRITE").is_none() {
            let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/bench_api.md");
            let notes_marker = "\n## Notes\n";
            // Keep hand-written notes below the table across runs.
            let notes = std::fs::read_to_string(&path)
                .ok()
                .and_then(|old| old.find(notes_marker).map(|i| old[i..].to_owned()))
                .unwrap_or_default();
            std::fs::write(&path, format!("{report}{notes}"))?;
            println!("Wrote {}", path.display());
        }
        Ok(())
    })
}
