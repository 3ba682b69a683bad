//! `mothership instances`: list, inspect, logs, panics, stats, alias, describe, delete.

use crate::protocol::rollouts::Selector;
use crate::protocol::routes;
use std::io::Write;

use futures_util::StreamExt;
use reqwest::Method;
use time::OffsetDateTime;

use crate::cli::{DesiredCommand, GlobalArgs, InstancesArgs, InstancesCommand, OutputFormat};
use crate::client::commands::info::format_duration;
use crate::client::output::{print_fields, print_item, print_list, print_machine, print_table};
use crate::client::paging::{fetch_every, fetch_pages};
use crate::client::{ClientError, connect};
use crate::protocol::desired::{
    DesiredChange, DesiredGroupClear, DesiredGroupRequest, DesiredState, DesiredStatus,
};
use crate::protocol::instances::{
    DeleteInstances, DeleteResult, Instance, InstancePatch, InstanceStats, PanicReport,
    StatsSnapshot, UuidProblem,
};

pub async fn run(global: &GlobalArgs, args: InstancesArgs) -> anyhow::Result<()> {
    match args.command.clone() {
        None => list(global, &args).await,
        Some(InstancesCommand::Inspect { id }) => inspect(global, &id).await,
        Some(InstancesCommand::Logs { id, follow, lines }) => {
            logs(global, &id, follow, lines).await
        }
        Some(InstancesCommand::Panics { id }) => panics(global, &id).await,
        Some(InstancesCommand::Stats { id, stored }) => stats(global, &id, stored).await,
        Some(InstancesCommand::Alias { id, name }) => {
            let patch = InstancePatch {
                alias: Some(name),
                description: None,
                auto_redeploy: None,
            };
            let i = patch_instance(global, &id, &patch).await?;
            match &i.alias {
                Some(a) => eprintln!("Instance {} is now also called {a}", i.id),
                None => eprintln!("Instance {} has no alias now", i.id),
            }
            Ok(())
        }
        Some(InstancesCommand::Describe { id, text }) => {
            let patch = InstancePatch {
                alias: None,
                description: Some(text),
                auto_redeploy: None,
            };
            let i = patch_instance(global, &id, &patch).await?;
            eprintln!("Updated the description of instance {}", i.id);
            Ok(())
        }
        Some(InstancesCommand::AutoRedeploy { id, state }) => {
            let patch = InstancePatch {
                auto_redeploy: Some(state),
                ..InstancePatch::default()
            };
            let i = patch_instance(global, &id, &patch).await?;
            if i.auto_redeploy {
                eprintln!(
                    "Instance {} gets the image last deployed to it again when it docks running \
                     another binary",
                    i.id
                );
            } else {
                eprintln!("Instance {} is no longer redeployed automatically", i.id);
            }
            Ok(())
        }
        Some(InstancesCommand::Desired(cmd)) => desired(global, cmd).await,
        Some(InstancesCommand::Delete { ids, force }) => delete(global, ids, force).await,
    }
}

async fn list(global: &GlobalArgs, args: &InstancesArgs) -> anyhow::Result<()> {
    let (settings, client) = connect(global)?;
    let mut query: Vec<(&str, String)> = Vec::new();
    if let Some(s) = &args.search {
        query.push(("search", s.clone()));
    }
    if let Some(s) = &args.status {
        query.push(("status", s.clone()));
    }
    if let Some(s) = &args.desired {
        query.push(("desired", s.clone()));
    }
    if let Some(s) = &args.sort {
        query.push(("sort", s.clone()));
    }
    // Read pages until `--limit` or all matches.
    let instances: Vec<Instance> = fetch_pages(
        &client,
        routes::INSTANCES,
        &query,
        args.limit.map(u64::from),
    )
    .await?;
    let now = OffsetDateTime::now_utc();
    print_list(
        settings.output,
        &instances,
        |i| &i.id,
        &["Alias", "Status", "ID", "Image", "Tag", "Launched"],
        |i| {
            vec![
                i.alias.clone().unwrap_or_else(|| "-".into()),
                status_text(i),
                i.id.clone(),
                i.image
                    .as_deref()
                    .map(|s| s.chars().take(12).collect())
                    .unwrap_or_else(|| "-".into()),
                i.tag.clone().unwrap_or_else(|| "-".into()),
                i.connected_since
                    .map(|t| ago(now, t))
                    .unwrap_or_else(|| "-".into()),
            ]
        },
    )?;
    let unidentified = instances
        .iter()
        .filter(|i| i.uuid_problem.is_some())
        .count();
    if settings.output == OutputFormat::Table && unidentified > 0 {
        eprintln!(
            "warning: {unidentified} instance{} report{} an all-zero or empty uuid, which does not \
             tell VMs apart: give each VM a unique uuid (QEMU: -uuid); `mothership instances \
             inspect ID` says more",
            if unidentified == 1 { "" } else { "s" },
            if unidentified == 1 { "s" } else { "" },
        );
    }
    Ok(())
}

/// The status and what needs a look: a panic, a uuid that does not tell VMs apart, refused
/// docks.
fn status_text(i: &Instance) -> String {
    let mut notes = Vec::new();
    if i.panicked {
        notes.push("panicked");
    }
    match UuidProblem::of_id(&i.id) {
        Some(UuidProblem::AllZero) => notes.push("all-zero uuid"),
        Some(UuidProblem::Empty) => notes.push("no uuid"),
        None => {}
    }
    if !i.conflicts.is_empty() {
        notes.push("docks refused");
    }
    if notes.is_empty() {
        i.status.to_string()
    } else {
        format!("{} ({})", i.status, notes.join(", "))
    }
}

/// `from 10.0.0.3: 4 refused, last <time> (docked from 10.0.0.2)`, one per address.
fn conflicts_text(i: &Instance) -> String {
    if i.conflicts.is_empty() {
        return "-".into();
    }
    i.conflicts
        .iter()
        .map(|c| {
            format!(
                "from {}: {} refused, first {}, last {}{}",
                c.address,
                c.attempts,
                rfc3339(c.first_at),
                when(Some(c.last_at)),
                match (&c.uplink, &c.live_address) {
                    (Some(u), _) => format!(" (with the token of uplink {u})"),
                    (None, Some(a)) => format!(" (docked from {a} then)"),
                    (None, None) => String::new(),
                }
            )
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// `5m 3s ago`.
fn ago(now: OffsetDateTime, then: OffsetDateTime) -> String {
    let secs = (now - then).whole_seconds().max(0) as u64;
    format!("{} ago", format_duration(secs))
}

fn when(t: Option<OffsetDateTime>) -> String {
    let now = OffsetDateTime::now_utc();
    t.map(|t| format!("{} ({})", rfc3339(t), ago(now, t)))
        .unwrap_or_else(|| "-".into())
}

fn rfc3339(t: OffsetDateTime) -> String {
    t.format(&time::format_description::well_known::Rfc3339)
        .unwrap_or_else(|_| t.to_string())
}

fn or_dash(v: &Option<String>) -> String {
    v.clone()
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| "-".into())
}

/// `instances desired show|set|clear`.
async fn desired(global: &GlobalArgs, cmd: DesiredCommand) -> anyhow::Result<()> {
    let (settings, client) = connect(global)?;
    let pick = |ids: Vec<String>, selector: Vec<String>| -> anyhow::Result<Selector> {
        if ids.is_empty() && selector.is_empty() {
            anyhow::bail!("name the instances (IDs) or give --selector KEY=VALUE");
        }
        if selector.is_empty() {
            return Ok(Selector {
                instances: Some(ids),
                ..Default::default()
            });
        }
        super::rollout::selector(&selector)
    };
    let (change, image): (DesiredChange, Option<String>) = match cmd {
        DesiredCommand::Show { id } => {
            let d: DesiredState = client
                .get_json(&routes::path(routes::INSTANCE_DESIRED, &[&id]))
                .await?;
            let image = d.image_id.clone().unwrap_or_default();
            return print_item(settings.output, &d, &image, || {
                print_fields(&desired_fields(&d))
            });
        }
        DesiredCommand::Set {
            image,
            ids,
            selector,
        } => {
            let body = DesiredGroupRequest {
                image_id: image,
                selector: pick(ids, selector)?,
            };
            let change: DesiredChange = client
                .send_json(client.request(Method::PUT, routes::DESIRED).json(&body))
                .await?;
            let image = change.image_id.clone();
            (change, image)
        }
        DesiredCommand::Clear { ids, selector } => {
            let body = DesiredGroupClear {
                selector: pick(ids, selector)?,
            };
            let change: DesiredChange = client
                .send_json(client.request(Method::DELETE, routes::DESIRED).json(&body))
                .await?;
            (change, None)
        }
    };
    if print_machine(settings.output, &change)? {
        return Ok(());
    }
    let mut out = std::io::stdout().lock();
    if settings.output == OutputFormat::Id {
        for i in &change.instances {
            writeln!(out, "{i}")?;
        }
        return Ok(());
    }
    let n = change.instances.len();
    let s = if n == 1 { "" } else { "s" };
    match image {
        Some(image) => writeln!(
            out,
            "{n} instance{s} now desired to run image {image}; `mothership instances desired \
             show ID` follows each"
        )?,
        None => writeln!(out, "{n} instance{s} no longer managed")?,
    }
    Ok(())
}

/// The lines of `instances desired show`, and the Desired line of `inspect`.
fn desired_fields(d: &DesiredState) -> Vec<(&'static str, String)> {
    vec![
        ("Status", d.status.to_string()),
        ("Image", or_dash(&d.image_id)),
        ("Reason", or_dash(&d.reason)),
        ("Attempts", d.attempts.to_string()),
        (
            "Next attempt",
            d.next_attempt.map_or_else(|| "-".into(), rfc3339),
        ),
        ("Deploy", or_dash(&d.deploy)),
        ("Set by", or_dash(&d.set_by)),
        ("Set", when(d.set_at)),
    ]
}

/// `in_sync (image 3f2a9c04…)`, `failed: why`, `not_managed`.
fn desired_text(d: &DesiredState) -> String {
    let image = d
        .image_id
        .as_deref()
        .map(|i| format!(" (image {})", i.chars().take(12).collect::<String>()))
        .unwrap_or_default();
    match &d.reason {
        Some(r) if d.status != DesiredStatus::InSync => format!("{}{image}: {r}", d.status),
        _ => format!("{}{image}", d.status),
    }
}

/// `instances inspect ID` (and the hidden `inspect-instance ID`).
pub async fn inspect(global: &GlobalArgs, id: &str) -> anyhow::Result<()> {
    let (settings, client) = connect(global)?;
    let i: Instance = client
        .get_json(&routes::path(routes::INSTANCE, &[id]))
        .await?;
    print_item(settings.output, &i, &i.id, || print_instance_fields(&i))
}

/// `instances inspect` for people.
fn print_instance_fields(i: &Instance) -> anyhow::Result<()> {
    let net = if i.net.is_empty() {
        "-".to_owned()
    } else {
        i.net
            .iter()
            .map(|n| {
                format!(
                    "{} {}/{} gateway {} dns {} mac {} ({})",
                    n.name, n.addr, n.netmask, n.gateway, n.dns, n.mac, n.driver
                )
            })
            .collect::<Vec<_>>()
            .join("; ")
    };
    let uplink = i
        .uplink
        .as_ref()
        .and_then(|u| u.url.clone())
        .unwrap_or_else(|| "-".into());
    print_fields(&[
        ("ID", i.id.clone()),
        ("Alias", or_dash(&i.alias)),
        ("Description", or_dash(&i.description)),
        ("Status", i.status.to_string()),
        ("Panicked", if i.panicked { "yes" } else { "no" }.into()),
        ("Image", or_dash(&i.image)),
        ("Binary", or_dash(&i.binary)),
        ("Tag", or_dash(&i.tag)),
        ("Service", or_dash(&i.service)),
        ("IncludeOS", or_dash(&i.version)),
        ("Arch", or_dash(&i.arch)),
        (
            "Memory",
            i.physical_ram
                .map(|b| format!("{} MiB", b / (1024 * 1024)))
                .unwrap_or_else(|| "-".into()),
        ),
        (
            "Update took",
            i.update_time_taken
                .map(|ns| format!("{:.3} ms", ns as f64 / 1e6))
                .unwrap_or_else(|| "-".into()),
        ),
        ("CPU features", i.cpu_features.join(" ")),
        ("Devices", i.devices.join("; ")),
        ("Network", net),
        ("Uplink", uplink),
        ("Auth ID", or_dash(&i.auth_id)),
        ("Address", or_dash(&i.address)),
        ("UUID problem", or_dash(&i.uuid_problem)),
        ("Bound to uplink", or_dash(&i.bound_uplink)),
        (
            "Auto redeploy",
            if i.auto_redeploy { "on" } else { "off" }.to_owned(),
        ),
        ("Desired", desired_text(&i.desired)),
        ("Refused docks", conflicts_text(i)),
        ("First seen", when(Some(i.first_seen))),
        ("Launched", when(i.connected_since)),
        ("Last seen", when(i.last_seen)),
        ("Last Log", when(i.last_log)),
        ("Disconnected", when(i.disconnected_at)),
        ("Disconnect reason", or_dash(&i.disconnect_reason)),
        ("Log size", format!("{} bytes", i.log_bytes)),
        ("Panics", i.panics.to_string()),
    ])
}

async fn logs(
    global: &GlobalArgs,
    id: &str,
    follow: bool,
    lines: Option<usize>,
) -> anyhow::Result<()> {
    let (_, client) = connect(global)?;
    let mut path = routes::path(routes::INSTANCE_LOGS, &[id]);
    let mut query = Vec::new();
    if let Some(n) = lines {
        query.push(format!("lines={n}"));
    }
    if follow {
        query.push("follow=true".into());
    }
    if !query.is_empty() {
        path = format!("{path}?{}", query.join("&"));
    }
    let response = client.send(client.request(Method::GET, &path)).await?;
    let mut body = response.bytes_stream();
    let mut out = std::io::stdout();
    while let Some(chunk) = body.next().await {
        let chunk = chunk.map_err(|e| anyhow::anyhow!("the log stream broke off: {e}"))?;
        out.write_all(&chunk)?;
        out.flush()?;
    }
    Ok(())
}

async fn panics(global: &GlobalArgs, id: &str) -> anyhow::Result<()> {
    let (settings, client) = connect(global)?;
    let panics: Vec<PanicReport> =
        fetch_every(&client, &routes::path(routes::INSTANCE_PANICS, &[id])).await?;
    if print_machine(settings.output, &panics)? {
        return Ok(());
    }
    if panics.is_empty() {
        eprintln!("Instance {id} reported no panics");
    }
    for p in panics {
        println!("--- {}", rfc3339(p.at));
        print!("{}", p.text);
        if !p.text.ends_with('\n') {
            println!();
        }
    }
    Ok(())
}

async fn stats(global: &GlobalArgs, id: &str, stored: bool) -> anyhow::Result<()> {
    let (settings, client) = connect(global)?;
    let path = routes::path(routes::INSTANCE_STATS, &[id]);
    let mut snapshot: Option<StatsSnapshot> = None;
    if !stored {
        match client.send_json(client.request(Method::POST, &path)).await {
            Ok(s) => snapshot = Some(s),
            Err(e) => {
                // Not docked: fall back to the last stats stored.
                let not_connected = e.chain().any(|c| {
                    matches!(
                        c.downcast_ref::<ClientError>(),
                        Some(ClientError::Api { status: 409, .. })
                    )
                });
                if !not_connected {
                    return Err(e);
                }
                eprintln!("Instance {id} is not connected; showing its last stats");
            }
        }
    }
    let snapshot = match snapshot {
        Some(s) => s,
        None => {
            let all: InstanceStats = client.get_json(&path).await?;
            all.latest.ok_or_else(|| {
                ClientError::NotFound(format!("instance {id} has sent no stats yet"))
            })?
        }
    };
    if print_machine(settings.output, &snapshot)? {
        return Ok(());
    }
    eprintln!("Stats at {}", rfc3339(snapshot.at));
    let rows: Vec<Vec<String>> = snapshot
        .stats
        .iter()
        .map(|s| vec![s.name.clone(), s.value.to_string()])
        .collect();
    print_table(&["Name", "Value"], &rows)
}

async fn patch_instance(
    global: &GlobalArgs,
    id: &str,
    patch: &InstancePatch,
) -> anyhow::Result<Instance> {
    let (_, client) = connect(global)?;
    client
        .send_json(
            client
                .request(Method::PATCH, &routes::path(routes::INSTANCE, &[id]))
                .json(patch),
        )
        .await
}

async fn delete(global: &GlobalArgs, ids: Vec<String>, force: bool) -> anyhow::Result<()> {
    let (settings, client) = connect(global)?;
    let path = if force {
        format!("{}?force=true", routes::INSTANCES)
    } else {
        routes::INSTANCES.to_owned()
    };
    let result: DeleteResult = client
        .send_json(
            client
                .request(Method::DELETE, &path)
                .json(&DeleteInstances { ids }),
        )
        .await?;
    if !print_machine(settings.output, &result)? {
        for id in &result.deleted {
            println!("{id}");
        }
    }
    if !result.connected.is_empty() {
        return Err(ClientError::Api {
            status: 409,
            code: "conflict".into(),
            message: format!(
                "not deleted, still connected: {}",
                result.connected.join(", ")
            ),
            hint: Some(
                "a connected instance docks again right away; pass --force to delete it anyway"
                    .into(),
            ),
        }
        .into());
    }
    if !result.not_found.is_empty() {
        return Err(ClientError::NotFound(format!(
            "no such instance: {}",
            result.not_found.join(", ")
        ))
        .into());
    }
    Ok(())
}
