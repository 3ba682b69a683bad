//! `mothership upgrade INSTANCE` (start an upgrade — one build for the instance and its deploy —
//! and follow it: the build log live, then the deploy) and `mothership upgrades list|show`.

use crate::protocol::routes;
use std::io::IsTerminal;
use std::time::Duration;

use anyhow::Context;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use reqwest::Method;

use super::build::follow_log;
use super::deploy::print_outcome;
use crate::cli::upgrade::{UpgradesArgs, UpgradesCommand, UpgradesListArgs};
use crate::cli::{GlobalArgs, OutputFormat, UpgradeArgs};
use crate::client::output::{print_fields, print_item, print_list, print_machine};
use crate::client::paging::date;
use crate::client::{ApiClient, connect};
use crate::protocol::builders::BuildStatus;
use crate::protocol::list::{MAX_LIMIT, Page};
use crate::protocol::upgrade::{Upgrade, UpgradeRequest, UpgradeState};

/// How often a following client asks how the upgrade is going once the build is over.
const POLL: Duration = Duration::from_millis(300);

fn short(id: &str) -> &str {
    &id[..id.len().min(12)]
}

/// `mothership upgrade ...`.
pub async fn run(global: &GlobalArgs, args: &UpgradeArgs) -> anyhow::Result<()> {
    let (settings, client) = connect(global)?;
    let format = settings.output;
    let body = UpgradeRequest {
        nacl: args.nacl.clone(),
        builder: args.builder.clone(),
        tag: args.tag.clone(),
        force: args.force,
    };
    let path = routes::path(routes::INSTANCE_UPGRADE, &[&args.instance]);
    let begun: Upgrade = client
        .send(client.request(Method::POST, &path).json(&body))
        .await
        .with_context(|| format!("failed to upgrade instance {}", args.instance))?
        .json()
        .await
        .context("unexpected answer to the upgrade request")?;
    if args.detach {
        if !print_machine(format, &begun)? {
            println!("{}", begun.id);
        }
        if format == OutputFormat::Table {
            eprintln!(
                "Follow it with `mothership upgrades show {}`; the build log is at \
                 `GET /v1/builds/{}/log?follow=1`",
                begun.id, begun.build.id
            );
        }
        return Ok(());
    }
    if format == OutputFormat::Table {
        println!(
            "Upgrade {} of {}: building {} with builder {} (build {})",
            begun.id, begun.instance, begun.build.service, begun.build.builder_id, begun.build.id
        );
    }

    // The log goes to stdout for people, to stderr when stdout carries machine output.
    let follow = follow_log(&client, &begun.build.id, format != OutputFormat::Table);
    let interrupted = tokio::select! {
        r = follow => { r?; false }
        _ = tokio::signal::ctrl_c() => true,
    };
    if interrupted {
        eprintln!(
            "Cancelling build {} (upgrade {})...",
            begun.build.id, begun.id
        );
        // A build that has just finished cannot be cancelled any more: the upgrade goes on.
        if let Err(e) = client
            .send(client.request(
                Method::DELETE,
                &routes::path(routes::BUILD, &[&begun.build.id]),
            ))
            .await
        {
            eprintln!("warning: {e:#}");
        }
    }
    let done = wait(&client, format, begun).await?;
    match format {
        OutputFormat::Id => println!("{}", done.id),
        OutputFormat::Table => print_summary(&done)?,
        _ => {
            print_machine(format, &done)?;
        }
    }
    outcome(&done)
}

/// A spinner on stderr while the deploy runs, only for people at a terminal.
fn spinner(format: OutputFormat) -> ProgressBar {
    if format != OutputFormat::Table || !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr());
    if let Ok(style) = ProgressStyle::with_template("{spinner} {msg} ({elapsed})") {
        bar.set_style(style);
    }
    bar.enable_steady_tick(Duration::from_millis(120));
    bar
}

/// Polls the upgrade until it is over. Ctrl+C stops following (a deploy cannot be taken back).
async fn wait(
    client: &ApiClient,
    format: OutputFormat,
    mut up: Upgrade,
) -> anyhow::Result<Upgrade> {
    let bar = spinner(format);
    let path = routes::path(routes::UPGRADE, &[&up.id]);
    let lost = |id: &str| {
        format!(
            "lost track of upgrade {id} (it goes on on the server: `mothership upgrades show {id}`)"
        )
    };
    loop {
        let next: anyhow::Result<Upgrade> = tokio::select! {
            r = client.get_json(&path) => r,
            _ = tokio::signal::ctrl_c() => {
                bar.finish_and_clear();
                anyhow::bail!(
                    "stopped following upgrade {} ({}); it goes on on the server: `mothership \
                     upgrades show {}`",
                    up.id, up.state, up.id
                );
            }
        };
        up = match next {
            Ok(u) => u,
            Err(e) => {
                bar.finish_and_clear();
                return Err(e.context(lost(&up.id)));
            }
        };
        if up.state.is_final() {
            bar.finish_and_clear();
            return Ok(up);
        }
        bar.set_message(match up.state {
            UpgradeState::Deploying => format!("deploying to {}", up.instance),
            _ => format!("build {} {}", up.build.id, up.build.status.as_str()),
        });
        tokio::time::sleep(POLL).await;
    }
}

fn took(u: &Upgrade) -> String {
    u.finished
        .map(|f| format!("{:.1} s", (f - u.created).as_seconds_f64().max(0.0)))
        .unwrap_or_else(|| "-".into())
}

fn print_summary(u: &Upgrade) -> anyhow::Result<()> {
    if let Some(image) = &u.build.image_id {
        println!("Image {image} built by build {}", u.build.id);
    }
    if let Some(deploy) = &u.deploy {
        print_outcome(deploy)?;
    }
    println!(
        "Upgrade {} of {}: {} in {}",
        u.id,
        u.instance,
        u.state,
        took(u)
    );
    Ok(())
}

/// Ok for a verified upgrade; otherwise an error saying what failed and where to look.
fn outcome(u: &Upgrade) -> anyhow::Result<()> {
    if u.state == UpgradeState::Verified {
        return Ok(());
    }
    let why = u.error.as_deref().unwrap_or("no reason was recorded");
    let look = match &u.deploy {
        Some(d) => format!("`mothership deploys show {}`", d.id),
        None if u.build.status != BuildStatus::Succeeded => {
            format!("the build log: `GET /v1/builds/{}/log`", u.build.id)
        }
        None => format!("`mothership upgrades show {}`", u.id),
    };
    anyhow::bail!(
        "upgrade {} of instance {} {}: {why} (see {look})",
        u.id,
        u.instance,
        u.state
    )
}

/// `mothership upgrades [list|show]`.
pub async fn records(global: &GlobalArgs, args: UpgradesArgs) -> anyhow::Result<()> {
    let (settings, client) = connect(global)?;
    let format = settings.output;
    match args.command.unwrap_or(UpgradesCommand::List(args.list)) {
        UpgradesCommand::List(list_args) => list(&client, format, &list_args).await,
        UpgradesCommand::Show(id) => {
            let u: Upgrade = client
                .get_json(&routes::path(routes::UPGRADE, &[&id.id]))
                .await?;
            show(format, &u)
        }
    }
}

async fn list(
    client: &ApiClient,
    format: OutputFormat,
    args: &UpgradesListArgs,
) -> anyhow::Result<()> {
    let mut query: Vec<(&str, String)> = vec![(
        "limit",
        args.limit.unwrap_or(100).min(MAX_LIMIT).to_string(),
    )];
    if let Some(i) = &args.instance {
        query.push(("instance_id", i.clone()));
    }
    if let Some(s) = &args.status {
        query.push(("status", s.clone()));
    }
    if let Some(s) = &args.search {
        query.push(("search", s.clone()));
    }
    let page: Page<Upgrade> = client
        .send(client.request(Method::GET, routes::UPGRADES).query(&query))
        .await?
        .json()
        .await
        .context("the server's answer to GET /v1/upgrades is not a list page")?;
    print_list(
        format,
        &page.items,
        |u| &u.id,
        &[
            "ID", "INSTANCE", "STATUS", "BUILD", "IMAGE", "DEPLOY", "CREATED", "TOOK",
        ],
        |u| {
            vec![
                u.id.clone(),
                u.instance.clone(),
                u.state.to_string(),
                u.build.id.clone(),
                u.build.image_id.as_deref().map_or("-", short).to_owned(),
                u.deploy.as_ref().map_or("-".into(), |d| d.id.clone()),
                date(&u.created),
                took(u),
            ]
        },
    )?;
    if page.total > page.items.len() as u64 {
        eprintln!(
            "({} of {} upgrades shown; use --limit, --instance or --search)",
            page.items.len(),
            page.total
        );
    }
    Ok(())
}

fn show(format: OutputFormat, u: &Upgrade) -> anyhow::Result<()> {
    print_item(format, u, &u.id, || {
        let b = &u.build;
        let dash = || "-".to_owned();
        print_fields(&[
            ("ID", u.id.clone()),
            ("Instance", u.instance.clone()),
            ("Status", u.state.to_string()),
            ("Error", u.error.clone().unwrap_or_else(dash)),
            ("Created", date(&u.created)),
            ("Updated", date(&u.updated)),
            (
                "Finished",
                u.finished.map(|f| date(&f)).unwrap_or_else(dash),
            ),
            ("Took", took(u)),
            ("Build", format!("{} ({})", b.id, b.status.as_str())),
            (
                "Builder",
                format!(
                    "{} (IncludeOS {}), service {}",
                    b.builder_id, b.version, b.service
                ),
            ),
            ("NaCl", b.nacl_id.clone().unwrap_or_else(dash)),
            ("Uplink", b.uplink_id.clone().unwrap_or_else(dash)),
            ("Image", b.image_id.clone().unwrap_or_else(dash)),
            (
                "Deploy",
                u.deploy.as_ref().map_or_else(dash, |d| match &d.reason {
                    Some(r) => format!("{} ({}: {r})", d.id, d.state),
                    None => format!("{} ({})", d.id, d.state),
                }),
            ),
            ("Forced", if u.force { "yes" } else { "no" }.into()),
        ])
    })
}
