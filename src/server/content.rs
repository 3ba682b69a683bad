//! Start-up of the stored content: the default uplink, which points instances at this host, and
//! a warning for every stored uplink whose url instances cannot use.

use std::net::{IpAddr, Ipv4Addr};

use super::ServerConfig;
use crate::protocol::uplinks::check_instance_url;
use crate::store::Store;

/// The default uplink's url and, when the obvious choice could not be used, why the address in
/// it was chosen instead.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DefaultUplinkUrl {
    pub url: String,
    pub note: Option<String>,
}

/// `https://<IPv4 address>:<port>` (`http://` without uplink TLS). Always an IPv4 address:
/// IncludeOS instances cannot use IPv6 literals or host names ending in a digit (see
/// [`check_instance_url`]). The address is the bind address when it is a specific IPv4 one,
/// else the first usable IPv4 address of this host, else 127.0.0.1 (with a note saying that
/// instances elsewhere cannot reach it).
pub fn default_uplink_url(config: &ServerConfig, port: u16) -> DefaultUplinkUrl {
    let interfaces: Vec<IpAddr> = if_addrs::get_if_addrs()
        .map(|list| list.into_iter().map(|i| i.ip()).collect())
        .unwrap_or_default();
    let scheme = if config.uplink_tls { "https" } else { "http" };
    let (address, note) = default_address(config.bind, &interfaces);
    let url = format!("{scheme}://{address}:{port}");
    // Never fails for an IPv4 address; kept so a broken rule shows in the log.
    let note = match (check_instance_url(&url), note) {
        (Ok(()), note) => note,
        (Err(e), None) => Some(e.to_string()),
        (Err(e), Some(note)) => Some(format!("{note}; {e}")),
    };
    DefaultUplinkUrl { url, note }
}

/// The IPv4 address for the default uplink out of the bind address and this host's interface
/// addresses, and a note when the choice needs explaining.
fn default_address(bind: IpAddr, interfaces: &[IpAddr]) -> (Ipv4Addr, Option<String>) {
    let bind = bind.to_canonical();
    let mut why_not_bind = None;
    if !bind.is_unspecified() && !bind.is_loopback() {
        match bind {
            IpAddr::V4(a) => return (a, None),
            IpAddr::V6(a) => {
                why_not_bind = Some(format!(
                    "the server binds to the IPv6 address {a}, which IncludeOS instances cannot \
                     use (their uplink client has no IPv6 path)"
                ));
            }
        }
    }
    let v4: Vec<Ipv4Addr> = interfaces
        .iter()
        .filter_map(|a| match a.to_canonical() {
            IpAddr::V4(v4) if !v4.is_loopback() && !v4.is_unspecified() => Some(v4),
            _ => None,
        })
        .collect();
    // Link-local (169.254/16) only when there is nothing else.
    let chosen = v4
        .iter()
        .find(|a| !a.is_link_local())
        .or_else(|| v4.first())
        .copied();
    match (chosen, why_not_bind) {
        (Some(a), None) => (a, None),
        (Some(a), Some(why)) => (
            a,
            Some(format!(
                "{why}: it uses this host's IPv4 address {a} instead"
            )),
        ),
        (None, why) => {
            let has_v6 = interfaces
                .iter()
                .any(|a| a.is_ipv6() && !a.is_loopback() && !a.is_unspecified());
            let mut note = why.map(|w| format!("{w}; ")).unwrap_or_default();
            note.push_str(if has_v6 {
                "this host has only IPv6 addresses besides loopback, and IncludeOS instances \
                 cannot use IPv6"
            } else {
                "this host has no IPv4 address besides loopback"
            });
            note.push_str(
                ": the default uplink points at 127.0.0.1, which instances elsewhere cannot \
                 reach; give it a reachable IPv4 address or a host name that ends in a letter \
                 (mothership uplinks update default --url https://HOST:PORT)",
            );
            (Ipv4Addr::LOCALHOST, Some(note))
        }
    }
}

/// Creates the default uplink at the first start and says so; warns about every stored uplink
/// whose url instances cannot use.
pub async fn ensure_defaults(
    store: &Store,
    config: &ServerConfig,
    uplink_port: u16,
) -> anyhow::Result<()> {
    let DefaultUplinkUrl { url, note } = default_uplink_url(config, uplink_port);
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
        if let Some(note) = note {
            tracing::warn!("Default uplink {}: {note}", uplink.url);
        }
    }
    match store.unusable_uplinks().await {
        Ok(unusable) => {
            for uplink in unusable {
                tracing::warn!(
                    "Uplink {} ({}) has a url instances cannot dock at: {}. Images built with \
                     it will not dock; fix it with `mothership uplinks update {} --url URL`",
                    uplink.name,
                    uplink.id,
                    uplink.problems.join("; "),
                    uplink.name
                );
            }
        }
        Err(e) => tracing::warn!("failed to check the stored uplinks' urls: {e}"),
    }
    match store.weak_token_uplinks().await {
        Ok(weak) => {
            for uplink in weak {
                tracing::warn!(
                    "Uplink {} ({}) has a token of {} characters, shorter than the {} now \
                     required; it is still accepted so its instances keep docking. Replace it: \
                     create an uplink with a generated token, build and deploy its images, then \
                     delete {}",
                    uplink.name,
                    uplink.id,
                    uplink.token.len(),
                    crate::protocol::uplinks::MIN_TOKEN_LEN,
                    uplink.name
                );
            }
        }
        Err(e) => tracing::warn!("failed to check the stored uplinks' tokens: {e}"),
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(s: &str) -> IpAddr {
        s.parse().expect("ip")
    }

    #[test]
    fn default_address_is_always_ipv4() {
        let any4 = ip("0.0.0.0");
        let any6 = ip("::");
        // The first usable IPv4 address, whatever comes before it.
        let (a, note) = default_address(
            any4,
            &[
                ip("127.0.0.1"),
                ip("2001:db8::1"),
                ip("192.168.1.5"),
                ip("10.0.0.5"),
            ],
        );
        assert_eq!((a.to_string(), note), ("192.168.1.5".into(), None));
        // Link-local only as a last resort.
        let (a, _) = default_address(any6, &[ip("169.254.3.4"), ip("10.0.0.5")]);
        assert_eq!(a.to_string(), "10.0.0.5");
        // A specific IPv4 bind address wins.
        let (a, note) = default_address(ip("10.9.9.9"), &[ip("10.0.0.5")]);
        assert_eq!((a.to_string(), note), ("10.9.9.9".into(), None));
        // A specific IPv6 bind address cannot be used: an IPv4 address of the host, and why.
        let (a, note) = default_address(ip("2001:db8::7"), &[ip("2001:db8::7"), ip("10.0.0.5")]);
        assert_eq!(a.to_string(), "10.0.0.5");
        let note = note.expect("a note");
        assert!(
            note.contains("2001:db8::7") && note.contains("10.0.0.5"),
            "{note}"
        );
        // A host with only IPv6: loopback, and a note saying instances cannot reach it.
        let (a, note) = default_address(any6, &[ip("::1"), ip("2001:db8::1"), ip("fe80::1")]);
        assert_eq!(a, Ipv4Addr::LOCALHOST);
        let note = note.expect("a note");
        assert!(
            note.contains("only IPv6") && note.contains("uplinks update"),
            "{note}"
        );
        // An IPv4-mapped bind address is an IPv4 address.
        let (a, note) = default_address(ip("::ffff:10.1.2.3"), &[]);
        assert_eq!((a.to_string(), note), ("10.1.2.3".into(), None));
    }

    #[test]
    fn the_generated_url_passes_the_instance_check() {
        let mut config = ServerConfig::with_dirs("/nonexistent/c".into(), "/nonexistent/r".into());
        config.bind = ip("::");
        let generated = default_uplink_url(&config, 9090);
        assert_eq!(check_instance_url(&generated.url), Ok(()), "{generated:?}");
        assert!(!generated.url.contains('['), "{generated:?}");
    }
}
