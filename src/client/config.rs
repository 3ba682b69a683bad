//! The client's saved settings, `$XDG_CONFIG_HOME/mothership/client.yaml` (mode 0600): the server
//! to talk to, the credentials and the pinned certificate fingerprint that `mothership init` wrote.

use std::path::{Path, PathBuf};

use anyhow::Context;
use serde::{Deserialize, Serialize};

use crate::htpasswd::write_private_file;

/// What `client.yaml` holds.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct ClientConfig {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub host: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub username: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub password: Option<String>,
    /// SHA-256 fingerprint of the server certificate trusted for `host`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fingerprint: Option<String>,
}

/// Where `client.yaml` lives: `$XDG_CONFIG_HOME/mothership`, else `~/.config/mothership`.
pub fn path() -> anyhow::Result<PathBuf> {
    let base = match std::env::var_os("XDG_CONFIG_HOME") {
        Some(dir) if !dir.is_empty() => PathBuf::from(dir),
        _ => {
            let home = std::env::var_os("HOME")
                .filter(|h| !h.is_empty())
                .context("neither XDG_CONFIG_HOME nor HOME is set: cannot locate client.yaml")?;
            PathBuf::from(home).join(".config")
        }
    };
    Ok(base.join("mothership").join("client.yaml"))
}

impl ClientConfig {
    /// Reads the file; a missing file is an empty configuration.
    pub fn load(path: &Path) -> anyhow::Result<Self> {
        let text = match std::fs::read_to_string(path) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Self::default()),
            Err(e) => return Err(e).with_context(|| format!("failed to read {}", path.display())),
        };
        if text.trim().is_empty() {
            return Ok(Self::default());
        }
        yaml_serde::from_str(&text).with_context(|| {
            format!(
                "invalid client config {}: fix it or run `mothership init` again",
                path.display()
            )
        })
    }

    /// Writes the file with mode 0600.
    pub fn save(&self, path: &Path) -> anyhow::Result<()> {
        let text = yaml_serde::to_string(self).context("failed to encode client config")?;
        write_private_file(path, text.as_bytes())
            .with_context(|| format!("failed to write {}", path.display()))
    }
}

/// Turns `host:port`, `host` or a URL into a base URL without a trailing slash.
pub fn normalize_host(input: &str) -> anyhow::Result<String> {
    let input = input.trim().trim_end_matches('/');
    let with_scheme = if input.contains("://") {
        input.to_owned()
    } else {
        format!("https://{input}")
    };
    let url = url::Url::parse(&with_scheme).with_context(|| {
        format!("invalid server address {input:?}: use a URL like https://host:8080 or host:port")
    })?;
    if !matches!(url.scheme(), "http" | "https") || url.host_str().is_none() {
        anyhow::bail!("invalid server address {input:?}: use http:// or https:// and a host name");
    }
    let mut out = format!("{}://{}", url.scheme(), url.host_str().unwrap_or_default());
    if let Some(port) = url.port() {
        out.push_str(&format!(":{port}"));
    } else if !input.contains("://") {
        out.push_str(":8080");
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalizes_hosts() {
        assert_eq!(
            normalize_host("localhost").unwrap(),
            "https://localhost:8080"
        );
        assert_eq!(
            normalize_host("10.0.0.1:9000").unwrap(),
            "https://10.0.0.1:9000"
        );
        assert_eq!(normalize_host("http://h:1/").unwrap(), "http://h:1");
        assert_eq!(normalize_host("https://h").unwrap(), "https://h");
        assert!(normalize_host("ftp://h").is_err());
    }
}
