//! Shared fixtures: an in-process server on port 0 in a temporary directory, and clients for it.

#![allow(dead_code)]

pub mod browser;
pub mod cli;
pub mod docker;
pub mod instance;
pub mod killable;
pub mod process;
pub mod wire;

use std::net::SocketAddr;
use std::path::PathBuf;

use mothership::htpasswd::Htpasswd;
use mothership::server::{Listeners, ServerConfig};
use tokio::net::TcpListener;
use tokio::sync::oneshot;
use tokio::task::JoinHandle;

pub const USER: &str = "admin";
pub const PASSWORD: &str = "s3cret-test-password";
/// The uplink token test servers accept.
pub const UPLINK_TOKEN: &str = "test-uplink-token-0123456789";

/// A server running in this process; stopped when dropped.
pub struct TestServer {
    pub dir: tempfile::TempDir,
    pub config: ServerConfig,
    pub api_addr: SocketAddr,
    pub uplink_addr: SocketAddr,
    /// `https://127.0.0.1:PORT` (or `http://` without TLS).
    pub url: String,
    stop: Option<oneshot::Sender<()>>,
    handle: Option<JoinHandle<anyhow::Result<()>>>,
}

/// A fresh configuration in a new temporary directory with a test user (bcrypt cost 4, so tests
/// stay fast), TLS on, listening on loopback.
pub fn test_config() -> (tempfile::TempDir, ServerConfig) {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut config = ServerConfig::with_dirs(
        dir.path().join("config_files"),
        dir.path().join("runtime_files"),
    );
    config.bind = [127, 0, 0, 1].into();
    config.serverport = 0;
    config.uplinkport = 0;
    config.uplink_tokens = vec![UPLINK_TOKEN.to_owned()];
    let mut file = Htpasswd::default();
    file.set_password(USER, PASSWORD, 4).expect("hash");
    file.save(&config.htpasswd).expect("write htpasswd");
    (dir, config)
}

impl TestServer {
    /// Starts a server with the default test configuration.
    pub async fn start() -> Self {
        Self::start_with(|_| {}).await
    }

    /// Starts a server after letting the caller change the configuration.
    pub async fn start_with(change: impl FnOnce(&mut ServerConfig)) -> Self {
        let (dir, mut config) = test_config();
        change(&mut config);
        Self::start_in(dir, config).await
    }

    /// Starts a server on an existing directory and configuration (for restarts).
    pub async fn start_in(dir: tempfile::TempDir, config: ServerConfig) -> Self {
        let api = TcpListener::bind((config.bind, 0)).await.expect("bind api");
        let uplink = TcpListener::bind((config.bind, 0))
            .await
            .expect("bind uplink");
        let api_addr = api.local_addr().expect("addr");
        let uplink_addr = uplink.local_addr().expect("addr");
        // Prepare (certificates) before serving so clients can trust the file right away.
        mothership::server::prepare(&config).expect("prepare");
        let (stop, stopped) = oneshot::channel::<()>();
        let handle = tokio::spawn(mothership::server::serve(
            config.clone(),
            Listeners { api, uplink },
            async move {
                let _ = stopped.await;
            },
        ));
        let scheme = if config.server_tls { "https" } else { "http" };
        let server = TestServer {
            url: format!("{scheme}://127.0.0.1:{}", api_addr.port()),
            dir,
            config,
            api_addr,
            uplink_addr,
            stop: Some(stop),
            handle: Some(handle),
        };
        server.wait_ready().await;
        server
    }

    /// Polls `/v1/health` until it answers (the listener is bound already, so this is quick).
    async fn wait_ready(&self) {
        let client = self.anon_client();
        for _ in 0..200 {
            if let Ok(r) = client.get(format!("{}/v1/health", self.url)).send().await
                && r.status().is_success()
            {
                return;
            }
            tokio::time::sleep(std::time::Duration::from_millis(10)).await;
        }
        panic!("server did not become ready");
    }

    /// The PEM certificate the server uses.
    pub fn cert_path(&self) -> PathBuf {
        self.config.certfile.clone()
    }

    /// How an emulated instance reaches this server's hangar: with TLS when the uplink has it,
    /// offering exactly what a real instance offers (TLS 1.2, `AES256-SHA`, no SNI).
    pub fn uplink_target(&self) -> wire::Target {
        let tls = self.config.uplink_tls.then(|| {
            wire::ClientTls::instance(
                &std::fs::read(&self.config.uplink_certfile).expect("read cert"),
            )
        });
        self.uplink_target_with(tls)
    }

    /// The hangar, reached with a modern TLS client (rustls) instead.
    pub fn uplink_target_modern(&self) -> wire::Target {
        let pem = std::fs::read(&self.config.uplink_certfile).expect("read cert");
        self.uplink_target_with(Some(wire::ClientTls::modern(&pem)))
    }

    /// The hangar, reached with the given TLS client (`None`: plain TCP).
    pub fn uplink_target_with(&self, tls: Option<wire::ClientTls>) -> wire::Target {
        wire::Target {
            addr: self.uplink_addr,
            tls,
            bind: None,
        }
    }

    /// A reqwest client that trusts the server's certificate, without credentials.
    pub fn anon_client(&self) -> reqwest::Client {
        self.client_builder().build().expect("client")
    }

    /// A client whose connections come from `local` (any of 127.0.0.0/8 reaches the server on
    /// Linux), so that it counts as another peer address.
    pub fn anon_client_from(&self, local: std::net::IpAddr) -> reqwest::Client {
        self.client_builder()
            .local_address(local)
            .build()
            .expect("client")
    }

    pub fn client_builder(&self) -> reqwest::ClientBuilder {
        mothership::client::install_crypto_provider();
        let mut builder = reqwest::Client::builder();
        if self.config.server_tls {
            let pem = std::fs::read(self.cert_path()).expect("read cert");
            let certs = mothership::tlsutil::certs_from_pem(&pem).expect("parse cert");
            let tls = mothership::client::tls::client_config(
                mothership::client::tls::Trust::Certs(certs),
            )
            .expect("tls config");
            builder = builder.tls_backend_preconfigured(tls);
        }
        builder
    }

    /// GET with the test user's credentials.
    pub fn get(&self, path: &str) -> reqwest::RequestBuilder {
        self.request(reqwest::Method::GET, path)
    }

    /// A request with the test user's credentials.
    pub fn request(&self, method: reqwest::Method, path: &str) -> reqwest::RequestBuilder {
        self.anon_client()
            .request(method, format!("{}{path}", self.url))
            .basic_auth(USER, Some(PASSWORD))
    }

    /// Stops the server and waits for it to finish; returns the directory and configuration so a
    /// test can start it again on the same state.
    pub async fn stop(mut self) -> (tempfile::TempDir, ServerConfig) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(handle) = self.handle.take() {
            handle.await.expect("server task").expect("server result");
        }
        let dir = std::mem::replace(&mut self.dir, tempfile::tempdir().expect("tempdir"));
        (dir, self.config.clone())
    }

    /// Stops and starts again on the same state.
    pub async fn restart(self) -> Self {
        let (dir, config) = self.stop().await;
        Self::start_in(dir, config).await
    }
}

impl Drop for TestServer {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
    }
}
