//! Login flood benchmark: how long a right, uncached password takes while wrong ones flood the
//! API's bcrypt checks. `--flood` requests with wrong passwords (each a different one, so no two
//! share a check) are kept open at all times, spread over `--addresses` source addresses
//! 127.0.0.2, 127.0.0.3, … (every 127/8 address reaches loopback on Linux, and the server limits
//! per address). Then `--logins` users, each logging in for the first time (so nothing is
//! cached), log in one after the other from 127.0.0.254 on a new connection each (as a CLI run
//! does), and the time of each is printed, with the flood's answers by status.
//!
//! The users are added to the server's htpasswd file (at the server's default cost, 12), which
//! the server picks up without a restart:
//!
//! ```text
//! mothership serve --serverport 18491 --uplinkport 18490 --config-dir /tmp/lf/cf \
//!     --runtime-dir /tmp/lf/rt &
//! cargo run --release --example login_flood -- --url https://127.0.0.1:18491 \
//!     --cacert /tmp/lf/cf/cert.pem --htpasswd /tmp/lf/cf/.htpasswd --flood 300 --addresses 30
//! ```

use std::collections::BTreeMap;
use std::net::{IpAddr, Ipv4Addr};
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use anyhow::Context;
use clap::Parser;
use mothership::htpasswd::Htpasswd;

#[derive(Debug, Parser)]
struct Args {
    /// The API, e.g. https://127.0.0.1:8080 (loopback: the flood comes from 127.0.0.x)
    #[arg(long)]
    url: String,
    /// The server's certificate (PEM), for https
    #[arg(long)]
    cacert: Option<PathBuf>,
    /// The server's htpasswd file; the benchmark's users are added to it
    #[arg(long)]
    htpasswd: PathBuf,
    /// Wrong-password requests kept open at all times
    #[arg(long, default_value_t = 300)]
    flood: usize,
    /// Source addresses the flood comes from (127.0.0.2 onwards, at most 250)
    #[arg(long, default_value_t = 30)]
    addresses: u8,
    /// Right logins timed, one after the other, each a user not logged in before
    #[arg(long, default_value_t = 10)]
    logins: usize,
    /// Seconds of flood before the first timed login
    #[arg(long, default_value_t = 3)]
    warmup: u64,
    /// bcrypt cost of the benchmark's users (the server's own default is 12)
    #[arg(long, default_value_t = 12)]
    cost: u32,
    /// Milliseconds a flooder waits after a refusal (429, 503) before its next request; 0 sends
    /// the next at once, which measures the server answering thousands of refusals a second on
    /// the same cores rather than a flooded queue
    #[arg(long, default_value_t = 100)]
    refused_pause_ms: u64,
}

fn client(args: &Args, local: IpAddr) -> anyhow::Result<reqwest::Client> {
    mothership::client::install_crypto_provider();
    let mut builder = reqwest::Client::builder()
        .local_address(local)
        .timeout(Duration::from_secs(120));
    if let Some(path) = &args.cacert {
        let pem = std::fs::read(path).with_context(|| format!("read {}", path.display()))?;
        let certs = mothership::tlsutil::certs_from_pem(&pem).map_err(anyhow::Error::msg)?;
        let tls =
            mothership::client::tls::client_config(mothership::client::tls::Trust::Certs(certs))
                .map_err(anyhow::Error::msg)?;
        builder = builder.tls_backend_preconfigured(tls);
    }
    Ok(builder.build()?)
}

/// One right login on a new connection: the status and how long it took.
async fn login(args: &Args, user: &str, password: &str) -> anyhow::Result<(u16, Duration)> {
    let client = client(args, IpAddr::V4(Ipv4Addr::new(127, 0, 0, 254)))?;
    let started = Instant::now();
    let response = client
        .get(format!("{}/v1/info", args.url))
        .basic_auth(user, Some(password))
        .send()
        .await?;
    Ok((response.status().as_u16(), started.elapsed()))
}

fn summary(times: &mut [Duration]) -> String {
    times.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    format!(
        "min {:.0} ms, median {:.0} ms, max {:.0} ms",
        ms(times[0]),
        ms(times[times.len() / 2]),
        ms(times[times.len() - 1])
    )
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let args = Args::parse();
    anyhow::ensure!((1..=250).contains(&args.addresses), "--addresses: 1 to 250");
    anyhow::ensure!(args.logins >= 1, "--logins: at least 1");

    // Users for the timed logins (plus one for the baseline), each logging in once.
    let run: u32 = rand::random();
    let users: Vec<(String, String)> = (0..=args.logins)
        .map(|i| (format!("flood{run:08x}u{i}"), format!("right-{run}-{i}")))
        .collect();
    eprintln!("adding {} users at cost {}…", users.len(), args.cost);
    let mut file = Htpasswd::load(&args.htpasswd)?;
    for (user, password) in &users {
        file.set_password(user, password, args.cost)?;
    }
    file.save(&args.htpasswd)?;
    // The server looks at the file every 100 ms and compares its contents every second.
    tokio::time::sleep(Duration::from_millis(1500)).await;

    let (user, password) = &users[0];
    let (status, baseline) = login(&args, user, password).await?;
    anyhow::ensure!(status == 200, "the baseline login got {status}");
    println!(
        "right login, no flood: {:.0} ms",
        baseline.as_secs_f64() * 1000.0
    );

    let statuses: Arc<Mutex<BTreeMap<String, u64>>> = Arc::default();
    let stop = Arc::new(tokio::sync::Notify::new());
    let mut flooders = Vec::new();
    let clients: Vec<reqwest::Client> = (0..args.addresses)
        .map(|i| client(&args, IpAddr::V4(Ipv4Addr::new(127, 0, 0, 2 + i))))
        .collect::<anyhow::Result<_>>()?;
    for i in 0..args.flood {
        let client = clients[i % clients.len()].clone();
        let url = format!("{}/v1/info", args.url);
        let (statuses, stop) = (statuses.clone(), stop.clone());
        let pause = Duration::from_millis(args.refused_pause_ms);
        flooders.push(tokio::spawn(async move {
            let mut n = 0u64;
            loop {
                n += 1;
                let request = client
                    .get(&url)
                    .basic_auth("admin", Some(format!("wrong-{i}-{n}")))
                    .send();
                let outcome = tokio::select! {
                    r = request => r,
                    _ = stop.notified() => return,
                };
                let key = match outcome {
                    Ok(r) => r.status().as_u16().to_string(),
                    Err(e) if e.is_timeout() => "timeout".into(),
                    Err(_) => "error".into(),
                };
                match key.as_str() {
                    "error" => tokio::time::sleep(Duration::from_millis(50)).await,
                    "429" | "503" if !pause.is_zero() => tokio::time::sleep(pause).await,
                    _ => {}
                }
                *statuses
                    .lock()
                    .unwrap_or_else(|e| e.into_inner())
                    .entry(key)
                    .or_default() += 1;
            }
        }));
    }
    tokio::time::sleep(Duration::from_secs(args.warmup)).await;

    let mut times = Vec::new();
    for (user, password) in &users[1..] {
        let (status, took) = login(&args, user, password).await?;
        println!(
            "right login under the flood: {status} in {:.0} ms",
            took.as_secs_f64() * 1000.0
        );
        anyhow::ensure!(status == 200, "a right login got {status}");
        times.push(took);
    }
    stop.notify_waiters();
    for f in flooders {
        f.abort();
    }
    println!(
        "{} right, uncached logins with {} wrong-password requests open from {} addresses \
         ({} ms pause after a refusal): {}",
        times.len(),
        args.flood,
        args.addresses,
        args.refused_pause_ms,
        summary(&mut times)
    );
    println!(
        "flood answers by status: {:?}",
        statuses.lock().unwrap_or_else(|e| e.into_inner())
    );
    Ok(())
}
