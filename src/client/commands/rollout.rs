//! `mothership rollout ...`: start, list, show (`--follow`), pause, resume, cancel, rollback.

use std::collections::HashMap;
use std::io::IsTerminal;
use std::time::Duration;

use anyhow::Context;
use indicatif::{MultiProgress, ProgressBar, ProgressDrawTarget, ProgressStyle};
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
        build_per_version: a.build_per_version,
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
        for b in &r.builds {
            match &b.build_id {
                Some(id) => println!(
                    "IncludeOS {} ({} instances): building with builder {} (build {id})",
                    b.version,
                    b.instances.len(),
                    b.builder_id.as_deref().unwrap_or("-")
                ),
                None => println!(
                    "IncludeOS {} ({} instances): the image as it is",
                    b.version,
                    b.instances.len()
                ),
            }
        }
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

/// Prints progress until the rollout pauses or ends, then the record in the chosen format: on
/// a terminal a bar per wave (on stderr), otherwise a plain line per change (on stdout for
/// tables, on stderr for the machine formats, on a terminal only).
async fn follow(client: &ApiClient, format: OutputFormat, mut r: Rollout) -> anyhow::Result<()> {
    let path = routes::path(routes::ROLLOUT, &[&r.id]);
    let human = format == OutputFormat::Table;
    let tty = std::io::stdout().is_terminal();
    let mut out = if human && tty {
        Progress::Bars(Bars::new())
    } else {
        Progress::Lines {
            to_stdout: human,
            quiet: !human && !tty,
            last: HashMap::new(),
        }
    };
    loop {
        out.show(&r);
        if r.state != RolloutState::Running && r.state != RolloutState::RollingBack {
            break;
        }
        tokio::select! {
            _ = tokio::time::sleep(POLL) => {}
            _ = tokio::signal::ctrl_c() => {
                out.finish();
                anyhow::bail!("stopped following rollout {}; it goes on on the server", r.id)
            }
        }
        r = client.get_json(&path).await?;
    }
    out.finish();
    if human {
        show(format, &r)
    } else {
        print_machine(format, &r).map(|_| ())
    }
}

/// The rollout's status line: `3f2a… running` or `3f2a… paused: why`.
fn state_line(r: &Rollout) -> String {
    match &r.reason {
        Some(why) => format!("rollout {} {}: {why}", r.id, r.state),
        None => format!("rollout {} {}", r.id, r.state),
    }
}

/// How `show --follow` shows progress.
enum Progress {
    /// A bar per wave on a terminal.
    Bars(Bars),
    /// A line per change of the rollout's status or of a wave (key: `""` or the wave).
    Lines {
        to_stdout: bool,
        quiet: bool,
        last: HashMap<String, String>,
    },
}

impl Progress {
    fn show(&mut self, r: &Rollout) {
        match self {
            Progress::Bars(bars) => bars.show(r),
            Progress::Lines {
                to_stdout,
                quiet,
                last,
            } => {
                // The waves first: a rollout's end comes after its last wave's.
                let mut lines: Vec<(String, String)> = r
                    .waves
                    .iter()
                    .enumerate()
                    .map(|(i, w)| (w.index.to_string(), format!("{} {}", r.id, wave_line(r, i))))
                    .collect();
                lines.push((String::new(), state_line(r)));
                for (key, line) in lines {
                    if last.get(&key) == Some(&line) {
                        continue;
                    }
                    // A wave still pending says nothing new.
                    let pending = !key.is_empty() && !last.contains_key(&key) && {
                        let w = key.parse::<usize>().ok().and_then(|i| r.waves.get(i));
                        w.is_some_and(|w| w.status == "pending")
                    };
                    if !pending && !*quiet {
                        if *to_stdout {
                            println!("{line}");
                        } else {
                            eprintln!("{line}");
                        }
                    }
                    last.insert(key, line);
                }
            }
        }
    }

    fn finish(&mut self) {
        if let Progress::Bars(bars) = self {
            bars.finish();
        }
    }
}

/// A bar per wave (instances done of the wave's total) under the rollout's status line.
struct Bars {
    multi: MultiProgress,
    status: ProgressBar,
    waves: Vec<ProgressBar>,
}

impl Bars {
    fn new() -> Bars {
        let multi = MultiProgress::with_draw_target(ProgressDrawTarget::stderr());
        let status = multi.add(ProgressBar::new_spinner());
        if let Ok(style) = ProgressStyle::with_template("{spinner} {msg} ({elapsed})") {
            status.set_style(style);
        }
        status.enable_steady_tick(Duration::from_millis(120));
        Bars {
            multi,
            status,
            waves: Vec::new(),
        }
    }

    fn show(&mut self, r: &Rollout) {
        self.status.set_message(state_line(r));
        while let Some(w) = r.waves.get(self.waves.len()) {
            // Its length first: a bar of length 0 draws full.
            let bar = self.multi.add(ProgressBar::new(w.counts.total));
            if let Ok(style) =
                ProgressStyle::with_template("{prefix:16} [{bar:30}] {pos}/{len} {msg}")
            {
                bar.set_style(style.progress_chars("=> "));
            }
            self.waves.push(bar);
        }
        for (w, bar) in r.waves.iter().zip(&self.waves) {
            let c = &w.counts;
            bar.set_prefix(format!("wave {} ({})", w.index, w.planned));
            bar.set_length(c.total);
            bar.set_position(c.verified + c.failed + c.rolled_back + c.skipped);
            bar.set_message(format!(
                "{}: {} verified, {} failed, {} rolled back, {} skipped",
                w.status, c.verified, c.failed, c.rolled_back, c.skipped
            ));
        }
    }

    fn finish(&mut self) {
        self.status.finish();
        self.waves.iter().for_each(ProgressBar::finish);
    }
}
