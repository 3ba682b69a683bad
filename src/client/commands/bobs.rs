//! `mothership bobproviders list|update` and `mothership bobs list|prepare` (with a progress bar
//! per layer while a bob is pulled, when stderr is a terminal).

use crate::protocol::routes;
use std::collections::HashMap;
use std::io::IsTerminal;

use anyhow::Context;
use futures_util::StreamExt;
use indicatif::{MultiProgress, ProgressBar, ProgressStyle};

use crate::cli::{BobprovidersCommand, BobsCommand, GlobalArgs};
use crate::client::output::{print_item, print_list, unknown};
use crate::client::paging::fetch_every;
use crate::client::{ApiClient, Settings, connect};
use crate::protocol::builders::{Bob, BobProvider, PrepareEvent};

pub async fn providers(global: &GlobalArgs, cmd: BobprovidersCommand) -> anyhow::Result<()> {
    let (settings, client) = connect(global)?;
    let list: Vec<BobProvider> = match cmd {
        BobprovidersCommand::List => fetch_every(&client, routes::BOBPROVIDERS).await?,
        BobprovidersCommand::Update { provider } => {
            let path = routes::path(routes::BOBPROVIDER_UPDATE, &[&provider]);
            vec![
                client
                    .send_json(client.request(reqwest::Method::POST, &path))
                    .await
                    .with_context(|| format!("failed to update bob provider {provider}"))?,
            ]
        }
    };
    print_list(
        settings.output,
        &list,
        |p| &p.id,
        &["PROVIDER", "BOBS", "LAST UPDATE", "SOURCE", "LAST ERROR"],
        |p| {
            vec![
                p.id.clone(),
                p.bobs.to_string(),
                p.last_update.clone().unwrap_or_else(|| "never".into()),
                p.source.clone(),
                p.last_error.clone().unwrap_or_default(),
            ]
        },
    )
}

pub async fn bobs(global: &GlobalArgs, cmd: BobsCommand) -> anyhow::Result<()> {
    let (settings, client) = connect(global)?;
    match cmd {
        BobsCommand::List { provider } => {
            let bobs: Vec<Bob> = fetch_every(
                &client,
                &routes::path(routes::BOBPROVIDER_BOBS, &[&provider]),
            )
            .await?;
            print_list(
                settings.output,
                &bobs,
                |b| &b.id,
                &[
                    "ID",
                    "VERSION",
                    "BUILD DATE",
                    "PREPARED",
                    "SERVICES",
                    "TAGS",
                ],
                |b| {
                    vec![
                        b.id.clone(),
                        b.version.clone(),
                        unknown(&b.build_date),
                        if b.prepared { "yes" } else { "no" }.into(),
                        b.services.join(","),
                        b.tags.join(","),
                    ]
                },
            )
        }
        BobsCommand::Prepare { provider, bob } => {
            prepare(&client, &settings, &provider, &bob).await
        }
    }
}

async fn prepare(
    client: &ApiClient,
    settings: &Settings,
    provider: &str,
    bob: &str,
) -> anyhow::Result<()> {
    let path = routes::path(routes::BOBPROVIDER_PREPARE, &[provider, bob]);
    let response = client
        .send(client.request(reqwest::Method::POST, &path))
        .await
        .with_context(|| format!("failed to prepare bob {bob} of {provider}"))?;
    let mut progress = Progress::new(std::io::stderr().is_terminal());
    let mut stream = response.bytes_stream();
    let mut pending = Vec::new();
    let mut last: Option<PrepareEvent> = None;
    while let Some(chunk) = stream.next().await {
        let chunk = chunk.context("the server stopped sending the pull progress")?;
        pending.extend_from_slice(&chunk);
        while let Some(end) = pending.iter().position(|b| *b == b'\n') {
            let line: Vec<u8> = pending.drain(..=end).collect();
            let event: PrepareEvent = serde_json::from_slice(&line)
                .context("unexpected progress line from the server")?;
            progress.show(&event);
            last = Some(event);
        }
    }
    progress.finish();
    let last = last.context("the server ended the pull without saying how it went")?;
    if let Some(error) = last.error {
        anyhow::bail!("preparing bob {bob} failed: {error}");
    }
    let builder = last
        .builder
        .context("the server ended the pull without naming the builder")?;
    print_item(settings.output, &builder, &builder.id, || {
        println!(
            "Prepared builder {} ({} {})",
            builder.id, builder.name, builder.version
        );
        Ok(())
    })
}

/// Pull progress: a bar per layer on a terminal, status lines otherwise.
struct Progress {
    bars: Option<(MultiProgress, HashMap<String, ProgressBar>)>,
    last_status: HashMap<String, String>,
}

impl Progress {
    fn new(terminal: bool) -> Self {
        Progress {
            bars: terminal.then(|| (MultiProgress::new(), HashMap::new())),
            last_status: HashMap::new(),
        }
    }

    fn show(&mut self, event: &PrepareEvent) {
        let key = event.layer.clone().unwrap_or_default();
        match &mut self.bars {
            Some((multi, bars)) if event.layer.is_some() => {
                let bar = bars.entry(key.clone()).or_insert_with(|| {
                    let bar = multi.add(ProgressBar::new(0));
                    bar.set_style(
                        ProgressStyle::with_template(
                            "{prefix:12} {msg:20} [{bar:30}] {bytes}/{total_bytes}",
                        )
                        .unwrap_or_else(|_| ProgressStyle::default_bar())
                        .progress_chars("=> "),
                    );
                    bar.set_prefix(key.chars().take(12).collect::<String>());
                    bar
                });
                if let Some(total) = event.total.filter(|t| *t > 0) {
                    bar.set_length(total as u64);
                }
                if let Some(current) = event.current {
                    bar.set_position(current.max(0) as u64);
                }
                bar.set_message(event.status.clone());
            }
            _ => {
                if self.last_status.get(&key) != Some(&event.status) && !event.status.is_empty() {
                    if key.is_empty() {
                        eprintln!("{}", event.status);
                    } else {
                        eprintln!("{key}: {}", event.status);
                    }
                    self.last_status.insert(key, event.status.clone());
                }
            }
        }
    }

    fn finish(&mut self) {
        if let Some((_, bars)) = &self.bars {
            bars.values().for_each(ProgressBar::finish);
        }
    }
}
