//! The connection to the Docker engine. It is made lazily and remade after a failure, so the
//! server starts without an engine and picks one up when it appears; every connection
//! negotiates the API version (the engines here speak older versions than bollard's default).

use std::sync::Mutex;
use std::time::Duration;

use bollard::Docker;

/// The socket used when neither the configuration nor `DOCKER_HOST` names one.
pub const DEFAULT_DOCKER_HOST: &str = "unix:///var/run/docker.sock";

/// How long connecting and negotiating may take before the engine counts as down.
const CONNECT_TIMEOUT: Duration = Duration::from_secs(5);

/// Requests that get no response headers in this time fail (streams are not bound by it).
const REQUEST_TIMEOUT_SECS: u64 = 120;

/// Why the engine cannot be used.
#[derive(Debug, Clone, thiserror::Error)]
#[error("no Docker engine at {host}: start dockerd or set DOCKER_HOST ({detail})")]
pub struct EngineUnavailable {
    pub host: String,
    pub detail: String,
}

/// A handle on the engine at one address.
pub struct Engine {
    host: String,
    client: Mutex<Option<Docker>>,
}

impl Engine {
    /// `configured` (the `dockerhost` option) wins over `DOCKER_HOST`, which wins over the
    /// default socket.
    pub fn new(configured: Option<&str>) -> Self {
        let host = configured
            .map(str::to_owned)
            .or_else(|| std::env::var("DOCKER_HOST").ok().filter(|h| !h.is_empty()))
            .unwrap_or_else(|| DEFAULT_DOCKER_HOST.to_owned());
        Engine {
            host,
            client: Mutex::new(None),
        }
    }

    /// The engine's address, as users configure it.
    pub fn host(&self) -> &str {
        &self.host
    }

    /// A connected client: the cached one, or a new one after negotiating the API version.
    pub async fn docker(&self) -> Result<Docker, EngineUnavailable> {
        if let Some(docker) = self.cached() {
            return Ok(docker);
        }
        let docker = self.connect().await?;
        if let Ok(mut slot) = self.client.lock() {
            *slot = Some(docker.clone());
        }
        Ok(docker)
    }

    fn cached(&self) -> Option<Docker> {
        self.client.lock().ok().and_then(|slot| slot.clone())
    }

    async fn connect(&self) -> Result<Docker, EngineUnavailable> {
        let unavailable = |detail: String| EngineUnavailable {
            host: self.host.clone(),
            detail,
        };
        let docker = if let Some(path) = self.host.strip_prefix("unix://") {
            Docker::connect_with_unix(path, REQUEST_TIMEOUT_SECS, bollard::API_DEFAULT_VERSION)
        } else {
            Docker::connect_with_host(&self.host)
                .map(|d| d.with_timeout(Duration::from_secs(REQUEST_TIMEOUT_SECS)))
        }
        .map_err(|e| unavailable(e.to_string()))?;
        let negotiated = tokio::time::timeout(CONNECT_TIMEOUT, docker.negotiate_version())
            .await
            .map_err(|_| unavailable(format!("no answer in {}s", CONNECT_TIMEOUT.as_secs())))?
            .map_err(|e| unavailable(e.to_string()))?;
        tracing::info!(
            "Connected to the Docker engine at {} (API {})",
            self.host,
            negotiated.client_version()
        );
        Ok(negotiated)
    }

    /// Classifies an engine error: a transport failure means the engine went away, so the
    /// cached client is dropped (the next call reconnects) and the error reads as unavailable.
    pub fn check(&self, err: &bollard::errors::Error) -> Option<EngineUnavailable> {
        use bollard::errors::Error as E;
        let gone = matches!(
            err,
            E::HyperResponseError { .. }
                | E::IOError { .. }
                | E::RequestTimeoutError
                | E::HyperLegacyError { .. }
                | E::SocketNotFoundError(_)
        );
        if !gone {
            return None;
        }
        if let Ok(mut slot) = self.client.lock()
            && slot.take().is_some()
        {
            tracing::warn!("Lost the Docker engine at {}: {err}", self.host);
        }
        Some(EngineUnavailable {
            host: self.host.clone(),
            detail: err.to_string(),
        })
    }
}
