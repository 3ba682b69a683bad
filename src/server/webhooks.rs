//! Webhook deliveries. One dispatcher task reads the event bus like any subscriber and puts each
//! event into the bounded queue of every webhook that wants it (never waiting: a full queue drops
//! its oldest event and counts it). One worker task per webhook POSTs its queue in order, signed
//! with HMAC-SHA256 of the body under the webhook's secret, retrying a failed delivery with
//! doubling waits up to `events.webhook_attempts` times; how it went is kept in memory and in the
//! store (last attempt, status, error, failures in a row).

use std::collections::{HashMap, VecDeque};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use hmac::{Hmac, KeyInit, Mac};
use sha2::Sha256;
use tokio::sync::{Notify, broadcast, watch};
use tokio_util::sync::CancellationToken;

use super::events::{Events, EventsConfig, Published};
use crate::protocol::events::{DeliveryStatus, TypeFilter, Webhook, WebhookCreate};
use crate::store::webhooks::{WebhookRow, new_id, new_secret};
use crate::store::{Store, StoreError};

/// The header carrying `sha256=<hex HMAC-SHA256(secret, body)>`.
pub const SIGNATURE_HEADER: &str = "x-mothership-signature";
/// The header carrying the event's id.
pub const EVENT_ID_HEADER: &str = "x-mothership-event-id";
/// The header carrying the event's type.
pub const EVENT_TYPE_HEADER: &str = "x-mothership-event";

/// Longest wait between two attempts.
const MAX_BACKOFF: Duration = Duration::from_secs(60);
/// A success is written to the store at most this often (failures always are).
const PERSIST_INTERVAL: Duration = Duration::from_secs(1);

/// Why a webhook was not registered.
#[derive(Debug, thiserror::Error)]
pub enum WebhookError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("{max} webhooks are registered already, the most this server keeps")]
    TooMany { max: usize },
}

/// `sha256=<hex>` of `body` under `secret`: the value of [`SIGNATURE_HEADER`].
pub fn signature(secret: &[u8], body: &[u8]) -> String {
    // HMAC takes a key of any length.
    let mut mac = match Hmac::<Sha256>::new_from_slice(secret) {
        Ok(mac) => mac,
        Err(_) => return String::new(),
    };
    mac.update(body);
    format!("sha256={}", hex::encode(mac.finalize().into_bytes()))
}

struct Hook {
    id: String,
    url: String,
    filter: TypeFilter,
    secret: Vec<u8>,
    queue: Mutex<VecDeque<Arc<Published>>>,
    wake: Notify,
    status: Mutex<DeliveryStatus>,
    cancel: CancellationToken,
}

impl Hook {
    fn status(&self) -> std::sync::MutexGuard<'_, DeliveryStatus> {
        self.status.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn queue(&self) -> std::sync::MutexGuard<'_, VecDeque<Arc<Published>>> {
        self.queue.lock().unwrap_or_else(|e| e.into_inner())
    }
}

struct Inner {
    store: Store,
    config: EventsConfig,
    client: reqwest::Client,
    hooks: Mutex<HashMap<String, Arc<Hook>>>,
    shutdown: watch::Receiver<bool>,
}

/// The registered webhooks and their deliveries; cheap to clone.
#[derive(Clone)]
pub struct Webhooks {
    inner: Arc<Inner>,
}

impl Webhooks {
    /// Loads the stored webhooks and starts delivering the events published from now on.
    pub async fn start(
        store: Store,
        events: &Events,
        config: EventsConfig,
        shutdown: watch::Receiver<bool>,
    ) -> anyhow::Result<Webhooks> {
        let _ = rustls::crypto::ring::default_provider().install_default();
        let timeout = Duration::from_millis(config.webhook_timeout_ms.max(1));
        let client = reqwest::Client::builder()
            .timeout(timeout)
            .connect_timeout(timeout)
            .redirect(reqwest::redirect::Policy::none())
            .user_agent(concat!("mothership/", env!("CARGO_PKG_VERSION")))
            .build()
            .map_err(|e| anyhow::anyhow!("failed to set up the webhook client: {e}"))?;
        let rows = store.webhooks().await?;
        let webhooks = Webhooks {
            inner: Arc::new(Inner {
                store,
                config,
                client,
                hooks: Mutex::new(HashMap::new()),
                shutdown: shutdown.clone(),
            }),
        };
        for row in rows {
            webhooks.add(row);
        }
        tokio::spawn(dispatch(webhooks.clone(), events.receiver(), shutdown));
        Ok(webhooks)
    }

    fn hooks(&self) -> std::sync::MutexGuard<'_, HashMap<String, Arc<Hook>>> {
        self.inner.hooks.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn add(&self, row: WebhookRow) {
        // Stored from a checked request; an unreadable filter would match everything.
        let filter = TypeFilter::parse(&row.hook.events).unwrap_or_default();
        let hook = Arc::new(Hook {
            id: row.hook.id.clone(),
            url: row.hook.url.clone(),
            filter,
            secret: row.secret.into_bytes(),
            queue: Mutex::new(VecDeque::new()),
            wake: Notify::new(),
            status: Mutex::new(row.hook.delivery),
            cancel: CancellationToken::new(),
        });
        self.hooks().insert(hook.id.clone(), hook.clone());
        tokio::spawn(work(self.clone(), hook));
    }

    /// Registers a webhook; the answer carries its secret (given or generated), the only time it
    /// is shown.
    pub async fn create(&self, body: WebhookCreate) -> Result<Webhook, WebhookError> {
        let url = check_url(&body.url)?;
        let filter = TypeFilter::parse(&body.events).map_err(|message| StoreError::Invalid {
            field: "events",
            message,
        })?;
        let secret = match body.secret {
            Some(s) if s.is_empty() || s.len() > 256 => {
                return Err(StoreError::Invalid {
                    field: "secret",
                    message: "must be 1 to 256 bytes; leave it out to have one generated".into(),
                }
                .into());
            }
            Some(s) => s,
            None => new_secret(),
        };
        let max = self.inner.config.max_webhooks;
        if self.hooks().len() >= max {
            return Err(WebhookError::TooMany { max });
        }
        let hook = Webhook {
            id: new_id(),
            url,
            events: filter.patterns().to_vec(),
            created: time::OffsetDateTime::now_utc(),
            secret: None,
            delivery: DeliveryStatus::default(),
        };
        let row = WebhookRow {
            hook: hook.clone(),
            secret: secret.clone(),
        };
        self.inner.store.insert_webhook(row.clone()).await?;
        self.add(row);
        tracing::info!(id = %hook.id, url = %hook.url, "Registered webhook");
        Ok(Webhook {
            secret: Some(secret),
            ..hook
        })
    }

    /// Every webhook with how its deliveries go (no secrets).
    pub async fn list(&self) -> Result<Vec<Webhook>, StoreError> {
        let rows = self.inner.store.webhooks().await?;
        Ok(rows.into_iter().map(|r| self.presented(r)).collect())
    }

    /// One webhook by ID or unique prefix (no secret).
    pub async fn get(&self, key: &str) -> Result<Webhook, StoreError> {
        let row = self.inner.store.get_webhook(key).await?;
        Ok(self.presented(row))
    }

    /// Deletes a webhook; what was queued for it is dropped.
    pub async fn delete(&self, key: &str) -> Result<Webhook, StoreError> {
        let row = self.inner.store.delete_webhook(key).await?;
        if let Some(hook) = self.hooks().remove(&row.hook.id) {
            hook.cancel.cancel();
        }
        tracing::info!(id = %row.hook.id, url = %row.hook.url, "Deleted webhook");
        Ok(self.presented(row))
    }

    /// The stored row with the live counters.
    fn presented(&self, row: WebhookRow) -> Webhook {
        let mut hook = row.hook;
        if let Some(live) = self.hooks().get(&hook.id) {
            let mut status = live.status().clone();
            status.queued = live.queue().len() as u64;
            hook.delivery = status;
        }
        hook
    }
}

/// An `http` or `https` URL with a host, at most 2048 bytes; anything else is a 422 naming it.
fn check_url(raw: &str) -> Result<String, StoreError> {
    let invalid = |message: String| StoreError::Invalid {
        field: "url",
        message,
    };
    if raw.len() > 2048 {
        return Err(invalid("longer than 2048 bytes".into()));
    }
    let url = url::Url::parse(raw.trim()).map_err(|e| {
        invalid(format!(
            "{raw:?} is not a URL ({e}): write http://host/path"
        ))
    })?;
    if !matches!(url.scheme(), "http" | "https") {
        return Err(invalid(format!(
            "{raw:?} is a {} URL: webhooks are delivered over http or https",
            url.scheme()
        )));
    }
    if url.host_str().is_none_or(str::is_empty) {
        return Err(invalid(format!("{raw:?} names no host")));
    }
    Ok(url.to_string())
}

/// Hands every event to the queues of the webhooks that want it.
async fn dispatch(
    webhooks: Webhooks,
    mut events: broadcast::Receiver<Arc<Published>>,
    mut shutdown: watch::Receiver<bool>,
) {
    let limit = webhooks.inner.config.webhook_queue.max(1);
    loop {
        let received = tokio::select! {
            r = events.recv() => r,
            _ = async { shutdown.wait_for(|s| *s).await.map(|_| ()) } => return,
        };
        match received {
            Ok(event) => {
                let hooks = webhooks.hooks();
                for hook in hooks.values().filter(|h| h.filter.matches(event.kind)) {
                    let dropped = {
                        let mut queue = hook.queue();
                        let dropped = queue.len() >= limit && queue.pop_front().is_some();
                        queue.push_back(event.clone());
                        dropped
                    };
                    if dropped {
                        hook.status().dropped += 1;
                    }
                    hook.wake.notify_one();
                }
            }
            Err(broadcast::error::RecvError::Lagged(n)) => {
                tracing::warn!("webhook dispatch fell behind: {n} events were not delivered");
                for hook in webhooks.hooks().values() {
                    hook.status().dropped += n;
                }
            }
            Err(broadcast::error::RecvError::Closed) => return,
        }
    }
}

/// Delivers one webhook's queue, in order, until it is deleted or the server stops.
async fn work(webhooks: Webhooks, hook: Arc<Hook>) {
    let inner = &webhooks.inner;
    let mut shutdown = inner.shutdown.clone();
    let mut persisted = Instant::now() - PERSIST_INTERVAL;
    loop {
        let next = hook.queue().pop_front();
        let Some(event) = next else {
            tokio::select! {
                _ = hook.wake.notified() => continue,
                _ = hook.cancel.cancelled() => return,
                _ = async { shutdown.wait_for(|s| *s).await.map(|_| ()) } => return,
            }
        };
        let attempts = inner.config.webhook_attempts.max(1);
        let mut wait = Duration::from_millis(inner.config.webhook_retry_ms);
        for attempt in 1..=attempts {
            let outcome = tokio::select! {
                o = deliver(&inner.client, &hook, &event, attempt) => o,
                _ = hook.cancel.cancelled() => return,
                _ = async { shutdown.wait_for(|s| *s).await.map(|_| ()) } => return,
            };
            let ok = outcome.is_ok();
            let snapshot = {
                let mut status = hook.status();
                status.last_attempt = Some(time::OffsetDateTime::now_utc());
                let recovered = ok && status.consecutive_failures > 0;
                match outcome {
                    Ok(code) => {
                        status.last_status = Some(code);
                        status.last_error = None;
                        status.last_delivered = Some(event.id);
                        status.consecutive_failures = 0;
                        status.delivered += 1;
                    }
                    Err((code, error)) => {
                        status.last_status = code;
                        status.last_error = Some(error);
                        status.consecutive_failures += 1;
                        if attempt == attempts {
                            status.failed += 1;
                        }
                    }
                }
                (!ok || recovered || persisted.elapsed() >= PERSIST_INTERVAL)
                    .then(|| status.clone())
            };
            if let Some(status) = snapshot {
                persisted = Instant::now();
                if let Err(e) = inner.store.record_delivery(hook.id.clone(), status).await {
                    tracing::warn!(webhook = %hook.id, "failed to record a delivery: {e}");
                }
            }
            if ok {
                break;
            }
            if attempt == attempts {
                tracing::warn!(
                    webhook = %hook.id,
                    url = %hook.url,
                    event = event.id,
                    "gave up delivering an event after {attempts} attempts"
                );
                break;
            }
            tokio::select! {
                _ = tokio::time::sleep(wait) => {}
                _ = hook.cancel.cancelled() => return,
                _ = async { shutdown.wait_for(|s| *s).await.map(|_| ()) } => return,
            }
            wait = (wait * 2).min(MAX_BACKOFF);
        }
    }
}

/// One attempt: the status of a 2xx answer, or the status (if any) and why it failed.
async fn deliver(
    client: &reqwest::Client,
    hook: &Hook,
    event: &Published,
    attempt: u32,
) -> Result<u16, (Option<u16>, String)> {
    let response = client
        .post(&hook.url)
        .header(http::header::CONTENT_TYPE, "application/json")
        .header(SIGNATURE_HEADER, signature(&hook.secret, &event.json))
        .header(EVENT_ID_HEADER, event.id.to_string())
        .header(EVENT_TYPE_HEADER, event.kind)
        .header("x-mothership-delivery-attempt", attempt.to_string())
        .body(event.json.clone())
        .send()
        .await
        .map_err(|e| (None, error_chain(&e)))?;
    let status = response.status();
    if status.is_success() {
        Ok(status.as_u16())
    } else {
        Err((
            Some(status.as_u16()),
            format!("the receiver answered {status}"),
        ))
    }
}

fn error_chain(e: &dyn std::error::Error) -> String {
    let mut text = e.to_string();
    let mut source = e.source();
    while let Some(s) = source {
        let more = s.to_string();
        if !text.contains(&more) {
            text.push_str(": ");
            text.push_str(&more);
        }
        source = s.source();
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn signature_matches_rfc_4231_case_2() {
        assert_eq!(
            signature(b"Jefe", b"what do ya want for nothing?"),
            "sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
        );
    }

    #[test]
    fn only_http_and_https_urls_are_taken() {
        assert!(check_url("https://example.com/hook").is_ok());
        assert!(check_url("http://127.0.0.1:9/x").is_ok());
        for bad in [
            "ftp://example.com/",
            "file:///etc/passwd",
            "example.com",
            "",
        ] {
            assert!(
                matches!(
                    check_url(bad),
                    Err(StoreError::Invalid { field: "url", .. })
                ),
                "{bad}"
            );
        }
    }
}
