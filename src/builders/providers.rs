//! The two bob providers: `DockerHub` (a repository in a registry, read through the v2 API) and
//! `Local` (builder images already on the engine). Their state (last update, last error, the bob
//! list) lives in memory for fast listing and is persisted on every change.

use std::collections::{HashMap, HashSet};
use std::sync::{Arc, Mutex};

use serde::{Deserialize, Serialize};
use tokio::sync::mpsc;

use super::registry::{KnownImage, RegistryClient, engine_reference};
use super::{BuildersError, Engine, images, is_builder, short_id};
use crate::protocol::builders::{Bob, BobProvider, PrepareEvent};
use crate::store::{Store, builders as sql};

pub const DOCKERHUB: &str = "DockerHub";
pub const LOCAL: &str = "Local";

/// A bob as cached: the wire fields plus what pulling it needs.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct CachedBob {
    #[serde(flatten)]
    pub bob: Bob,
    #[serde(default)]
    pub manifest_digest: String,
    #[serde(default)]
    pub config_digest: String,
    /// Digests the tags point at (manifest lists' own digests for multi-platform tags).
    #[serde(default)]
    pub top_digests: Vec<String>,
    #[serde(default)]
    pub labels: HashMap<String, String>,
}

#[derive(Debug, Clone, Default)]
struct ProviderState {
    last_update: Option<String>,
    last_error: Option<String>,
    bobs: Vec<CachedBob>,
}

/// Both providers.
pub struct Providers {
    store: Store,
    engine: Arc<Engine>,
    registry: RegistryClient,
    /// `<registry URL>/<repository>`, for display and errors.
    hub_source: String,
    /// What the engine pulls: `host:port/repository`, or the bare repository on Docker Hub.
    hub_reference: String,
    state: Mutex<HashMap<&'static str, ProviderState>>,
    hub_update: tokio::sync::Mutex<()>,
}

impl Providers {
    pub async fn load(
        store: Store,
        engine: Arc<Engine>,
        registry_url: &str,
        repository: &str,
    ) -> Result<Self, BuildersError> {
        let registry = RegistryClient::new(registry_url, repository)?;
        let rows = store
            .call(|conn| {
                Ok((
                    sql::load_provider(conn, DOCKERHUB)?,
                    sql::load_provider(conn, LOCAL)?,
                ))
            })
            .await?;
        let mut state = HashMap::new();
        for (name, row) in [(DOCKERHUB, rows.0), (LOCAL, rows.1)] {
            let row = row.unwrap_or_default();
            let bobs = if row.bobs.is_empty() {
                Vec::new()
            } else {
                serde_json::from_str(&row.bobs).unwrap_or_else(|e| {
                    tracing::warn!("ignoring the unreadable cached bob list of {name}: {e}");
                    Vec::new()
                })
            };
            state.insert(
                name,
                ProviderState {
                    last_update: row.last_update,
                    last_error: row.last_error,
                    bobs,
                },
            );
        }
        Ok(Providers {
            store,
            engine,
            registry,
            hub_source: format!("{}/{repository}", registry_url.trim_end_matches('/')),
            hub_reference: engine_reference(registry_url, repository),
            state: Mutex::new(state),
            hub_update: tokio::sync::Mutex::new(()),
        })
    }

    /// The provider's canonical name (matching is case-insensitive), or 404 naming it.
    pub fn canonical(name: &str) -> Result<&'static str, BuildersError> {
        [DOCKERHUB, LOCAL]
            .into_iter()
            .find(|p| p.eq_ignore_ascii_case(name))
            .ok_or_else(|| {
                BuildersError::Unknown(format!(
                    "no bob provider named {name:?}: the providers are {DOCKERHUB} and {LOCAL}"
                ))
            })
    }

    fn with_state<T>(&self, f: impl FnOnce(&mut HashMap<&'static str, ProviderState>) -> T) -> T {
        match self.state.lock() {
            Ok(mut guard) => f(&mut guard),
            Err(poisoned) => f(&mut poisoned.into_inner()),
        }
    }

    /// Ids of the bobs the DockerHub provider lists.
    pub fn hub_ids(&self) -> HashSet<String> {
        self.with_state(|s| {
            s.get(DOCKERHUB)
                .map(|p| p.bobs.iter().map(|b| b.bob.id.clone()).collect())
                .unwrap_or_default()
        })
    }

    /// Both providers and their state.
    pub fn list(&self) -> Vec<BobProvider> {
        [DOCKERHUB, LOCAL]
            .into_iter()
            .map(|name| self.describe(name))
            .collect()
    }

    fn describe(&self, name: &'static str) -> BobProvider {
        let source = if name == DOCKERHUB {
            self.hub_source.clone()
        } else {
            self.engine.host().to_owned()
        };
        self.with_state(|s| {
            let p = s.get(name).cloned().unwrap_or_default();
            BobProvider {
                id: name.to_owned(),
                source,
                last_update: p.last_update,
                bobs: p.bobs.len(),
                last_error: p.last_error,
            }
        })
    }

    /// Refreshes a provider's bob list and persists the outcome, failure included.
    pub async fn update(&self, name: &str) -> Result<BobProvider, BuildersError> {
        let name = Self::canonical(name)?;
        let result = match name {
            DOCKERHUB => self.fetch_hub().await,
            _ => self.fetch_local().await,
        };
        match result {
            Ok(bobs) => {
                let json = serde_json::to_string(&bobs)
                    .map_err(|e| BuildersError::Internal(format!("cannot encode bobs: {e}")))?;
                let now = crate::protocol::timestamp::now();
                let time = now.clone();
                self.store
                    .call(move |conn| sql::save_provider_update(conn, name, &time, &json))
                    .await?;
                self.with_state(|s| {
                    s.insert(
                        name,
                        ProviderState {
                            last_update: Some(now),
                            last_error: None,
                            bobs,
                        },
                    )
                });
                Ok(self.describe(name))
            }
            Err(err) => {
                let message = err.to_string();
                let saved = message.clone();
                self.store
                    .call(move |conn| sql::save_provider_error(conn, name, &saved))
                    .await?;
                self.with_state(|s| s.entry(name).or_default().last_error = Some(message));
                Err(err)
            }
        }
    }

    async fn fetch_hub(&self) -> Result<Vec<CachedBob>, BuildersError> {
        // One update at a time; a second caller waits and then updates again (cheaply: known
        // config blobs are not fetched twice).
        let _guard = self.hub_update.lock().await;
        let known: HashMap<String, KnownImage> = self.with_state(|s| {
            s.get(DOCKERHUB)
                .map(|p| {
                    p.bobs
                        .iter()
                        .flat_map(|b| {
                            b.top_digests.iter().map(|top| {
                                let image = KnownImage {
                                    manifest_digest: b.manifest_digest.clone(),
                                    config_digest: b.config_digest.clone(),
                                    labels: b.labels.clone(),
                                };
                                (top.clone(), image)
                            })
                        })
                        .collect()
                })
                .unwrap_or_default()
        });
        let tags = self.registry.tags().await?;
        let images = self.registry.images(tags, &known).await?;
        let mut by_id: HashMap<String, CachedBob> = HashMap::new();
        for image in images {
            if !is_builder(&image.labels) {
                continue;
            }
            let id = short_id(&image.config_digest);
            let entry = by_id.entry(id.clone()).or_insert_with(|| CachedBob {
                bob: bob_from_labels(&id, DOCKERHUB, &image.labels),
                manifest_digest: image.manifest_digest.clone(),
                config_digest: image.config_digest.clone(),
                top_digests: Vec::new(),
                labels: image.labels.clone(),
            });
            entry.bob.tags.push(image.tag);
            if !entry.top_digests.contains(&image.top_digest) {
                entry.top_digests.push(image.top_digest);
            }
        }
        Ok(sorted(by_id.into_values().collect()))
    }

    async fn fetch_local(&self) -> Result<Vec<CachedBob>, BuildersError> {
        let builders = images::list(&self.engine, &HashSet::new()).await?;
        Ok(sorted(
            builders
                .into_iter()
                .map(|b| CachedBob {
                    bob: Bob {
                        // What the engine's image shows beyond its labels (a classic
                        // builder's bundled Starbase).
                        services: b.builder.services.clone(),
                        ..bob_from_labels(&b.builder.id, LOCAL, &b.labels)
                    },
                    manifest_digest: String::new(),
                    config_digest: b.full_id,
                    top_digests: Vec::new(),
                    labels: b.labels,
                })
                .map(|mut c| {
                    c.bob.prepared = true;
                    c
                })
                .collect(),
        ))
    }

    /// A provider's bobs, with whether each is prepared. DockerHub answers from its cache;
    /// Local looks at the engine, and fails as the engine does (an empty list would read as "no
    /// builders" to a script when the truth is "no engine").
    pub async fn bobs(&self, name: &str) -> Result<Vec<Bob>, BuildersError> {
        let name = Self::canonical(name)?;
        if name == LOCAL {
            self.update(LOCAL).await?;
        }
        let cached: Vec<CachedBob> =
            self.with_state(|s| s.get(name).map(|p| p.bobs.clone()).unwrap_or_default());
        let present: HashSet<String> = match images::list(&self.engine, &HashSet::new()).await {
            Ok(list) => list.into_iter().map(|b| b.builder.id).collect(),
            Err(_) => HashSet::new(),
        };
        Ok(cached
            .into_iter()
            .map(|c| {
                let mut bob = c.bob;
                bob.prepared = present.contains(&bob.id);
                bob
            })
            .collect())
    }

    /// Starts preparing a bob; the receiver gets progress lines, the last one with the builder
    /// or the error. Unknown provider or bob and a missing engine fail before anything starts.
    pub async fn prepare(
        &self,
        name: &str,
        bob_id: &str,
    ) -> Result<mpsc::Receiver<PrepareEvent>, BuildersError> {
        let name = Self::canonical(name)?;
        let (tx, rx) = mpsc::channel(64);
        let hub_ids = self.hub_ids();
        if name == LOCAL {
            let found =
                images::find(&self.engine, bob_id, &hub_ids)
                    .await
                    .map_err(|e| match e {
                        BuildersError::Unknown(_) => not_found_bob(bob_id, LOCAL, "the engine"),
                        other => other,
                    })?;
            let _ = tx
                .send(PrepareEvent {
                    status: "already on the engine".into(),
                    builder: Some(found.builder),
                    ..Default::default()
                })
                .await;
            return Ok(rx);
        }
        let bob = self
            .with_state(|s| {
                s.get(DOCKERHUB)
                    .and_then(|p| p.bobs.iter().find(|b| b.bob.id == bob_id).cloned())
            })
            .ok_or_else(|| not_found_bob(bob_id, DOCKERHUB, &self.hub_source))?;
        self.engine.docker().await?;
        let engine = self.engine.clone();
        let reference = self.hub_reference.clone();
        tokio::spawn(async move {
            let outcome = async {
                images::pull(
                    &engine,
                    &reference,
                    &bob.manifest_digest,
                    &bob.bob.tags,
                    &bob.bob.id,
                    &tx,
                )
                .await?;
                images::find(&engine, &bob.bob.id, &hub_ids).await
            }
            .await;
            let last = match outcome {
                Ok(found) => PrepareEvent {
                    status: format!("prepared builder {}", found.builder.id),
                    builder: Some(found.builder),
                    ..Default::default()
                },
                Err(e) => PrepareEvent {
                    status: "failed".into(),
                    error: Some(e.to_string()),
                    ..Default::default()
                },
            };
            let _ = tx.send(last).await;
        });
        Ok(rx)
    }
}

fn not_found_bob(id: &str, provider: &str, source: &str) -> BuildersError {
    BuildersError::Unknown(format!(
        "no bob with id {id:?} in provider {provider} ({source}): list them with `mothership bobs \
         list {provider}`, or refresh with `mothership bobproviders update {provider}`"
    ))
}

fn bob_from_labels(id: &str, provider: &str, labels: &HashMap<String, String>) -> Bob {
    let label = |key: &str| super::schema_label(labels, key).unwrap_or_default();
    Bob {
        id: id.to_owned(),
        name: label("name"),
        version: label("version"),
        vcs_ref: super::vcs_ref_of(labels),
        build_date: super::build_date_of(labels),
        provider_id: provider.to_owned(),
        tags: Vec::new(),
        services: super::services_of(labels),
        prepared: false,
    }
}

/// Newest first (by build date, then version), tags in order.
fn sorted(mut bobs: Vec<CachedBob>) -> Vec<CachedBob> {
    for b in &mut bobs {
        b.bob.tags.sort();
    }
    bobs.sort_by(|a, b| {
        b.bob
            .build_date
            .cmp(&a.bob.build_date)
            .then_with(|| b.bob.version.cmp(&a.bob.version))
            .then_with(|| a.bob.id.cmp(&b.bob.id))
    });
    bobs
}
