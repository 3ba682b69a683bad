//! The Mothership server: `serve()` takes already-bound listeners and a shutdown future, so tests
//! run it in-process on port 0; `run()` is what `mothership serve` calls.

pub mod api;
pub mod auth;
pub mod config;
mod content;
pub mod deploy;
pub mod http;
pub mod tls;
pub mod uplink;

use std::future::Future;
use std::net::SocketAddr;
use std::path::Path;
use std::sync::Arc;
use std::time::Instant;

use anyhow::Context;
use rand::RngExt;
use tokio::net::TcpListener;
use tokio::sync::watch;

pub use config::{AuthMode, ServeArgs, ServerConfig};

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
    /// The password of a newly created `admin` user.
    pub admin_password: Option<String>,
}

/// Gets the directories and files ready: empties the runtime directory for `--clean`, generates a
/// certificate when TLS is on and there is none, creates an htpasswd file with an `admin` user
/// when basic auth is on and there is none.
pub fn prepare(config: &ServerConfig) -> anyhow::Result<FirstRun> {
    let mut first = FirstRun::default();
    if config.clean && config.runtime_dir.exists() {
        clean_dir(&config.runtime_dir)?;
        tracing::info!("Emptied runtime directory {}", config.runtime_dir.display());
    }
    std::fs::create_dir_all(&config.runtime_dir).with_context(|| {
        format!(
            "failed to create runtime directory {}",
            config.runtime_dir.display()
        )
    })?;
    if config.server_tls || config.uplink_tls {
        first.generated_cert = tls::ensure_certificate(&config.certfile, &config.keyfile)?;
    }
    if config.auth == AuthMode::Basic && !config.htpasswd.exists() {
        let password = random_password();
        let mut file = Htpasswd::default();
        file.set_password("admin", &password, 10)?;
        file.save(&config.htpasswd)?;
        first.admin_password = Some(password);
    }
    Ok(first)
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

/// Runs the server on the given listeners until `shutdown` completes.
pub async fn serve(
    config: ServerConfig,
    listeners: Listeners,
    shutdown: impl Future<Output = ()> + Send,
) -> anyhow::Result<()> {
    let started = Instant::now();
    let first = prepare(&config)?;
    if let Some(generated) = &first.generated_cert {
        tracing::info!(
            "Generated a self-signed certificate {} for {}",
            config.certfile.display(),
            generated.names.join(", ")
        );
        tracing::info!("Certificate SHA-256 fingerprint: {}", generated.fingerprint);
    } else if config.server_tls || config.uplink_tls {
        tracing::info!(
            "Certificate SHA-256 fingerprint: {}",
            tls::file_fingerprint(&config.certfile)?
        );
    }
    if let Some(password) = &first.admin_password {
        println!(
            "Created {} with user `admin` and password: {password}\n\
             It is shown only this once. Change it with `mothership htpasswd add admin`.",
            config.htpasswd.display()
        );
    }

    let auth = match config.auth {
        AuthMode::Basic => {
            let auth = auth::Authenticator::load(&config.htpasswd)?;
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
        Some(tls::acceptor(
            &config.certfile,
            &config.keyfile,
            &[b"h2", b"http/1.1"],
        )?)
    } else {
        None
    };
    let uplink_tls = if config.uplink_tls {
        Some(tls::acceptor(
            &config.certfile,
            &config.keyfile,
            &[b"http/1.1"],
        )?)
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
    let deployer = deploy::Deployer::start(
        store.clone(),
        hangar.clone(),
        deploy::DeployConfig {
            timeout: config.deploy_timeout,
            image_size_limit: config.image_size_limit,
        },
        stop_rx.clone(),
    )
    .await?;

    let config = Arc::new(config);
    let state = api::AppState {
        config: config.clone(),
        started,
        auth,
        store,
        hangar: hangar.clone(),
        deployer: deployer.clone(),
    };

    let api_port = listeners.api.local_addr()?.port();
    tracing::info!(
        "Setting up hangar (uplink) {} on :{uplink_port}",
        if uplink_tls.is_some() {
            "with TLS"
        } else {
            "without TLS"
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
    let api_task = tokio::spawn(http::serve(
        listeners.api,
        api_options,
        move |peer| {
            let service = service.clone();
            hyper::service::service_fn(move |mut req: ::http::Request<hyper::body::Incoming>| {
                req.extensions_mut().insert(http::PeerAddr(peer));
                let mut service = service.clone();
                async move { tower_service::Service::call(&mut service, req).await }
            })
        },
        stop_rx,
    ));
    tracing::info!("Ready in {} ms", started.elapsed().as_millis());

    shutdown.await;
    tracing::info!("Shutting down");
    let _ = stop_tx.send(true);
    let _ = api_task.await;
    let _ = uplink_task.await;
    deployer.close().await;
    tracing::info!("Stopped");
    Ok(())
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
    let listeners = Listeners::bind(&config).await?;
    serve(config, listeners, shutdown_signal()).await
}

/// Completes on Ctrl+C or SIGTERM.
pub async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    tokio::select! {
        _ = ctrl_c => {},
        _ = term => {},
    }
}
