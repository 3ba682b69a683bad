//! `mothership build` (queue a build, follow its log, print the image id last; Ctrl+C cancels
//! it) and `mothership validate`.

use crate::protocol::routes;
use std::io::Write;

use anyhow::Context;
use futures_util::StreamExt;

use crate::cli::{BuildArgs, GlobalArgs, OutputFormat, ValidateArgs};
use crate::client::output::print_machine;
use crate::client::{ApiClient, connect};
use crate::protocol::builders::{Build, BuildRequest, BuildStatus, ValidateResult};
use crate::protocol::documents::Document;

/// Reads a NaCl file, refusing huge ones before sending them.
fn read_nacl(path: &std::path::Path) -> anyhow::Result<String> {
    let meta = std::fs::metadata(path)
        .with_context(|| format!("failed to read NaCl file {}", path.display()))?;
    if meta.len() > 1 << 20 {
        anyhow::bail!(
            "NaCl file {} is {} bytes; the limit is 1 MiB",
            path.display(),
            meta.len()
        );
    }
    std::fs::read_to_string(path).with_context(|| {
        format!(
            "failed to read NaCl file {} (is it UTF-8 text?)",
            path.display()
        )
    })
}

pub async fn build(global: &GlobalArgs, args: &BuildArgs) -> anyhow::Result<()> {
    let (settings, client) = connect(global)?;
    let request = BuildRequest {
        nacl: args.nacl.clone(),
        nacl_content: args.nacl_file.as_deref().map(read_nacl).transpose()?,
        uplink: args.uplink.clone(),
        tag: args.tag.clone(),
        force: false,
    };
    let path = routes::path(routes::BUILD_IMAGE, &[&args.service, &args.builder]);
    let queued: Build = client
        .send_json(client.request(reqwest::Method::POST, &path).json(&request))
        .await
        .with_context(|| {
            format!(
                "failed to start a build of {} with builder {}",
                args.service, args.builder
            )
        })?;
    if args.detach {
        if !print_machine(settings.output, &queued)? {
            println!("{}", queued.id);
        }
        return Ok(());
    }

    // The log goes to stdout for people, to stderr when stdout carries machine output.
    let machine = settings.output != OutputFormat::Table;
    let follow = follow_log(&client, &queued.id, machine);
    let interrupted = tokio::select! {
        r = follow => { r?; false }
        _ = tokio::signal::ctrl_c() => true,
    };
    if interrupted {
        eprintln!("Cancelling build {}...", queued.id);
        client
            .send(client.request(
                reqwest::Method::DELETE,
                &routes::path(routes::BUILD, &[&queued.id]),
            ))
            .await
            .with_context(|| format!("failed to cancel build {}", queued.id))?;
    }
    let record: Build = client
        .get_json(&routes::path(routes::BUILD, &[&queued.id]))
        .await?;
    if print_machine(settings.output, &record)? && record.status == BuildStatus::Succeeded {
        return Ok(());
    }
    match (record.status, &record.image_id) {
        (BuildStatus::Succeeded, Some(image)) => {
            println!("{image}");
            Ok(())
        }
        _ => anyhow::bail!(
            "build {} {}: {} (the log: GET /v1/builds/{}/log)",
            record.id,
            record.status.as_str().replace('_', " "),
            record.error.as_deref().unwrap_or("no image was produced"),
            record.id
        ),
    }
}

pub(super) async fn follow_log(
    client: &ApiClient,
    id: &str,
    to_stderr: bool,
) -> anyhow::Result<()> {
    let response = client
        .send(client.request(
            reqwest::Method::GET,
            &format!("{}?follow=1", routes::path(routes::BUILD_LOG, &[id])),
        ))
        .await
        .with_context(|| format!("failed to follow the log of build {id}"))?;
    let mut stream = response.bytes_stream();
    while let Some(chunk) = stream.next().await {
        let chunk = chunk.with_context(|| format!("the log of build {id} broke off"))?;
        if to_stderr {
            std::io::stderr().write_all(&chunk)?;
        } else {
            let mut out = std::io::stdout().lock();
            out.write_all(&chunk)?;
            out.flush()?;
        }
    }
    Ok(())
}

/// The NaCl `validate` checks: a local file when one exists at `arg`, else a stored NaCl (by id
/// or name). Returns the name errors are reported under, and the text.
async fn validate_input(client: &ApiClient, arg: &str) -> anyhow::Result<(String, String)> {
    let path = std::path::Path::new(arg);
    if path.is_file() {
        return Ok((arg.to_owned(), read_nacl(path)?));
    }
    let doc: Document = client
        .get_json(&routes::path(routes::NACL, &[arg]))
        .await
        .with_context(|| {
            format!("{arg} is neither a file nor a stored NaCl (see `mothership nacls list`)")
        })?;
    Ok((doc.name, doc.content))
}

pub async fn validate(global: &GlobalArgs, args: &ValidateArgs) -> anyhow::Result<()> {
    let Some(builder) = &args.builder else {
        return validate_here(global, args).await;
    };
    let (settings, client) = connect(global)?;
    let (name, text) = validate_input(&client, &args.nacl).await?;
    let path = routes::path(routes::NACL_VALIDATE, &[builder]);
    let result: ValidateResult = client
        .send_json(client.request(reqwest::Method::POST, &path).body(text))
        .await
        .with_context(|| format!("failed to validate {name} with builder {builder}"))?;
    if !print_machine(settings.output, &result)? {
        for e in &result.errors {
            println!("{name}:{}:{}: {}", e.line, e.column, e.message);
        }
        for m in &result.messages {
            println!("{name}: {m}");
        }
    }
    if result.valid {
        if settings.output == OutputFormat::Table {
            eprintln!("{name}: valid");
        }
        Ok(())
    } else {
        anyhow::bail!(
            "{name} is not valid NaCl ({} error{})",
            result.errors.len(),
            if result.errors.len() == 1 { "" } else { "s" }
        )
    }
}

/// `mothership nacl fmt FILE [--check]`: formats the file in place, or with `--check` fails
/// when it would change. Needs no server.
pub fn nacl_fmt(args: &crate::cli::NaclFmtArgs) -> anyhow::Result<()> {
    let name = args.file.display().to_string();
    let text = read_nacl(&args.file)?;
    let formatted = match crate::nacl::fmt::format(&text) {
        Ok(f) => f,
        Err(diags) => {
            print!("{}", crate::nacl::diag::render(&name, &text, &diags));
            anyhow::bail!("{name} does not parse: fix the syntax errors above, then format it");
        }
    };
    if formatted == text {
        return Ok(());
    }
    if args.check {
        anyhow::bail!("{name} is not formatted: run `mothership nacl fmt {name}`");
    }
    std::fs::write(&args.file, formatted)
        .with_context(|| format!("failed to write the formatted NaCl to {name}"))?;
    eprintln!("{name}: formatted");
    Ok(())
}

/// `mothership nacl transpile FILE`: prints the C++ IncludeOS's transpiler makes of the file,
/// or its diagnostics (exit 1). Needs no server.
pub fn nacl_transpile(args: &crate::cli::NaclTranspileArgs) -> anyhow::Result<()> {
    let name = args.file.display().to_string();
    let text = read_nacl(&args.file)?;
    match crate::nacl::transpile(&text) {
        Ok(cpp) => {
            let mut out = std::io::stdout().lock();
            out.write_all(cpp.as_bytes())?;
            out.flush()?;
            Ok(())
        }
        Err(diags) => {
            print!("{}", crate::nacl::diag::render(&name, &text, &diags));
            let errors = diags.iter().filter(|d| d.is_error()).count();
            anyhow::bail!(
                "{name} is not valid NaCl ({errors} error{}): nothing transpiled",
                if errors == 1 { "" } else { "s" }
            )
        }
    }
}

/// `mothership validate` without `--builder`: Mothership's own NaCl checks. A file needs no
/// server; another name is fetched from the server first.
async fn validate_here(global: &GlobalArgs, args: &ValidateArgs) -> anyhow::Result<()> {
    let path = std::path::Path::new(&args.nacl);
    let (name, text) = if path.is_file() {
        (args.nacl.clone(), read_nacl(path)?)
    } else {
        let (_, client) = connect(global)?;
        validate_input(&client, &args.nacl).await?
    };
    let diags = crate::nacl::check(&text);
    if !print_machine(global.output, &diags)? {
        print!("{}", crate::nacl::diag::render(&name, &text, &diags));
    }
    let errors = diags.iter().filter(|d| d.is_error()).count();
    if errors == 0 {
        if global.output == OutputFormat::Table {
            eprintln!("{name}: valid");
        }
        Ok(())
    } else {
        anyhow::bail!(
            "{name} is not valid NaCl ({errors} error{})",
            if errors == 1 { "" } else { "s" }
        )
    }
}
