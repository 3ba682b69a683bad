//! `mothership upgrade INSTANCE`: one build for the instance and its deploy
//! (`POST /v1/instances/{id}/upgrade`).

use anyhow::Context;
use reqwest::Method;

use super::bobs::segment;
use super::deploy::print_outcome;
use crate::cli::{GlobalArgs, OutputFormat, UpgradeArgs};
use crate::client::output::print_machine;
use crate::client::{ApiClient, Settings};
use crate::protocol::builders::BuildStatus;
use crate::protocol::deploys::DeployState;
use crate::protocol::upgrade::{Upgrade, UpgradeRequest};

/// `mothership upgrade ...`.
pub async fn run(global: &GlobalArgs, args: &UpgradeArgs) -> anyhow::Result<()> {
    let settings = Settings::resolve(global)?;
    let client = ApiClient::new(&settings)?;
    let format = settings.output;
    let body = UpgradeRequest {
        nacl: args.nacl.clone(),
        builder: args.builder.clone(),
        tag: args.tag.clone(),
        force: args.force,
    };
    let mut path = format!("/v1/instances/{}/upgrade", segment(&args.instance));
    if args.wait {
        path.push_str("?wait=true");
    }
    let upgrade: Upgrade = client
        .send(client.request(Method::POST, &path).json(&body))
        .await
        .with_context(|| format!("failed to upgrade instance {}", args.instance))?
        .json()
        .await
        .context("unexpected answer to the upgrade request")?;
    let build = &upgrade.build;
    if !args.wait {
        if !print_machine(format, &upgrade)? {
            println!(
                "Upgrade of {} started: build {} (service {}, builder {})",
                upgrade.instance, build.id, build.service, build.builder_id
            );
            eprintln!(
                "Follow the build with `GET /v1/builds/{}/log?follow=1`; the deploy starts when \
                 it succeeds (`mothership deploys list`), or upgrade with --wait",
                build.id
            );
        }
        return Ok(());
    }
    // The log goes to stdout for people, to stderr when stdout carries machine output.
    let log = client
        .send(client.request(Method::GET, &format!("/v1/builds/{}/log", build.id)))
        .await
        .with_context(|| format!("failed to read the log of build {}", build.id))?
        .bytes()
        .await
        .with_context(|| format!("failed to read the log of build {}", build.id))?;
    let log = String::from_utf8_lossy(&log);
    if format == OutputFormat::Table {
        print!("{log}");
    } else {
        eprint!("{log}");
    }
    if !print_machine(format, &upgrade)? {
        if let Some(image) = &build.image_id {
            println!("Image {image} built by build {}", build.id);
        }
        if let Some(deploy) = &upgrade.deploy {
            print_outcome(deploy)?;
        }
    }
    if build.status != BuildStatus::Succeeded {
        anyhow::bail!(
            "build {} {}: {} (the log: GET /v1/builds/{}/log); nothing was deployed",
            build.id,
            build.status.as_str().replace('_', " "),
            build.error.as_deref().unwrap_or("no image was produced"),
            build.id
        );
    }
    match &upgrade.deploy {
        Some(d) if d.state == DeployState::Verified => Ok(()),
        Some(d) => anyhow::bail!(
            "deploy {} failed: {}",
            d.id,
            d.reason
                .as_deref()
                .unwrap_or("see `mothership deploys show`")
        ),
        None => anyhow::bail!("build {} produced no deploy", build.id),
    }
}
