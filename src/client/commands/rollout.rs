//! `mothership rollout ...`: start, list, show (`--follow`), pause, resume, cancel, rollback.

use std::io::IsTerminal;
use std::time::Duration;

use anyhow::Context;
use reqwest::Method;

use crate::cli::rollout::{RolloutArgs, RolloutCommand, RolloutListArgs, RolloutStartArgs};
use crate::cli::{GlobalArgs, OutputFormat};
use crate::client::output::{print_fields, print_item, print_list, print_machine};
use crate::client::paging::date;
use crate::client::{ApiClient, connect};
use crate::protocol::list::{MAX_LIMIT, Page};
use crate::protocol::rollouts::{Rollout, RolloutRequest, RolloutState, Selector};
use crate::protocol::routes;

/// How often `show --follow` asks how the rollout is going.
const POLL: Duration = Duration::from_millis(500);

/// `mothership rollout ...`.
pub async fn run(global: &GlobalArgs, args: RolloutArgs) -> anyhow::Result<()> {
    let (settings, client) = connect(global)?;
    let format = settings.output;
    match args.command {
        RolloutCommand::Start(a) => start(&client, format, &a).await,
        RolloutCommand::List(a) => list(&client, format, &a).await,
        RolloutCommand::Show(a) => {
            let path = routes::path(routes::ROLLOUT, &[&a.id.id]);
            let r: Rollout = client.get_json(&path).await?;
            if a.follow {
                follow(&client, format, r).await
            } else {
                show(format, &r)
            }
        }
        RolloutCommand::Pause(id) => action(&client, format, routes::ROLLOUT_PAUSE, &id.id).await,
        RolloutCommand::Resume(id) => action(&client, format, routes::ROLLOUT_RESUME, &id.id).await,
        RolloutCommand::Cancel(id) => action(&client, format, routes::ROLLOUT_CANCEL, &id.id).await,
        RolloutCommand::Rollback(id) => {
            action(&client, format, routes::ROLLOUT_ROLLBACK, &id.id).await
        }
    }
}

/// `--selector tag=web --selector service=x` as a [`Selector`].
pub(crate) fn selector(items: &[String]) -> anyhow::Result<Selector> {
    let mut s = Selector::default();
    for item in items {
        let (k, v) = item.split_once('=').with_context(|| {
            format!("--selector {item:?}: write KEY=VALUE (tag, service, version, instances)")
        })?;
        let v = v.trim().to_owned();
        match k.trim() {
            "tag" => s.tag = Some(v),
            "service" => s.service = Some(v),
            "version" | "includeos_version" => s.includeos_version = Some(v),
            "instances" | "instance" => s.instances.get_or_insert_with(Vec::new).extend(
                v.split(',')
                    .map(|x| x.trim().to_owned())
                    .filter(|x| !x.is_empty()),
            ),
            other => anyhow::bail!(
                "--selector: unknown key {other:?}; use tag, service, version or instances"
            ),
        }
    }
    Ok(s)
}

async fn start(
    client: &ApiClient,
    format: OutputFormat,
    a: &RolloutStartArgs,
) -> anyhow::Result<()> {
    let body = RolloutRequest {
        image_id: a.image.clone(),
        selector: selector(&a.selector)?,
        waves: a.waves.clone(),
        success_threshold: a.threshold,
        error_threshold: a.error_threshold,
        soak_seconds: a.soak,
        rollback: a.rollback,
        concurrency: a.concurrency,
    };
    let r: Rollout = client
        .send(client.request(Method::POST, routes::ROLLOUTS).json(&body))
        .await
        .with_context(|| format!("failed to start a rollout of image {}", a.image))?
        .json()
        .await
        .context("unexpected answer to the rollout request")?;
    if format == OutputFormat::Table {
        println!(
            "Rollout {} of image {} to {} instances in {} waves",
            r.id,
            r.image_id,
            r.counts.total,
            r.waves.len()
        );
        for w in &r.warnings {
            eprintln!("warning: {w}");
        }
        eprintln!("Follow it with `mothership rollout show {} --follow`", r.id);
        Ok(())
    } else {
        print_item(format, &r, &r.id, || Ok(()))
    }
}

async fn action(
    client: &ApiClient,
    format: OutputFormat,
    template: &str,
    id: &str,
) -> anyhow::Result<()> {
    let r: Rollout = client
        .send(client.request(Method::POST, &routes::path(template, &[id])))
        .await?
        .json()
        .await
        .context("unexpected answer from the server")?;
    print_item(format, &r, &r.id, || {
        println!("Rollout {}: {}", r.id, r.state);
        Ok(())
    })
}

async fn list(
    client: &ApiClient,
    format: OutputFormat,
    args: &RolloutListArgs,
) -> anyhow::Result<()> {
    let mut query: Vec<(&str, String)> = vec![(
        "limit",
        args.limit.unwrap_or(100).min(MAX_LIMIT).to_string(),
    )];
    if let Some(s) = &args.status {
        query.push(("status", s.clone()));
    }
    if let Some(s) = &args.search {
        query.push(("search", s.clone()));
    }
    let page: Page<Rollout> = client
        .send(client.request(Method::GET, routes::ROLLOUTS).query(&query))
        .await?
        .json()
        .await
        .context("the server's answer to GET /v1/rollouts is not a list page")?;
    print_list(
        format,
        &page.items,
        |r| &r.id,
        &[
            "ID", "IMAGE", "STATUS", "WAVE", "VERIFIED", "FAILED", "TOTAL", "CREATED",
        ],
        |r| {
            vec![
                r.id.clone(),
                r.image_id[..r.image_id.len().min(12)].to_owned(),
                r.state.to_string(),
                format!(
                    "{}/{}",
                    (r.current_wave as usize + 1).min(r.waves.len()),
                    r.waves.len()
                ),
                r.counts.verified.to_string(),
                r.counts.failed.to_string(),
                r.counts.total.to_string(),
                date(&r.created),
            ]
        },
    )?;
    if page.total > page.items.len() as u64 {
        eprintln!(
            "({} of {} rollouts shown; use --limit, --status or --search)",
            page.items.len(),
            page.total
        );
    }
    Ok(())
}

/// One line per wave: `wave 1 (10%): passed, 30 of 30 verified, 0 failed`.
fn wave_line(r: &Rollout, i: usize) -> String {
    let w = &r.waves[i];
    format!(
        "wave {} ({}): {}, {} of {} verified, {} failed, {} rolled back, {} skipped",
        w.index,
        w.planned,
        w.status,
        w.counts.verified,
        w.counts.total,
        w.counts.failed,
        w.counts.rolled_back,
        w.counts.skipped
    )
}

fn show(format: OutputFormat, r: &Rollout) -> anyhow::Result<()> {
    print_item(format, r, &r.id, || {
        let dash = || "-".to_owned();
        print_fields(&[
            ("ID", r.id.clone()),
            ("Image", r.image_id.clone()),
            ("Status", r.state.to_string()),
            ("Reason", r.reason.clone().unwrap_or_else(dash)),
            ("Selector", r.selector.describe()),
            ("Created", date(&r.created)),
            (
                "Finished",
                r.finished.map(|f| date(&f)).unwrap_or_else(dash),
            ),
            (
                "Thresholds",
                format!(
                    "success {}%, error {}",
                    r.success_threshold,
                    r.error_threshold
                        .map_or("none".to_owned(), |e| format!("{e}%"))
                ),
            ),
            ("Soak", format!("{} s", r.soak_seconds)),
            (
                "Rollback",
                if r.rollback { "automatic" } else { "by hand" }.into(),
            ),
        ])?;
        for i in 0..r.waves.len() {
            println!("{}", wave_line(r, i));
        }
        print_list(
            OutputFormat::Table,
            &r.targets,
            |t| &t.instance,
            &["INSTANCE", "WAVE", "STATUS", "REASON"],
            |t| {
                vec![
                    t.instance.clone(),
                    t.wave.to_string(),
                    t.state.to_string(),
                    t.reason.clone().unwrap_or_default(),
                ]
            },
        )
    })
}

/// Prints progress until the rollout pauses or ends: a line per change (plain lines, on a
/// terminal or not), then the record in the chosen format.
async fn follow(client: &ApiClient, format: OutputFormat, mut r: Rollout) -> anyhow::Result<()> {
    let path = routes::path(routes::ROLLOUT, &[&r.id]);
    let human = format == OutputFormat::Table;
    let tty = std::io::stdout().is_terminal();
    let mut last = String::new();
    loop {
        let line = format!(
            "{} {}: {}",
            r.id,
            r.state,
            (0..r.waves.len())
                .map(|i| wave_line(&r, i))
                .collect::<Vec<_>>()
                .join("; ")
        );
        if line != last {
            if human {
                println!("{line}");
            } else if tty {
                eprintln!("{line}");
            }
            last = line;
        }
        if r.state != RolloutState::Running && r.state != RolloutState::RollingBack {
            break;
        }
        tokio::select! {
            _ = tokio::time::sleep(POLL) => {}
            _ = tokio::signal::ctrl_c() => anyhow::bail!(
                "stopped following rollout {}; it goes on on the server", r.id
            ),
        }
        r = client.get_json(&path).await?;
    }
    if human {
        show(format, &r)
    } else {
        print_machine(format, &r).map(|_| ())
    }
}
