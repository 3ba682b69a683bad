//! `mothership events` (what happened, and what happens: `--follow`), `mothership webhooks`
//! (where events are POSTed) and `mothership audit` (who changed what).

use clap::{Args, Subcommand};

/// `mothership events`.
#[derive(Debug, Clone, Args)]
#[command(
    after_help = "Without --follow, prints the events the server still holds (its history) and \
                  exits. With -o json, one JSON object per line.\n\n\
                  Examples:\n  mothership events\n  \
                  mothership events --follow --type instance.docked --type 'deploy.*'\n  \
                  mothership events -f -o json | jq -c 'select(.type == \"build.finished\")'"
)]
pub struct EventsArgs {
    /// Keep printing events as they happen (reconnects, resuming where it stopped)
    #[arg(long, short = 'f')]
    pub follow: bool,

    /// Only events of this type, or of types starting with a prefix ending in `*` (repeat for
    /// several, or give a comma list)
    #[arg(long = "type", short = 't', value_name = "TYPE")]
    pub types: Vec<String>,

    /// Only events after this event id
    #[arg(long, value_name = "ID")]
    pub since: Option<u64>,
}

/// `mothership webhooks ...`.
#[derive(Debug, Subcommand)]
pub enum WebhooksCommand {
    /// Register a URL to POST events to; prints the secret deliveries are signed with, once
    #[command(
        after_help = "Each delivery is a POST of the event's JSON with the header \
        X-Mothership-Signature: sha256=<hex HMAC-SHA256 of the body under the secret>.\n\n\
        Examples:\n  mothership webhooks add https://ci.example.com/hook --event 'deploy.*'\n  \
        mothership webhooks add http://10.0.0.5:8000/events --secret \"$SECRET\""
    )]
    Add(WebhookAddArgs),
    /// List webhooks and how their deliveries go
    #[command(visible_alias = "ls")]
    List,
    /// Show a webhook and its last delivery
    Show(WebhookIdArg),
    /// Delete a webhook (what is queued for it is dropped)
    #[command(visible_alias = "rm")]
    Delete(WebhookIdArg),
}

/// `mothership webhooks add`.
#[derive(Debug, Clone, Args)]
pub struct WebhookAddArgs {
    /// Where to POST events: an http or https URL
    pub url: String,

    /// An event type or `prefix*` to deliver (repeat for several) [default: every event]
    #[arg(long = "event", short = 'e', value_name = "TYPE")]
    pub events: Vec<String>,

    /// The signing secret [default: generated, and printed once]
    #[arg(
        long,
        value_name = "SECRET",
        env = "MOTHERSHIP_WEBHOOK_SECRET",
        hide_env_values = true
    )]
    pub secret: Option<String>,
}

/// A webhook.
#[derive(Debug, Clone, Args)]
pub struct WebhookIdArg {
    /// Webhook ID or unique ID prefix (at least 4 hex digits)
    pub id: String,
}

/// `mothership audit`.
#[derive(Debug, Clone, Args)]
#[command(after_help = "Examples:\n  mothership audit\n  \
    mothership audit --search DELETE --limit 20\n  mothership audit -s admin -o json")]
pub struct AuditArgs {
    /// Only rows whose user, method, path or address contain TEXT
    #[arg(long, short = 's', value_name = "TEXT")]
    pub search: Option<String>,

    /// Show at most this many, newest first
    #[arg(long, value_name = "N", default_value_t = 100)]
    pub limit: u64,
}
