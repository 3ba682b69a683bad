//! `mothership images list|push|pull|inspect|delete` (and `push-image`, `pull-image`).

use crate::protocol::routes;
use std::path::PathBuf;

use anyhow::Context;

use crate::cli::content::{ImageIdArg, ImagePullArgs, ImagesCommand, ListArgs, PushImageArgs};
use crate::cli::{GlobalArgs, OutputFormat};
use crate::client::output::{print_fields, print_item, print_list};
use crate::client::paging::{date, fetch_all};
use crate::client::transfer::{Destination, download_image, file_body, file_head, progress};
use crate::client::{ApiClient, connect};
use crate::protocol::images::Image;
use crate::size::human;

pub async fn run(global: &GlobalArgs, command: ImagesCommand) -> anyhow::Result<()> {
    let (settings, client) = connect(global)?;
    let format = settings.output;
    match command {
        ImagesCommand::List(args) => list(&client, format, &args).await,
        ImagesCommand::Push(args) => push(&client, format, &args).await,
        ImagesCommand::Pull(args) => pull(&client, format, &args).await,
        ImagesCommand::Inspect(ImageIdArg { id }) => {
            let image = get(&client, &id).await?;
            print_item(format, &image, &image.id, || print_image_fields(&image))
        }
        ImagesCommand::Delete(ImageIdArg { id }) => {
            let image = get(&client, &id).await?;
            client
                .send(client.request(reqwest::Method::DELETE, &path(&image.id)))
                .await?;
            print_item(format, &image, &image.id, || {
                println!("Deleted image {}", image.id);
                Ok(())
            })
        }
    }
}

fn path(id: &str) -> String {
    routes::path(routes::IMAGE, &[id])
}

async fn get(client: &ApiClient, id: &str) -> anyhow::Result<Image> {
    client.get_json(&path(id)).await
}

async fn list(client: &ApiClient, format: OutputFormat, args: &ListArgs) -> anyhow::Result<()> {
    let images: Vec<Image> = fetch_all(client, routes::IMAGES, args).await?;
    print_list(
        format,
        &images,
        |i| &i.id,
        &["ID", "TAG", "SIZE", "CREATED", "INCLUDEOS", "SERVICE"],
        |i| {
            vec![
                i.id[..12.min(i.id.len())].to_owned(),
                i.tag.clone().unwrap_or_default(),
                human(i.size),
                date(&i.created),
                i.includeos_version.clone().unwrap_or_default(),
                i.service.clone().unwrap_or_default(),
            ]
        },
    )
}

/// `images inspect` for people.
fn print_image_fields(image: &Image) -> anyhow::Result<()> {
    let opt = |v: &Option<String>| v.clone().unwrap_or_else(|| "-".into());
    let with_name = |id: &Option<String>, name: &Option<String>| match (id, name) {
        (Some(id), Some(name)) => format!("{id} ({name})"),
        (Some(id), None) => format!("{id} (deleted)"),
        _ => "-".into(),
    };
    print_fields(&[
        ("ID", image.id.clone()),
        ("Tag", opt(&image.tag)),
        (
            "Size",
            format!("{} ({} bytes)", human(image.size), image.size),
        ),
        ("Created", date(&image.created)),
        ("Service", opt(&image.service)),
        ("Builder", opt(&image.builder_id)),
        ("IncludeOS", opt(&image.includeos_version)),
        ("NaCl", with_name(&image.nacl_id, &image.nacl_name)),
        ("Uplink", with_name(&image.uplink_id, &image.uplink_url)),
        (
            "Trusts",
            match &image.trusted_certificate {
                Some(t) if t.source == crate::protocol::images::TRUST_CA => {
                    format!("{} (the uplink's CA)", t.fingerprint)
                }
                Some(t) => format!("{} (the uplink's certificate)", t.fingerprint),
                None => "-".to_owned(),
            },
        ),
    ])
}

/// `images push FILE [--tag]`: streams the file; the server answers 201 (new) or 200 (stored
/// already).
pub async fn push(
    client: &ApiClient,
    format: OutputFormat,
    args: &PushImageArgs,
) -> anyhow::Result<()> {
    let file = &args.file;
    // Checked here too, so a wrong file is refused before it is sent.
    let head = file_head(file, 4).await?;
    if head != b"\x7fELF" {
        anyhow::bail!(
            "{} is not an IncludeOS binary: it does not start with the ELF magic bytes",
            file.display()
        );
    }
    let bar = progress(format, None, "Pushing");
    let (body, length) = file_body(file, &bar).await?;
    bar.set_length(length);
    let mut request = client
        .request(reqwest::Method::POST, routes::IMAGES)
        .header(reqwest::header::CONTENT_TYPE, "application/octet-stream")
        .header(reqwest::header::CONTENT_LENGTH, length)
        .body(body);
    if let Some(tag) = &args.tag {
        request = request.query(&[("tag", tag)]);
    }
    let response = client.send(request).await;
    bar.finish_and_clear();
    let response = response.with_context(|| format!("failed to push {}", file.display()))?;
    let created = response.status() == reqwest::StatusCode::CREATED;
    let image: Image = response
        .json()
        .await
        .context("the server's answer to the upload is not an image")?;
    print_item(format, &image, &image.id, || {
        if created {
            println!("Pushed image {} ({})", image.id, human(image.size));
        } else {
            println!("Image {} was stored already", image.id);
        }
        Ok(())
    })
}

/// `images pull ID [-O FILE]`: streams to FILE (default: the ID), resuming a partial download.
pub async fn pull(
    client: &ApiClient,
    format: OutputFormat,
    args: &ImagePullArgs,
) -> anyhow::Result<()> {
    let image = get(client, &args.id).await?;
    let dest = match &args.output_file {
        Some(p) if p.as_os_str() == "-" => Destination::Stdout,
        Some(p) => Destination::File(p.clone()),
        None => Destination::File(PathBuf::from(&image.id)),
    };
    let bar = match dest {
        Destination::Stdout => indicatif::ProgressBar::hidden(),
        Destination::File(_) => progress(format, Some(image.size), "Pulling"),
    };
    let result = download_image(client, &path(&image.id), &image.id, image.size, &dest, &bar).await;
    bar.finish_and_clear();
    result.with_context(|| format!("failed to pull image {}", image.id))?;
    let Destination::File(file) = dest else {
        return Ok(());
    };
    print_item(format, &image, &image.id, || {
        println!(
            "Pulled image {} to {} ({})",
            image.id,
            file.display(),
            human(image.size)
        );
        Ok(())
    })
}
