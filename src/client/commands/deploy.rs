//! `mothership deploy` (start a live update, optionally wait for it with progress) and
//! `mothership deploys list|show`.

use crate::protocol::routes;
use std::io::IsTerminal;
use std::time::Duration;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use reqwest::Method;

use crate::cli::deploy::{DeployArgs, DeploysArgs, DeploysCommand, DeploysListArgs};
use crate::cli::{GlobalArgs, OutputFormat};
use crate::client::output::{print_fields, print_item, print_list, print_table};
use crate::client::paging::date;
use crate::client::{ApiClient, connect};
use crate::protocol::deploys::{Deploy, DeployRequest, DeployState, TargetState};
use crate::protocol::list::{MAX_LIMIT, Page};

/// How often a waiting client asks how the deploy is going.
const POLL: Duration = Duration::from_millis(300);

fn short(id: &str) -> &str {
    &id[..id.len().min(12)]
}

/// `mothership deploy ...`.
pub async fn run(global: &GlobalArgs, args: DeployArgs) -> anyhow::Result<()> {
    let (settings, client) = connect(global)?;
    let format = settings.output;
    let request = if args.has_filter() {
        let [image] = args.args.as_slice() else {
            anyhow::bail!(
                "with --all, --tag, --status or --search give only the IMAGE (got {} arguments: {})",
                args.args.len(),
                args.args.join(" ")
            );
        };
        let body = DeployRequest {
            image: image.clone(),
            instances: None,
            all: args.all,
            status: args.status.clone(),
            tag: args.tag.clone(),
            search: args.search.clone(),
            concurrency: args.concurrency,
            force: args.force,
        };
        client.request(Method::POST, routes::DEPLOYS).json(&body)
    } else {
        let [instance, image] = args.args.as_slice() else {
            anyhow::bail!(
                "give the INSTANCE and the IMAGE (`mothership deploy web-1 3f2a9c`), or --all, \
                 --tag, --status or --search and the IMAGE"
            );
        };
        if args.concurrency.is_some() {
            anyhow::bail!(
                "--concurrency is for deploys to many instances (--all, --tag, --status, --search)"
            );
        }
        let mut path = routes::path(routes::INSTANCE_DEPLOY, &[instance, image]);
        if args.force {
            path.push_str("?force=true");
        }
        client.request(Method::POST, &path)
    };
    let deploy: Deploy = client.send_json(request).await?;
    if format == OutputFormat::Table {
        for w in &deploy.warnings {
            eprintln!("warning: {w}");
        }
    }
    if !args.wait {
        return print_item(format, &deploy, &deploy.id, || {
            println!(
                "Deploy {} started: image {} to {} instance{}",
                deploy.id,
                short(&deploy.image),
                deploy.counts.total,
                plural(deploy.counts.total)
            );
            eprintln!(
                "Follow it with `mothership deploys show {}` (or deploy with --wait)",
                deploy.id
            );
            Ok(())
        });
    }
    let done = wait(&client, format, deploy).await?;
    print_item(format, &done, &done.id, || print_outcome(&done))?;
    if done.state != DeployState::Verified {
        anyhow::bail!(
            "deploy {} failed: {}",
            done.id,
            done.reason
                .as_deref()
                .unwrap_or("see `mothership deploys show`")
        );
    }
    Ok(())
}

fn plural(n: u64) -> &'static str {
    if n == 1 { "" } else { "s" }
}

/// A spinner (one instance) or a bar (many) on stderr, only for people at a terminal.
fn progress(format: OutputFormat, total: u64) -> ProgressBar {
    if format != OutputFormat::Table || !std::io::stdout().is_terminal() {
        return ProgressBar::hidden();
    }
    let (bar, template) = if total == 1 {
        (
            ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr()),
            "{spinner} {msg} ({elapsed})",
        )
    } else {
        (
            ProgressBar::with_draw_target(Some(total), ProgressDrawTarget::stderr()),
            "[{bar:24}] {pos}/{len} done ({elapsed}) {msg}",
        )
    };
    if let Ok(style) = ProgressStyle::with_template(template) {
        bar.set_style(style.progress_chars("=> "));
    }
    bar.enable_steady_tick(Duration::from_millis(120));
    bar
}

fn progress_message(d: &Deploy) -> String {
    if d.counts.total == 1
        && let Some(t) = d.targets.first()
    {
        return match t.state {
            TargetState::Queued => format!("deploying to {}", t.instance),
            TargetState::Sent => format!("sending the image to {}", t.instance),
            TargetState::Acked => format!(
                "{} acked the image; waiting for it to dock again running it",
                t.instance
            ),
            TargetState::Verified => format!("{} verified", t.instance),
            TargetState::Failed => format!("{} failed", t.instance),
        };
    }
    // Short enough for one line of a narrow terminal; the bar shows the done ones.
    let c = &d.counts;
    format!("sending {}, acked {}, failed {}", c.sent, c.acked, c.failed)
}

/// Polls the deploy until it is done, showing progress.
async fn wait(client: &ApiClient, format: OutputFormat, mut d: Deploy) -> anyhow::Result<Deploy> {
    let bar = progress(format, d.counts.total);
    let path = routes::path(routes::DEPLOY, &[&d.id]);
    while d.state == DeployState::Running {
        bar.set_position(d.counts.done());
        bar.set_message(progress_message(&d));
        tokio::time::sleep(POLL).await;
        d = match client.get_json(&path).await {
            Ok(d) => d,
            Err(e) => {
                bar.finish_and_clear();
                return Err(e.context(format!(
                    "lost track of deploy {} (it may still be running: `mothership deploys show {}`)",
                    d.id, d.id
                )));
            }
        };
    }
    bar.finish_and_clear();
    Ok(d)
}

fn took(d: &Deploy) -> String {
    d.finished
        .map(|f| format!("{:.1} s", (f - d.created).as_seconds_f64().max(0.0)))
        .unwrap_or_else(|| "-".into())
}

pub(super) fn print_outcome(d: &Deploy) -> anyhow::Result<()> {
    println!(
        "Deploy {} of image {}: {} ({} of {} instance{} verified) in {}",
        d.id,
        short(&d.image),
        d.state,
        d.counts.verified,
        d.counts.total,
        plural(d.counts.total),
        took(d)
    );
    let failed: Vec<Vec<String>> = d
        .targets
        .iter()
        .filter(|t| t.state == TargetState::Failed)
        .map(|t| vec![t.instance.clone(), t.reason.clone().unwrap_or_default()])
        .collect();
    if !failed.is_empty() {
        print_table(&["INSTANCE", "REASON"], &failed)?;
    }
    Ok(())
}

/// `mothership deploys [list|show]`.
pub async fn records(global: &GlobalArgs, args: DeploysArgs) -> anyhow::Result<()> {
    let (settings, client) = connect(global)?;
    let format = settings.output;
    match args.command.unwrap_or(DeploysCommand::List(args.list)) {
        DeploysCommand::List(list_args) => list(&client, format, &list_args).await,
        DeploysCommand::Show(id) => {
            let d: Deploy = client
                .get_json(&routes::path(routes::DEPLOY, &[&id.id]))
                .await?;
            show(format, &d)
        }
    }
}

async fn list(
    client: &ApiClient,
    format: OutputFormat,
    args: &DeploysListArgs,
) -> anyhow::Result<()> {
    let mut query: Vec<(&str, String)> = vec![(
        "limit",
        args.limit.unwrap_or(100).min(MAX_LIMIT).to_string(),
    )];
    if let Some(s) = &args.search {
        query.push(("search", s.clone()));
    }
    if let Some(s) = &args.status {
        query.push(("status", s.clone()));
    }
    let page: Page<Deploy> = client
        .send_json(client.request(Method::GET, routes::DEPLOYS).query(&query))
        .await?;
    print_list(
        format,
        &page.items,
        |d| &d.id,
        &[
            "ID", "IMAGE", "STATUS", "VERIFIED", "FAILED", "CREATED", "TOOK",
        ],
        |d| {
            vec![
                d.id.clone(),
                short(&d.image).to_owned(),
                d.state.to_string(),
                format!("{}/{}", d.counts.verified, d.counts.total),
                d.counts.failed.to_string(),
                date(&d.created),
                took(d),
            ]
        },
    )?;
    if format == OutputFormat::Table && page.total > page.items.len() as u64 {
        eprintln!(
            "({} of {} deploys shown; use --limit or --search)",
            page.items.len(),
            page.total
        );
    }
    Ok(())
}

fn show(format: OutputFormat, d: &Deploy) -> anyhow::Result<()> {
    print_item(format, d, &d.id, || print_deploy_fields(d))
}

/// `deploys show` for people: the deploy, then a row per instance.
fn print_deploy_fields(d: &Deploy) -> anyhow::Result<()> {
    let c = &d.counts;
    print_fields(&[
        ("ID", d.id.clone()),
        ("Image", d.image.clone()),
        ("Status", d.state.to_string()),
        ("Reason", d.reason.clone().unwrap_or_else(|| "-".into())),
        ("Created", date(&d.created)),
        (
            "Finished",
            d.finished.map(|f| date(&f)).unwrap_or_else(|| "-".into()),
        ),
        ("Took", took(d)),
        (
            "Targets",
            format!(
                "{} (queued {}, sent {}, acked {}, verified {}, failed {})",
                c.total, c.queued, c.sent, c.acked, c.verified, c.failed
            ),
        ),
        ("Concurrency", d.concurrency.to_string()),
        ("Forced", if d.force { "yes" } else { "no" }.into()),
        (
            "Warnings",
            if d.warnings.is_empty() {
                "-".into()
            } else {
                d.warnings.join("; ")
            },
        ),
    ])?;
    if d.targets.is_empty() {
        return Ok(());
    }
    println!();
    let rows: Vec<Vec<String>> = d
        .targets
        .iter()
        .map(|t| {
            let took = match (t.sent, t.finished) {
                (Some(s), Some(f)) => format!("{:.1} s", (f - s).as_seconds_f64().max(0.0)),
                _ => "-".into(),
            };
            vec![
                t.instance.clone(),
                t.state.to_string(),
                took,
                t.reason.clone().unwrap_or_default(),
            ]
        })
        .collect();
    print_table(&["INSTANCE", "STATUS", "TOOK", "REASON"], &rows)
}
