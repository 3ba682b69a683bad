//! Events (`GET /v1/events`, webhook deliveries), webhooks (`/v1/webhooks`) and the audit log
//! (`GET /v1/audit`).
//!
//! An event is `{"id", "time", "type", "data"}`: `id` grows with every event (a client resumes
//! after it), `type` is one of [`EVENT_TYPES`] and `data` names the object it is about. The
//! server builds events from the typed [`EventData`]; a client reads them as [`EventRecord`]
//! (the same JSON with `data` left as JSON), so a client of an older version can still show
//! event types it does not know.

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;

use super::deploys::DeployCounts;

/// Every event type, in the order the documentation lists them.
pub const EVENT_TYPES: &[&str] = &[
    "instance.docked",
    "instance.disconnected",
    "instance.panicked",
    "instance.conflict",
    "deploy.state",
    "rollout.state",
    "rollout.wave",
    "upgrade.state",
    "desired.state",
    "build.started",
    "build.finished",
    "image.created",
    "image.deleted",
    "nacl.created",
    "nacl.deleted",
    "uplink.created",
    "uplink.deleted",
    "provider.updated",
    "user.login",
    "user.login_failed",
];

/// The stream-only event a `GET /v1/events` subscriber gets (without an `id:`) when it fell so
/// far behind that events were dropped for it: `{"missed": N}`.
pub const STREAM_LAGGED: &str = "stream.lagged";
/// The stream-only event at the start of a resumed stream whose `Last-Event-ID` is older than
/// the history kept: `{"since": ID, "oldest": ID}` (events between them are gone).
pub const STREAM_GAP: &str = "stream.gap";

/// One event, as the server publishes it.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, utoipa::ToSchema)]
pub struct Event {
    /// Grows by one with every event; never repeats, also across restarts.
    pub id: u64,
    #[serde(with = "crate::protocol::timestamp")]
    pub time: OffsetDateTime,
    /// `type` and `data`.
    #[serde(flatten)]
    pub data: EventData,
}

impl Event {
    /// The event's type, e.g. `instance.docked`.
    pub fn kind(&self) -> &'static str {
        self.data.kind()
    }
}

/// An event as a client reads it: `data` as plain JSON.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, utoipa::ToSchema)]
pub struct EventRecord {
    pub id: u64,
    #[serde(with = "crate::protocol::timestamp")]
    pub time: OffsetDateTime,
    #[serde(rename = "type")]
    pub kind: String,
    #[serde(default)]
    pub data: serde_json::Value,
}

/// What happened, and to what: the `type` and `data` of an event.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, utoipa::ToSchema)]
#[serde(tag = "type", content = "data")]
pub enum EventData {
    /// An instance identified itself on a new connection.
    #[serde(rename = "instance.docked")]
    InstanceDocked {
        #[serde(rename = "instance_id")]
        uuid: String,
        /// The peer address it docked from.
        address: String,
        /// The image id it reports running.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        binary: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        version: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        tag: Option<String>,
    },
    /// An instance's connection ended (not when a newer connection replaced it).
    #[serde(rename = "instance.disconnected")]
    InstanceDisconnected {
        #[serde(rename = "instance_id")]
        uuid: String,
        reason: String,
    },
    /// An instance reported a panic; `text` is its first 4 KiB.
    #[serde(rename = "instance.panicked")]
    InstancePanicked {
        #[serde(rename = "instance_id")]
        uuid: String,
        text: String,
    },
    /// A dock was refused (`reason` says why): the instance is docked from another address,
    /// which keeps its place (`live_address`); a deploy waits for it from another address
    /// (`live_address` is where the update went); or it came with another uplink's token.
    #[serde(rename = "instance.conflict")]
    InstanceConflict {
        #[serde(rename = "instance_id")]
        uuid: String,
        address: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        live_address: Option<String>,
        reason: String,
    },
    /// A deploy started or finished (`running`, `verified`, `failed`).
    #[serde(rename = "deploy.state")]
    DeployState {
        id: String,
        #[serde(rename = "image_id")]
        image: String,
        #[serde(rename = "status")]
        state: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        reason: Option<String>,
        counts: DeployCounts,
    },
    /// A rollout started or changed state (`running`, `paused`, `completed`, `cancelled`,
    /// `rolling_back`, `rolled_back`); `reason` says why it paused or ended.
    #[serde(rename = "rollout.state")]
    RolloutState {
        id: String,
        #[serde(rename = "image_id")]
        image: String,
        #[serde(rename = "status")]
        state: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        reason: Option<String>,
        counts: super::rollouts::RolloutCounts,
    },
    /// A wave of a rollout started (`running`) or ended (`passed`, `failed`).
    #[serde(rename = "rollout.wave")]
    RolloutWave {
        id: String,
        wave: u32,
        #[serde(rename = "status")]
        state: String,
        counts: super::rollouts::RolloutCounts,
    },
    /// An upgrade changed state (`building`, `deploying`, `verified`, `failed`, `cancelled`).
    #[serde(rename = "upgrade.state")]
    UpgradeState {
        id: String,
        #[serde(rename = "instance_id")]
        instance: String,
        #[serde(rename = "status")]
        state: String,
        build: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        deploy: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        error: Option<String>,
    },
    /// An instance's desired state changed: its desired image was set (`updating`, or
    /// `in_sync` when it runs it already) or cleared (`not_managed`), or the engine moved it
    /// (`updating` with why, `in_sync`, `failed`).
    #[serde(rename = "desired.state")]
    DesiredChanged {
        #[serde(rename = "instance_id")]
        instance: String,
        #[serde(default, rename = "image_id", skip_serializing_if = "Option::is_none")]
        image: Option<String>,
        status: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        reason: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        set_by: Option<String>,
    },
    /// A build left the queue and runs.
    #[serde(rename = "build.started")]
    BuildStarted {
        id: String,
        service: String,
        #[serde(rename = "builder_id")]
        builder: String,
    },
    /// A build ended (`succeeded`, `failed`, `cancelled`).
    #[serde(rename = "build.finished")]
    BuildFinished {
        id: String,
        service: String,
        #[serde(rename = "builder_id")]
        builder: String,
        status: String,
        #[serde(default, rename = "image_id", skip_serializing_if = "Option::is_none")]
        image: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        error: Option<String>,
    },
    /// An image was uploaded or built.
    #[serde(rename = "image.created")]
    ImageCreated {
        id: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        tag: Option<String>,
        /// The build that made it.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        build: Option<String>,
    },
    #[serde(rename = "image.deleted")]
    ImageDeleted { id: String },
    #[serde(rename = "nacl.created")]
    NaclCreated { id: String, name: String },
    #[serde(rename = "nacl.deleted")]
    NaclDeleted { id: String, name: String },
    #[serde(rename = "uplink.created")]
    UplinkCreated {
        id: String,
        name: String,
        url: String,
    },
    #[serde(rename = "uplink.deleted")]
    UplinkDeleted { id: String, name: String },
    /// A bob provider's list of builders was refreshed.
    #[serde(rename = "provider.updated")]
    ProviderUpdated { provider: String },
    /// A user authenticated (first request from an address, or again after a quiet while).
    #[serde(rename = "user.login")]
    UserLogin { user: String, address: String },
    /// A wrong user name or password.
    #[serde(rename = "user.login_failed")]
    UserLoginFailed { user: String, address: String },
}

impl EventData {
    /// The type name, e.g. `instance.docked`.
    pub fn kind(&self) -> &'static str {
        match self {
            EventData::InstanceDocked { .. } => "instance.docked",
            EventData::InstanceDisconnected { .. } => "instance.disconnected",
            EventData::InstancePanicked { .. } => "instance.panicked",
            EventData::InstanceConflict { .. } => "instance.conflict",
            EventData::DeployState { .. } => "deploy.state",
            EventData::RolloutState { .. } => "rollout.state",
            EventData::RolloutWave { .. } => "rollout.wave",
            EventData::UpgradeState { .. } => "upgrade.state",
            EventData::DesiredChanged { .. } => "desired.state",
            EventData::BuildStarted { .. } => "build.started",
            EventData::BuildFinished { .. } => "build.finished",
            EventData::ImageCreated { .. } => "image.created",
            EventData::ImageDeleted { .. } => "image.deleted",
            EventData::NaclCreated { .. } => "nacl.created",
            EventData::NaclDeleted { .. } => "nacl.deleted",
            EventData::UplinkCreated { .. } => "uplink.created",
            EventData::UplinkDeleted { .. } => "uplink.deleted",
            EventData::ProviderUpdated { .. } => "provider.updated",
            EventData::UserLogin { .. } => "user.login",
            EventData::UserLoginFailed { .. } => "user.login_failed",
        }
    }
}

/// A set of event types: exact names and `prefix*` wildcards (`deploy.*`, `*`). Empty matches
/// every type.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TypeFilter {
    patterns: Vec<String>,
}

impl TypeFilter {
    /// Parses patterns (each may be a comma list); a pattern that can match no known type is an
    /// error naming it and the known types.
    pub fn parse<S: AsRef<str>>(patterns: &[S]) -> Result<Self, String> {
        let mut out = Vec::new();
        for p in patterns {
            for one in p
                .as_ref()
                .split(',')
                .map(str::trim)
                .filter(|s| !s.is_empty())
            {
                let known = |t: &str| pattern_matches(one, t);
                let stream = one == STREAM_LAGGED || one == STREAM_GAP;
                if one.len() > 64 || (!EVENT_TYPES.iter().any(|t| known(t)) && !stream) {
                    return Err(format!(
                        "unknown event type {one:?}: use one of {} (or a prefix with *, such as \
                         deploy.*)",
                        EVENT_TYPES.join(", ")
                    ));
                }
                out.push(one.to_owned());
            }
        }
        if out.len() > 64 {
            return Err("at most 64 event types may be given".into());
        }
        Ok(TypeFilter { patterns: out })
    }

    /// True when `kind` is in the set.
    pub fn matches(&self, kind: &str) -> bool {
        self.patterns.is_empty() || self.patterns.iter().any(|p| pattern_matches(p, kind))
    }

    /// The patterns as given.
    pub fn patterns(&self) -> &[String] {
        &self.patterns
    }
}

/// `pattern` is a type name or a `prefix*` wildcard.
pub fn pattern_matches(pattern: &str, kind: &str) -> bool {
    match pattern.strip_suffix('*') {
        Some(prefix) => kind.starts_with(prefix),
        None => pattern == kind,
    }
}

/// `POST /v1/webhooks`.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct WebhookCreate {
    /// Where deliveries are POSTed: an `http` or `https` URL.
    pub url: String,
    /// Event types and `prefix*` wildcards; empty or absent: every event.
    #[serde(default)]
    pub events: Vec<String>,
    /// The HMAC key; generated (and returned once) when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub secret: Option<String>,
}

/// A registered webhook and how its deliveries are going. The secret is shown only in the
/// answer to its creation.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq, utoipa::ToSchema)]
pub struct Webhook {
    /// 16 hex digits.
    pub id: String,
    pub url: String,
    pub events: Vec<String>,
    #[serde(with = "crate::protocol::timestamp")]
    pub created: OffsetDateTime,
    /// Only in the answer to `POST /v1/webhooks`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub secret: Option<String>,
    #[serde(default)]
    pub delivery: DeliveryStatus,
}

/// How a webhook's deliveries went.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq, Eq, utoipa::ToSchema)]
pub struct DeliveryStatus {
    /// When the last attempt ended.
    #[serde(default, with = "crate::protocol::timestamp::option")]
    pub last_attempt: Option<OffsetDateTime>,
    /// The HTTP status of the last attempt (none when it got no answer).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_status: Option<u16>,
    /// Why the last attempt failed; absent after a success.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_error: Option<String>,
    /// The id of the last event delivered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_delivered: Option<u64>,
    /// Failed attempts since the last success.
    pub consecutive_failures: u64,
    /// Events delivered since the server started.
    pub delivered: u64,
    /// Events given up on (all attempts failed) since the server started.
    pub failed: u64,
    /// Events dropped unsent because the queue was full (oldest first) since the server started.
    pub dropped: u64,
    /// Events waiting now.
    pub queued: u64,
}

/// One state-changing API request (`POST`, `PUT`, `PATCH`, `DELETE`).
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq, utoipa::ToSchema)]
pub struct AuditEntry {
    pub id: u64,
    #[serde(with = "crate::protocol::timestamp")]
    pub time: OffsetDateTime,
    /// The authenticated user; `anonymous` when authentication is off; absent when the request
    /// was refused before anyone was authenticated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<String>,
    pub method: String,
    /// The path as requested (without the query).
    pub path: String,
    pub status: u16,
    /// The peer's address and port.
    pub address: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn events_serialize_as_type_and_data_and_read_back_generically() {
        let e = Event {
            id: 7,
            time: OffsetDateTime::UNIX_EPOCH,
            data: EventData::ImageDeleted { id: "ab".into() },
        };
        let json = serde_json::to_value(&e).expect("json");
        assert_eq!(json["type"], "image.deleted");
        assert_eq!(json["data"]["id"], "ab");
        assert_eq!(json["id"], 7);
        let back: Event = serde_json::from_value(json.clone()).expect("typed");
        assert_eq!(back, e);
        let record: EventRecord = serde_json::from_value(json).expect("generic");
        assert_eq!(record.kind, "image.deleted");
        assert_eq!(e.kind(), "image.deleted");
    }

    /// Regression (issue 12, one spelling per idea): event data named an instance `uuid` or
    /// `instance`, a builder `builder` and an image `image`, where the records they are about
    /// say `instance_id`, `builder_id` and `image_id`.
    #[test]
    fn event_data_names_references_like_the_records() {
        let s = || String::from("x");
        let events = [
            EventData::InstanceDocked {
                uuid: s(),
                address: s(),
                binary: Some(s()),
                version: Some(s()),
                tag: Some(s()),
            },
            EventData::InstanceDisconnected {
                uuid: s(),
                reason: s(),
            },
            EventData::InstancePanicked {
                uuid: s(),
                text: s(),
            },
            EventData::InstanceConflict {
                uuid: s(),
                address: s(),
                live_address: Some(s()),
                reason: s(),
            },
            EventData::UpgradeState {
                id: s(),
                instance: s(),
                state: s(),
                build: s(),
                deploy: Some(s()),
                error: Some(s()),
            },
            EventData::BuildStarted {
                id: s(),
                service: s(),
                builder: s(),
            },
            EventData::BuildFinished {
                id: s(),
                service: s(),
                builder: s(),
                status: s(),
                image: Some(s()),
                error: Some(s()),
            },
        ];
        for data in events {
            let json = serde_json::to_value(&data).expect("json");
            let fields = json["data"].as_object().expect("an object");
            for old in ["uuid", "instance", "builder", "image", "state"] {
                assert!(!fields.contains_key(old), "{}: {old}", data.kind());
            }
            let back: EventData = serde_json::from_value(json).expect("reads back");
            assert_eq!(back, data);
        }
    }

    #[test]
    fn filters_take_names_wildcards_and_comma_lists() {
        let f = TypeFilter::parse(&["instance.docked,deploy.*"]).expect("ok");
        assert!(f.matches("instance.docked"));
        assert!(f.matches("deploy.state"));
        assert!(!f.matches("instance.disconnected"));
        assert!(TypeFilter::parse::<&str>(&[]).expect("empty").matches("x"));
        assert!(
            TypeFilter::parse(&["*"])
                .expect("all")
                .matches("user.login")
        );
        let err = TypeFilter::parse(&["instance.dockd"]).expect_err("typo");
        assert!(err.contains("instance.dockd") && err.contains("instance.docked"));
        assert!(
            TypeFilter::parse(&["rollout.*"])
                .expect("rollouts")
                .matches("rollout.wave")
        );
        assert!(TypeFilter::parse(&["rolout.*"]).is_err());
    }
}
