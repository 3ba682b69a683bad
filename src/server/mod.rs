//! The Mothership server: `serve()` takes already-bound listeners and a shutdown future, so tests
//! run it in-process on port 0; `run()` is what `mothership serve` calls.

pub mod api;
pub mod audit;
pub mod auth;
pub mod body_timeout;
pub mod config;
mod content;
pub mod deploy;
pub mod desired;
pub mod events;
pub mod http;
pub mod influx;
pub mod retention;
pub mod rollout;
pub mod session;
pub mod tls;
pub mod tls_records;
pub mod upgrade;
pub mod uplink;
pub mod web;
pub mod webhooks;

use std::future::Future;
use std::net::SocketAddr;
use std::path::Path;
use std::sync::Arc;
use std::time::Instant;

use anyhow::Context;
use rand::RngExt;
use tokio::net::TcpListener;
use tokio::sync::watch;

pub use config::{AuthMode, MetricsReporter, ServeArgs, ServerConfig, UplinkTlsMode};

use crate::htpasswd::Htpasswd;

/// The two listening sockets of a server.
pub struct Listeners {
    /// The HTTP(S) API.
    pub api: TcpListener,
    /// The uplink hangar instances dock to.
    pub uplink: TcpListener,
}

impl Listeners {
    /// Binds both ports of a configuration; a busy port is an error that names it.
    pub async fn bind(config: &ServerConfig) -> anyhow::Result<Self> {
        let api = bind_one(
            SocketAddr::new(config.bind, config.serverport),
            "--serverport",
        )
        .await?;
        let uplink = bind_one(
            SocketAddr::new(config.bind, config.uplinkport),
            "--uplinkport",
        )
        .await?;
        Ok(Listeners { api, uplink })
    }
}

async fn bind_one(addr: SocketAddr, flag: &str) -> anyhow::Result<TcpListener> {
    TcpListener::bind(addr).await.map_err(|e| {
        if e.kind() == std::io::ErrorKind::AddrInUse {
            anyhow::anyhow!(
                "port {} is already in use (binding {addr}): stop the other process or pick \
                 another port with {flag}",
                addr.port()
            )
        } else {
            anyhow::anyhow!("failed to listen on {addr}: {e}")
        }
    })
}

/// What start-up created on first run, so the caller can tell the user once.
#[derive(Debug, Default)]
pub struct FirstRun {
    /// The fingerprint of a newly generated self-signed certificate.
    pub generated_cert: Option<tls::Generated>,
    /// The same for the uplink's own pair, when it has one (`--uplinkcertfile`).
    pub generated_uplink_cert: Option<tls::Generated>,
    /// The password of a newly created `admin` user.
    pub admin_password: Option<String>,
}

/// Gets the directories and files ready: empties the runtime directory for `--clean`, generates a
/// certificate when TLS is on and there is none, creates an htpasswd file with an `admin` user
/// when basic auth is on and there is none.
pub fn prepare(config: &ServerConfig) -> anyhow::Result<FirstRun> {
    let mut first = FirstRun::default();
    if config.clean && config.runtime_dir.exists() {
        refuse_to_clean_config(config)?;
        clean_dir(&config.runtime_dir)?;
        tracing::info!("Emptied runtime directory {}", config.runtime_dir.display());
    }
    // Created 0700 (and an existing one made so, with the database files 0600; logged).
    crate::store::make_private(&config.runtime_dir).with_context(|| {
        format!(
            "failed to create runtime directory {} (or make it private)",
            config.runtime_dir.display()
        )
    })?;
    if config.server_tls || (config.uplink_tls && uses_api_pair(config)) {
        first.generated_cert = tls::ensure_certificate(&config.certfile, &config.keyfile)?;
    }
    if config.uplink_tls && !uses_api_pair(config) {
        first.generated_uplink_cert =
            tls::ensure_certificate(&config.uplink_certfile, &config.uplink_keyfile)?;
    }
    if config.auth == AuthMode::Basic && !config.htpasswd.exists() {
        let password = random_password();
        let mut file = Htpasswd::default();
        file.set_password("admin", &password, 12)?;
        file.save(&config.htpasswd)?;
        first.admin_password = Some(password);
    }
    Ok(first)
}

/// `--clean` must never delete configuration: refuse when the runtime directory holds the config
/// directory or one of the files the server is configured with (`--runtime-dir .` would
/// otherwise take `config_files/` with it).
fn refuse_to_clean_config(config: &ServerConfig) -> anyhow::Result<()> {
    let runtime = std::fs::canonicalize(&config.runtime_dir).with_context(|| {
        format!(
            "failed to resolve runtime directory {}",
            config.runtime_dir.display()
        )
    })?;
    let mut protected = vec![&config.config_dir, &config.htpasswd];
    if config.server_tls || config.uplink_tls {
        protected.extend([&config.certfile, &config.keyfile]);
    }
    if config.uplink_tls {
        protected.extend([&config.uplink_certfile, &config.uplink_keyfile]);
    }
    for path in protected {
        // A file that does not exist yet is resolved through its parent.
        let resolved = std::fs::canonicalize(path).or_else(|_| {
            let parent = match path.parent() {
                Some(p) if !p.as_os_str().is_empty() => p,
                _ => Path::new("."),
            };
            std::fs::canonicalize(parent).map(|p| p.join(path.file_name().unwrap_or_default()))
        });
        if let Ok(resolved) = resolved
            && resolved.starts_with(&runtime)
        {
            anyhow::bail!(
                "refusing to --clean the runtime directory {}: it holds {}, which is configuration; \
                 use a runtime directory of its own (--runtime-dir)",
                config.runtime_dir.display(),
                path.display()
            );
        }
    }
    Ok(())
}

fn clean_dir(dir: &Path) -> anyhow::Result<()> {
    for entry in
        std::fs::read_dir(dir).with_context(|| format!("failed to read {}", dir.display()))?
    {
        let path = entry?.path();
        let result = if path.is_dir() && !path.is_symlink() {
            std::fs::remove_dir_all(&path)
        } else {
            std::fs::remove_file(&path)
        };
        result.with_context(|| format!("failed to remove {} for --clean", path.display()))?;
    }
    Ok(())
}

/// 20 characters from an alphabet without look-alikes: ~115 bits.
fn random_password() -> String {
    const ALPHABET: &[u8] = b"abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    let mut rng = rand::rng();
    (0..20)
        .map(|_| ALPHABET[rng.random_range(0..ALPHABET.len())] as char)
        .collect()
}

/// In a container (Docker creates `/.dockerenv`), `config_files/` and `runtime_files/` belong on
/// mounts: otherwise the admin password, the key and all state live in the container's own layer
/// and go with it. The image declares no VOLUME (an anonymous volume would hide this), so say so.
fn warn_unless_mounted(config: &ServerConfig) {
    if !Path::new("/.dockerenv").exists() {
        return;
    }
    for (dir, what, source) in [
        (&config.config_dir, "configuration", "$PWD/config_files"),
        (&config.runtime_dir, "state", "mothership_storage"),
    ] {
        if let Some((path, false)) = mount_point(dir) {
            tracing::warn!(
                "{} is not a mounted volume: the {what} in it is lost when the container is \
                 removed; mount one there (docker run -v {source}:{})",
                path.display(),
                path.display()
            );
        }
    }
}

/// The directory's absolute path, and whether it is on another file system than its parent
/// (a mount); `None` when it cannot be told.
fn mount_point(dir: &Path) -> Option<(std::path::PathBuf, bool)> {
    use std::os::unix::fs::MetadataExt;
    let dir = std::fs::canonicalize(dir).ok()?;
    let parent = dir.parent()?;
    let mounted = std::fs::metadata(&dir).ok()?.dev() != std::fs::metadata(parent).ok()?.dev();
    Some((dir, mounted))
}

/// True when the uplink presents the API's certificate (no `--uplinkcertfile` of its own).
fn uses_api_pair(config: &ServerConfig) -> bool {
    config.uplink_certfile == config.certfile && config.uplink_keyfile == config.keyfile
}

/// Runs the server on the given listeners until `shutdown` completes.
pub async fn serve(
    config: ServerConfig,
    listeners: Listeners,
    shutdown: impl Future<Output = ()> + Send,
) -> anyhow::Result<()> {
    let events = events::Events::new(&config.events);
    serve_with_events(config, listeners, shutdown, events).await
}

/// [`serve`] publishing on a given event bus (the events benchmark publishes on it directly).
pub async fn serve_with_events(
    config: ServerConfig,
    listeners: Listeners,
    shutdown: impl Future<Output = ()> + Send,
    events: events::Events,
) -> anyhow::Result<()> {
    let started = Instant::now();
    // Checked first: a typo in --dockeroptions must stop start-up, not the first build.
    let docker_options = match &config.dockeroptions {
        Some(text) => crate::builders::DockerOptions::parse(text)?,
        None => crate::builders::DockerOptions::default(),
    };
    let first = prepare(&config)?;
    warn_unless_mounted(&config);
    for (generated, cert, what) in [
        (&first.generated_cert, &config.certfile, ""),
        (
            &first.generated_uplink_cert,
            &config.uplink_certfile,
            "uplink ",
        ),
    ] {
        if let Some(generated) = generated {
            tracing::info!(
                "Generated a self-signed {what}certificate {} for {}",
                cert.display(),
                generated.names.join(", ")
            );
        }
    }
    if config.server_tls {
        tracing::info!(
            "API certificate SHA-256 fingerprint: {}",
            tls::file_fingerprint(&config.certfile)?
        );
    }
    let uplink_fingerprint = if config.uplink_tls {
        let fp = tls::file_fingerprint(&config.uplink_certfile)?;
        tracing::info!("Uplink certificate SHA-256 fingerprint: {fp}");
        Some(fp)
    } else {
        None
    };
    if let Some(password) = &first.admin_password {
        println!(
            "Created {} with user `admin` and password: {password}\n\
             It is shown only this once. Change it with `mothership htpasswd add admin`.",
            config.htpasswd.display()
        );
    }

    let auth = match config.auth {
        AuthMode::Basic => {
            let auth = auth::Authenticator::load_with(
                &config.htpasswd,
                auth::AuthLimits {
                    failures_per_minute: config.login_failures_per_minute,
                    queue: config.login_queue,
                    workers: 0,
                },
            )?;
            let n = auth.user_count();
            tracing::info!("{n} registered user{}", if n == 1 { "" } else { "s" });
            Some(Arc::new(auth))
        }
        AuthMode::None => {
            tracing::warn!(
                "API authentication is off (--serverauth none): anyone who can reach the port controls this Mothership"
            );
            None
        }
    };

    let api_tls = if config.server_tls {
        Some(http::Tls::Rustls(tls::acceptor(
            &config.certfile,
            &config.keyfile,
            &[b"h2", b"http/1.1"],
        )?))
    } else {
        None
    };
    let uplink_tls = if config.uplink_tls {
        Some(http::Tls::OpenSsl(Arc::new(tls_records::UplinkAcceptor {
            ssl: tls::uplink_acceptor(
                &config.uplink_certfile,
                &config.uplink_keyfile,
                config.uplink_tls_mode,
            )?,
            offload: config.hangar.tls_record_layer,
        })))
    } else {
        None
    };

    let store = {
        let root = config.runtime_dir.clone();
        tokio::task::spawn_blocking(move || crate::store::Store::open(&root))
            .await
            .map_err(|e| anyhow::anyhow!("failed to open the store: {e}"))??
    };

    let uplink_port = listeners.uplink.local_addr()?.port();
    let uplink_info = crate::protocol::UplinkPort {
        port: uplink_port,
        tls: if config.uplink_tls {
            config.uplink_tls_mode.as_str().to_owned()
        } else {
            "off".to_owned()
        },
        certificate_fingerprint: uplink_fingerprint,
    };
    content::ensure_defaults(&store, &config, uplink_port).await?;
    let (stop_tx, stop_rx) = watch::channel(false);
    let tokens: Arc<dyn uplink::UplinkTokens> = Arc::new(uplink::StoreTokens::new(
        store.clone(),
        config.uplink_tokens.clone(),
    ));
    let hangar = uplink::Hangar::start(
        config.hangar.clone(),
        store.clone(),
        tokens,
        stop_rx.clone(),
    )
    .await?;
    let influx_task = match config.influxdb.clone() {
        Some(influx) => {
            let (reporter, task) = influx::start(
                influx,
                config.name.clone(),
                store.clone(),
                hangar.clone(),
                stop_rx.clone(),
            )?;
            hangar.report_to(reporter);
            Some(task)
        }
        None => None,
    };
    tokio::spawn(retention::run(
        store.clone(),
        hangar.clone(),
        config.hangar.clone(),
        stop_rx.clone(),
    ));
    hangar.publish_to(events.clone());
    let builders = start_builders(
        &config,
        docker_options,
        store.clone(),
        hangar.metrics().clone(),
        events.clone(),
    )
    .await?;
    let deployer = deploy::Deployer::start(
        store.clone(),
        hangar.clone(),
        deploy::DeployConfig {
            timeout: config.deploy_timeout,
            image_size_limit: config.image_size_limit,
            uplink_certificate: tls::file_fingerprint(&uplink_certificate_file(&config)).ok(),
        },
        stop_rx.clone(),
        events.clone(),
    )
    .await?;
    let upgrader = upgrade::Upgrader::start(
        store.clone(),
        builders.clone(),
        deployer.clone(),
        stop_rx.clone(),
        events.clone(),
    )
    .await?;
    let desired = desired::Desired::start(
        store.clone(),
        hangar.clone(),
        deployer.clone(),
        events.clone(),
        desired::DesiredConfig {
            max_attempts: config.hangar.desired_max_attempts,
            backoff: std::time::Duration::from_millis(config.hangar.desired_backoff_ms),
            backoff_max: std::time::Duration::from_millis(config.hangar.desired_backoff_max_ms),
        },
        stop_rx.clone(),
    )
    .await?;
    let rollouts = rollout::Rollouts::start(
        store.clone(),
        hangar.clone(),
        deployer.clone(),
        builders.clone(),
        desired.clone(),
        events.clone(),
        rollout::RolloutConfig {
            offline_wait: std::time::Duration::from_millis(config.hangar.rollout_offline_wait_ms),
        },
        stop_rx.clone(),
    )
    .await?;
    let webhooks = webhooks::Webhooks::start(
        store.clone(),
        &events,
        config.events.clone(),
        stop_rx.clone(),
    )
    .await?;
    let audit = audit::Audit::start(store.clone(), config.events.audit_keep);

    let builders_handle = builders.clone();
    let config = Arc::new(config);
    let state = api::AppState {
        config: config.clone(),
        started,
        auth,
        store,
        hangar: hangar.clone(),
        builders,
        deployer: deployer.clone(),
        upgrader: upgrader.clone(),
        rollouts: rollouts.clone(),
        desired: desired.clone(),
        uplink: Arc::new(uplink_info),
        events,
        webhooks,
        audit: audit.clone(),
        sessions: Arc::new(session::Sessions::new(
            config.session_lifetime,
            config.session_limit,
            config.server_tls,
        )),
    };

    let api_port = listeners.api.local_addr()?.port();
    tracing::info!(
        "Setting up hangar (uplink) {} on :{uplink_port}{}",
        if uplink_tls.is_some() {
            "with TLS"
        } else {
            "without TLS"
        },
        match (&uplink_tls, config.uplink_tls_mode) {
            (None, _) => "",
            (Some(_), UplinkTlsMode::Modern) => " (modern suites only)",
            (Some(_), UplinkTlsMode::Compatible) =>
                " (modern suites, and AES256-SHA for IncludeOS instances)",
        }
    );
    let uplink_task = tokio::spawn(uplink::serve(
        listeners.uplink,
        uplink_tls,
        hangar,
        stop_rx.clone(),
    ));

    tracing::info!(
        "Setting up server {} on :{api_port}",
        if api_tls.is_some() {
            "with TLS"
        } else {
            "without TLS"
        }
    );
    let routes = api::routes(state);
    let service = warp::service(routes);
    let mut api_options = http::ListenOptions::new(api_tls);
    api_options.handshake_timeout = config.handshake_timeout;
    api_options.header_timeout = config.header_timeout;
    let body_timeout = config.body_timeout;
    api_options.max_connections_per_address = config.max_connections_per_address;
    let api_task = tokio::spawn(http::serve(
        listeners.api,
        api_options,
        move |peer| {
            let service = service.clone();
            let audit = audit.clone();
            hyper::service::service_fn(move |mut req: ::http::Request<hyper::body::Incoming>| {
                req.extensions_mut().insert(http::PeerAddr(peer));
                let head = api::head_as_get(&mut req);
                let audited = audit.begin(&mut req, peer);
                let req = req.map(|b| body_timeout::IdleTimeoutBody::new(b, body_timeout));
                let mut service = service.clone();
                async move {
                    let response = tower_service::Service::call(&mut service, req).await;
                    if let (Some(audited), Ok(response)) = (audited, &response) {
                        audited.finish(response.status());
                    }
                    if head {
                        response.map(api::without_body)
                    } else {
                        response
                    }
                }
            })
        },
        stop_rx,
    ));
    tracing::info!("Ready in {} ms", started.elapsed().as_millis());

    shutdown.await;
    tracing::info!("Shutting down");
    let _ = stop_tx.send(true);
    // Builds stop while the connections drain, not after: a client following a build's log (as
    // `mothership build` does) keeps its request open until the build ends, and would hold the
    // drain up for its whole timeout (past `docker stop`'s 10 s). A build submitted by a
    // request still in flight is caught by the second call. Upgrades saw the stop signal above
    // before any build was cut off, so they record themselves interrupted, not failed.
    // Deploys (and waits on them) end on the same signal.
    let _ = tokio::join!(
        upgrader.close(),
        builders_handle.jobs.shutdown(),
        deployer.close(),
        rollouts.close(),
        desired.close(),
        api_task,
        uplink_task
    );
    builders_handle.jobs.shutdown().await;
    if let Some(task) = influx_task {
        // It tries once more to write what is buffered, for a few seconds at most.
        let _ = task.await;
    }
    tracing::info!("Stopped");
    Ok(())
}

/// Closes `tasks` to new work and waits, for at most 10 s, for the running ones to end; logs
/// `warning` when they do not (shutdown then goes on without them).
pub(crate) async fn drain_tasks(tasks: &tokio_util::task::TaskTracker, warning: &str) {
    tasks.close();
    if tokio::time::timeout(std::time::Duration::from_secs(10), tasks.wait())
        .await
        .is_err()
    {
        tracing::warn!("{warning}");
    }
}

/// Sets up the builders module. The engine is connected lazily: a missing engine only makes
/// the builder endpoints answer 503 until it appears.
async fn start_builders(
    config: &ServerConfig,
    docker_options: crate::builders::DockerOptions,
    store: crate::store::Store,
    metrics: Arc<crate::metrics::Metrics>,
    events: events::Events,
) -> anyhow::Result<Arc<crate::builders::Builders>> {
    use crate::builders::{Builders, BuildersConfig, stored::StoreSeams};
    let builders_config = BuildersConfig {
        docker_host: config.docker_host.clone(),
        dockerhub_url: config.dockerhub_url.clone(),
        dockerhub_repository: config.dockerhub_repository.clone(),
        docker_options,
        build_timeout: std::time::Duration::from_secs(config.build_timeout_secs.max(1)),
        max_builds: config.max_builds.max(1),
        max_queued: 100,
        log_dir: config.runtime_dir.join("builds"),
        metrics,
    };
    // Builds read their NaCls and uplinks from the store and file their images there.
    let seams = Arc::new(StoreSeams::new(
        store.clone(),
        uplink_certificate_file(config),
    ));
    let (inputs, sink) = (seams.clone(), seams);
    let builders = Builders::start(builders_config, store, inputs, sink, Arc::new(events))
        .await
        .context("failed to set up the builders")?;
    tracing::info!(
        "Builders use the Docker engine at {} (connected on first use)",
        builders.engine.host()
    );
    Ok(builders)
}

/// `mothership serve`: resolve the configuration, bind, serve until Ctrl+C or SIGTERM.
pub async fn run(config: ServerConfig) -> anyhow::Result<()> {
    if let Some(n) = uplink::raise_fd_limit()
        && (n as usize) < config.hangar.max_connections
    {
        tracing::warn!(
            "the open-file limit is {n}: at most about that many instances can dock \
             (raise it with `ulimit -n` or LimitNOFILE=)"
        );
    }
    // Listen for the signals before anything else: a SIGTERM that arrives during start-up (or
    // right after "Ready") must shut down gracefully, not kill the process.
    let shutdown = shutdown_signal()?;
    let listeners = Listeners::bind(&config).await?;
    serve(config, listeners, shutdown).await
}

/// Registers for Ctrl+C (SIGINT) and SIGTERM now, and returns a future that completes on
/// either.
pub fn shutdown_signal() -> anyhow::Result<impl Future<Output = ()> + Send> {
    use tokio::signal::unix::{SignalKind, signal};
    let mut term = signal(SignalKind::terminate()).context("failed to listen for SIGTERM")?;
    let mut interrupt =
        signal(SignalKind::interrupt()).context("failed to listen for Ctrl+C (SIGINT)")?;
    Ok(async move {
        tokio::select! {
            _ = term.recv() => {},
            _ = interrupt.recv() => {},
        }
    })
}

/// The certificate (PEM) the uplink port presents: what images built for an `https` uplink
/// trust, and what a deploy compares their recorded certificate with.
pub fn uplink_certificate_file(config: &ServerConfig) -> std::path::PathBuf {
    config.uplink_certfile.clone()
}
