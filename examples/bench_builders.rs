//! Builder benchmarks against a real engine and registry (`eval "$(scripts/docker-test-env.sh
//! start)"` first), printing a Markdown table:
//!
//! 1. build overhead: `mothership build` end to end (the CLI binary against a server) versus the
//!    same builder container run by hand with the docker CLI (create, copy the inputs in, start
//!    attached, copy the binary out, remove), same inputs, alternating, N runs each;
//! 2. `bobproviders update` of a repository with 200 tags (200 distinct image configs) in the
//!    local registry, cold (nothing known) and warm;
//! 3. listing the bobs from the cache;
//! 4. validating a 1,000-line NaCl with the builder (`mothership validate FILE --builder ID`)
//!    versus Mothership's own check of the same file (`mothership validate FILE`).
//!
//! The build is also compared with the same contract run straight over the engine API by the
//! library (no server, queue, HTTP or CLI process): Mothership's own overhead.
//!
//! Run: `cargo build --release --bin mothership --example bench_builders &&
//! target/release/examples/bench_builders`

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::{Value, json};
use sha2::Digest;

#[path = "shared/nacl_sample.rs"]
mod nacl_sample;

const RUNS: usize = 10;
const TAGS: usize = 200;

fn main() -> anyhow::Result<()> {
    // The server runs on the worker threads; this thread drives the measurements (the blocking
    // child processes included: they only block this thread).
    tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?
        .block_on(bench())
}

async fn bench() -> anyhow::Result<()> {
    mothership::client::install_crypto_provider();
    let registry = std::env::var("MOTHERSHIP_TEST_REGISTRY").map_err(|_| {
        anyhow::anyhow!("set MOTHERSHIP_TEST_REGISTRY and DOCKER_HOST: eval \"$(scripts/docker-test-env.sh start)\"")
    })?;
    let docker_host = std::env::var("DOCKER_HOST")?;
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let bin = std::env::current_exe()?
        .parent()
        .and_then(Path::parent)
        .map(|d| d.join("mothership"))
        .filter(|p| p.exists())
        .ok_or_else(|| {
            anyhow::anyhow!("build the binary too: cargo build --release --bin mothership")
        })?;

    // The builder: the newest test builder, made fresh.
    let out = run(
        Command::new(root.join("scripts/make-test-builders.sh")).args([
            "--registry",
            &registry,
            "--repo",
            "bench/builder",
            "v1.0.0",
        ]),
    )?;
    let image = out.split_whitespace().nth(1).unwrap_or_default().to_owned();
    let builder = image.trim_start_matches("sha256:")[..12].to_owned();

    let dir = tempfile::tempdir()?;
    let repo200 = format!("bench/builders{TAGS}");
    let (url, _stop) = start_server(dir.path(), &docker_host, &registry, &repo200).await?;

    // 1. Build overhead.
    let work = tempfile::tempdir()?;
    let nacl = work.path().join("bench.nacl");
    std::fs::write(&nacl, "Iface eth0 {\n  index: 0,\n  config: dhcp\n}\n")?;
    let mut ms_times = Vec::new();
    let mut docker_times = Vec::new();
    for i in 0..RUNS {
        let t = Instant::now();
        let out = run(Command::new(&bin)
            .args([
                "--host",
                &url,
                "build",
                "Starbase",
                "--builder",
                &builder,
                "--nacl-file",
            ])
            .arg(&nacl)
            .args(["--tag", "bench"]))?;
        ms_times.push(t.elapsed());
        anyhow::ensure!(
            out.lines().last().is_some_and(|l| l.len() == 40),
            "no image id: {out}"
        );

        let t = Instant::now();
        docker_run_by_hand(&image, &nacl, work.path(), i)?;
        docker_times.push(t.elapsed());
    }
    let (ms, dk) = (median(&mut ms_times), median(&mut docker_times));
    // The same contract straight over the engine API, without Mothership's server, queue and CLI.
    let mut direct_times = Vec::new();
    {
        use mothership::builders::contract::{self, RunSpec};
        let engine = mothership::builders::Engine::new(Some(&docker_host));
        let docker = engine.docker().await?;
        let options = mothership::builders::DockerOptions::default();
        let nacl_bytes = std::fs::read(&nacl)?;
        for i in 0..RUNS {
            let t = Instant::now();
            let spec = RunSpec {
                image: &image,
                name: format!("bench-direct-{}-{i}", std::process::id()),
                cmd: Some(vec!["build".into(), "Starbase".into()]),
                files: vec![
                    ("nacl.txt".into(), nacl_bytes.clone()),
                    (
                        "config.json".into(),
                        br#"{"uplink": {"tag": "bench"}}"#.to_vec(),
                    ),
                ],
                options: &options,
                server_id: "bench",
            };
            let mut discard = |_chunk: bytes::Bytes| {};
            let outcome = contract::run(
                &engine,
                &docker,
                &spec,
                Some("/service/build/Starbase"),
                1 << 20,
                &mut discard,
            )
            .await;
            contract::remove(&engine, &spec.name).await;
            anyhow::ensure!(outcome?.output.is_some(), "no output");
            direct_times.push(t.elapsed());
        }
    }
    let direct = median(&mut direct_times);
    // The floor: one container's lifecycle on this engine, doing nothing.
    let mut floor_times = Vec::new();
    for _ in 0..RUNS {
        let t = Instant::now();
        run(Command::new("docker").args([
            "run",
            "--rm",
            "--network",
            "none",
            "--entrypoint",
            "/bin/true",
            &image,
        ]))?;
        floor_times.push(t.elapsed());
    }
    let floor = median(&mut floor_times);

    // 2. 200 tags, 200 configs.
    let client = reqwest::Client::builder()
        .timeout(Duration::from_secs(60))
        .build()?;
    fill_repository(&client, &registry, "bench/builder", "v1.0.0", &repo200).await?;
    let mut updates = Vec::new();
    for label in ["cold", "warm"] {
        let t = Instant::now();
        let r = client
            .post(format!("{url}/v1/bobproviders/DockerHub/update"))
            .send()
            .await?;
        let elapsed = t.elapsed();
        let body: Value = r.json().await?;
        anyhow::ensure!(body["bobs"] == json!(TAGS), "{label} update: {body}");
        updates.push(elapsed);
    }
    let (cold, warm) = (updates[0], updates[1]);

    // 3. Bobs from the cache.
    let mut list_times = Vec::new();
    for _ in 0..50 {
        let t = Instant::now();
        let r = client
            .get(format!("{url}/v1/bobproviders/DockerHub/bobs"))
            .send()
            .await?;
        let bobs: Value = r.json().await?;
        list_times.push(t.elapsed());
        // A page of the list (100 at most) and the total: the whole cache is read either way.
        anyhow::ensure!(bobs["total"] == json!(TAGS), "bobs: {}", bobs["total"]);
    }
    let list = median(&mut list_times);
    let t = Instant::now();
    run(Command::new(&bin).args(["--host", &url, "bobs", "list", "DockerHub"]))?;
    let list_cli = t.elapsed();

    // 4. A 1,000-line NaCl validated by the builder's container, then by the native check (the
    // CLI process, no server; and the check alone, in this process).
    let (big, big_lines) = nacl_sample::nacl(1000);
    let big_file = work.path().join("big.nacl");
    std::fs::write(&big_file, &big)?;
    let mut builder_validate = Vec::new();
    let mut native_validate = Vec::new();
    for _ in 0..RUNS {
        let t = Instant::now();
        run(Command::new(&bin)
            .args(["--host", &url, "validate"])
            .arg(&big_file)
            .args(["--builder", &builder]))?;
        builder_validate.push(t.elapsed());
        let t = Instant::now();
        run(Command::new(&bin).arg("validate").arg(&big_file))?;
        native_validate.push(t.elapsed());
    }
    let (bv, nv) = (median(&mut builder_validate), median(&mut native_validate));
    let t = Instant::now();
    for _ in 0..RUNS {
        anyhow::ensure!(
            mothership::nacl::check(&big).is_empty(),
            "the sample NaCl has errors"
        );
    }
    let check_only = t.elapsed() / RUNS as u32;

    let ratio = ms.as_secs_f64() / dk.as_secs_f64();
    let extra = ms.as_secs_f64() * 1000.0 - dk.as_secs_f64() * 1000.0;
    println!("| measurement | result | target |");
    println!("|---|---|---|");
    println!(
        "| `mothership build` end to end (median of {RUNS}) | {:.0} ms | |",
        ms.as_secs_f64() * 1000.0
    );
    println!(
        "| same container by hand with the docker CLI (median of {RUNS}) | {:.0} ms | |",
        dk.as_secs_f64() * 1000.0
    );
    println!(
        "| same contract straight over the engine API, no Mothership (median of {RUNS}) | {:.0} ms | |",
        direct.as_secs_f64() * 1000.0
    );
    println!(
        "| `docker run --rm` of the builder doing nothing (median of {RUNS}) | {:.0} ms | |",
        floor.as_secs_f64() * 1000.0
    );
    println!(
        "| build overhead vs the docker CLI by hand | {ratio:.2}x, {extra:+.0} ms | <= 1.10x or <= +300 ms: {} |",
        if ratio <= 1.10 || extra <= 300.0 {
            "met"
        } else {
            "NOT met"
        }
    );
    let direct_ratio = ms.as_secs_f64() / direct.as_secs_f64();
    let direct_extra = (ms.as_secs_f64() - direct.as_secs_f64()) * 1000.0;
    println!(
        "| build overhead vs the bare engine API | {direct_ratio:.2}x, {direct_extra:+.0} ms | <= 1.10x or <= +300 ms: {} |",
        if direct_ratio <= 1.10 || direct_extra <= 300.0 {
            "met"
        } else {
            "NOT met"
        }
    );
    for (label, d) in [("cold", cold), ("warm", warm)] {
        println!(
            "| `bobproviders update`, {TAGS} tags, {label} | {:.0} ms | <= 2000 ms: {} |",
            d.as_secs_f64() * 1000.0,
            if d <= Duration::from_secs(2) {
                "met"
            } else {
                "NOT met"
            }
        );
    }
    println!(
        "| `GET /v1/bobproviders/DockerHub/bobs` ({TAGS} bobs, median of 50) | {:.1} ms | <= 20 ms: {} |",
        list.as_secs_f64() * 1000.0,
        if list <= Duration::from_millis(20) {
            "met"
        } else {
            "NOT met"
        }
    );
    println!(
        "| `mothership bobs list DockerHub` (whole CLI process) | {:.0} ms | |",
        list_cli.as_secs_f64() * 1000.0
    );
    println!(
        "| `mothership validate` of a {big_lines}-line NaCl with `--builder` (median of {RUNS}) | {:.0} ms | |",
        bv.as_secs_f64() * 1000.0
    );
    println!(
        "| `mothership validate` of the same file, native (whole CLI process, no server) | {:.1} ms | |",
        nv.as_secs_f64() * 1000.0
    );
    println!(
        "| the native check alone (`mothership::nacl::check`, in this process) | {:.2} ms | < 5 ms |",
        check_only.as_secs_f64() * 1000.0
    );
    Ok(())
}

/// Runs a command, returning its stdout; a failure is an error with its stderr.
fn run(cmd: &mut Command) -> anyhow::Result<String> {
    let out = cmd.stdin(Stdio::null()).output()?;
    anyhow::ensure!(
        out.status.success(),
        "{cmd:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    Ok(String::from_utf8_lossy(&out.stdout).into_owned())
}

/// What a person does without Mothership: the same contract with the docker CLI.
fn docker_run_by_hand(image: &str, nacl: &Path, work: &Path, i: usize) -> anyhow::Result<()> {
    let ctx = work.join(format!("ctx{i}"));
    std::fs::create_dir_all(ctx.join("service"))?;
    std::fs::copy(nacl, ctx.join("service/nacl.txt"))?;
    std::fs::write(
        ctx.join("service/config.json"),
        r#"{"uplink": {"url": "http://127.0.0.1:9090", "tag": "bench"}}"#,
    )?;
    let id = run(Command::new("docker").args([
        "create",
        "--network",
        "none",
        image,
        "build",
        "Starbase",
    ]))?;
    let id = id.trim();
    let tar = Command::new("tar")
        .arg("-C")
        .arg(&ctx)
        .args(["-c", "service"])
        .stdout(Stdio::piped())
        .spawn()?;
    let status = Command::new("docker")
        .args(["cp", "-", &format!("{id}:/")])
        .stdin(tar.stdout.ok_or_else(|| anyhow::anyhow!("no tar output"))?)
        .status()?;
    anyhow::ensure!(status.success(), "docker cp in failed");
    run(Command::new("docker").args(["start", "-a", id]))?;
    let out =
        run(Command::new("docker").args(["cp", &format!("{id}:/service/build/Starbase"), "-"]))?;
    anyhow::ensure!(!out.is_empty());
    run(Command::new("docker").args(["rm", id]))?;
    Ok(())
}

fn median(times: &mut [Duration]) -> Duration {
    times.sort();
    times[times.len() / 2]
}

/// Pushes TAGS tags into `target`, each with its own config (a different version label) over
/// the layer of `source:tag`.
async fn fill_repository(
    client: &reqwest::Client,
    registry: &str,
    source: &str,
    tag: &str,
    target: &str,
) -> anyhow::Result<()> {
    let base = format!("http://{registry}/v2");
    let accept = "application/vnd.docker.distribution.manifest.v2+json";
    let manifest: Value = client
        .get(format!("{base}/{source}/manifests/{tag}"))
        .header("accept", accept)
        .send()
        .await?
        .error_for_status()?
        .json()
        .await?;
    let config_digest = manifest["config"]["digest"].as_str().unwrap_or_default();
    let config: Value = client
        .get(format!("{base}/{source}/blobs/{config_digest}"))
        .send()
        .await?
        .error_for_status()?
        .json()
        .await?;
    // Mount the layer into the target repository once.
    for layer in manifest["layers"].as_array().into_iter().flatten() {
        let digest = layer["digest"].as_str().unwrap_or_default();
        client
            .post(format!(
                "{base}/{target}/blobs/uploads/?mount={digest}&from={source}"
            ))
            .send()
            .await?
            .error_for_status()?;
    }
    for i in 0..TAGS {
        let mut config = config.clone();
        config["config"]["Labels"]["org.label-schema.version"] = json!(format!("v1.0.{i}"));
        let bytes = serde_json::to_vec(&config)?;
        let digest = format!("sha256:{}", hex::encode(sha2::Sha256::digest(&bytes)));
        let upload = client
            .post(format!("{base}/{target}/blobs/uploads/"))
            .send()
            .await?
            .error_for_status()?;
        let location = upload
            .headers()
            .get("location")
            .and_then(|v| v.to_str().ok())
            .ok_or_else(|| anyhow::anyhow!("no upload location"))?
            .to_owned();
        let sep = if location.contains('?') { '&' } else { '?' };
        let location = if location.starts_with('/') {
            format!("http://{registry}{location}")
        } else {
            location
        };
        client
            .put(format!("{location}{sep}digest={digest}"))
            .header("content-type", "application/octet-stream")
            .body(bytes.clone())
            .send()
            .await?
            .error_for_status()?;
        let mut m = manifest.clone();
        m["config"]["digest"] = json!(digest);
        m["config"]["size"] = json!(bytes.len());
        client
            .put(format!("{base}/{target}/manifests/v1.0.{i}"))
            .header("content-type", accept)
            .body(serde_json::to_vec(&m)?)
            .send()
            .await?
            .error_for_status()?;
    }
    Ok(())
}

/// An in-process server without TLS or auth (what is measured is the builder path, not bcrypt).
async fn start_server(
    dir: &Path,
    docker_host: &str,
    registry: &str,
    repository: &str,
) -> anyhow::Result<(String, tokio::sync::oneshot::Sender<()>)> {
    use mothership::server::{AuthMode, Listeners, ServerConfig};
    let mut config = ServerConfig::with_dirs(dir.join("config_files"), dir.join("runtime_files"));
    config.server_tls = false;
    config.uplink_tls = false;
    config.auth = AuthMode::None;
    config.bind = [127, 0, 0, 1].into();
    config.docker_host = Some(docker_host.to_owned());
    config.dockerhub_url = format!("http://{registry}");
    config.dockerhub_repository = repository.to_owned();
    let api = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let uplink = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let url = format!("http://{}", api.local_addr()?);
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    tokio::spawn(mothership::server::serve(
        config,
        Listeners { api, uplink },
        async move {
            let _ = stopped.await;
        },
    ));
    let client = reqwest::Client::new();
    for _ in 0..200 {
        if client.get(format!("{url}/v1/health")).send().await.is_ok() {
            return Ok((url, stop));
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    anyhow::bail!("the server did not start")
}
