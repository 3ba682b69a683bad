//! Streaming transfers for push and pull: a file as a request body, a response body into a file
//! (resumable, checked against the SHA-1 ID), and the progress bar both show on a terminal.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use anyhow::Context;
use futures_util::{StreamExt, TryStreamExt};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use sha1::{Digest, Sha1};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

use crate::cli::OutputFormat;

/// Bytes read from a file per chunk sent.
const CHUNK: usize = 256 << 10;

/// A progress bar (bytes, rate, ETA) on stderr, only when stdout is a terminal and the output is
/// for people; hidden otherwise, so machine output is never mixed with it.
pub fn progress(format: OutputFormat, total: Option<u64>, message: &str) -> ProgressBar {
    if format != OutputFormat::Table || !std::io::stdout().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::with_draw_target(total, ProgressDrawTarget::stderr());
    let template = if total.is_some() {
        "{msg} [{bar:30}] {bytes}/{total_bytes} {binary_bytes_per_sec} ETA {eta}"
    } else {
        "{msg} {spinner} {bytes} {binary_bytes_per_sec}"
    };
    if let Ok(style) = ProgressStyle::with_template(template) {
        bar.set_style(style.progress_chars("=> "));
    }
    bar.set_message(message.to_owned());
    bar
}

/// Opens `path` as a streamed request body; returns it with its length.
pub async fn file_body(path: &Path, bar: &ProgressBar) -> anyhow::Result<(reqwest::Body, u64)> {
    let file = tokio::fs::File::open(path)
        .await
        .with_context(|| format!("failed to open {}", path.display()))?;
    let length = file
        .metadata()
        .await
        .with_context(|| format!("failed to read the size of {}", path.display()))?
        .len();
    let bar = bar.clone();
    let stream = tokio_util::io::ReaderStream::with_capacity(file, CHUNK)
        .inspect_ok(move |chunk| bar.inc(chunk.len() as u64));
    Ok((reqwest::Body::wrap_stream(stream), length))
}

/// The first bytes of a file (fewer if it is shorter).
pub async fn file_head(path: &Path, n: usize) -> anyhow::Result<Vec<u8>> {
    let mut file = tokio::fs::File::open(path)
        .await
        .with_context(|| format!("failed to open {}", path.display()))?;
    let mut head = vec![0u8; n];
    let mut got = 0;
    while got < n {
        let read = file
            .read(&mut head[got..])
            .await
            .with_context(|| format!("failed to read {}", path.display()))?;
        if read == 0 {
            break;
        }
        got += read;
    }
    head.truncate(got);
    Ok(head)
}

/// Where a download goes.
pub enum Destination {
    Stdout,
    File(PathBuf),
}

/// `name.part` beside `path`.
pub fn part_path(path: &Path) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(".part");
    path.with_file_name(name)
}

/// Downloads the image `id` (`size` bytes) from `path` on the server to `dest`. A file is
/// written as `FILE.part` first and resumed from there with a Range request; the result must
/// hash to `id` before it is renamed into place.
pub async fn download_image(
    client: &super::ApiClient,
    path: &str,
    id: &str,
    size: u64,
    dest: &Destination,
    bar: &ProgressBar,
) -> anyhow::Result<()> {
    let request = || {
        client
            .request(reqwest::Method::GET, path)
            .header(reqwest::header::ACCEPT, "application/octet-stream")
    };
    let file = match dest {
        Destination::Stdout => {
            let response = client.send(request()).await?;
            let mut out = tokio::io::stdout();
            let hasher = copy_body(response, &mut out, Sha1::new(), bar).await?;
            out.flush()
                .await
                .context("failed to write to standard output")?;
            return check_hash(hasher, id);
        }
        Destination::File(file) => file,
    };
    let part = part_path(file);
    let have = match tokio::fs::metadata(&part).await {
        Ok(m) if m.len() < size => m.len(),
        _ => 0,
    };
    let mut req = request();
    if have > 0 {
        req = req
            .header(reqwest::header::RANGE, format!("bytes={have}-"))
            .header(reqwest::header::IF_RANGE, format!("\"{id}\""));
    }
    let response = client.send(req).await?;
    let resumed = have > 0 && response.status() == reqwest::StatusCode::PARTIAL_CONTENT;
    let mut out = tokio::fs::OpenOptions::new()
        .create(true)
        .write(true)
        .append(resumed)
        .truncate(!resumed)
        .open(&part)
        .await
        .with_context(|| format!("failed to open {} for writing", part.display()))?;
    let hasher = if resumed {
        bar.set_position(have);
        hash_file(&part).await?
    } else {
        Sha1::new()
    };
    let hasher = copy_body(response, &mut out, hasher, bar).await?;
    out.sync_all()
        .await
        .with_context(|| format!("failed to write {}", part.display()))?;
    drop(out);
    if let Err(e) = check_hash(hasher, id) {
        let _ = tokio::fs::remove_file(&part).await;
        return Err(e.context(format!("removed {}; pull again", part.display())));
    }
    tokio::fs::rename(&part, file)
        .await
        .with_context(|| format!("failed to rename {} to {}", part.display(), file.display()))
}

/// Streams a response body into `out`, hashing and counting.
async fn copy_body<W: tokio::io::AsyncWrite + Unpin>(
    response: reqwest::Response,
    out: &mut W,
    mut hasher: Sha1,
    bar: &ProgressBar,
) -> anyhow::Result<Sha1> {
    let mut body = response.bytes_stream();
    while let Some(chunk) = body.next().await {
        let chunk = chunk.context("the download was interrupted (pull again to resume)")?;
        hasher.update(&chunk);
        out.write_all(&chunk)
            .await
            .context("failed to write the download")?;
        bar.inc(chunk.len() as u64);
    }
    Ok(hasher)
}

/// The SHA-1 state after a file's bytes, computed off the async threads.
async fn hash_file(path: &Path) -> anyhow::Result<Sha1> {
    let path = path.to_owned();
    tokio::task::spawn_blocking(move || -> anyhow::Result<Sha1> {
        let mut file = std::fs::File::open(&path)
            .with_context(|| format!("failed to open {}", path.display()))?;
        let mut hasher = Sha1::new();
        let mut buf = vec![0u8; 1 << 20];
        loop {
            let n = std::io::Read::read(&mut file, &mut buf)
                .with_context(|| format!("failed to read {}", path.display()))?;
            if n == 0 {
                return Ok(hasher);
            }
            hasher.update(&buf[..n]);
        }
    })
    .await
    .context("the hashing thread failed")?
}

fn check_hash(hasher: Sha1, id: &str) -> anyhow::Result<()> {
    let got = hex::encode(hasher.finalize());
    if got != id {
        anyhow::bail!("the downloaded bytes hash to {got}, not to the image ID {id}");
    }
    Ok(())
}
