//! Build jobs: each build request becomes a record (persisted), waits in a queue for one of a
//! bounded number of slots, runs the builder container contract under a timeout, can be cancelled
//! at any point, and keeps its log (live in memory for followers, then in `<log_dir>/<id>.log`).
//! NaCl validation runs the same contract with `validate`.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use bytes::Bytes;
use sha1::Digest;
use tokio::sync::{Semaphore, watch};
use tokio_util::sync::CancellationToken;

use super::classic;
use super::contract::{self, RunSpec};
use super::images::EngineBuilder;
pub use super::live::LiveBuild;
use super::live::lock;
use super::sink::{BuildEvents, BuildInputs, BuiltImage, ImageSink, Trust, config_json};
use super::{BuildersConfig, BuildersError, DockerOptions, Engine};
use crate::protocol::builders::{Build, BuildRequest, BuildStatus, BuilderContract};
use crate::protocol::list::Page;
use crate::store::{Store, builders as sql};

/// The folder of `/service` whose files a builder of our own contract puts on the memdisk.
pub const OWN_DISK: &str = "disk";

/// Largest image a builder may produce.
pub const MAX_IMAGE: usize = 256 << 20;
/// How long `DELETE /v1/builds/{id}` waits for the container to be gone.
const CANCEL_WAIT: Duration = Duration::from_secs(30);

struct Inner {
    engine: Arc<Engine>,
    store: Store,
    inputs: Arc<dyn BuildInputs>,
    sink: Arc<dyn ImageSink>,
    events: Arc<dyn BuildEvents>,
    slots: Arc<Semaphore>,
    validate_slots: Semaphore,
    queued: AtomicUsize,
    max_queued: usize,
    timeout: Duration,
    options: DockerOptions,
    live: Mutex<HashMap<String, Arc<LiveBuild>>>,
    log_dir: PathBuf,
    metrics: Arc<crate::metrics::Metrics>,
    server_id: String,
    /// Set by [`Jobs::shutdown`]: builds cancelled from then on failed because of it.
    stopping: AtomicBool,
}

/// A build's resolved inputs: NaCl text and id, config.json, uplink id, memdisk certificate.
pub(crate) type Resolved = (
    Vec<u8>,
    Option<String>,
    Vec<u8>,
    Option<String>,
    Option<Trust>,
);

/// The build queue and its workers.
#[derive(Clone)]
pub struct Jobs {
    inner: Arc<Inner>,
}

/// The sources of a stored service, copied into `/service/` instead of the builder's own.
#[derive(Debug, Clone)]
pub struct Sources {
    /// The normalized tar (paths relative to the service directory).
    pub tar: Vec<u8>,
    /// The binary its `CMakeLists.txt` names.
    pub binary: String,
}

/// What a build runs with, resolved before it is queued.
struct Inputs {
    builder: EngineBuilder,
    sources: Option<Sources>,
    nacl: Vec<u8>,
    /// Build even when the NaCl has errors.
    force: bool,
    config: Vec<u8>,
    /// The certificate for the memdisk, for an `https` uplink.
    trust: Option<Trust>,
}

impl Jobs {
    /// Marks the builds a previous run left queued or running as failed.
    pub async fn start(
        engine: Arc<Engine>,
        store: Store,
        inputs: Arc<dyn BuildInputs>,
        sink: Arc<dyn ImageSink>,
        events: Arc<dyn BuildEvents>,
        config: &BuildersConfig,
    ) -> Result<Self, BuildersError> {
        let now = crate::protocol::timestamp::now();
        let (failed, server_id) = store
            .call(move |conn| {
                Ok((
                    sql::fail_unfinished_builds(conn, &now)?,
                    sql::instance_id(conn)?,
                ))
            })
            .await?;
        if failed > 0 {
            tracing::warn!("Marked {failed} build(s) interrupted by the last shutdown as failed");
        }
        Ok(Jobs {
            inner: Arc::new(Inner {
                engine,
                store,
                inputs,
                sink,
                events,
                slots: Arc::new(Semaphore::new(config.max_builds.max(1))),
                validate_slots: Semaphore::new(4),
                queued: AtomicUsize::new(0),
                max_queued: config.max_queued,
                timeout: config.build_timeout,
                options: config.docker_options.clone(),
                live: Mutex::new(HashMap::new()),
                log_dir: config.log_dir.clone(),
                metrics: config.metrics.clone(),
                server_id,
                stopping: AtomicBool::new(false),
            }),
        })
    }

    /// This server's id, the label value of its containers.
    pub fn server_id(&self) -> &str {
        &self.inner.server_id
    }

    /// Queues a build of `service` with `builder` (from `sources` when it is a stored service);
    /// answers at once with the queued record.
    /// `resolved` is what [`Jobs::resolve`] made of `request`.
    pub async fn submit(
        &self,
        service: &str,
        builder: EngineBuilder,
        request: BuildRequest,
        resolved: Resolved,
        sources: Option<Sources>,
    ) -> Result<Build, BuildersError> {
        // `Builders::build` explains refusals; this is the last line of defence.
        if sources.is_none() && !builder.builder.services.iter().any(|s| s == service) {
            return Err(BuildersError::Unknown(format!(
                "builder {} does not bundle a service named {service:?} (it has: {}): see \
                 `mothership builders inspect {}`",
                builder.builder.id,
                builder.builder.services.join(", "),
                builder.builder.id
            )));
        }
        let (nacl, nacl_id, config, uplink_id, trust) = resolved;
        if self.inner.queued.load(Ordering::Acquire) >= self.inner.max_queued {
            return Err(BuildersError::Busy(format!(
                "{} builds are already waiting: try again when some have finished",
                self.inner.max_queued
            )));
        }
        let id = random_id();
        let record = Build {
            id: id.clone(),
            service: service.to_owned(),
            builder_id: builder.builder.id.clone(),
            version: builder.builder.version.clone(),
            status: BuildStatus::Queued,
            nacl_id,
            uplink_id,
            tag: request.tag.clone(),
            exit_code: None,
            error: None,
            image_id: None,
            image_size: None,
            created: crate::protocol::timestamp::now(),
            started: None,
            finished: None,
        };
        self.save(&record).await?;
        let live = Arc::new(LiveBuild {
            record: Mutex::new(record.clone()),
            log: Mutex::new(Vec::new()),
            done: AtomicBool::new(false),
            changed: watch::channel(0).0,
            cancel: CancellationToken::new(),
            queued_at: std::time::Instant::now(),
        });
        lock(&self.inner.live).insert(id, live.clone());
        self.inner.queued.fetch_add(1, Ordering::AcqRel);
        let jobs = self.clone();
        let inputs = Inputs {
            builder,
            sources,
            nacl,
            force: request.force,
            config,
            trust,
        };
        tokio::spawn(async move { jobs.run(live, inputs).await });
        Ok(record)
    }

    pub(crate) async fn resolve(&self, request: &BuildRequest) -> Result<Resolved, BuildersError> {
        let inputs = self.inner.inputs.clone();
        let request = request.clone();
        tokio::task::spawn_blocking(move || {
            let (nacl, nacl_id) = match (&request.nacl, &request.nacl_content) {
                (Some(_), Some(_)) => {
                    return Err(BuildersError::Invalid(
                        "give either nacl_id (a stored NaCl) or nacl_content, not both".into(),
                    ));
                }
                (None, None) => {
                    return Err(BuildersError::Invalid(
                        "no NaCl: give nacl_id (a stored NaCl) or nacl_content".into(),
                    ));
                }
                (None, Some(text)) => (text.clone().into_bytes(), None),
                (Some(id), None) => match inputs.nacl(id)? {
                    Some(found) => (found.content.into_bytes(), Some(found.id)),
                    None => {
                        return Err(BuildersError::Unknown(format!(
                            "no NaCl with id {id:?}: see `mothership nacls list`"
                        )));
                    }
                },
            };
            let resolved = inputs.uplink(request.uplink.as_deref())?.ok_or_else(|| {
                BuildersError::Unknown(match &request.uplink {
                    Some(id) => {
                        format!("no uplink with id {id:?}: see `mothership uplinks list`")
                    }
                    None => {
                        "there is no default uplink: create one or name one with --uplink".into()
                    }
                })
            })?;
            if !resolved.problems.is_empty() {
                // An image with such a url panics at boot and reboots forever.
                return Err(BuildersError::WrongState(format!(
                    "uplink {} has a url IncludeOS instances cannot use ({}): an image built \
                     with it would never dock; fix it with `mothership uplinks update {} --url \
                     https://IPV4:PORT` and build again",
                    resolved.id,
                    resolved.problems.join("; "),
                    resolved.id
                )));
            }
            let config = config_json(resolved.uplink, request.tag.as_deref());
            Ok((nacl, nacl_id, config, Some(resolved.id), resolved.trust))
        })
        .await
        .map_err(|e| BuildersError::Internal(format!("resolving the build inputs failed: {e}")))?
    }

    async fn save(&self, record: &Build) -> Result<(), BuildersError> {
        let record = record.clone();
        self.inner
            .store
            .call(move |conn| sql::save_build(conn, &record))
            .await?;
        Ok(())
    }

    async fn run(&self, live: Arc<LiveBuild>, inputs: Inputs) {
        // An invalid NaCl fails the build at once: no slot, no container (IncludeOS's
        // transpiler would refuse it seconds into the build anyway).
        let invalid = if inputs.force {
            None
        } else {
            nacl_errors(&inputs.nacl)
        };
        let permit = if invalid.is_some() {
            None
        } else {
            tokio::select! {
                permit = self.inner.slots.clone().acquire_owned() => permit.ok(),
                _ = live.cancel.cancelled() => None,
            }
        };
        self.inner.queued.fetch_sub(1, Ordering::AcqRel);
        let (status, exit_code, error, image) = match permit {
            None if invalid.is_some() => (BuildStatus::Failed, None, invalid, None),
            None => (
                BuildStatus::Cancelled,
                None,
                Some("cancelled while queued".to_owned()),
                None,
            ),
            Some(_permit) => {
                let started = live.update(|r| {
                    r.status = BuildStatus::Running;
                    r.started = Some(crate::protocol::timestamp::now());
                });
                if let Err(e) = self.save(&started).await {
                    tracing::warn!("failed to record build {} as running: {e}", started.id);
                }
                self.inner.events.started(&started);
                self.execute(&live, &inputs).await
            }
        };
        let (status, error) =
            if status == BuildStatus::Cancelled && self.inner.stopping.load(Ordering::Acquire) {
                (
                    BuildStatus::Failed,
                    Some("the server stopped during this build: build again".to_owned()),
                )
            } else {
                (status, error)
            };
        if let Some(e) = &error {
            live.note(&format!("build {}: {e}", status.as_str()));
        }
        let record = live.update(|r| {
            r.status = status;
            r.exit_code = exit_code;
            r.error = error;
            if let Some((id, size)) = image {
                r.image_id = Some(id);
                r.image_size = Some(size);
            }
            r.finished = Some(crate::protocol::timestamp::now());
        });
        let log = lock(&live.log).clone();
        let path = self.inner.log_dir.join(format!("{}.log", record.id));
        let written = tokio::task::spawn_blocking(move || {
            std::fs::create_dir_all(path.parent().unwrap_or(&path))?;
            std::fs::write(&path, log)
        })
        .await;
        if !matches!(written, Ok(Ok(()))) {
            tracing::warn!("failed to keep the log of build {}", record.id);
        }
        if let Err(e) = self.save(&record).await {
            tracing::error!("failed to record the end of build {}: {e}", record.id);
        }
        self.inner.events.finished(&record);
        live.done.store(true, Ordering::Release);
        live.changed.send_modify(|n| *n += 1);
        lock(&self.inner.live).remove(&record.id);
        self.inner
            .metrics
            .build_finished(record.status.as_str(), live.queued_at.elapsed());
        tracing::info!("Build {} {}", record.id, record.status.as_str());
    }

    /// Runs the container under the timeout and the cancel token, removes it in every outcome,
    /// stores the image. Returns (status, exit code, error, (image id, size)).
    async fn execute(
        &self,
        live: &Arc<LiveBuild>,
        inputs: &Inputs,
    ) -> (
        BuildStatus,
        Option<i64>,
        Option<String>,
        Option<(String, u64)>,
    ) {
        let record = live.record();
        let service = record.service.clone();
        let name = format!("mothership-{}-build-{}", self.inner.server_id, record.id);
        let classic = inputs.builder.builder.contract == BuilderContract::Classic;
        // The memdisk's files: for a classic builder, in the folder its CMakeLists.txt makes
        // the memdisk of; for our own contract, in /service/disk/.
        let disk: Vec<(String, Vec<u8>)> = inputs
            .trust
            .iter()
            .map(|t| (t.disk_path.clone(), t.pem.clone()))
            .collect();
        let mut files = vec![
            ("nacl.txt".into(), inputs.nacl.clone()),
            ("config.json".into(), inputs.config.clone()),
        ];
        if !classic {
            files.extend(
                disk.iter()
                    .map(|(path, pem)| (format!("{OWN_DISK}/{path}"), pem.clone())),
            );
        }
        let spec = RunSpec {
            image: &inputs.builder.full_id,
            name: name.clone(),
            // A classic builder builds with its own default command.
            cmd: (!classic).then(|| vec!["build".into(), service.clone()]),
            files,
            options: &self.inner.options,
            server_id: &self.inner.server_id,
        };
        let mut output_path = format!("/service/build/{service}");
        let engine = &self.inner.engine;
        let deadline = tokio::time::Instant::now() + self.inner.timeout;
        let run = async {
            let docker = engine.docker().await?;
            // Setup is not interrupted by a cancel (see `contract::start`), only by the timeout.
            let setup = async {
                let stored = inputs.sources.as_ref();
                let from = match stored {
                    Some(s) => format!("the stored service {service:?} ({} bytes)", s.tar.len()),
                    None => format!("Starbase's sources ({})", classic::STARBASE_DIR),
                };
                if classic {
                    let builder_id = &inputs.builder.builder.id;
                    let tar = stored.map(|s| s.tar.as_slice());
                    output_path =
                        classic::start(engine, &docker, &spec, builder_id, &disk, tar).await?;
                    live.note(&format!(
                        "copied {from} and Mothership's config.json and nacl.txt into /service; \
                         running the builder's own default command"
                    ));
                    Ok(())
                } else if let Some(sources) = stored {
                    // Our own contract: the sources first, Mothership's files over them.
                    contract::create(engine, &docker, &spec).await?;
                    let mut entries = contract::entries_relative(&sources.tar).map_err(|e| {
                        BuildersError::Internal(format!("unreadable stored service tar: {e}"))
                    })?;
                    entries.retain(|e| !spec.files.iter().any(|(p, _)| p == e.path()));
                    entries.extend(spec.files.iter().map(|(path, data)| contract::Entry::File {
                        path: path.clone(),
                        mode: 0o644,
                        data: data.clone(),
                    }));
                    contract::upload(engine, &docker, &spec.name, &entries).await?;
                    live.note(&format!("copied {from} into /service"));
                    contract::start_container(engine, &docker, &spec.name).await
                } else {
                    contract::start(engine, &docker, &spec).await
                }
            };
            match tokio::time::timeout_at(deadline, setup).await {
                Ok(started) => started?,
                Err(_) => return Ok(Err(BuildStatus::TimedOut)),
            }
            let log_target = live.clone();
            let mut on_log = move |chunk: Bytes| log_target.append(&chunk);
            let follow = contract::follow(
                engine,
                &docker,
                &spec,
                Some(&output_path),
                MAX_IMAGE,
                &mut on_log,
            );
            Ok(tokio::select! {
                r = follow => r.map(Ok)?,
                _ = live.cancel.cancelled() => Err(BuildStatus::Cancelled),
                _ = tokio::time::sleep_until(deadline) => Err(BuildStatus::TimedOut),
            })
        };
        let outcome: Result<Result<contract::RunOutcome, BuildStatus>, BuildersError> = run.await;
        let outcome = match outcome {
            Ok(Ok(run)) => Ok(Ok(run)),
            Ok(Err(status)) => Err(status),
            Err(e) => Ok(Err(e)),
        };
        contract::remove(engine, &name).await;
        match outcome {
            Err(BuildStatus::Cancelled) => {
                (BuildStatus::Cancelled, None, Some("cancelled".into()), None)
            }
            Err(status) => (
                status,
                None,
                Some(format!(
                    "took longer than the build timeout of {}s",
                    self.inner.timeout.as_secs()
                )),
                None,
            ),
            Ok(Err(e)) => (BuildStatus::Failed, None, Some(e.to_string()), None),
            Ok(Ok(run)) if run.exit_code != 0 => (
                BuildStatus::Failed,
                Some(run.exit_code),
                Some(exit_error(&run)),
                None,
            ),
            Ok(Ok(run)) => match run.output {
                None => (
                    BuildStatus::Failed,
                    Some(0),
                    Some(format!("the builder exited 0 but wrote no {output_path}")),
                    None,
                ),
                Some(bytes) => match self.store_image(&record, inputs, bytes).await {
                    Ok((id, size)) => {
                        live.note(&format!("image {id} ({size} bytes)"));
                        (BuildStatus::Succeeded, Some(0), None, Some((id, size)))
                    }
                    Err(e) => (BuildStatus::Failed, Some(0), Some(e), None),
                },
            },
        }
    }

    async fn store_image(
        &self,
        record: &Build,
        inputs: &Inputs,
        bytes: Vec<u8>,
    ) -> Result<(String, u64), String> {
        let sink = self.inner.sink.clone();
        let mut image = BuiltImage {
            id: String::new(),
            bytes,
            service: record.service.clone(),
            builder_id: record.builder_id.clone(),
            version: inputs.builder.builder.version.clone(),
            nacl_id: record.nacl_id.clone(),
            uplink_id: record.uplink_id.clone(),
            tag: record.tag.clone(),
            build_id: record.id.clone(),
            trusted: inputs.trust.as_ref().map(|t| t.certificate.clone()),
        };
        tokio::task::spawn_blocking(move || {
            image.id = hex::encode(sha1::Sha1::digest(&image.bytes));
            sink.store(&image)?;
            Ok((image.id, image.bytes.len() as u64))
        })
        .await
        .map_err(|e| format!("storing the image failed: {e}"))?
    }

    /// A build in progress, if `id` is one.
    pub fn live(&self, id: &str) -> Option<Arc<LiveBuild>> {
        lock(&self.inner.live).get(id).cloned()
    }

    /// A build record by whole ID or unique prefix, live or stored; 404 naming it otherwise.
    pub async fn get(&self, id: &str) -> Result<Build, BuildersError> {
        if let Some(live) = self.live(id) {
            return Ok(live.record());
        }
        let key = id.to_owned();
        // Every build is stored before it goes live, so the store knows every ID.
        let stored = match self
            .inner
            .store
            .call(move |conn| sql::get_build(conn, &key))
            .await
        {
            Err(crate::store::StoreError::NotFound { .. }) => return Err(not_found(id)),
            other => other?,
        };
        Ok(match self.live(&stored.id) {
            Some(live) => live.record(),
            None => stored,
        })
    }

    /// The whole ID of the build `id` names (a whole ID or a unique prefix).
    pub async fn whole_id(&self, id: &str) -> Result<String, BuildersError> {
        if self.live(id).is_some() {
            return Ok(id.to_owned());
        }
        Ok(self.get(id).await?.id)
    }

    /// Recent builds, newest first.
    pub async fn list(&self, limit: u64, offset: u64) -> Result<Page<Build>, BuildersError> {
        let (mut builds, total) = self
            .inner
            .store
            .call(move |conn| sql::list_builds(conn, limit, offset))
            .await?;
        for b in &mut builds {
            if let Some(live) = self.live(&b.id) {
                *b = live.record();
            }
        }
        Ok(Page {
            items: builds,
            total,
        })
    }

    /// The stored log of a finished build.
    pub async fn stored_log(&self, id: &str) -> Result<Vec<u8>, BuildersError> {
        let id = self.get(id).await?.id;
        let path = self.inner.log_dir.join(format!("{id}.log"));
        match tokio::fs::read(&path).await {
            Ok(bytes) => Ok(bytes),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Vec::new()),
            Err(e) => Err(BuildersError::Internal(format!(
                "failed to read the build log {}: {e}",
                path.display()
            ))),
        }
    }

    /// Cancels a queued or running build and waits (bounded) until its container is gone.
    pub async fn cancel(&self, id: &str) -> Result<Build, BuildersError> {
        let id = &self.whole_id(id).await?;
        let Some(live) = self.live(id) else {
            let record = self.get(id).await?;
            return Err(BuildersError::WrongState(format!(
                "build {id} has already finished ({})",
                record.status.as_str()
            )));
        };
        live.cancel.cancel();
        let _ = tokio::time::timeout(CANCEL_WAIT, live.finished()).await;
        Ok(live.record())
    }

    /// Stops every queued and running build (their containers are removed, their records say
    /// the server stopped), waiting at most [`CANCEL_WAIT`]. Called when the server shuts down.
    pub async fn shutdown(&self) {
        self.inner.stopping.store(true, Ordering::Release);
        let live: Vec<Arc<LiveBuild>> = lock(&self.inner.live).values().cloned().collect();
        if live.is_empty() {
            return;
        }
        tracing::info!("Stopping {} build(s)", live.len());
        for build in &live {
            build.cancel.cancel();
        }
        let all = futures_util::future::join_all(live.iter().map(|b| b.finished()));
        if tokio::time::timeout(CANCEL_WAIT, all).await.is_err() {
            tracing::warn!("Some builds did not stop in time; the next start cleans them up");
        }
    }

    /// Runs `validate` in a container of `builder` with `nacl` as /service/nacl.txt; returns the
    /// exit status and the output.
    pub async fn validate(
        &self,
        builder: &EngineBuilder,
        nacl: Vec<u8>,
    ) -> Result<(i64, String), BuildersError> {
        let _permit = self
            .inner
            .validate_slots
            .acquire()
            .await
            .map_err(|_| BuildersError::Internal("the validation queue is closed".into()))?;
        let engine = &self.inner.engine;
        let docker = engine.docker().await?;
        let name = format!(
            "mothership-{}-validate-{}",
            self.inner.server_id,
            random_id()
        );
        let cmd = match builder.builder.contract {
            BuilderContract::Classic => classic::validate_cmd(),
            _ => vec!["validate".into()],
        };
        let spec = RunSpec {
            image: &builder.full_id,
            name: name.clone(),
            cmd: Some(cmd),
            files: vec![("nacl.txt".into(), nacl)],
            options: &self.inner.options,
            server_id: &self.inner.server_id,
        };
        let mut output = Vec::new();
        let mut on_log = |chunk: Bytes| {
            if output.len() + chunk.len() <= 1 << 20 {
                output.extend_from_slice(&chunk);
            }
        };
        let run = tokio::time::timeout(
            Duration::from_secs(120),
            contract::run(engine, &docker, &spec, None, 0, &mut on_log),
        )
        .await;
        contract::remove(engine, &name).await;
        let outcome = run.map_err(|_| {
            BuildersError::Internal(format!(
                "builder {} did not finish validating within 120s",
                builder.builder.id
            ))
        })??;
        Ok((
            outcome.exit_code,
            String::from_utf8_lossy(&output).into_owned(),
        ))
    }
}

/// What is wrong with a build's NaCl, when Mothership's checks find errors in it: every error
/// as `nacl.txt:LINE:COL: message`, one per line, after a sentence saying what to do.
fn nacl_errors(nacl: &[u8]) -> Option<String> {
    let Ok(text) = std::str::from_utf8(nacl) else {
        return Some("the NaCl is not UTF-8 text: fix it and build again".to_owned());
    };
    let errors: Vec<crate::nacl::Diagnostic> = crate::nacl::check(text)
        .into_iter()
        .filter(crate::nacl::Diagnostic::is_error)
        .collect();
    if errors.is_empty() {
        return None;
    }
    let mut out = format!(
        "the NaCl is not valid ({} error{}); fix it and build again (`mothership validate FILE` \
         shows each with its line), or build with force: true to try anyway:",
        errors.len(),
        if errors.len() == 1 { "" } else { "s" }
    );
    for d in &errors {
        out.push_str(&format!(
            "\nnacl.txt:{}:{}: {}",
            d.line, d.column, d.message
        ));
    }
    Some(out)
}

/// A failed run's error: its exit status and the tools' own last error lines.
fn exit_error(run: &contract::RunOutcome) -> String {
    let status = format!("the builder exited with status {}", run.exit_code);
    if run.stderr_tail.is_empty() {
        status
    } else {
        format!("{status}:\n{}", run.stderr_tail.join("\n"))
    }
}

fn not_found(id: &str) -> BuildersError {
    BuildersError::Unknown(format!(
        "no build with id {id:?}: see `GET /v1/builds` for recent builds"
    ))
}

fn random_id() -> String {
    use rand::RngExt;
    let mut rng = rand::rng();
    (0..16)
        .map(|_| char::from(b"0123456789abcdef"[rng.random_range(0..16)]))
        .collect()
}
