//! Instance identity as the hangar sees it. Real instances hold no per-instance secret (they send
//! the shared uplink token and their SMBIOS uuid, which may be all zeros or empty), so identity
//! also rests on what the server observes: the peer's IP address.
//!
//! The rule: a dock for an instance that is docked now from the *same* IP address replaces the
//! old connection (a rebooted or live-updated instance must be able to); from a *different*
//! address it is refused while the old connection lives, and recorded on the instance as a
//! conflict. An instance reporting an empty uuid is keyed by its address
//! ([`crate::protocol::instances::instance_key`]).
//!
//! A uuid is also bound to the uplink whose token it first docked with ([`bind`]): a dock with
//! another uplink's token is refused (and recorded as a conflict), unless Mothership deployed
//! an image built for that uplink to the instance, which moves the binding. While a deploy waits
//! for an instance to dock again, only a dock from the address the update went to may take its
//! place.

use std::collections::HashSet;
use std::hash::Hash;
use std::net::{IpAddr, SocketAddr};
use std::sync::Mutex;

/// The IP address a connection comes from, IPv4-mapped IPv6 addresses as IPv4.
pub fn origin(peer: SocketAddr) -> IpAddr {
    peer.ip().to_canonical()
}

/// Whether a dock from `newcomer` may replace the live connection from `live`.
pub fn may_replace(live: SocketAddr, newcomer: SocketAddr) -> bool {
    origin(live) == origin(newcomer)
}

/// The uplink a dock binds the instance to, given the uplinks whose token it presented
/// (`presented`, never empty), the uplink the instance is bound to (`bound`, none before its
/// first dock) and the uplinks a deploy allows it to move to (`may_move_to`). `Err` holds the
/// uplink it stays bound to: the dock is refused.
pub fn bind(
    presented: &[String],
    bound: Option<&str>,
    may_move_to: &[&str],
) -> Result<String, String> {
    let Some(bound) = bound else {
        return presented.first().cloned().ok_or_else(String::new);
    };
    if presented.iter().any(|p| p == bound) {
        return Ok(bound.to_owned());
    }
    match may_move_to
        .iter()
        .find(|m| presented.iter().any(|p| p == *m))
    {
        Some(m) => Ok((*m).to_owned()),
        None => Err(bound.to_owned()),
    }
}

/// Remembers which warnings were logged, so each shows once per key (a peer address, or an
/// instance and an address) rather than on every reconnect. Bounded: when full it forgets
/// everything and warns afresh.
pub struct Once<K> {
    seen: Mutex<HashSet<K>>,
    cap: usize,
}

impl<K: Eq + Hash> Once<K> {
    pub fn new(cap: usize) -> Self {
        Once {
            seen: Mutex::new(HashSet::new()),
            cap: cap.max(1),
        }
    }

    /// True the first time `key` is given (since the set was last full).
    pub fn first(&self, key: K) -> bool {
        let mut seen = self.seen.lock().unwrap_or_else(|e| e.into_inner());
        if seen.contains(&key) {
            return false;
        }
        if seen.len() >= self.cap {
            seen.clear();
        }
        seen.insert(key);
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn addr(s: &str) -> SocketAddr {
        s.parse().expect("socket address")
    }

    #[test]
    fn only_a_dock_from_the_same_ip_address_replaces() {
        assert!(may_replace(addr("10.0.0.2:4000"), addr("10.0.0.2:4001")));
        assert!(may_replace(
            addr("10.0.0.2:4000"),
            addr("[::ffff:10.0.0.2]:4001")
        ));
        assert!(!may_replace(addr("10.0.0.2:4000"), addr("10.0.0.3:4000")));
    }

    #[test]
    fn a_uuid_stays_with_its_uplink_unless_a_deploy_moves_it() {
        let a = vec!["a".to_owned()];
        let b = vec!["b".to_owned()];
        let shared = vec!["b".to_owned(), "a".to_owned()];
        assert_eq!(bind(&a, None, &[]), Ok("a".into()), "first dock binds");
        assert_eq!(bind(&a, Some("a"), &[]), Ok("a".into()));
        assert_eq!(bind(&b, Some("a"), &[]), Err("a".into()), "another uplink");
        assert_eq!(bind(&b, Some("a"), &["c"]), Err("a".into()));
        assert_eq!(bind(&b, Some("a"), &["b"]), Ok("b".into()), "deployed");
        assert_eq!(
            bind(&shared, Some("a"), &[]),
            Ok("a".into()),
            "a token two uplinks share keeps the binding"
        );
    }

    #[test]
    fn once_warns_once_per_key_and_stays_bounded() {
        let once = Once::new(2);
        let a: IpAddr = "10.0.0.1".parse().expect("ip");
        let b: IpAddr = "10.0.0.2".parse().expect("ip");
        let c: IpAddr = "10.0.0.3".parse().expect("ip");
        assert!(once.first(a));
        assert!(!once.first(a));
        assert!(once.first(b));
        assert!(!once.first(b));
        // Full: forgets, so the set never grows past its cap.
        assert!(once.first(c));
        assert!(once.first(a));
    }
}
