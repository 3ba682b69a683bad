//! The retention task: every `hangar.retention_interval_ms` (and once at start-up) it forgets
//! instances not seen for `hangar.forget_unseen_after_ms` and holds the history of all instances
//! under `hangar.history_cap_bytes` (see [`crate::store::retention`]).

use std::time::Duration;

use tokio::sync::watch;

use super::config::HangarConfig;
use super::uplink::Hangar;
use crate::store::{Store, retention};

/// Runs until `shutdown` turns true.
pub async fn run(
    store: Store,
    hangar: Hangar,
    config: HangarConfig,
    mut shutdown: watch::Receiver<bool>,
) {
    if config.forget_unseen_after_ms == 0 && config.history_cap_bytes == 0 {
        return;
    }
    loop {
        pass(&store, &hangar, &config).await;
        tokio::select! {
            _ = tokio::time::sleep(config.retention_interval()) => {}
            _ = shutdown.wait_for(|s| *s) => return,
        }
    }
}

/// One pass; failures are logged and the next pass tries again.
pub async fn pass(store: &Store, hangar: &Hangar, config: &HangarConfig) {
    if config.forget_unseen_after_ms > 0 {
        let after = Duration::from_millis(config.forget_unseen_after_ms);
        let cutoff = super::uplink::registry::now_ms()
            .saturating_sub(i64::try_from(config.forget_unseen_after_ms).unwrap_or(i64::MAX));
        let live = hangar.clone();
        match store
            .call(move |c| retention::forget_unseen(c, cutoff, |uuid| live.live(uuid).is_some()))
            .await
        {
            Ok(gone) if !gone.is_empty() => tracing::info!(
                count = gone.len(),
                "forgot {} instance{} not seen for {:.1} days (hangar.forget_unseen_after_ms)",
                gone.len(),
                if gone.len() == 1 { "" } else { "s" },
                after.as_secs_f64() / 86_400.0,
            ),
            Ok(_) => {}
            Err(e) => tracing::error!("retention: forgetting unseen instances failed: {e}"),
        }
    }
    if config.history_cap_bytes > 0 {
        let cap = config.history_cap_bytes;
        match store.call(move |c| retention::cap_history(c, cap)).await {
            Ok(d) if d.rows > 0 => tracing::warn!(
                rows = d.rows,
                bytes = d.bytes,
                "instance history (logs, panics, stats) over hangar.history_cap_bytes ({cap} \
                 bytes): dropped the oldest {} bytes",
                d.bytes
            ),
            Ok(_) => {}
            Err(e) => tracing::error!("retention: capping instance history failed: {e}"),
        }
    }
}
