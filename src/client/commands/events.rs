//! `mothership events [--follow]`, `mothership webhooks add|list|show|delete`, `mothership
//! audit`.

use crate::protocol::routes;
use std::io::Write;
use std::time::Duration;

use anyhow::Context;
use futures_util::StreamExt;
use reqwest::Method;

use crate::cli::events::{AuditArgs, EventsArgs, WebhookIdArg, WebhooksCommand};
use crate::cli::{GlobalArgs, OutputFormat};
use crate::client::output::{print_fields, print_item, print_list};
use crate::client::paging::{date, fetch_every};
use crate::client::{ApiClient, ClientError, connect};
use crate::protocol::events::{
    AuditEntry, EventRecord, STREAM_GAP, STREAM_LAGGED, Webhook, WebhookCreate,
};
use crate::protocol::list::{MAX_LIMIT, Page};

/// Wait before reconnecting a followed stream that ended.
const RECONNECT: Duration = Duration::from_secs(2);

/// `mothership events`.
pub async fn events(global: &GlobalArgs, args: &EventsArgs) -> anyhow::Result<()> {
    let (settings, client) = connect(global)?;
    let format = settings.output;
    let mut last = args.since;
    let mut printer = Printer {
        format,
        out: std::io::stdout(),
    };
    loop {
        let mut query: Vec<(&str, String)> = vec![("follow", args.follow.to_string())];
        if !args.types.is_empty() {
            query.push(("type", args.types.join(",")));
        }
        if let Some(since) = last {
            query.push(("since", since.to_string()));
        }
        let response = client
            .send(client.request(Method::GET, routes::EVENTS).query(&query))
            .await;
        let response = match response {
            Ok(r) => r,
            // Once following, a server that went away is waited for; refusals end it.
            Err(e) if args.follow && last.is_some() && is_transport(&e) => {
                eprintln!("(connection lost; reconnecting)");
                tokio::time::sleep(RECONNECT).await;
                continue;
            }
            Err(e) => return Err(e),
        };
        let ended = read_stream(response, &mut printer, &mut last).await;
        if !args.follow {
            return ended;
        }
        if let Err(e) = ended {
            eprintln!("(stream interrupted: {e}; reconnecting)");
        }
        tokio::time::sleep(RECONNECT).await;
    }
}

fn is_transport(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        matches!(
            c.downcast_ref::<ClientError>(),
            Some(ClientError::Api { status: 0, .. })
        )
    })
}

/// Reads `text/event-stream` until it ends, printing each event; `last` follows the id of the
/// last event seen.
async fn read_stream(
    response: reqwest::Response,
    printer: &mut Printer,
    last: &mut Option<u64>,
) -> anyhow::Result<()> {
    let mut body = response.bytes_stream();
    let mut pending: Vec<u8> = Vec::new();
    let mut frame = Frame::default();
    while let Some(chunk) = body.next().await {
        let chunk = chunk.context("the event stream broke off")?;
        pending.extend_from_slice(&chunk);
        while let Some(end) = pending.iter().position(|&b| b == b'\n') {
            let line: Vec<u8> = pending.drain(..=end).collect();
            let line = String::from_utf8_lossy(&line);
            let line = line.trim_end_matches(['\n', '\r']);
            if line.is_empty() {
                let done = std::mem::take(&mut frame);
                if let Some(id) = printer.frame(done)? {
                    *last = Some(id);
                }
            } else {
                frame.line(line);
            }
        }
    }
    Ok(())
}

/// The fields of one server-sent event.
#[derive(Debug, Default)]
struct Frame {
    id: Option<String>,
    event: Option<String>,
    data: String,
}

impl Frame {
    fn line(&mut self, line: &str) {
        if line.starts_with(':') {
            return;
        }
        let (field, value) = line.split_once(':').unwrap_or((line, ""));
        let value = value.strip_prefix(' ').unwrap_or(value);
        match field {
            "id" => self.id = Some(value.to_owned()),
            "event" => self.event = Some(value.to_owned()),
            "data" => {
                if !self.data.is_empty() {
                    self.data.push('\n');
                }
                self.data.push_str(value);
            }
            _ => {}
        }
    }
}

struct Printer {
    format: OutputFormat,
    out: std::io::Stdout,
}

impl Printer {
    /// Prints one frame; returns its event id.
    fn frame(&mut self, frame: Frame) -> anyhow::Result<Option<u64>> {
        let kind = frame.event.as_deref().unwrap_or("message");
        if kind == STREAM_LAGGED || kind == STREAM_GAP {
            let data: serde_json::Value = serde_json::from_str(&frame.data).unwrap_or_default();
            if kind == STREAM_LAGGED {
                eprintln!(
                    "warning: {} events were missed: this client read too slowly",
                    data["missed"]
                );
            } else {
                eprintln!(
                    "warning: events after {} up to {} are no longer kept by the server",
                    data["since"], data["oldest"]
                );
            }
            return Ok(None);
        }
        if frame.data.is_empty() {
            return Ok(None);
        }
        let event: EventRecord = serde_json::from_str(&frame.data).with_context(|| {
            format!(
                "the server sent an event this client cannot read: {}",
                frame.data
            )
        })?;
        let mut out = self.out.lock();
        match self.format {
            OutputFormat::Json => writeln!(out, "{}", frame.data)?,
            OutputFormat::Yaml => write!(out, "---\n{}", yaml_serde::to_string(&event)?)?,
            OutputFormat::Id => writeln!(out, "{}", event.id)?,
            OutputFormat::Table => writeln!(out, "{}", human(&event))?,
        }
        out.flush()?;
        Ok(Some(event.id))
    }
}

/// `2025-05-01 12:00:00  instance.docked  uuid=… address=…`.
fn human(event: &EventRecord) -> String {
    let mut line = format!("{}  {:<21}", date(&event.time), event.kind);
    if let serde_json::Value::Object(fields) = &event.data {
        for (key, value) in fields {
            let text = match value {
                serde_json::Value::String(s) => {
                    let first = s.lines().next().unwrap_or_default();
                    let short: String = first.chars().take(80).collect();
                    if short.contains(' ') || short.is_empty() {
                        format!("{short:?}")
                    } else {
                        short
                    }
                }
                serde_json::Value::Null => continue,
                other => other.to_string(),
            };
            line.push_str(&format!(" {key}={text}"));
        }
    }
    line
}

/// `mothership webhooks ...`.
pub async fn webhooks(global: &GlobalArgs, command: WebhooksCommand) -> anyhow::Result<()> {
    let (settings, client) = connect(global)?;
    let format = settings.output;
    match command {
        WebhooksCommand::Add(args) => {
            let body = WebhookCreate {
                url: args.url.clone(),
                events: args.events.clone(),
                secret: args.secret.clone(),
            };
            let hook: Webhook = client
                .send_json(client.request(Method::POST, routes::WEBHOOKS).json(&body))
                .await
                .with_context(|| format!("failed to add a webhook for {}", args.url))?;
            print_item(format, &hook, &hook.id, || {
                println!("Added webhook {} for {}", hook.id, hook.url);
                if args.secret.is_none()
                    && let Some(secret) = &hook.secret
                {
                    println!("Secret (shown only now; deliveries are signed with it): {secret}");
                }
                Ok(())
            })
        }
        WebhooksCommand::List => {
            let hooks: Vec<Webhook> = fetch_every(&client, routes::WEBHOOKS).await?;
            print_list(
                format,
                &hooks,
                |h| &h.id,
                &[
                    "ID", "URL", "EVENTS", "LAST", "STATUS", "FAILURES", "QUEUED",
                ],
                |h| {
                    vec![
                        h.id.clone(),
                        h.url.clone(),
                        events_text(h),
                        h.delivery.last_attempt.as_ref().map_or("-".into(), date),
                        status_text(h),
                        h.delivery.consecutive_failures.to_string(),
                        h.delivery.queued.to_string(),
                    ]
                },
            )
        }
        WebhooksCommand::Show(WebhookIdArg { id }) => {
            let hook: Webhook = client
                .get_json(&routes::path(routes::WEBHOOK, &[&id]))
                .await?;
            print_item(format, &hook, &hook.id, || show(&hook))
        }
        WebhooksCommand::Delete(WebhookIdArg { id }) => {
            let path = routes::path(routes::WEBHOOK, &[&id]);
            let hook: Webhook = client.get_json(&path).await?;
            client
                .send(client.request(Method::DELETE, &routes::path(routes::WEBHOOK, &[&hook.id])))
                .await?;
            print_item(format, &hook, &hook.id, || {
                println!("Deleted webhook {} ({})", hook.id, hook.url);
                Ok(())
            })
        }
    }
}

fn events_text(h: &Webhook) -> String {
    if h.events.is_empty() {
        "*".into()
    } else {
        h.events.join(",")
    }
}

fn status_text(h: &Webhook) -> String {
    let d = &h.delivery;
    match (&d.last_error, d.last_status) {
        (Some(e), _) => format!("failing: {}", e.chars().take(60).collect::<String>()),
        (None, Some(s)) => format!("ok ({s})"),
        (None, None) => "-".into(),
    }
}

fn show(h: &Webhook) -> anyhow::Result<()> {
    let d = &h.delivery;
    print_fields(&[
        ("ID", h.id.clone()),
        ("URL", h.url.clone()),
        ("Events", events_text(h)),
        ("Created", date(&h.created)),
        (
            "Last attempt",
            d.last_attempt.as_ref().map_or("-".into(), date),
        ),
        (
            "Last status",
            d.last_status.map_or("-".into(), |s| s.to_string()),
        ),
        (
            "Last error",
            d.last_error.clone().unwrap_or_else(|| "-".into()),
        ),
        (
            "Last delivered",
            d.last_delivered.map_or("-".into(), |i| i.to_string()),
        ),
        ("Failures in a row", d.consecutive_failures.to_string()),
        (
            "Since start",
            format!(
                "{} delivered, {} failed, {} dropped (queue full), {} queued",
                d.delivered, d.failed, d.dropped, d.queued
            ),
        ),
    ])
}

/// `mothership audit`.
pub async fn audit(global: &GlobalArgs, args: &AuditArgs) -> anyhow::Result<()> {
    let (settings, client) = connect(global)?;
    let entries = fetch_audit(&client, args).await?;
    if settings.output == OutputFormat::Id {
        for e in &entries {
            println!("{}", e.id);
        }
        return Ok(());
    }
    print_list(
        settings.output,
        &entries,
        |_| "",
        &["TIME", "USER", "METHOD", "PATH", "STATUS", "FROM"],
        |a| {
            vec![
                date(&a.time),
                a.user.clone().unwrap_or_else(|| "-".into()),
                a.method.clone(),
                a.path.clone(),
                a.status.to_string(),
                a.address.clone(),
            ]
        },
    )
}

async fn fetch_audit(client: &ApiClient, args: &AuditArgs) -> anyhow::Result<Vec<AuditEntry>> {
    let mut items: Vec<AuditEntry> = Vec::new();
    while (items.len() as u64) < args.limit {
        let want = (args.limit - items.len() as u64).min(u64::from(MAX_LIMIT));
        let mut query = vec![
            ("limit", want.to_string()),
            ("offset", items.len().to_string()),
        ];
        if let Some(s) = &args.search {
            query.push(("search", s.clone()));
        }
        let page: Page<AuditEntry> = client
            .send_json(client.request(Method::GET, routes::AUDIT).query(&query))
            .await?;
        let n = page.items.len();
        items.extend(page.items);
        if n == 0 || items.len() as u64 >= page.total {
            break;
        }
    }
    Ok(items)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn frames_collect_fields_and_skip_comments() {
        let mut f = Frame::default();
        for line in [
            ": keep-alive",
            "id: 5",
            "event: image.deleted",
            "data: {\"a\":1}",
        ] {
            f.line(line);
        }
        assert_eq!(f.id.as_deref(), Some("5"));
        assert_eq!(f.event.as_deref(), Some("image.deleted"));
        assert_eq!(f.data, "{\"a\":1}");
    }

    #[test]
    fn human_lines_name_the_object() {
        let event: EventRecord = serde_json::from_value(serde_json::json!({
            "id": 1, "time": "2025-05-01T12:00:00Z", "type": "uplink.created",
            "data": {"id": "ab12", "name": "my uplink", "url": "http://x"}
        }))
        .expect("event");
        let line = human(&event);
        assert!(
            line.starts_with("2025-05-01 12:00:00  uplink.created"),
            "{line}"
        );
        assert!(
            line.contains("id=ab12") && line.contains("name=\"my uplink\""),
            "{line}"
        );
    }
}
