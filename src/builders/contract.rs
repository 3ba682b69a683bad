//! The builder container contract (BUILDERS.md): create a container from the builder image with
//! a command, copy the inputs into `/service/` with the archive API (never a bind mount, so a
//! remote engine works), start it, stream its output, wait for its exit status, copy the result
//! out. The caller removes the container in every outcome ([`remove`]).

use std::collections::HashMap;
use std::io::Read;

use bollard::Docker;
use bollard::container::LogOutput;
use bollard::models::ContainerCreateBody;
use bollard::query_parameters::{
    CreateContainerOptions, DownloadFromContainerOptions, ListContainersOptions, LogsOptions,
    RemoveContainerOptions, UploadToContainerOptions, WaitContainerOptions,
};
use bytes::Bytes;
use futures_util::StreamExt;

use super::{BuildersError, DockerOptions, Engine};

/// Label on every container a server creates, valued with that server's instance id, so the
/// leftovers of a crash can be found without touching other servers sharing the engine.
pub const CONTAINER_LABEL: &str = "org.mothership.server";

/// One run of a builder container.
pub struct RunSpec<'a> {
    /// The builder image (its full id).
    pub image: &'a str,
    /// Container name, unique per run: cleanup finds the container by it even when creation
    /// was interrupted before its id came back.
    pub name: String,
    /// The command; `None` runs the image's own default command (classic builders).
    pub cmd: Option<Vec<String>>,
    /// Files to put under `/service/`: (path relative to it, content).
    pub files: Vec<(String, Vec<u8>)>,
    pub options: &'a DockerOptions,
    /// The id of the server running it (the value of [`CONTAINER_LABEL`]).
    pub server_id: &'a str,
}

/// How a run ended.
#[derive(Debug)]
pub struct RunOutcome {
    pub exit_code: i64,
    /// The file asked for, when the container exited 0 and wrote it.
    pub output: Option<Vec<u8>>,
    /// The last lines the container wrote to stderr (at most [`ERROR_LINES`]): the tools' own
    /// error messages when it failed.
    pub stderr_tail: Vec<String>,
}

/// How many of the last stderr lines a run keeps for its record.
pub const ERROR_LINES: usize = 12;

/// One entry of an archive copied into `/service/`.
#[derive(Debug, Clone)]
pub enum Entry {
    Dir {
        path: String,
        mode: u32,
    },
    File {
        path: String,
        mode: u32,
        data: Vec<u8>,
    },
    Symlink {
        path: String,
        target: String,
    },
}

impl Entry {
    /// Its path relative to `/service/`.
    pub fn path(&self) -> &str {
        match self {
            Entry::Dir { path, .. } | Entry::File { path, .. } | Entry::Symlink { path, .. } => {
                path
            }
        }
    }
}

/// Maps an engine error: a lost engine becomes `Unavailable`, anything else names the action.
pub fn engine_error(engine: &Engine, action: &str, err: bollard::errors::Error) -> BuildersError {
    if let Some(unavailable) = engine.check(&err) {
        return BuildersError::EngineUnavailable(unavailable);
    }
    let detail = match err {
        bollard::errors::Error::DockerResponseServerError { message, .. } => message,
        other => other.to_string(),
    };
    BuildersError::Engine {
        host: engine.host().to_owned(),
        action: action.to_owned(),
        detail,
    }
}

/// Runs the contract ([`start`] then [`follow`]) up to the exit status (and the output file when `collect` names one and
/// the exit status is 0). Every chunk of output goes to `on_log` as it comes.
pub async fn run(
    engine: &Engine,
    docker: &Docker,
    spec: &RunSpec<'_>,
    collect: Option<&str>,
    max_output: usize,
    on_log: &mut (dyn FnMut(Bytes) + Send),
) -> Result<RunOutcome, BuildersError> {
    start(engine, docker, spec).await?;
    follow(engine, docker, spec, collect, max_output, on_log).await
}

/// Creates the container, copies the inputs in and starts it. Callers let this finish rather
/// than drop it halfway: a create request the engine is still processing would leave a
/// container behind that a removal issued meanwhile cannot see.
pub async fn start(
    engine: &Engine,
    docker: &Docker,
    spec: &RunSpec<'_>,
) -> Result<(), BuildersError> {
    create(engine, docker, spec).await?;
    let entries: Vec<Entry> = spec
        .files
        .iter()
        .map(|(path, data)| Entry::File {
            path: path.clone(),
            mode: 0o644,
            data: data.clone(),
        })
        .collect();
    upload(engine, docker, &spec.name, &entries).await?;
    start_container(engine, docker, &spec.name).await
}

/// Creates the container of `spec` (not started).
pub async fn create(
    engine: &Engine,
    docker: &Docker,
    spec: &RunSpec<'_>,
) -> Result<(), BuildersError> {
    let mut body = ContainerCreateBody {
        image: Some(spec.image.to_owned()),
        cmd: spec.cmd.clone(),
        labels: Some(HashMap::from([(
            CONTAINER_LABEL.to_owned(),
            spec.server_id.to_owned(),
        )])),
        attach_stdout: Some(true),
        attach_stderr: Some(true),
        ..Default::default()
    };
    spec.options.apply(&mut body);
    docker
        .create_container(
            Some(CreateContainerOptions {
                name: Some(spec.name.clone()),
                ..Default::default()
            }),
            body,
        )
        .await
        .map_err(|e| engine_error(engine, "create a builder container", e))?;
    Ok(())
}

/// Copies `entries` into `/service/` of the container `name` (created, not yet started).
pub async fn upload(
    engine: &Engine,
    docker: &Docker,
    name: &str,
    entries: &[Entry],
) -> Result<(), BuildersError> {
    let archive = service_archive(entries)
        .map_err(|e| BuildersError::Internal(format!("failed to pack the build inputs: {e}")))?;
    let archive = Bytes::from(archive);
    let mut attempt = 0;
    loop {
        let uploaded = docker
            .upload_to_container(
                name,
                Some(UploadToContainerOptions {
                    path: "/".into(),
                    ..Default::default()
                }),
                bollard::body_full(archive.clone()),
            )
            .await;
        match uploaded {
            Ok(()) => return Ok(()),
            // A freshly created container's file system is sometimes not mounted yet for the
            // archive API under load (the engine answers 404 "Could not find the file /"): the
            // copy is idempotent, so try again a few times before failing the run.
            Err(e) if attempt < UPLOAD_RETRIES && is_root_not_found(&e) => {
                attempt += 1;
                tracing::warn!(
                    "the engine could not yet copy into container {name} (attempt {attempt}): {e}"
                );
                tokio::time::sleep(std::time::Duration::from_millis(200 * attempt)).await;
            }
            Err(e) => {
                return Err(engine_error(
                    engine,
                    "copy the inputs into the builder container",
                    e,
                ));
            }
        }
    }
}

/// Starts the container `name`.
pub async fn start_container(
    engine: &Engine,
    docker: &Docker,
    name: &str,
) -> Result<(), BuildersError> {
    docker
        .start_container(name, None)
        .await
        .map_err(|e| engine_error(engine, "start the builder container", e))
}

/// How many more times an input copy the engine answered "could not find /" is tried.
const UPLOAD_RETRIES: u64 = 4;

/// Whether the engine refused an archive copy because it did not find the container's root.
fn is_root_not_found(err: &bollard::errors::Error) -> bool {
    matches!(
        err,
        bollard::errors::Error::DockerResponseServerError { status_code: 404, message }
            if message.contains("Could not find the file /")
    )
}

/// Streams the output of a started container until it exits, then reads the exit status (and
/// the output file when `collect` names one and the status is 0).
pub async fn follow(
    engine: &Engine,
    docker: &Docker,
    spec: &RunSpec<'_>,
    collect: Option<&str>,
    max_output: usize,
    on_log: &mut (dyn FnMut(Bytes) + Send),
) -> Result<RunOutcome, BuildersError> {
    let mut logs = docker.logs(
        &spec.name,
        Some(LogsOptions {
            follow: true,
            stdout: true,
            stderr: true,
            ..Default::default()
        }),
    );
    let mut stderr = Tail::default();
    while let Some(item) = logs.next().await {
        match item {
            Ok(LogOutput::StdErr { message }) => {
                stderr.push(&message);
                on_log(message)
            }
            Ok(LogOutput::StdOut { message }) | Ok(LogOutput::Console { message }) => {
                on_log(message)
            }
            Ok(LogOutput::StdIn { .. }) => {}
            Err(e) => return Err(engine_error(engine, "stream the builder's output", e)),
        }
    }

    let exit_code = wait(engine, docker, &spec.name).await?;
    let output = match collect {
        Some(path) if exit_code == 0 => {
            download(engine, docker, &spec.name, path, max_output).await?
        }
        _ => None,
    };
    Ok(RunOutcome {
        exit_code,
        output,
        stderr_tail: stderr.finish(),
    })
}

/// The last [`ERROR_LINES`] non-empty lines of a stream that comes in chunks.
#[derive(Default)]
struct Tail {
    lines: std::collections::VecDeque<String>,
    partial: Vec<u8>,
}

impl Tail {
    fn push(&mut self, chunk: &[u8]) {
        for byte in chunk {
            if *byte == b'\n' {
                self.end_line();
            } else if self.partial.len() < 1024 {
                self.partial.push(*byte);
            }
        }
    }

    fn end_line(&mut self) {
        let line = String::from_utf8_lossy(&self.partial).trim_end().to_owned();
        self.partial.clear();
        if line.trim().is_empty() {
            return;
        }
        if self.lines.len() == ERROR_LINES {
            self.lines.pop_front();
        }
        self.lines.push_back(line);
    }

    fn finish(mut self) -> Vec<String> {
        self.end_line();
        self.lines.into()
    }
}

/// The exit status. bollard reports a non-zero exit as an error value: it is a status here.
async fn wait(engine: &Engine, docker: &Docker, name: &str) -> Result<i64, BuildersError> {
    let mut stream = docker.wait_container(name, None::<WaitContainerOptions>);
    match stream.next().await {
        Some(Ok(response)) => Ok(response.status_code),
        Some(Err(bollard::errors::Error::DockerContainerWaitError { code, .. })) => Ok(code),
        Some(Err(e)) => Err(engine_error(engine, "wait for the builder container", e)),
        None => Err(BuildersError::Engine {
            host: engine.host().to_owned(),
            action: "wait for the builder container".into(),
            detail: "the engine closed the wait without an exit status".into(),
        }),
    }
}

/// Copies one file out of the container; `None` when it is not there.
async fn download(
    engine: &Engine,
    docker: &Docker,
    name: &str,
    path: &str,
    max: usize,
) -> Result<Option<Vec<u8>>, BuildersError> {
    let Some(tar) = download_archive(engine, docker, name, path, max).await? else {
        return Ok(None);
    };
    let file = tokio::task::spawn_blocking(move || first_file(&tar))
        .await
        .map_err(|e| BuildersError::Internal(format!("unpacking the build output failed: {e}")))?
        .map_err(|e| {
            BuildersError::Internal(format!(
                "the engine sent an unreadable archive of {path}: {e}"
            ))
        })?;
    Ok(file)
}

/// The engine's tar archive of `path` (a file or a directory) in the container `name`; `None`
/// when there is no such path. Bounded by `max` bytes of content.
pub async fn download_archive(
    engine: &Engine,
    docker: &Docker,
    name: &str,
    path: &str,
    max: usize,
) -> Result<Option<Vec<u8>>, BuildersError> {
    let mut stream = docker.download_from_container(
        name,
        Some(DownloadFromContainerOptions { path: path.into() }),
    );
    let mut tar = Vec::new();
    while let Some(chunk) = stream.next().await {
        match chunk {
            Ok(bytes) => {
                // The tar wrapping adds headers and padding on top of the file itself.
                if tar.len() + bytes.len() > max + (1 << 20) {
                    return Err(BuildersError::Invalid(format!(
                        "{path} in the builder container is larger than the {max} byte limit"
                    )));
                }
                tar.extend_from_slice(&bytes);
            }
            Err(bollard::errors::Error::DockerResponseServerError {
                status_code: 404, ..
            }) => {
                return Ok(None);
            }
            Err(e) => {
                return Err(engine_error(
                    engine,
                    &format!("copy {path} out of the builder container"),
                    e,
                ));
            }
        }
    }
    Ok(Some(tar))
}

/// The content of the first regular file in a tar archive.
fn first_file(tar: &[u8]) -> std::io::Result<Option<Vec<u8>>> {
    let mut archive = tar::Archive::new(tar);
    for entry in archive.entries()? {
        let mut entry = entry?;
        if entry.header().entry_type().is_file() {
            let mut content = Vec::with_capacity(entry.size() as usize);
            entry.read_to_end(&mut content)?;
            return Ok(Some(content));
        }
    }
    Ok(None)
}

/// A tar rooted at `/` holding `service/` and the entries under it: uploading to `/` works
/// whether or not the image has a `/service` directory. Parent directories of an entry come
/// before it.
fn service_archive(entries: &[Entry]) -> std::io::Result<Vec<u8>> {
    let mtime = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0);
    let mut builder = tar::Builder::new(Vec::new());
    let mut dirs = std::collections::HashSet::new();
    let mut dir = |builder: &mut tar::Builder<Vec<u8>>, path: &str, mode: u32| {
        if !dirs.insert(path.to_owned()) {
            return Ok(());
        }
        let mut header = tar::Header::new_gnu();
        header.set_entry_type(tar::EntryType::Directory);
        header.set_mode(mode);
        header.set_size(0);
        header.set_mtime(mtime);
        builder.append_data(&mut header, format!("service/{path}"), std::io::empty())
    };
    dir(&mut builder, "", 0o755)?;
    for entry in entries {
        let path = entry.path().trim_matches('/');
        // Parents first, so that no entry depends on the engine creating them.
        let mut parent = String::new();
        for part in path
            .split('/')
            .collect::<Vec<_>>()
            .split_last()
            .map_or(&[][..], |(_, p)| p)
        {
            parent = if parent.is_empty() {
                (*part).to_owned()
            } else {
                format!("{parent}/{part}")
            };
            dir(&mut builder, &parent, 0o755)?;
        }
        let mut header = tar::Header::new_gnu();
        header.set_mtime(mtime);
        match entry {
            Entry::Dir { mode, .. } => dir(&mut builder, path, *mode)?,
            Entry::File { mode, data, .. } => {
                header.set_mode(*mode);
                header.set_size(data.len() as u64);
                builder.append_data(&mut header, format!("service/{path}"), data.as_slice())?;
            }
            Entry::Symlink { target, .. } => {
                header.set_entry_type(tar::EntryType::Symlink);
                header.set_mode(0o777);
                header.set_size(0);
                builder.append_link(&mut header, format!("service/{path}"), target)?;
            }
        }
    }
    builder.into_inner()
}

/// The entries of a tar the engine made of one directory, relative to that directory (the
/// archive's first path component is the directory's own name). Entries that are neither
/// files, directories nor symbolic links, or whose path leaves the directory, are skipped.
pub fn entries_of(tar: &[u8]) -> std::io::Result<Vec<Entry>> {
    entries(tar, true)
}

/// The entries of a tar whose paths are already relative to the directory (a stored service).
pub fn entries_relative(tar: &[u8]) -> std::io::Result<Vec<Entry>> {
    entries(tar, false)
}

fn entries(tar: &[u8], skip_first: bool) -> std::io::Result<Vec<Entry>> {
    let mut archive = tar::Archive::new(tar);
    let mut out = Vec::new();
    for entry in archive.entries()? {
        let mut entry = entry?;
        let raw = entry.path()?.to_string_lossy().into_owned();
        let mut parts = raw.split('/').filter(|p| !p.is_empty() && *p != ".");
        if skip_first {
            parts.next();
        }
        let parts: Vec<&str> = parts.collect();
        if parts.is_empty() || parts.contains(&"..") {
            continue;
        }
        let path = parts.join("/");
        let mode = entry.header().mode().unwrap_or(0o644) & 0o7777;
        let kind = entry.header().entry_type();
        if kind.is_dir() {
            out.push(Entry::Dir { path, mode });
        } else if kind.is_file() {
            let mut data = Vec::with_capacity(entry.size() as usize);
            entry.read_to_end(&mut data)?;
            out.push(Entry::File { path, mode, data });
        } else if kind.is_symlink()
            && let Some(target) = entry.link_name()?
        {
            out.push(Entry::Symlink {
                path,
                target: target.to_string_lossy().into_owned(),
            });
        }
    }
    Ok(out)
}

/// Removes a container, killing it if it runs. Failures are logged: there is nobody to tell.
pub async fn remove(engine: &Engine, name: &str) {
    let Ok(docker) = engine.docker().await else {
        tracing::warn!("cannot remove container {name}: the Docker engine is gone");
        return;
    };
    match docker
        .remove_container(
            name,
            Some(RemoveContainerOptions {
                force: true,
                v: true,
                ..Default::default()
            }),
        )
        .await
    {
        Ok(()) => {}
        Err(bollard::errors::Error::DockerResponseServerError {
            status_code: 404, ..
        }) => {}
        Err(e) => tracing::warn!("failed to remove container {name}: {e}"),
    }
}

/// Removes containers of runs a previous process of this server did not finish.
pub async fn remove_leftovers(docker: &Docker, server_id: &str) {
    let filters = HashMap::from([(
        "label".to_owned(),
        vec![format!("{CONTAINER_LABEL}={server_id}")],
    )]);
    let Ok(containers) = docker
        .list_containers(Some(ListContainersOptions {
            all: true,
            filters: Some(filters),
            ..Default::default()
        }))
        .await
    else {
        return;
    };
    for c in containers {
        if let Some(id) = c.id {
            tracing::info!("Removing leftover build container {id}");
            let _ = docker
                .remove_container(
                    &id,
                    Some(RemoveContainerOptions {
                        force: true,
                        v: true,
                        ..Default::default()
                    }),
                )
                .await;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn server_error(status_code: u16, message: &str) -> bollard::errors::Error {
        bollard::errors::Error::DockerResponseServerError {
            status_code,
            message: message.into(),
        }
    }

    #[test]
    fn a_directory_archive_comes_back_relative_and_is_repacked_under_service() {
        let packed = service_archive(&[
            Entry::File {
                path: "disk/certs/uplink.pem".into(),
                mode: 0o644,
                data: b"PEM".to_vec(),
            },
            Entry::Symlink {
                path: "link".into(),
                target: "disk".into(),
            },
        ])
        .expect("pack");
        let entries = entries_of(&packed).expect("unpack");
        let paths: Vec<&str> = entries.iter().map(Entry::path).collect();
        assert_eq!(
            paths,
            vec!["disk", "disk/certs", "disk/certs/uplink.pem", "link"]
        );
        assert!(matches!(&entries[2], Entry::File { data, .. } if data == b"PEM"));
        let mut tail = Tail::default();
        tail.push(b"one\ntw");
        tail.push(b"o\n\n  \nthree");
        assert_eq!(tail.finish(), vec!["one", "two", "three"]);
    }

    #[test]
    fn only_a_missing_root_is_retried() {
        assert!(is_root_not_found(&server_error(
            404,
            "Could not find the file / in container mothership-x-build-y"
        )));
        assert!(!is_root_not_found(&server_error(
            404,
            "No such container: mothership-x-build-y"
        )));
        assert!(!is_root_not_found(&server_error(
            500,
            "Could not find the file / in container c"
        )));
    }
}
