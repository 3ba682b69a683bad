//! The upgrade engine: one record per upgrade, following its build, then its deploy.
//!
//! The API resolves what to build and queues the build; [`Upgrader::begin`] then records the
//! upgrade (`building`) and spawns its driver, which waits for the build, starts the deploy of
//! its image (`deploying`, the deploy ID recorded at once), waits for that, and ends the record
//! `verified`, `failed` or `cancelled`. Every change of state is written to the store before it
//! is visible, so a GET always reads the store.
//!
//! On shutdown a driver stops waiting and records its upgrade failed ("interrupted by a server
//! shutdown"); the next start does the same to what a crash left unfinished.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use tokio::sync::watch;

use super::events::Events;
use crate::protocol::events::EventData;
use tokio_util::task::TaskTracker;

use super::deploy::{Deployer, Plan, Selection};
use crate::builders::{Builders, BuildersError};
use crate::protocol::builders::{Build, BuildStatus, Builder};
use crate::protocol::deploys::DeployState;
use crate::protocol::list::Page;
use crate::protocol::upgrade::{Upgrade, UpgradeState};
use crate::store::upgrades::{INTERRUPTED, UpgradeQuery, UpgradeRow};
use crate::store::{Store, StoreError};

/// Why an upgrade record could not be read.
#[derive(Debug, thiserror::Error)]
pub enum UpgradeError {
    #[error(transparent)]
    Store(#[from] StoreError),
    /// Reading its build failed.
    #[error(transparent)]
    Builders(#[from] BuildersError),
}

struct Inner {
    store: Store,
    builders: Arc<Builders>,
    deployer: Deployer,
    /// Upgrades in progress: set to true when the record reached its final state.
    running: Mutex<HashMap<String, watch::Sender<bool>>>,
    tasks: TaskTracker,
    shutdown: watch::Receiver<bool>,
    events: Events,
}

/// The upgrade engine; cheap to clone.
#[derive(Clone)]
pub struct Upgrader {
    inner: Arc<Inner>,
}

fn now() -> time::OffsetDateTime {
    time::OffsetDateTime::now_utc()
}

/// The builder an upgrade builds with when none is given: the newest of the instance's
/// IncludeOS version, else the newest of all. `builders` is newest first.
pub fn choose_builder<'a>(builders: &'a [Builder], version: Option<&str>) -> Option<&'a Builder> {
    builders
        .iter()
        .find(|b| version == Some(b.version.as_str()))
        .or(builders.first())
}

impl Upgrader {
    /// Sets the engine up; upgrades an earlier process left unfinished are marked failed.
    pub async fn start(
        store: Store,
        builders: Arc<Builders>,
        deployer: Deployer,
        shutdown: watch::Receiver<bool>,
        events: Events,
    ) -> Result<Upgrader, StoreError> {
        let n = store.fail_unfinished_upgrades().await?;
        if n > 0 {
            tracing::warn!(
                "{n} upgrade{} cut off by the last stop marked failed",
                if n == 1 { " was" } else { "s were" }
            );
        }
        Ok(Upgrader {
            inner: Arc::new(Inner {
                store,
                builders,
                deployer,
                running: Mutex::new(HashMap::new()),
                tasks: TaskTracker::new(),
                shutdown,
                events,
            }),
        })
    }

    fn running(&self) -> std::sync::MutexGuard<'_, HashMap<String, watch::Sender<bool>>> {
        self.inner.running.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Records an upgrade of `instance` whose build was just queued, and starts following it.
    pub async fn begin(
        &self,
        instance: String,
        build: Build,
        force: bool,
    ) -> Result<Upgrade, StoreError> {
        let created = now();
        let row = UpgradeRow {
            id: crate::store::upgrades::new_id(),
            instance,
            state: UpgradeState::Building,
            build_id: build.id.clone(),
            deploy_id: None,
            error: None,
            force,
            created,
            updated: created,
            finished: None,
        };
        self.inner.store.save_upgrade(row.clone()).await?;
        announce(&self.inner.events, &row);
        let (done, _) = watch::channel(false);
        self.running().insert(row.id.clone(), done.clone());
        tracing::info!(
            upgrade = %row.id,
            instance = %row.instance,
            build = %build.id,
            "upgrade started"
        );
        self.inner
            .tasks
            .spawn(drive(self.clone(), row.clone(), done));
        Ok(compose(row, build, None))
    }

    /// An upgrade by ID or unique prefix, with its build and deploy as they are now.
    pub async fn get(&self, id_or_prefix: &str) -> Result<Upgrade, UpgradeError> {
        let row = self.inner.store.get_upgrade(id_or_prefix).await?;
        self.complete(row, true).await
    }

    /// A page of upgrades (their deploys without targets).
    pub async fn list(&self, q: UpgradeQuery) -> Result<Page<Upgrade>, UpgradeError> {
        let page = self.inner.store.list_upgrades(q).await?;
        let mut items = Vec::with_capacity(page.items.len());
        for row in page.items {
            items.push(self.complete(row, false).await?);
        }
        Ok(Page {
            items,
            total: page.total,
        })
    }

    /// Embeds the build and the deploy records.
    async fn complete(&self, row: UpgradeRow, targets: bool) -> Result<Upgrade, UpgradeError> {
        let build = self.inner.builders.jobs.get(&row.build_id).await?;
        let deploy = match &row.deploy_id {
            // A deploy pruned from the bounded history shows as none.
            Some(id) => match self.inner.deployer.get(id).await {
                Ok(mut d) => {
                    if !targets {
                        d.targets = Vec::new();
                    }
                    Some(d)
                }
                Err(StoreError::NotFound { .. }) => None,
                Err(e) => return Err(e.into()),
            },
            None => None,
        };
        Ok(compose(row, build, deploy))
    }

    /// Waits until an upgrade is over (or the server stops), then returns it.
    pub async fn wait(&self, id: &str) -> Result<Upgrade, UpgradeError> {
        let running = self.running().get(id).map(watch::Sender::subscribe);
        if let Some(mut done) = running {
            let _ = done.wait_for(|d| *d).await;
        }
        self.get(id).await
    }

    /// After shutdown was signalled: waits (bounded) for the drivers to record where they were.
    pub async fn close(&self) {
        crate::server::drain_tasks(
            &self.inner.tasks,
            "upgrades still running after 10 s of shutdown; leaving them",
        )
        .await;
    }
}

fn compose(
    row: UpgradeRow,
    build: Build,
    deploy: Option<crate::protocol::deploys::Deploy>,
) -> Upgrade {
    Upgrade {
        id: row.id,
        instance: row.instance,
        state: row.state,
        error: row.error,
        force: row.force,
        created: row.created,
        updated: row.updated,
        finished: row.finished,
        build,
        deploy,
    }
}

/// How a driver's wait ended.
enum Waited<T> {
    Done(T),
    Stopping,
}

/// Runs `work` unless the server starts shutting down first.
async fn unless_stopping<T>(
    shutdown: &mut watch::Receiver<bool>,
    work: impl std::future::Future<Output = T>,
) -> Waited<T> {
    tokio::select! {
        // Shutdown first: a build or deploy ending because of the shutdown must not read as a
        // failure of its own.
        biased;
        _ = shutdown.wait_for(|s| *s) => Waited::Stopping,
        v = work => Waited::Done(v),
    }
}

/// Follows one upgrade from its build to the end of its deploy, recording every step.
async fn drive(upgrader: Upgrader, mut row: UpgradeRow, done: watch::Sender<bool>) {
    let outcome = steps(&upgrader, &mut row).await;
    let (state, error) = match outcome {
        Ok(()) => (UpgradeState::Verified, None),
        Err(end) => end,
    };
    let at = now();
    row.state = state;
    row.error = error;
    row.updated = at;
    row.finished = Some(at);
    save(&upgrader.inner.store, &row).await;
    let took = std::time::Duration::try_from(at - row.created).unwrap_or_default();
    upgrader
        .inner
        .deployer
        .metrics()
        .upgrade_finished(&row.state.to_string(), took);
    announce(&upgrader.inner.events, &row);
    let _ = done.send(true);
    upgrader.running().remove(&row.id);
    tracing::info!(upgrade = %row.id, state = %row.state, "upgrade finished");
}

/// The build, the deploy: `Err((state, why))` when the upgrade ends any other way than
/// verified.
async fn steps(
    upgrader: &Upgrader,
    row: &mut UpgradeRow,
) -> Result<(), (UpgradeState, Option<String>)> {
    let inner = &upgrader.inner;
    let mut shutdown = inner.shutdown.clone();
    let interrupted = || (UpgradeState::Failed, Some(INTERRUPTED.to_owned()));
    let jobs = &inner.builders.jobs;
    let build_over = async {
        if let Some(live) = jobs.live(&row.build_id) {
            live.finished().await;
        }
    };
    if let Waited::Stopping = unless_stopping(&mut shutdown, build_over).await {
        return Err(interrupted());
    }
    let build = jobs.get(&row.build_id).await.map_err(|e| {
        let why = format!("could not read build {}: {e}", row.build_id);
        (UpgradeState::Failed, Some(why))
    })?;
    let image = match (build.status, &build.image_id) {
        (BuildStatus::Succeeded, Some(image)) => image.clone(),
        (BuildStatus::Cancelled, _) => {
            let why = format!("build {} was cancelled; nothing was deployed", build.id);
            return Err((UpgradeState::Cancelled, Some(why)));
        }
        _ if *shutdown.borrow() => return Err(interrupted()),
        (status, _) => {
            let why = format!(
                "build {} {}: {}; nothing was deployed",
                build.id,
                status.as_str().replace('_', " "),
                build.error.as_deref().unwrap_or("no image was produced")
            );
            return Err((UpgradeState::Failed, Some(why)));
        }
    };
    let plan = Plan {
        image: image.clone(),
        selection: Selection::One(row.instance.clone()),
        concurrency: 1,
        force: row.force,
        trigger: None,
    };
    let started = match unless_stopping(&mut shutdown, inner.deployer.start_deploy(plan)).await {
        Waited::Stopping => return Err(interrupted()),
        Waited::Done(Ok(d)) => d,
        Waited::Done(Err(e)) => {
            let why = format!(
                "build {} succeeded, but the deploy of image {image} did not start: {e}",
                build.id
            );
            return Err((UpgradeState::Failed, Some(why)));
        }
    };
    row.state = UpgradeState::Deploying;
    row.deploy_id = Some(started.id.clone());
    row.updated = now();
    save(&inner.store, row).await;
    announce(&inner.events, row);
    let deploy = match unless_stopping(&mut shutdown, inner.deployer.wait(&started.id)).await {
        Waited::Stopping => return Err(interrupted()),
        Waited::Done(Ok(d)) => d,
        Waited::Done(Err(e)) => {
            let why = format!("lost track of deploy {}: {e}", started.id);
            return Err((UpgradeState::Failed, Some(why)));
        }
    };
    match deploy.state {
        DeployState::Verified => Ok(()),
        DeployState::Failed => Err((
            UpgradeState::Failed,
            Some(format!(
                "deploy {} failed: {}",
                deploy.id,
                deploy.reason.as_deref().unwrap_or("see the deploy record")
            )),
        )),
        // Only a deploy cut off by the shutdown stops running without an outcome.
        DeployState::Running => Err(interrupted()),
    }
}

/// Publishes `upgrade.state` for a state just recorded.
fn announce(events: &Events, row: &UpgradeRow) {
    events.publish(EventData::UpgradeState {
        id: row.id.clone(),
        instance: row.instance.clone(),
        state: row.state.to_string(),
        build: row.build_id.clone(),
        deploy: row.deploy_id.clone(),
        error: row.error.clone(),
    });
}

async fn save(store: &Store, row: &UpgradeRow) {
    if let Err(e) = store.save_upgrade(row.clone()).await {
        tracing::error!(upgrade = %row.id, state = %row.state, "failed to record the upgrade: {e}");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn builder(id: &str, version: &str) -> Builder {
        Builder {
            id: id.into(),
            name: "includeos/builder".into(),
            version: version.into(),
            vcs_ref: None,
            build_date: None,
            provider_id: id.into(),
            contract: Default::default(),
            services: vec!["Starbase".into()],
            tags: Vec::new(),
            size: 0,
            created: None,
        }
    }

    #[test]
    fn a_builder_of_the_instance_version_is_preferred_then_the_newest() {
        let list = [
            builder("newest", "v0.16.0"),
            builder("mid", "v0.15.0"),
            builder("old", "v0.15.0"),
        ];
        let pick = |v: Option<&str>| choose_builder(&list, v).map(|b| b.id.as_str());
        assert_eq!(
            pick(Some("v0.15.0")),
            Some("mid"),
            "newest of the same version"
        );
        assert_eq!(
            pick(Some("v0.9.0")),
            Some("newest"),
            "no same version: newest"
        );
        assert_eq!(pick(None), Some("newest"), "version unknown: newest");
        assert_eq!(
            choose_builder(&[], Some("v0.15.0")),
            None,
            "none: the API answers 409"
        );
    }
}
