//! `mothership services push|list|inspect|pull|delete`: users' own services.

use crate::protocol::routes;
use std::path::{Path, PathBuf};

use anyhow::Context;

use crate::cli::{GlobalArgs, ServicesCommand};
use crate::client::connect;
use crate::client::output::{print_fields, print_item, print_list};
use crate::client::paging::fetch_every;
use crate::protocol::builders::{Service, StoredService};

/// Directories a push leaves out: build outputs and version control.
const SKIPPED: [&str; 2] = ["build", ".git"];

pub async fn run(global: &GlobalArgs, cmd: ServicesCommand) -> anyhow::Result<()> {
    let (settings, client) = connect(global)?;
    match cmd {
        ServicesCommand::Push { dir, name } => {
            let packed = dir.clone();
            let tar = tokio::task::spawn_blocking(move || pack(&packed))
                .await
                .context("packing the service failed")??;
            let path = match &name {
                Some(n) => routes::path(routes::SERVICE, &[n]),
                None => routes::SERVICES.to_owned(),
            };
            let method = if name.is_some() {
                reqwest::Method::PUT
            } else {
                reqwest::Method::POST
            };
            let stored: StoredService = client
                .send_json(
                    client
                        .request(method, &path)
                        .header(http::header::CONTENT_TYPE, "application/x-tar")
                        .body(tar),
                )
                .await
                .with_context(|| format!("failed to store the service {}", dir.display()))?;
            print_item(settings.output, &stored, &stored.name, || {
                println!(
                    "Stored service {} ({} files, binary {}, id {})",
                    stored.name,
                    stored.files,
                    stored.binary,
                    &stored.id[..stored.id.len().min(12)]
                );
                Ok(())
            })
        }
        ServicesCommand::List => {
            let list: Vec<Service> = fetch_every(&client, routes::SERVICES).await?;
            print_list(
                settings.output,
                &list,
                |s| &s.name,
                &["NAME", "SOURCE", "BINARY", "ID", "BUILDERS"],
                |s| {
                    let stored = s.stored.as_ref();
                    vec![
                        s.name.clone(),
                        s.source.clone(),
                        stored.map_or("-".into(), |x| x.binary.clone()),
                        stored.map_or("-".into(), |x| x.id.chars().take(12).collect()),
                        s.builders.join(","),
                    ]
                },
            )
        }
        ServicesCommand::Inspect { name } => {
            let s: Service = client
                .get_json(&routes::path(routes::SERVICE, &[&name]))
                .await?;
            print_item(settings.output, &s, &s.name, || {
                let mut fields = vec![
                    ("Name", s.name.clone()),
                    ("Source", s.source.clone()),
                    ("Builders", s.builders.join(", ")),
                ];
                if let Some(x) = &s.stored {
                    fields.extend([
                        ("ID", x.id.clone()),
                        ("Binary", x.binary.clone()),
                        ("Project", x.project.clone().unwrap_or_else(|| "-".into())),
                        ("Files", x.files.to_string()),
                        ("Size", format!("{} bytes", x.size)),
                        ("Created", x.created.clone()),
                    ]);
                }
                print_fields(&fields)
            })
        }
        ServicesCommand::Pull { name, file } => {
            let file = file.unwrap_or_else(|| PathBuf::from(format!("{name}.tar")));
            let response = client
                .send(client.request(
                    reqwest::Method::GET,
                    &routes::path(routes::SERVICE_ARCHIVE, &[&name]),
                ))
                .await?;
            let bytes = response
                .bytes()
                .await
                .with_context(|| format!("failed to download the service {name}"))?;
            std::fs::write(&file, &bytes)
                .with_context(|| format!("failed to write {}", file.display()))?;
            eprintln!("Wrote {} ({} bytes)", file.display(), bytes.len());
            Ok(())
        }
        ServicesCommand::Delete { name } => {
            let s: StoredService = client
                .send_json(client.request(
                    reqwest::Method::DELETE,
                    &routes::path(routes::SERVICE, &[&name]),
                ))
                .await?;
            print_item(settings.output, &s, &s.name, || {
                println!("Deleted service {}", s.name);
                Ok(())
            })
        }
    }
}

/// A tar of `dir`'s contents (paths relative to it), without [`SKIPPED`] directories; links
/// go in as links (the server refuses those pointing outside).
fn pack(dir: &Path) -> anyhow::Result<Vec<u8>> {
    if !dir.join("CMakeLists.txt").is_file() {
        anyhow::bail!(
            "{} has no CMakeLists.txt: give the directory of the service (the one whose \
             CMakeLists.txt says set(BINARY ...))",
            dir.display()
        );
    }
    let mut builder = tar::Builder::new(Vec::new());
    builder.follow_symlinks(false);
    add(&mut builder, dir, Path::new(""))?;
    builder
        .into_inner()
        .with_context(|| format!("failed to pack {}", dir.display()))
}

fn add(builder: &mut tar::Builder<Vec<u8>>, root: &Path, rel: &Path) -> anyhow::Result<()> {
    let here = root.join(rel);
    let mut entries: Vec<_> = std::fs::read_dir(&here)
        .with_context(|| format!("failed to read the directory {}", here.display()))?
        .collect::<Result<_, _>>()
        .with_context(|| format!("failed to read the directory {}", here.display()))?;
    entries.sort_by_key(|e| e.file_name());
    for entry in entries {
        let path = rel.join(entry.file_name());
        let kind = entry
            .file_type()
            .with_context(|| format!("failed to read {}", entry.path().display()))?;
        if kind.is_dir() {
            if SKIPPED.iter().any(|s| entry.file_name() == *s) {
                continue;
            }
            builder
                .append_dir(&path, entry.path())
                .with_context(|| format!("failed to pack {}", entry.path().display()))?;
            add(builder, root, &path)?;
        } else {
            builder
                .append_path_with_name(entry.path(), &path)
                .with_context(|| format!("failed to pack {}", entry.path().display()))?;
        }
    }
    Ok(())
}
