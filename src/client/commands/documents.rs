//! `mothership nacls ...` and `mothership snippets ...` (and `push-nacl`, `pull-nacl`): the two
//! kinds of named text documents share these commands.

use std::path::PathBuf;

use anyhow::Context;

use crate::cli::content::{DocumentsCommand, IdArg, ListArgs, PullArgs, PushDocumentArgs};
use crate::cli::{GlobalArgs, OutputFormat};
use crate::client::output::{print_fields, print_item, print_list};
use crate::client::paging::{date, fetch_all};
use crate::client::{ApiClient, ClientError, connect};
use crate::protocol::documents::{
    Document, DocumentCreate, DocumentSummary, DocumentUpdate, MAX_CONTENT,
};
use crate::protocol::routes;
use crate::size::human;

/// Which kind of document a command works on.
#[derive(Debug, Clone, Copy)]
pub struct Resource {
    /// The collection's route (`/v1/nacls`).
    pub many: &'static str,
    /// One document's route (`/v1/nacls/{id}`).
    pub one: &'static str,
    /// For messages.
    pub kind: &'static str,
    /// File extension of pulled files.
    pub ext: &'static str,
}

pub const NACLS: Resource = Resource {
    many: routes::NACLS,
    one: routes::NACL,
    kind: "NaCl",
    ext: "nacl",
};
pub const SNIPPETS: Resource = Resource {
    many: routes::SNIPPETS,
    one: routes::SNIPPET,
    kind: "snippet",
    ext: "snippet",
};

pub async fn run(
    global: &GlobalArgs,
    res: Resource,
    command: DocumentsCommand,
) -> anyhow::Result<()> {
    let (settings, client) = connect(global)?;
    let format = settings.output;
    match command {
        DocumentsCommand::List(args) => list(&client, res, format, &args).await,
        DocumentsCommand::Push(args) => push(&client, res, format, &args).await,
        DocumentsCommand::Pull(args) => pull(&client, res, format, &args).await,
        DocumentsCommand::Show(IdArg { id }) => {
            let doc = get(&client, res, &id).await?;
            print_item(format, &doc, &doc.id, || {
                print_fields(&[
                    ("ID", doc.id.clone()),
                    ("Name", doc.name.clone()),
                    ("Size", human(doc.content.len() as u64)),
                    ("Created", date(&doc.created)),
                    ("Updated", date(&doc.updated)),
                ])?;
                println!();
                print!("{}", doc.content);
                if !doc.content.ends_with('\n') {
                    println!();
                }
                Ok(())
            })
        }
        DocumentsCommand::Delete(IdArg { id }) => {
            let doc = get(&client, res, &id).await?;
            client
                .send(client.request(reqwest::Method::DELETE, &routes::path(res.one, &[&doc.id])))
                .await?;
            print_item(format, &doc, &doc.id, || {
                println!("Deleted {} {} ({})", res.kind, doc.name, doc.id);
                Ok(())
            })
        }
    }
}

async fn get(client: &ApiClient, res: Resource, key: &str) -> anyhow::Result<Document> {
    client.get_json(&routes::path(res.one, &[key])).await
}

async fn list(
    client: &ApiClient,
    res: Resource,
    format: OutputFormat,
    args: &ListArgs,
) -> anyhow::Result<()> {
    let docs: Vec<DocumentSummary> = fetch_all(client, res.many, args).await?;
    print_list(
        format,
        &docs,
        |d| &d.id,
        &["ID", "NAME", "SIZE", "UPDATED"],
        |d| {
            vec![
                d.id.clone(),
                d.name.clone(),
                human(d.size),
                date(&d.updated),
            ]
        },
    )
}

/// `push FILE [--name] [--replace]`.
pub async fn push(
    client: &ApiClient,
    res: Resource,
    format: OutputFormat,
    args: &PushDocumentArgs,
) -> anyhow::Result<()> {
    let file = &args.file;
    let size = tokio::fs::metadata(file)
        .await
        .with_context(|| format!("failed to read {}", file.display()))?
        .len();
    if size > MAX_CONTENT as u64 {
        anyhow::bail!(
            "{} is {} bytes: a {} may hold at most {MAX_CONTENT} bytes",
            file.display(),
            size,
            res.kind
        );
    }
    let bytes = tokio::fs::read(file)
        .await
        .with_context(|| format!("failed to read {}", file.display()))?;
    let content = String::from_utf8(bytes)
        .map_err(|_| anyhow::anyhow!("{} is not UTF-8 text", file.display()))?;
    let name = match &args.name {
        Some(n) => n.clone(),
        None => file
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .filter(|s| !s.is_empty())
            .with_context(|| format!("cannot take a name from {}: pass --name", file.display()))?,
    };
    let is_nacl = res.many == routes::NACLS;
    if args.force && !is_nacl {
        anyhow::bail!(
            "--force is for NaCls only: a {} is stored as it is",
            res.kind
        );
    }
    // `?force=true` stores a NaCl the server's checks refuse.
    let query = if args.force { "?force=true" } else { "" };
    let created = client
        .send_json::<Document>(
            client
                .request(reqwest::Method::POST, &format!("{}{query}", res.many))
                .json(&DocumentCreate {
                    name: name.clone(),
                    content: content.clone(),
                }),
        )
        .await;
    let (doc, verb) = match created {
        Ok(doc) => (doc, "Pushed"),
        Err(e) if args.replace && is_duplicate(&e) => {
            let doc = client
                .send_json(
                    client
                        .request(
                            reqwest::Method::PATCH,
                            &format!("{}{query}", routes::path(res.one, &[&name])),
                        )
                        .json(&DocumentUpdate {
                            name: None,
                            content: Some(content),
                        }),
                )
                .await?;
            (doc, "Replaced")
        }
        Err(e) if is_duplicate(&e) => {
            return Err(anyhow::Error::new(ClientError::Api {
                status: 409,
                code: "duplicate_name".into(),
                message: format!("a {} named {name:?} exists already", res.kind),
                hint: Some(
                    "pass --replace to replace its content, or --name to pick another name".into(),
                ),
            })
            .context(format!("failed to push {}", file.display())));
        }
        Err(e) => return Err(e.context(format!("failed to push {}", file.display()))),
    };
    print_item(format, &doc, &doc.id, || {
        println!("{verb} {} {} ({})", res.kind, doc.name, doc.id);
        Ok(())
    })
}

fn is_duplicate(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        matches!(c.downcast_ref::<ClientError>(), Some(ClientError::Api { status: 409, code, .. })
            if code == "duplicate_name")
    })
}

/// `pull ID [-O FILE]`: the content to FILE (default NAME.ext), `-` for standard output.
pub async fn pull(
    client: &ApiClient,
    res: Resource,
    format: OutputFormat,
    args: &PullArgs,
) -> anyhow::Result<()> {
    let doc = get(client, res, &args.id).await?;
    let file = match &args.output_file {
        Some(p) if p.as_os_str() == "-" => {
            print!("{}", doc.content);
            return Ok(());
        }
        Some(p) => p.clone(),
        None => {
            let safe = !doc.name.is_empty()
                && !doc.name.starts_with('.')
                && doc
                    .name
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || "._-".contains(c));
            let stem = if safe { &doc.name } else { &doc.id };
            PathBuf::from(format!("{stem}.{}", res.ext))
        }
    };
    tokio::fs::write(&file, doc.content.as_bytes())
        .await
        .with_context(|| format!("failed to write {}", file.display()))?;
    print_item(format, &doc, &doc.id, || {
        println!("Pulled {} {} to {}", res.kind, doc.name, file.display());
        Ok(())
    })
}
