//! A read-only client of the Docker registry v2 HTTP API: a repository's tags, each tag's
//! manifest (manifest lists and OCI indexes resolved to linux/amd64) and image config labels,
//! without pulling. Follows the anonymous bearer-token flow (`WWW-Authenticate: Bearer ...`) that
//! Docker Hub uses; a registry without auth (a local one) works the same way.

use std::collections::HashMap;
use std::time::Duration;

use futures_util::{StreamExt, TryStreamExt};
use reqwest::StatusCode;
use serde::Deserialize;
use sha2::Digest;

/// Tags fetched at most; a repository with more is cut there (newest tags are not known
/// without reading them all, so the limit is generous).
const MAX_TAGS: usize = 10_000;
/// Pages of `tags/list` followed at most.
const MAX_PAGES: usize = 50;
/// Bodies (tag lists, manifests, config blobs, tokens) larger than this are refused.
const MAX_BODY: usize = 8 << 20;
/// Manifests and blobs fetched at once during an update.
const PARALLEL: usize = 16;
const REQUEST_TIMEOUT: Duration = Duration::from_secs(30);

const MANIFEST_TYPES: &str = "application/vnd.docker.distribution.manifest.v2+json, \
     application/vnd.docker.distribution.manifest.list.v2+json, \
     application/vnd.oci.image.manifest.v1+json, application/vnd.oci.image.index.v1+json";

/// Why the registry could not be read. Every variant names the URL.
#[derive(Debug, Clone, thiserror::Error)]
pub enum RegistryError {
    #[error("registry unreachable at {url}: {detail}")]
    Unreachable { url: String, detail: String },
    #[error("the registry answered {status} to {url}{}", body_suffix(.body))]
    Status {
        url: String,
        status: u16,
        body: String,
    },
    #[error("unexpected answer from the registry at {url}: {what}")]
    Invalid { url: String, what: String },
}

fn body_suffix(body: &str) -> String {
    if body.is_empty() {
        String::new()
    } else {
        format!(": {body}")
    }
}

/// A tag's image as the registry describes it.
#[derive(Debug, Clone)]
pub struct RemoteImage {
    pub tag: String,
    /// Digest of what the tag points at (a manifest list's own digest for multi-platform tags).
    pub top_digest: String,
    /// Digest of the platform manifest (what the engine pulls).
    pub manifest_digest: String,
    /// Digest of the image config: the image id on the engine once pulled.
    pub config_digest: String,
    pub labels: HashMap<String, String>,
}

/// What an earlier update learned about a manifest (by the digest a tag points at).
#[derive(Debug, Clone)]
pub struct KnownImage {
    pub manifest_digest: String,
    pub config_digest: String,
    pub labels: HashMap<String, String>,
}

/// A client for one repository of one registry.
pub struct RegistryClient {
    http: reqwest::Client,
    base: String,
    repository: String,
    token: tokio::sync::Mutex<Option<String>>,
}

#[derive(Deserialize)]
struct TagList {
    #[serde(default)]
    tags: Option<Vec<String>>,
}

#[derive(Deserialize)]
struct Manifest {
    #[serde(default, rename = "mediaType")]
    media_type: Option<String>,
    #[serde(default)]
    manifests: Option<Vec<IndexEntry>>,
    #[serde(default)]
    config: Option<Descriptor>,
}

#[derive(Deserialize)]
struct IndexEntry {
    digest: String,
    #[serde(default)]
    platform: Option<Platform>,
}

#[derive(Deserialize)]
struct Platform {
    #[serde(default)]
    architecture: String,
    #[serde(default)]
    os: String,
}

#[derive(Deserialize)]
struct Descriptor {
    digest: String,
}

#[derive(Deserialize)]
struct ImageConfig {
    #[serde(default)]
    config: Option<ContainerConfig>,
}

#[derive(Deserialize)]
struct ContainerConfig {
    #[serde(default, rename = "Labels")]
    labels: Option<HashMap<String, String>>,
}

#[derive(Deserialize)]
struct TokenAnswer {
    #[serde(default)]
    token: Option<String>,
    #[serde(default)]
    access_token: Option<String>,
}

impl RegistryClient {
    /// `base` is the registry URL (`https://registry-1.docker.io`, `http://127.0.0.1:5000`).
    pub fn new(base: &str, repository: &str) -> Result<Self, RegistryError> {
        let _ = rustls::crypto::ring::default_provider().install_default();
        let http = reqwest::Client::builder()
            .connect_timeout(Duration::from_secs(10))
            .timeout(REQUEST_TIMEOUT)
            .user_agent(concat!("mothership/", env!("CARGO_PKG_VERSION")))
            .build()
            .map_err(|e| RegistryError::Unreachable {
                url: base.to_owned(),
                detail: format!("cannot set up an HTTP client: {e}"),
            })?;
        Ok(RegistryClient {
            http,
            base: base.trim_end_matches('/').to_owned(),
            repository: repository.to_owned(),
            token: tokio::sync::Mutex::new(None),
        })
    }

    /// The repository's tags, following pagination.
    pub async fn tags(&self) -> Result<Vec<String>, RegistryError> {
        let mut url = format!("{}/v2/{}/tags/list?n=1000", self.base, self.repository);
        let mut tags = Vec::new();
        for _ in 0..MAX_PAGES {
            let response = self.get(&url, None).await?;
            let next = next_link(&response).map(|link| {
                if link.starts_with('/') {
                    format!("{}{link}", self.base)
                } else {
                    link
                }
            });
            let body = read_limited(response, &url).await?;
            let list: TagList = serde_json::from_slice(&body).map_err(|e| invalid(&url, e))?;
            tags.extend(list.tags.unwrap_or_default());
            if tags.len() >= MAX_TAGS {
                tags.truncate(MAX_TAGS);
                break;
            }
            match next {
                Some(n) => url = n,
                None => break,
            }
        }
        Ok(tags)
    }

    /// Every tag's image, fetched in parallel (bounded). `known` holds what earlier updates
    /// read, by the digest a tag points at: such a tag costs one HEAD request instead of two or
    /// three GETs (on Docker Hub manifest GETs count against the pull rate limit, HEADs do not).
    pub async fn images(
        &self,
        tags: Vec<String>,
        known: &HashMap<String, KnownImage>,
    ) -> Result<Vec<RemoteImage>, RegistryError> {
        futures_util::stream::iter(tags.into_iter().map(|tag| self.image(tag, known)))
            .buffer_unordered(PARALLEL)
            .try_collect()
            .await
    }

    async fn image(
        &self,
        tag: String,
        known: &HashMap<String, KnownImage>,
    ) -> Result<RemoteImage, RegistryError> {
        if !known.is_empty()
            && let Some(top_digest) = self.head_digest(&tag).await?
            && let Some(k) = known.get(&top_digest)
        {
            return Ok(RemoteImage {
                tag,
                top_digest,
                manifest_digest: k.manifest_digest.clone(),
                config_digest: k.config_digest.clone(),
                labels: k.labels.clone(),
            });
        }
        let (top_digest, manifest) = self.manifest(&tag).await?;
        let (manifest_digest, manifest) = match manifest.manifests {
            Some(entries) => {
                let url = self.manifest_url(&tag);
                let chosen = entries
                    .iter()
                    .find(|e| {
                        e.platform
                            .as_ref()
                            .is_some_and(|p| p.os == "linux" && p.architecture == "amd64")
                    })
                    .or_else(|| entries.first())
                    .ok_or_else(|| invalid(&url, "an empty manifest list"))?;
                self.manifest(&chosen.digest).await?
            }
            None => (top_digest.clone(), manifest),
        };
        let url = self.manifest_url(&tag);
        let config = manifest.config.ok_or_else(|| {
            invalid(
                &url,
                format!(
                    "a manifest without a config ({})",
                    manifest.media_type.as_deref().unwrap_or("no media type")
                ),
            )
        })?;
        let labels = match known.values().find(|k| k.config_digest == config.digest) {
            Some(k) => k.labels.clone(),
            None => self.config_labels(&config.digest).await?,
        };
        Ok(RemoteImage {
            tag,
            top_digest,
            manifest_digest,
            config_digest: config.digest,
            labels,
        })
    }

    fn manifest_url(&self, reference: &str) -> String {
        format!("{}/v2/{}/manifests/{reference}", self.base, self.repository)
    }

    /// The digest a tag points at, from a HEAD request; `None` when the registry does not say.
    async fn head_digest(&self, tag: &str) -> Result<Option<String>, RegistryError> {
        let url = self.manifest_url(tag);
        let response = self
            .request(reqwest::Method::HEAD, &url, Some(MANIFEST_TYPES))
            .await?;
        Ok(response
            .headers()
            .get("docker-content-digest")
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned))
    }

    async fn manifest(&self, reference: &str) -> Result<(String, Manifest), RegistryError> {
        let url = self.manifest_url(reference);
        let response = self.get(&url, Some(MANIFEST_TYPES)).await?;
        let header_digest = response
            .headers()
            .get("docker-content-digest")
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned);
        let body = read_limited(response, &url).await?;
        let digest = header_digest.unwrap_or_else(|| sha256_digest(&body));
        let manifest = serde_json::from_slice(&body).map_err(|e| invalid(&url, e))?;
        Ok((digest, manifest))
    }

    async fn config_labels(&self, digest: &str) -> Result<HashMap<String, String>, RegistryError> {
        let url = format!("{}/v2/{}/blobs/{digest}", self.base, self.repository);
        let response = self.get(&url, None).await?;
        let body = read_limited(response, &url).await?;
        if sha256_digest(&body) != digest {
            return Err(invalid(&url, "the config blob does not match its digest"));
        }
        let config: ImageConfig = serde_json::from_slice(&body).map_err(|e| invalid(&url, e))?;
        Ok(config.config.and_then(|c| c.labels).unwrap_or_default())
    }

    /// GET with the bearer token when there is one; a 401 that asks for a bearer token gets
    /// one (anonymously) and the request is made again once.
    async fn get(
        &self,
        url: &str,
        accept: Option<&str>,
    ) -> Result<reqwest::Response, RegistryError> {
        self.request(reqwest::Method::GET, url, accept).await
    }

    async fn request(
        &self,
        method: reqwest::Method,
        url: &str,
        accept: Option<&str>,
    ) -> Result<reqwest::Response, RegistryError> {
        let mut fetched_token = false;
        loop {
            let mut request = self.http.request(method.clone(), url);
            if let Some(accept) = accept {
                request = request.header(reqwest::header::ACCEPT, accept);
            }
            if let Some(token) = self.token.lock().await.clone() {
                request = request.bearer_auth(token);
            }
            let response = request.send().await.map_err(|e| unreachable(url, &e))?;
            let status = response.status();
            if status == StatusCode::UNAUTHORIZED && !fetched_token {
                let challenge = response
                    .headers()
                    .get(reqwest::header::WWW_AUTHENTICATE)
                    .and_then(|v| v.to_str().ok())
                    .map(str::to_owned);
                if let Some(challenge) = challenge.as_deref().and_then(parse_bearer) {
                    let token = self.fetch_token(&challenge).await?;
                    *self.token.lock().await = Some(token);
                    fetched_token = true;
                    continue;
                }
            }
            if status.is_success() {
                return Ok(response);
            }
            let body = read_limited(response, url).await.unwrap_or_default();
            return Err(RegistryError::Status {
                url: url.to_owned(),
                status: status.as_u16(),
                body: String::from_utf8_lossy(&body).chars().take(300).collect(),
            });
        }
    }

    async fn fetch_token(
        &self,
        challenge: &HashMap<String, String>,
    ) -> Result<String, RegistryError> {
        let realm = challenge
            .get("realm")
            .ok_or_else(|| invalid(&self.base, "a bearer challenge without a realm"))?;
        let mut url = url::Url::parse(realm).map_err(|e| invalid(realm, e))?;
        {
            let mut query = url.query_pairs_mut();
            if let Some(service) = challenge.get("service") {
                query.append_pair("service", service);
            }
            let scope = challenge
                .get("scope")
                .cloned()
                .unwrap_or_else(|| format!("repository:{}:pull", self.repository));
            query.append_pair("scope", &scope);
        }
        let url = url.to_string();
        let response = self
            .http
            .get(&url)
            .send()
            .await
            .map_err(|e| unreachable(&url, &e))?;
        if !response.status().is_success() {
            return Err(RegistryError::Status {
                url,
                status: response.status().as_u16(),
                body: String::new(),
            });
        }
        let body = read_limited(response, &url).await?;
        let answer: TokenAnswer = serde_json::from_slice(&body).map_err(|e| invalid(&url, e))?;
        answer
            .token
            .or(answer.access_token)
            .ok_or_else(|| invalid(&url, "a token answer without a token"))
    }
}

fn unreachable(url: &str, e: &reqwest::Error) -> RegistryError {
    let mut detail = e.to_string();
    let mut source = std::error::Error::source(e);
    while let Some(s) = source {
        detail.push_str(&format!(": {s}"));
        source = s.source();
    }
    RegistryError::Unreachable {
        url: url.to_owned(),
        detail,
    }
}

fn invalid(url: &str, what: impl std::fmt::Display) -> RegistryError {
    RegistryError::Invalid {
        url: url.to_owned(),
        what: what.to_string(),
    }
}

/// Reads a body, refusing one larger than [`MAX_BODY`].
async fn read_limited(response: reqwest::Response, url: &str) -> Result<Vec<u8>, RegistryError> {
    if response
        .content_length()
        .is_some_and(|n| n > MAX_BODY as u64)
    {
        return Err(invalid(url, format!("a body larger than {MAX_BODY} bytes")));
    }
    let mut body = Vec::new();
    let mut stream = response.bytes_stream();
    while let Some(chunk) = stream.next().await {
        let chunk = chunk.map_err(|e| unreachable(url, &e))?;
        if body.len() + chunk.len() > MAX_BODY {
            return Err(invalid(url, format!("a body larger than {MAX_BODY} bytes")));
        }
        body.extend_from_slice(&chunk);
    }
    Ok(body)
}

fn sha256_digest(bytes: &[u8]) -> String {
    format!("sha256:{}", hex::encode(sha2::Sha256::digest(bytes)))
}

/// `<url>; rel="next"` from a `Link` header.
fn next_link(response: &reqwest::Response) -> Option<String> {
    let link = response
        .headers()
        .get(reqwest::header::LINK)?
        .to_str()
        .ok()?;
    link.split(',').find_map(|part| {
        let (target, params) = part.split_once(';')?;
        params.contains("rel=\"next\"").then(|| {
            target
                .trim()
                .trim_start_matches('<')
                .trim_end_matches('>')
                .to_owned()
        })
    })
}

/// The parameters of a `Bearer k="v",k2="v2"` challenge (values may hold commas).
pub fn parse_bearer(header: &str) -> Option<HashMap<String, String>> {
    let rest = header
        .trim()
        .strip_prefix("Bearer ")
        .or_else(|| header.trim().strip_prefix("bearer "))?;
    let mut params = HashMap::new();
    let mut chars = rest.chars().peekable();
    loop {
        while chars.peek().is_some_and(|c| *c == ',' || c.is_whitespace()) {
            chars.next();
        }
        let key: String = chars.by_ref().take_while(|c| *c != '=').collect();
        if key.is_empty() {
            break;
        }
        let mut value = String::new();
        if chars.peek() == Some(&'"') {
            chars.next();
            while let Some(c) = chars.next() {
                match c {
                    '\\' => value.extend(chars.next()),
                    '"' => break,
                    c => value.push(c),
                }
            }
        } else {
            value = chars.by_ref().take_while(|c| *c != ',').collect();
        }
        params.insert(key.trim().to_ascii_lowercase(), value);
    }
    Some(params)
}

/// The reference the engine pulls for `repository` in the registry at `base`: Docker Hub's
/// repositories go by their bare name, other registries by `host[:port]/repository`.
pub fn engine_reference(base: &str, repository: &str) -> String {
    let host = url::Url::parse(base)
        .ok()
        .and_then(|u| {
            u.host_str().map(|h| match u.port() {
                Some(p) => format!("{h}:{p}"),
                None => h.to_owned(),
            })
        })
        .unwrap_or_else(|| base.to_owned());
    if matches!(
        host.as_str(),
        "registry-1.docker.io" | "index.docker.io" | "docker.io" | "registry.hub.docker.com"
    ) {
        repository.to_owned()
    } else {
        format!("{host}/{repository}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bearer_challenge_with_commas_in_scope() {
        let p = parse_bearer(
            r#"Bearer realm="https://auth.docker.io/token",service="registry.docker.io",scope="repository:a/b:pull,push""#,
        )
        .expect("bearer");
        assert_eq!(p["realm"], "https://auth.docker.io/token");
        assert_eq!(p["service"], "registry.docker.io");
        assert_eq!(p["scope"], "repository:a/b:pull,push");
        assert!(parse_bearer("Basic realm=\"x\"").is_none());
    }

    #[test]
    fn engine_reference_for_hub_and_others() {
        assert_eq!(
            engine_reference("https://registry-1.docker.io", "includeos/builder"),
            "includeos/builder"
        );
        assert_eq!(
            engine_reference("http://127.0.0.1:5000/", "includeos/builder"),
            "127.0.0.1:5000/includeos/builder"
        );
    }
}
