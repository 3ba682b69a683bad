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
    pub cmd: Vec<String>,
    /// Files to put under `/service/`: (name, content).
    pub files: Vec<(&'static str, Vec<u8>)>,
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
}

/// Maps an engine error: a lost engine becomes `Unavailable`, anything else names the action.
pub fn engine_error(engine: &Engine, action: &str, err: bollard::errors::Error) -> BuildersError {
    if let Some(unavailable) = engine.check(&err) {
        return BuildersError::Unavailable(unavailable);
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
    let mut body = ContainerCreateBody {
        image: Some(spec.image.to_owned()),
        cmd: Some(spec.cmd.clone()),
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

    let archive = input_archive(&spec.files)
        .map_err(|e| BuildersError::Internal(format!("failed to pack the build inputs: {e}")))?;
    let archive = Bytes::from(archive);
    let mut attempt = 0;
    loop {
        let uploaded = docker
            .upload_to_container(
                &spec.name,
                Some(UploadToContainerOptions {
                    path: "/".into(),
                    ..Default::default()
                }),
                bollard::body_full(archive.clone()),
            )
            .await;
        match uploaded {
            Ok(()) => break,
            // A freshly created container's file system is sometimes not mounted yet for the
            // archive API under load (the engine answers 404 "Could not find the file /"): the
            // copy is idempotent, so try again a few times before failing the run.
            Err(e) if attempt < UPLOAD_RETRIES && is_root_not_found(&e) => {
                attempt += 1;
                tracing::warn!(
                    "the engine could not yet copy into container {} (attempt {attempt}): {e}",
                    spec.name
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

    docker
        .start_container(&spec.name, None)
        .await
        .map_err(|e| engine_error(engine, "start the builder container", e))?;
    Ok(())
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
    while let Some(item) = logs.next().await {
        match item {
            Ok(LogOutput::StdOut { message } | LogOutput::StdErr { message })
            | Ok(LogOutput::Console { message }) => on_log(message),
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
    Ok(RunOutcome { exit_code, output })
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
                    return Err(BuildersError::BadRequest(format!(
                        "the builder's output {path} is larger than the {max} byte limit"
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

/// A tar rooted at `/` holding `service/` and the files under it: uploading to `/` works whether
/// or not the image has a `/service` directory.
fn input_archive(files: &[(&str, Vec<u8>)]) -> std::io::Result<Vec<u8>> {
    let mtime = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0);
    let mut builder = tar::Builder::new(Vec::new());
    let mut dir = tar::Header::new_gnu();
    dir.set_entry_type(tar::EntryType::Directory);
    dir.set_mode(0o755);
    dir.set_size(0);
    dir.set_mtime(mtime);
    builder.append_data(&mut dir, "service/", std::io::empty())?;
    for (name, content) in files {
        let mut header = tar::Header::new_gnu();
        header.set_mode(0o644);
        header.set_size(content.len() as u64);
        header.set_mtime(mtime);
        builder.append_data(&mut header, format!("service/{name}"), content.as_slice())?;
    }
    builder.into_inner()
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
