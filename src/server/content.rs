//! Start-up of the stored content: the default uplink, which points instances at this host.

use std::net::IpAddr;

use super::ServerConfig;
use crate::store::Store;

/// `https://<primary address>:<port>` (`http://` without uplink TLS). The primary address is
/// the bind address when it is a specific one, else the first non-loopback IPv4 address of
/// this host (then IPv6, then loopback).
pub fn default_uplink_url(config: &ServerConfig, port: u16) -> String {
    let scheme = if config.uplink_tls { "https" } else { "http" };
    let host = match primary_address(config.bind) {
        IpAddr::V4(a) => a.to_string(),
        IpAddr::V6(a) => format!("[{a}]"),
    };
    format!("{scheme}://{host}:{port}")
}

fn primary_address(bind: IpAddr) -> IpAddr {
    if !bind.is_unspecified() && !bind.is_loopback() {
        return bind;
    }
    let addrs: Vec<IpAddr> = if_addrs::get_if_addrs()
        .map(|list| list.into_iter().map(|i| i.ip()).collect())
        .unwrap_or_default();
    let usable = |a: &&IpAddr| {
        !a.is_loopback()
            && !a.is_unspecified()
            && !matches!(a, IpAddr::V6(v6) if (v6.segments()[0] & 0xffc0) == 0xfe80)
    };
    addrs
        .iter()
        .filter(usable)
        .find(|a| a.is_ipv4())
        .or_else(|| addrs.iter().find(usable))
        .copied()
        .unwrap_or(if bind.is_unspecified() {
            IpAddr::from([127, 0, 0, 1])
        } else {
            bind
        })
}

/// Creates the default uplink at the first start and says so.
pub async fn ensure_defaults(
    store: &Store,
    config: &ServerConfig,
    uplink_port: u16,
) -> anyhow::Result<()> {
    let url = default_uplink_url(config, uplink_port);
    if let Some(uplink) = store
        .ensure_default_uplink(url.clone())
        .await
        .map_err(|e| anyhow::anyhow!("failed to create the default uplink ({url}): {e}"))?
    {
        tracing::info!(
            "Created the default uplink {} ({}): images built with it dock at {}",
            uplink.name,
            uplink.id,
            uplink.url
        );
    }
    Ok(())
}
