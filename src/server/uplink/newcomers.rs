//! New instances per uplink token: every new uuid claims room in the store (its row, logs,
//! stats, panics), so an uplink token — baked into every image, so not much of a secret — may
//! add new instances only at a bounded rate. The burst lets a whole fleet's first boot through
//! at once; after it the allowance refills at a steady rate. Instances the store knows already
//! are never counted, so reboots, re-docks and live updates are not limited.

use std::num::NonZeroU32;
use std::time::Duration;

use governor::clock::{Clock, DefaultClock};
use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};
use sha2::{Digest, Sha256};

/// The keyed limiter, or nothing when the configuration switches it off.
pub struct Newcomers {
    limiter: Option<DefaultKeyedRateLimiter<[u8; 32]>>,
    clock: DefaultClock,
}

impl Newcomers {
    /// `burst` new instances per token at once, then `per_minute`; either 0 switches it off.
    pub fn new(burst: u32, per_minute: u32) -> Self {
        let limiter = match (NonZeroU32::new(burst), NonZeroU32::new(per_minute)) {
            (Some(burst), Some(rate)) => Some(RateLimiter::keyed(
                Quota::per_minute(rate).allow_burst(burst),
            )),
            _ => None,
        };
        Newcomers {
            limiter,
            clock: DefaultClock::default(),
        }
    }

    /// Counts one new instance for `token`: `Err` with the time until the token may add one
    /// again when it is over its allowance.
    pub fn admit(&self, token: &str) -> Result<(), Duration> {
        let Some(limiter) = &self.limiter else {
            return Ok(());
        };
        // Keyed by a hash: the map holds no token.
        let key: [u8; 32] = Sha256::digest(token.as_bytes()).into();
        limiter
            .check_key(&key)
            .map_err(|not_until| not_until.wait_time_from(self.clock.now()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_burst_then_refusal_per_token() {
        let n = Newcomers::new(3, 1);
        for _ in 0..3 {
            assert!(n.admit("a").is_ok());
        }
        let wait = n.admit("a").expect_err("over the burst");
        assert!(wait > Duration::from_secs(50), "{wait:?}");
        assert!(n.admit("b").is_ok(), "another token has its own allowance");
        let off = Newcomers::new(0, 1);
        for _ in 0..10 {
            assert!(off.admit("a").is_ok());
        }
    }
}
