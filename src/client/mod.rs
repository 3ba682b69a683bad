//! The client side of the binary: an API client that turns every failure into one readable
//! sentence with a hint, and one module per subcommand under `commands/`.

pub mod commands;
pub mod config;
pub mod output;
pub mod paging;
pub mod tls;
pub mod transfer;

use std::sync::{Arc, Mutex};
use std::time::Duration;

use anyhow::Context;
use serde::de::DeserializeOwned;

use crate::cli::{GlobalArgs, OutputFormat};
use crate::protocol::ErrorBody;
use config::ClientConfig;
use tls::Trust;

/// Failures the exit code depends on.
#[derive(Debug, thiserror::Error)]
pub enum ClientError {
    /// The server answered with an error body.
    #[error("{message}")]
    Api {
        status: u16,
        code: String,
        message: String,
        hint: Option<String>,
    },
    /// Credentials were refused (also used by `htpasswd verify`).
    #[error("{0}")]
    AuthFailed(String),
    /// Something named does not exist.
    #[error("{0}")]
    NotFound(String),
}

impl ClientError {
    /// The hint to print under the message, if any.
    pub fn hint(&self) -> Option<&str> {
        match self {
            ClientError::Api { hint, .. } => hint.as_deref(),
            _ => None,
        }
    }

    /// The process exit code: 3 authentication failed, 4 not found, 1 otherwise.
    pub fn exit_code(&self) -> u8 {
        match self {
            ClientError::Api { status: 401, .. } | ClientError::AuthFailed(_) => 3,
            ClientError::Api { status: 404, .. } | ClientError::NotFound(_) => 4,
            _ => 1,
        }
    }
}

/// The exit code for an error chain: the first [`ClientError`] in it decides, else 1.
pub fn exit_code(err: &anyhow::Error) -> u8 {
    err.chain()
        .find_map(|e| e.downcast_ref::<ClientError>())
        .map_or(1, ClientError::exit_code)
}

/// The error chain as one sentence, `outer: cause: root cause`, leaving out a cause whose text
/// the sentence already holds (errors that print their source in their own message would
/// otherwise say it twice).
pub fn error_sentence(err: &anyhow::Error) -> String {
    let mut sentence = String::new();
    for cause in err.chain() {
        let text = cause.to_string();
        if text.is_empty() || sentence.contains(&text) {
            continue;
        }
        if !sentence.is_empty() {
            sentence.push_str(": ");
        }
        sentence.push_str(&text);
    }
    sentence
}

/// The hint for an error chain, if any part of it has one.
pub fn hint(err: &anyhow::Error) -> Option<String> {
    err.chain()
        .find_map(|e| e.downcast_ref::<ClientError>())
        .and_then(|e| e.hint().map(str::to_owned))
}

/// Settings of one client invocation, after merging flags, environment and `client.yaml`.
#[derive(Debug, Clone)]
pub struct Settings {
    pub base: String,
    pub username: Option<String>,
    pub password: Option<String>,
    pub trust: Option<Trust>,
    pub output: OutputFormat,
}

impl Settings {
    /// Flags and environment first, then `client.yaml`, then `https://localhost:8080`.
    pub fn resolve(global: &GlobalArgs) -> anyhow::Result<Self> {
        let saved = ClientConfig::load(&config::path()?)?;
        Self::resolve_with(global, &saved)
    }

    pub fn resolve_with(global: &GlobalArgs, saved: &ClientConfig) -> anyhow::Result<Self> {
        let saved_host = saved
            .host
            .as_deref()
            .map(config::normalize_host)
            .transpose()?;
        let base = match &global.host {
            Some(h) => config::normalize_host(h)?,
            None => saved_host
                .clone()
                .unwrap_or_else(|| "https://localhost:8080".to_owned()),
        };
        let same_server = saved_host.as_deref() == Some(base.as_str());
        let trust = if global.insecure {
            Some(Trust::Any(Arc::new(Mutex::new(None))))
        } else if let Some(path) = &global.cacert {
            Some(Trust::Certs(crate::tlsutil::load_certs(path)?))
        } else if same_server {
            saved.fingerprint.clone().map(Trust::Pinned)
        } else {
            None
        };
        let (username, password) = if global.username.is_some() || !same_server {
            (global.username.clone(), global.password.clone())
        } else {
            (
                saved.username.clone(),
                global.password.clone().or(saved.password.clone()),
            )
        };
        Ok(Settings {
            base,
            username,
            password,
            trust,
            output: global.output,
        })
    }
}

/// The settings of this invocation and a client for them: how every client command starts.
pub fn connect(global: &GlobalArgs) -> anyhow::Result<(Settings, ApiClient)> {
    let settings = Settings::resolve(global)?;
    let client = ApiClient::new(&settings)?;
    Ok((settings, client))
}

/// Talks to the `/v1` API.
#[derive(Clone)]
pub struct ApiClient {
    http: reqwest::Client,
    base: String,
    username: Option<String>,
    password: Option<String>,
}

/// Installs ring as rustls' process-wide provider (reqwest needs one when it sets up TLS itself).
pub fn install_crypto_provider() {
    let _ = rustls::crypto::ring::default_provider().install_default();
}

impl ApiClient {
    pub fn new(settings: &Settings) -> anyhow::Result<Self> {
        install_crypto_provider();
        let mut builder = reqwest::Client::builder()
            .connect_timeout(Duration::from_secs(10))
            .user_agent(concat!("mothership/", env!("CARGO_PKG_VERSION")));
        if let Some(trust) = &settings.trust {
            let tls = tls::client_config(trust.clone())
                .map_err(|e| anyhow::anyhow!("failed to set up TLS: {e}"))?;
            builder = builder.tls_backend_preconfigured(tls);
        }
        let http = builder
            .build()
            .context("failed to set up the HTTP client")?;
        Ok(ApiClient {
            http,
            base: settings.base.clone(),
            username: settings.username.clone(),
            password: settings.password.clone(),
        })
    }

    pub fn base(&self) -> &str {
        &self.base
    }

    /// A request to `path` (which starts with `/v1/`), with credentials when there are any.
    pub fn request(&self, method: reqwest::Method, path: &str) -> reqwest::RequestBuilder {
        let mut req = self.http.request(method, format!("{}{}", self.base, path));
        if let Some(user) = &self.username {
            req = req.basic_auth(user, self.password.as_deref());
        }
        req
    }

    /// Sends a request; a non-2xx answer becomes a [`ClientError`], a transport failure a
    /// sentence that says what to check.
    pub async fn send(&self, req: reqwest::RequestBuilder) -> anyhow::Result<reqwest::Response> {
        let response = req.send().await.map_err(|e| self.transport_error(e))?;
        if response.status().is_success() {
            return Ok(response);
        }
        Err(error_from_response(response).await.into())
    }

    /// GET a JSON resource.
    pub async fn get_json<T: DeserializeOwned>(&self, path: &str) -> anyhow::Result<T> {
        self.send_json(self.request(reqwest::Method::GET, path))
            .await
    }

    /// Sends a request and reads the JSON answer; an answer of another shape is an error that
    /// names the request.
    pub async fn send_json<T: DeserializeOwned>(
        &self,
        req: reqwest::RequestBuilder,
    ) -> anyhow::Result<T> {
        let (http, request) = req.build_split();
        let request = request.map_err(|e| self.transport_error(e))?;
        let what = format!("{} {}", request.method(), request.url().path());
        let response = self
            .send(reqwest::RequestBuilder::from_parts(http, request))
            .await?;
        response.json::<T>().await.with_context(|| {
            format!(
                "the server's answer to {what} is not what this client expects; is it a \
                 Mothership of the same version?"
            )
        })
    }

    fn transport_error(&self, e: reqwest::Error) -> anyhow::Error {
        let mut detail = String::new();
        let mut source: Option<&dyn std::error::Error> = Some(&e);
        while let Some(s) = source {
            let text = s.to_string();
            if !detail.contains(&text) {
                if !detail.is_empty() {
                    detail.push_str(": ");
                }
                detail.push_str(&text);
            }
            source = s.source();
        }
        if detail.contains("was pinned by `mothership init`") {
            return anyhow::anyhow!(ClientError::Api {
                status: 0,
                code: "certificate_changed".into(),
                message: format!(
                    "refusing to talk to {}: its certificate is not the one pinned: {detail}",
                    self.base
                ),
                hint: Some(
                    "if the server's certificate was replaced on purpose, run `mothership init` \
                     again and compare the fingerprint with the one `mothership serve` printed; \
                     otherwise something may be intercepting the connection"
                        .into(),
                ),
            });
        }
        let hint = if detail.contains("certificate") || detail.contains("Certificate") {
            "the server's certificate is not trusted: run `mothership init` to pin it, or pass --cacert FILE"
        } else if e.is_connect() {
            "is `mothership serve` running there? check --host / MOTHERSHIP_HOST"
        } else if e.is_timeout() {
            "the server did not answer in time"
        } else {
            "check --host and that the server speaks HTTPS (or use http:// for --noservertls)"
        };
        anyhow::anyhow!(ClientError::Api {
            status: 0,
            code: "transport".into(),
            message: format!("cannot reach the server at {}: {detail}", self.base),
            hint: Some(hint.into()),
        })
    }
}

/// Reads the error body of a failed response into a [`ClientError`].
pub async fn error_from_response(response: reqwest::Response) -> ClientError {
    let status = response.status();
    let text = response.text().await.unwrap_or_default();
    match serde_json::from_str::<ErrorBody>(&text) {
        Ok(body) => ClientError::Api {
            status: status.as_u16(),
            code: body.error.code.to_string(),
            message: body.error.message,
            hint: body.error.hint,
        },
        Err(_) => ClientError::Api {
            status: status.as_u16(),
            code: "http".into(),
            message: format!(
                "the server answered {status}{}",
                if text.is_empty() {
                    String::new()
                } else {
                    format!(": {}", text.chars().take(200).collect::<String>())
                }
            ),
            hint: None,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, thiserror::Error)]
    #[error("failed to read f: {source}")]
    struct ReadFailed {
        source: std::io::Error,
    }

    #[test]
    fn error_sentence_says_each_cause_once() {
        let io = std::io::Error::new(std::io::ErrorKind::NotFound, "no such file");
        let err = anyhow::Error::new(ReadFailed { source: io }).context("failed to start");
        assert_eq!(
            error_sentence(&err),
            "failed to start: failed to read f: no such file"
        );
    }
}
