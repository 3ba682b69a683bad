//! Bobs, BobProviders and Builders (see BUILDERS.md): providers list bobs (a registry
//! repository, or the engine's own images), preparing a bob pulls it into a builder, and builders
//! build images and validate NaCl by running containers on the Docker engine (bollard).
//!
//! - [`engine`]: the engine connection, made lazily and remade after failures.
//! - [`providers`]: `DockerHub` (registry v2 API, [`registry`]) and `Local`, their persisted state.
//! - [`images`]: builders on the engine: listing, lookup, delete, prepare (pull).
//! - [`contract`]: the builder container contract: create, copy in, start, log, wait, copy out.
//! - [`classic`]: the published IncludeOS builder images: recognising them (and v0.15+ Conan
//!   images), staging a Starbase build for their own default command, reading NaCl.py.
//! - [`jobs`]: build jobs: queue, bounded concurrency, timeout, cancel, logs, records (the live
//!   state of a running build is in `live`).
//! - [`sink`]: where built images and the inputs of a build come from and go to; [`stored`]
//!   implements both with the store.

pub mod classic;
pub mod contract;
pub mod dockeroptions;
pub mod engine;
pub mod images;
pub mod jobs;
mod live;
pub mod providers;
pub mod registry;
pub mod sink;
pub mod sources;
pub mod stored;

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

pub use dockeroptions::DockerOptions;
pub use engine::{Engine, EngineUnavailable};
pub use sink::{BuildEvents, BuildInputs, BuiltImage, ImageSink, ResolvedNacl, ResolvedUplink};

use crate::protocol::builders::{
    Build, BuildRequest, Builder, BuilderContract, NaclError, SERVICE_BUNDLED, SERVICE_STORED,
    Service, StoredService, ValidateResult,
};
use crate::store::{Store, StoreError};

/// The label that marks a builder image, and its values: the IncludeOS Dockerfile sets
/// `IncludeOS builder`, the Mothership docs' build recipe `IncludeOS_builder`.
pub const BUILDER_LABEL: &str = "org.label-schema.name";
pub const BUILDER_LABEL_VALUES: [&str; 2] = ["IncludeOS builder", "IncludeOS_builder"];
/// The label listing the services a builder bundles (comma-separated).
pub const SERVICES_LABEL: &str = "org.includeos.services";

/// Why a builder operation failed; the API maps each kind to a status.
#[derive(Debug, thiserror::Error)]
pub enum BuildersError {
    /// The Docker engine cannot be reached.
    #[error(transparent)]
    EngineUnavailable(#[from] EngineUnavailable),
    /// The builder, bob, build, service or uplink named does not exist.
    #[error("{0}")]
    Unknown(String),
    /// What was asked for cannot be built or stored as given (its inputs are invalid).
    #[error("{0}")]
    Invalid(String),
    /// What was sent is larger than allowed.
    #[error("{0}")]
    TooLarge(String),
    /// The object is in a state that does not allow it (in use, finished, reserved, unusable).
    #[error("{0}")]
    WrongState(String),
    /// As many builds as allowed are queued or running.
    #[error("{0}")]
    Busy(String),
    #[error(transparent)]
    Registry(#[from] registry::RegistryError),
    #[error("the Docker engine at {host} refused to {action}: {detail}")]
    Engine {
        host: String,
        action: String,
        detail: String,
    },
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("{0}")]
    Internal(String),
}

/// How many builders an error names at most.
const MAX_NAMED: usize = 5;

/// What the builders module is configured with.
#[derive(Debug, Clone)]
pub struct BuildersConfig {
    /// Engine address; `None`: `DOCKER_HOST`, else the default socket.
    pub docker_host: Option<String>,
    /// Registry base URL of the DockerHub provider.
    pub dockerhub_url: String,
    /// Repository of the DockerHub provider.
    pub dockerhub_repository: String,
    pub docker_options: DockerOptions,
    pub build_timeout: Duration,
    /// Builds running at once; more wait in a queue.
    pub max_builds: usize,
    /// Builds waiting at most; more are refused.
    pub max_queued: usize,
    /// Where build logs are kept.
    pub log_dir: PathBuf,
    /// Where finished builds are counted (`/metrics`).
    pub metrics: Arc<crate::metrics::Metrics>,
}

/// Everything builder-related the server holds.
pub struct Builders {
    pub engine: Arc<Engine>,
    pub providers: providers::Providers,
    pub jobs: jobs::Jobs,
    pub config: BuildersConfig,
    /// Where users' own services are stored.
    pub store: Store,
}

impl Builders {
    /// Loads provider state, marks builds the last run left unfinished as failed, and removes
    /// build containers a crash left behind (when the engine is there).
    pub async fn start(
        config: BuildersConfig,
        store: Store,
        inputs: Arc<dyn BuildInputs>,
        sink: Arc<dyn ImageSink>,
        events: Arc<dyn BuildEvents>,
    ) -> Result<Arc<Self>, BuildersError> {
        let engine = Arc::new(Engine::new(config.docker_host.as_deref()));
        let providers = providers::Providers::load(
            store.clone(),
            engine.clone(),
            &config.dockerhub_url,
            &config.dockerhub_repository,
        )
        .await?;
        let jobs =
            jobs::Jobs::start(engine.clone(), store.clone(), inputs, sink, events, &config).await?;
        let builders = Arc::new(Builders {
            engine: engine.clone(),
            providers,
            jobs,
            config,
            store,
        });
        let server_id = builders.jobs.server_id().to_owned();
        tokio::spawn(async move {
            if let Ok(docker) = engine.docker().await {
                contract::remove_leftovers(&docker, &server_id).await;
            }
        });
        Ok(builders)
    }
}

/// The short id (12 hex digits) of an image or config digest (`sha256:...` or bare hex).
pub fn short_id(digest: &str) -> String {
    let hex = digest.strip_prefix("sha256:").unwrap_or(digest);
    hex.chars().take(12).collect()
}

/// Whether the labels mark a builder image (either spelling of [`BUILDER_LABEL_VALUES`]).
pub fn is_builder(labels: &std::collections::HashMap<String, String>) -> bool {
    labels
        .get(BUILDER_LABEL)
        .is_some_and(|v| BUILDER_LABEL_VALUES.contains(&v.trim()))
}

/// `org.label-schema.<key>`, trimmed; `None` when missing or empty.
pub(crate) fn schema_label(
    labels: &std::collections::HashMap<String, String>,
    key: &str,
) -> Option<String> {
    labels
        .get(&format!("org.label-schema.{key}"))
        .map(|v| v.trim())
        .filter(|v| !v.is_empty())
        .map(str::to_owned)
}

/// The `vcs-ref` label when it holds a reference: published images put a sentence there
/// ("Check file /ios_version.txt inside container"), which is no reference at all.
pub(crate) fn vcs_ref_of(labels: &std::collections::HashMap<String, String>) -> Option<String> {
    schema_label(labels, "vcs-ref").filter(|v| !v.contains(char::is_whitespace))
}

/// The `build-date` label when it is a date (`YYYY-MM-DD`, optionally followed by a time).
pub(crate) fn build_date_of(labels: &std::collections::HashMap<String, String>) -> Option<String> {
    schema_label(labels, "build-date").filter(|v| {
        let b = v.as_bytes();
        b.len() >= 10
            && !v.contains(char::is_whitespace)
            && b[..10].iter().enumerate().all(|(i, c)| match i {
                4 | 7 => *c == b'-',
                _ => c.is_ascii_digit(),
            })
    })
}

/// Splits `org.includeos.services` into names.
pub(crate) fn services_of(labels: &std::collections::HashMap<String, String>) -> Vec<String> {
    labels
        .get(SERVICES_LABEL)
        .map(|s| {
            s.split(',')
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(str::to_owned)
                .collect()
        })
        .unwrap_or_default()
}

impl Builders {
    /// The builder `id` on the engine, or 404 naming it.
    pub async fn find_builder(&self, id: &str) -> Result<images::EngineBuilder, BuildersError> {
        images::find(&self.engine, id, &self.providers.hub_ids()).await
    }

    /// Every builder on the engine, newest first.
    pub async fn list_builders(&self) -> Result<Vec<Builder>, BuildersError> {
        Ok(images::list(&self.engine, &self.providers.hub_ids())
            .await?
            .into_iter()
            .map(|b| b.builder)
            .collect())
    }

    /// Removes a builder from the engine (refused while a container uses it).
    pub async fn delete_builder(&self, id: &str) -> Result<Builder, BuildersError> {
        let found = self.find_builder(id).await?;
        images::delete(&self.engine, &found).await?;
        Ok(found.builder)
    }

    /// The services the builders bundle, each with the builders that do, then the services
    /// users stored, each with the builders that can build sources (classic and our own
    /// contract). Without an engine the stored services are still listed.
    pub async fn services(&self) -> Result<Vec<Service>, BuildersError> {
        let stored = self.store.list_services().await?;
        let listed = self.list_builders().await;
        let builders = match listed {
            Ok(b) => b,
            Err(BuildersError::EngineUnavailable(_)) if !stored.is_empty() => Vec::new(),
            Err(e) => return Err(e),
        };
        let mut bundled: std::collections::BTreeMap<String, Vec<String>> = Default::default();
        for b in &builders {
            for s in &b.services {
                bundled.entry(s.clone()).or_default().push(b.id.clone());
            }
        }
        let able: Vec<String> = builders
            .iter()
            .filter(|b| builds_sources(b.contract))
            .map(|b| b.id.clone())
            .collect();
        let mut out: Vec<Service> = bundled
            .into_iter()
            .map(|(name, builders)| Service {
                name,
                builders,
                source: SERVICE_BUNDLED.into(),
                stored: None,
            })
            .collect();
        out.extend(stored.into_iter().map(|s| Service {
            name: s.name.clone(),
            builders: able.clone(),
            source: SERVICE_STORED.into(),
            stored: Some(s),
        }));
        Ok(out)
    }

    /// Stores a user's service sources (a tar or tar.gz) under `name`, or under the name its
    /// `CMakeLists.txt` gives (`project(...)`, else the binary). Nothing is stored when an entry
    /// leaves the directory.
    pub async fn store_service(
        &self,
        name: Option<&str>,
        body: bytes::Bytes,
    ) -> Result<StoredService, BuildersError> {
        let checked = tokio::task::spawn_blocking(move || sources::normalize(&body))
            .await
            .map_err(|e| BuildersError::Internal(format!("checking the service failed: {e}")))?
            .map_err(|e| match e {
                sources::SourcesError::TooLarge(_) => BuildersError::TooLarge(e.to_string()),
                _ => BuildersError::Invalid(e.to_string()),
            })?;
        let name = match name {
            Some(n) => n.to_owned(),
            None => checked
                .project
                .clone()
                .filter(|p| crate::store::services::check_service_name(p).is_ok())
                .unwrap_or_else(|| checked.binary.clone()),
        };
        if name.eq_ignore_ascii_case(classic::STARBASE) {
            return Err(BuildersError::WrongState(format!(
                "{name:?} is the service classic builders bundle: store yours under another name \
                 (--name)"
            )));
        }
        Ok(self.store.put_service(&name, checked).await?)
    }

    /// Queues a build of `service` with the builder `builder_id`: a stored service (its
    /// sources in `/service`) when one has that name, else one the builder bundles.
    pub async fn build(
        &self,
        service: &str,
        builder_id: &str,
        request: BuildRequest,
    ) -> Result<Build, BuildersError> {
        // The request first: a wrong body is the caller's to fix whatever the engine's state.
        let resolved = self.jobs.resolve(&request).await?;
        let builder = self.find_builder(builder_id).await?;
        if let Some(stored) = self.store.get_service(service).await? {
            if !builds_sources(builder.builder.contract) {
                return Err(BuildersError::Invalid(format!(
                    "builder {} ({}) cannot build a stored service: use a classic builder \
                     (IncludeOS v0.13-v0.14) or one that declares org.includeos.services (see \
                     `mothership builders list`)",
                    builder.builder.id,
                    builder.builder.contract.as_str()
                )));
            }
            let tar = self.store.service_archive(service).await?;
            let sources = jobs::Sources {
                tar,
                binary: stored.binary,
            };
            return self
                .jobs
                .submit(service, builder, request, resolved, Some(sources))
                .await;
        }
        if let Some(refusal) = self.refusal(service, &builder.builder).await {
            return Err(refusal);
        }
        self.jobs
            .submit(service, builder, request, resolved, None)
            .await
    }

    /// Why `builder` cannot build `service`, naming the builders that can; `None` when it can.
    async fn refusal(&self, service: &str, builder: &Builder) -> Option<BuildersError> {
        if builder.services.iter().any(|s| s == service) {
            return None;
        }
        let mut able: Vec<Builder> = match self.list_builders().await {
            Ok(list) => list
                .into_iter()
                .filter(|b| b.services.iter().any(|s| s == service))
                .collect(),
            Err(_) => Vec::new(),
        };
        // The published images first: they are what users have; then newest first (as listed).
        able.sort_by_key(|b| b.contract != BuilderContract::Classic);
        let named: Vec<String> = able
            .iter()
            .take(MAX_NAMED)
            .map(|b| format!("{} ({}, {})", b.id, b.version, b.contract.as_str()))
            .collect();
        let able = match able.len() {
            0 => format!("no builder on the engine can build {service:?}"),
            n if n > MAX_NAMED => format!(
                "builders that can: {} and {} more (`mothership builders list`)",
                named.join(", "),
                n - MAX_NAMED
            ),
            _ => format!("builders that can: {}", named.join(", ")),
        };
        let id = &builder.id;
        Some(match builder.contract {
            BuilderContract::Conan if service == classic::STARBASE => {
                BuildersError::Invalid(format!(
                    "builder {id} is IncludeOS {} (Conan-based, v0.15 or later): it bundles no \
                 Starbase (Starbase for these versions is a Conan package of the separate \
                 includeos/uplink repository) and cannot build it from what it contains; \
                 build Starbase with a classic builder (IncludeOS v0.13-v0.14) or one that \
                 declares org.includeos.services: {able}",
                    builder.version
                ))
            }
            BuilderContract::Unknown => BuildersError::Invalid(format!(
                "builder {id} is labelled as an IncludeOS builder but follows no contract \
                 Mothership knows (no org.includeos.services label, no Starbase at {}, no \
                 Conan build): {able}; see `mothership builders inspect {id}`",
                classic::STARBASE_DIR
            )),
            _ => BuildersError::Unknown(format!(
                "builder {id} does not bundle a service named {service:?} (it has: {}): {able}; \
                 see `mothership builders inspect {id}`",
                builder.services.join(", ")
            )),
        })
    }

    /// Validates a NaCl with the builder `builder_id`.
    pub async fn validate(
        &self,
        builder_id: &str,
        nacl: Vec<u8>,
    ) -> Result<ValidateResult, BuildersError> {
        let builder = self.find_builder(builder_id).await?;
        let contract = builder.builder.contract;
        if !matches!(
            contract,
            BuilderContract::Mothership | BuilderContract::Classic
        ) {
            return Err(BuildersError::Invalid(format!(
                "builder {} ({}) has no NaCl transpiler to validate with: use a classic builder \
                 (IncludeOS v0.13-v0.14) or one that declares org.includeos.services (see \
                 `mothership builders list`)",
                builder.builder.id,
                contract.as_str()
            )));
        }
        let (exit_code, output) = self.jobs.validate(&builder, nacl).await?;
        Ok(match contract {
            BuilderContract::Classic => classic::parse_nacl_py(exit_code, &output),
            _ => parse_validation(exit_code, &output),
        })
    }
}

/// Whether builders following `contract` build sources Mothership copies into `/service`.
fn builds_sources(contract: BuilderContract) -> bool {
    matches!(
        contract,
        BuilderContract::Classic | BuilderContract::Mothership
    )
}

/// Reads a validate run: `nacl.txt:LINE:COL: message` lines are errors, other non-empty lines
/// general messages; exit 0 means valid.
pub fn parse_validation(exit_code: i64, output: &str) -> ValidateResult {
    let mut errors = Vec::new();
    let mut messages = Vec::new();
    for line in output.lines().map(str::trim_end).filter(|l| !l.is_empty()) {
        match parse_error_line(line) {
            Some(error) => errors.push(error),
            None => messages.push(line.to_owned()),
        }
    }
    if exit_code != 0 && errors.is_empty() && messages.is_empty() {
        messages.push(format!(
            "the builder exited with status {exit_code} without saying why"
        ));
    }
    ValidateResult {
        valid: exit_code == 0,
        errors,
        messages,
    }
}

fn parse_error_line(line: &str) -> Option<NaclError> {
    let mut parts = line.splitn(4, ':');
    let file = parts.next()?;
    if !file.ends_with("nacl.txt") {
        return None;
    }
    let line_no = parts.next()?.trim().parse().ok()?;
    let column = parts.next()?.trim().parse().ok()?;
    let message = parts.next()?.trim().to_owned();
    Some(NaclError {
        line: line_no,
        column,
        message,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn validation_output_is_split_into_errors_and_messages() {
        let r = parse_validation(
            1,
            "nacl.txt:2:5: unexpected ERROR token\nsomething general\n/service/nacl.txt:4:1: unclosed brace\n",
        );
        assert!(!r.valid);
        assert_eq!(r.errors.len(), 2);
        assert_eq!((r.errors[0].line, r.errors[0].column), (2, 5));
        assert_eq!(r.errors[0].message, "unexpected ERROR token");
        assert_eq!(r.errors[1].line, 4);
        assert_eq!(r.messages, vec!["something general".to_owned()]);
        assert!(parse_validation(0, "").valid);
        assert_eq!(parse_validation(2, "").messages.len(), 1);
    }

    #[test]
    fn both_label_spellings_mark_a_builder_and_sentences_are_unknown() {
        let labels = |pairs: &[(&str, &str)]| -> std::collections::HashMap<String, String> {
            pairs
                .iter()
                .map(|(k, v)| (format!("org.label-schema.{k}"), (*v).to_owned()))
                .collect()
        };
        assert!(is_builder(&labels(&[("name", "IncludeOS builder")])));
        assert!(is_builder(&labels(&[("name", "IncludeOS_builder")])));
        assert!(!is_builder(&labels(&[("name", "nginx")])));
        assert!(!is_builder(&labels(&[])));
        let published = labels(&[
            ("vcs-ref", "Check file /ios_version.txt inside container"),
            ("build-date", ""),
        ]);
        assert_eq!(vcs_ref_of(&published), None);
        assert_eq!(build_date_of(&published), None);
        assert_eq!(build_date_of(&labels(&[("build-date", "yesterday")])), None);
        let good = labels(&[
            ("vcs-ref", "0123abc"),
            ("build-date", "2019-03-14T10:11:12Z"),
        ]);
        assert_eq!(vcs_ref_of(&good).as_deref(), Some("0123abc"));
        assert_eq!(
            build_date_of(&good).as_deref(),
            Some("2019-03-14T10:11:12Z")
        );
    }
}
