//! The event bus: everything that happens (instances docking, deploys, builds, content, logins)
//! is published here once, as an [`Event`] with a growing id, and read by `GET /v1/events`
//! subscribers and the webhook dispatcher ([`super::webhooks`]).
//!
//! Publishing never waits: the event is serialized once, appended to a bounded history (for
//! subscribers resuming with `Last-Event-ID`) and sent on a `tokio::sync::broadcast` channel. A
//! subscriber that falls behind by more than the channel holds loses the oldest events and is
//! told how many (`stream.lagged`); nobody is ever back-pressured.
//!
//! Ids start at the start-up time in milliseconds × 1000 and grow by one per event, so they do
//! not repeat after a restart unless the previous run averaged more than 1000 events per
//! millisecond.

use std::collections::{HashMap, VecDeque};
use std::net::IpAddr;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use bytes::Bytes;
use serde::Deserialize;
use tokio::sync::broadcast;

use crate::protocol::builders::Build;
use crate::protocol::events::{Event, EventData};

/// Tuning of events, webhooks and the audit log. In config.yaml under `events:`; every key is
/// optional.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct EventsConfig {
    /// Events kept for subscribers that resume (`Last-Event-ID`); also how far a live subscriber
    /// may fall behind before it misses events.
    pub history: usize,
    /// Events waiting per webhook; when a webhook's receiver is down and the queue is full, the
    /// oldest are dropped (and counted).
    pub webhook_queue: usize,
    /// Attempts per delivery before it is given up.
    pub webhook_attempts: u32,
    /// Wait before the first retry, in ms; it doubles with every further attempt (capped at a
    /// minute).
    pub webhook_retry_ms: u64,
    /// Time one delivery attempt may take (connect, send, answer), in ms.
    pub webhook_timeout_ms: u64,
    /// Webhooks that may be registered.
    pub max_webhooks: usize,
    /// Audit log rows kept (the oldest go first).
    pub audit_keep: u64,
    /// A user authenticating from an address is a `user.login` event the first time, and again
    /// after this many seconds without a request from there.
    pub login_quiet_secs: u64,
}

impl Default for EventsConfig {
    fn default() -> Self {
        EventsConfig {
            history: 10_000,
            webhook_queue: 1_000,
            webhook_attempts: 5,
            webhook_retry_ms: 1_000,
            webhook_timeout_ms: 10_000,
            max_webhooks: 100,
            audit_keep: 100_000,
            login_quiet_secs: 600,
        }
    }
}

/// A published event: its id, type and JSON (serialized once for every reader).
#[derive(Debug)]
pub struct Published {
    pub id: u64,
    pub kind: &'static str,
    /// The whole event as JSON (`{"id","time","type","data"}`).
    pub json: Bytes,
}

struct History {
    next_id: u64,
    events: VecDeque<Arc<Published>>,
}

struct Inner {
    history: Mutex<History>,
    capacity: usize,
    sender: broadcast::Sender<Arc<Published>>,
    /// Last request per (user, address), for `user.login`.
    logins: Mutex<HashMap<(String, IpAddr), Instant>>,
    login_quiet: Duration,
}

/// Logins remembered at most; past it, the quiet ones are forgotten.
const LOGINS_KEPT: usize = 10_000;

/// Handle to the bus; cheap to clone.
#[derive(Clone)]
pub struct Events {
    inner: Arc<Inner>,
}

/// What a subscriber starting at an id gets: the history after it and the live stream.
pub struct Subscription {
    /// Events after the id asked for that the history still holds, oldest first.
    pub backlog: Vec<Arc<Published>>,
    /// Set when the id asked for is older than the history: the oldest id kept (events before
    /// it are gone).
    pub gap: Option<u64>,
    /// Everything published after `backlog`.
    pub live: broadcast::Receiver<Arc<Published>>,
}

impl Events {
    pub fn new(config: &EventsConfig) -> Self {
        let capacity = config.history.max(16);
        let (sender, _) = broadcast::channel(capacity);
        let start = (time::OffsetDateTime::now_utc().unix_timestamp_nanos() / 1_000_000).max(0)
            as u64
            * 1000;
        Events {
            inner: Arc::new(Inner {
                history: Mutex::new(History {
                    next_id: start.max(1),
                    events: VecDeque::with_capacity(capacity.min(100_000)),
                }),
                capacity,
                sender,
                logins: Mutex::new(HashMap::new()),
                login_quiet: Duration::from_secs(config.login_quiet_secs),
            }),
        }
    }

    fn history(&self) -> std::sync::MutexGuard<'_, History> {
        self.inner.history.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Publishes an event now; returns its id. Never waits for readers.
    pub fn publish(&self, data: EventData) -> u64 {
        let kind = data.kind();
        let time = time::OffsetDateTime::now_utc();
        let mut history = self.history();
        let id = history.next_id;
        history.next_id += 1;
        let event = Event { id, time, data };
        let json = match serde_json::to_vec(&event) {
            Ok(json) => Bytes::from(json),
            Err(e) => {
                tracing::error!("failed to serialize event {kind}: {e}");
                return id;
            }
        };
        let published = Arc::new(Published { id, kind, json });
        if history.events.len() >= self.inner.capacity {
            history.events.pop_front();
        }
        history.events.push_back(published.clone());
        // Under the lock, so the channel carries events in id order. No receivers is fine.
        let _ = self.inner.sender.send(published);
        id
    }

    /// Events after `since` from the history (all of it for `None`: a fresh `mothership events`
    /// prints what happened lately), then the live stream, with no event missed or repeated
    /// between the two.
    pub fn subscribe(&self, since: Option<u64>) -> Subscription {
        let history = self.history();
        let live = self.inner.sender.subscribe();
        let oldest = history.events.front().map(|e| e.id);
        let (backlog, gap) = match since {
            None => (history.events.iter().cloned().collect(), None),
            Some(since) => {
                let start = history.events.partition_point(|e| e.id <= since);
                let gap = oldest.filter(|&o| since.saturating_add(1) < o);
                (history.events.iter().skip(start).cloned().collect(), gap)
            }
        };
        Subscription { backlog, gap, live }
    }

    /// Only the live stream.
    pub fn receiver(&self) -> broadcast::Receiver<Arc<Published>> {
        self.inner.sender.subscribe()
    }

    /// The id the next event will get.
    pub fn next_id(&self) -> u64 {
        self.history().next_id
    }

    /// Publishes `user.login` when `user` was not seen from `address` for a while.
    pub fn user_seen(&self, user: &str, address: Option<IpAddr>) {
        let Some(address) = address else { return };
        let now = Instant::now();
        let fresh = {
            let mut logins = self.inner.logins.lock().unwrap_or_else(|e| e.into_inner());
            let key = (user.to_owned(), address);
            let fresh = logins
                .get(&key)
                .is_none_or(|last| now.duration_since(*last) >= self.inner.login_quiet);
            if logins.len() >= LOGINS_KEPT && !logins.contains_key(&key) {
                let quiet = self.inner.login_quiet;
                logins.retain(|_, last| now.duration_since(*last) < quiet);
                if logins.len() >= LOGINS_KEPT {
                    logins.clear();
                }
            }
            logins.insert(key, now);
            fresh
        };
        if fresh {
            self.publish(EventData::UserLogin {
                user: user.to_owned(),
                address: address.to_string(),
            });
        }
    }

    /// Publishes `user.login_failed` for the user name the `Authorization` header claims.
    pub fn login_failed(&self, header: Option<&str>, address: Option<IpAddr>) {
        self.login_failed_as(&claimed_user(header).unwrap_or_default(), address);
    }

    /// Publishes `user.login_failed` for `user` (the name a login form gave, not checked).
    pub fn login_failed_as(&self, user: &str, address: Option<IpAddr>) {
        self.publish(EventData::UserLoginFailed {
            user: user.chars().filter(|c| !c.is_control()).take(128).collect(),
            address: address.map(|a| a.to_string()).unwrap_or_default(),
        });
    }
}

/// The user name of a `Basic` `Authorization` header (not checked), at most 128 characters.
pub fn claimed_user(header: Option<&str>) -> Option<String> {
    use base64::Engine;
    let encoded = header?.strip_prefix("Basic ")?.trim();
    let decoded = base64::engine::general_purpose::STANDARD
        .decode(encoded)
        .ok()?;
    let text = String::from_utf8_lossy(&decoded);
    let user = text.split(':').next()?;
    Some(user.chars().filter(|c| !c.is_control()).take(128).collect())
}

impl crate::builders::BuildEvents for Events {
    fn started(&self, build: &Build) {
        self.publish(EventData::BuildStarted {
            id: build.id.clone(),
            service: build.service.clone(),
            builder: build.builder_id.clone(),
        });
    }

    fn finished(&self, build: &Build) {
        self.publish(EventData::BuildFinished {
            id: build.id.clone(),
            service: build.service.clone(),
            builder: build.builder_id.clone(),
            status: build.status.as_str().to_owned(),
            image: build.image_id.clone(),
            error: build.error.clone(),
        });
        if let Some(image) = &build.image_id {
            self.publish(EventData::ImageCreated {
                id: image.clone(),
                tag: build.tag.clone(),
                build: Some(build.id.clone()),
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bus(history: usize) -> Events {
        Events::new(&EventsConfig {
            history,
            ..EventsConfig::default()
        })
    }

    fn deleted(bus: &Events, n: usize) -> Vec<u64> {
        (0..n)
            .map(|i| bus.publish(EventData::ImageDeleted { id: i.to_string() }))
            .collect()
    }

    #[tokio::test]
    async fn ids_grow_and_resuming_gets_what_followed() {
        let bus = bus(16);
        let ids = deleted(&bus, 5);
        assert!(ids.windows(2).all(|w| w[1] == w[0] + 1));
        let sub = bus.subscribe(Some(ids[2]));
        assert_eq!(
            sub.backlog.iter().map(|e| e.id).collect::<Vec<_>>(),
            ids[3..]
        );
        assert_eq!(sub.gap, None);
        let mut live = sub.live;
        let next = bus.publish(EventData::ImageDeleted { id: "x".into() });
        assert_eq!(live.recv().await.expect("live").id, next);
    }

    #[tokio::test]
    async fn history_is_bounded_and_an_older_id_is_a_gap() {
        let bus = bus(16);
        let ids = deleted(&bus, 40);
        let sub = bus.subscribe(Some(ids[0]));
        assert_eq!(sub.backlog.len(), 16);
        assert_eq!(sub.gap, Some(ids[24]));
        assert_eq!(bus.subscribe(None).backlog.len(), 16);
    }

    #[tokio::test]
    async fn a_slow_reader_lags_and_the_publisher_never_waits() {
        let bus = bus(16);
        let mut reader = bus.receiver();
        deleted(&bus, 100);
        match reader.recv().await {
            Err(broadcast::error::RecvError::Lagged(n)) => assert_eq!(n, 84),
            other => panic!("expected a lag, got {other:?}"),
        }
    }

    #[test]
    fn logins_are_told_once_per_quiet_period() {
        let bus = bus(16);
        let mut reader = bus.receiver();
        let addr: IpAddr = [10, 0, 0, 1].into();
        bus.user_seen("admin", Some(addr));
        bus.user_seen("admin", Some(addr));
        bus.user_seen("admin", Some([10, 0, 0, 2].into()));
        let mut kinds = Vec::new();
        while let Ok(e) = reader.try_recv() {
            kinds.push(e.kind);
        }
        assert_eq!(kinds, ["user.login", "user.login"]);
    }

    #[test]
    fn claimed_user_reads_the_basic_header() {
        assert_eq!(
            claimed_user(Some("Basic YWRtaW46eA==")).as_deref(),
            Some("admin")
        );
        assert_eq!(claimed_user(Some("Bearer x")), None);
    }
}
