//! Desired state (docs/ROLLOUTS.md, "Desired state"): each managed instance converges on its
//! desired image. When it docks running another binary (or the image is set while it runs
//! another), the image is deployed to it through the [`Deployer`], unless a deploy or a
//! rollout owns the instance at the time. A failed attempt is retried after a back-off that
//! doubles each time, up to a bounded number of attempts; then the instance is `failed` with
//! the reason until its desired image is set again.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::sync::{mpsc, watch};
use tokio_util::task::TaskTracker;

use super::deploy::{Deployer, Plan, Selection, plan};
use super::events::Events;
use super::uplink::{DockNotice, Hangar};
use crate::protocol::deploys::TargetState;
use crate::protocol::desired::{DesiredChange, DesiredState, DesiredStatus};
use crate::protocol::events::EventData;
use crate::protocol::instances::Instance;
use crate::protocol::rollouts::Selector;
use crate::store::{Store, StoreError};

/// Settings of the engine.
#[derive(Debug, Clone)]
pub struct DesiredConfig {
    /// Updates tried before an instance is `failed`.
    pub max_attempts: u32,
    /// Wait after the first failed attempt; doubled after each further one...
    pub backoff: Duration,
    /// ...up to this.
    pub backoff_max: Duration,
}

/// Why desired state cannot be set.
#[derive(Debug, thiserror::Error)]
pub enum DesiredError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Deploy(#[from] super::deploy::DeployError),
    #[error(transparent)]
    Select(#[from] super::rollout::RolloutError),
}

/// Where the engine stands with one managed instance.
#[derive(Debug, Clone)]
struct Entry {
    image: String,
    state: DesiredState,
    /// A deploy of ours runs.
    updating: bool,
    /// A back-off timer is set.
    timer: bool,
}

struct Inner {
    store: Store,
    /// Where `desired.state` events go.
    events: Events,
    hangar: Hangar,
    deployer: Deployer,
    config: DesiredConfig,
    managed: Mutex<HashMap<String, Entry>>,
    tasks: TaskTracker,
    shutdown: watch::Receiver<bool>,
}

/// The desired-state engine; cheap to clone.
#[derive(Clone)]
pub struct Desired {
    inner: Arc<Inner>,
}

fn now() -> time::OffsetDateTime {
    time::OffsetDateTime::now_utc()
}

impl Desired {
    /// Loads the managed instances and starts watching docks.
    pub async fn start(
        store: Store,
        hangar: Hangar,
        deployer: Deployer,
        events: Events,
        config: DesiredConfig,
        shutdown: watch::Receiver<bool>,
    ) -> Result<Desired, StoreError> {
        let rows = store.call(crate::store::desired::all).await?;
        let managed = rows
            .into_iter()
            .filter_map(|(uuid, state)| {
                let image = state.image_id.clone()?;
                Some((
                    uuid,
                    Entry {
                        image,
                        state,
                        updating: false,
                        timer: false,
                    },
                ))
            })
            .collect();
        let docks = hangar.watch_docks();
        let released = deployer.watch_released();
        let engine = Desired {
            inner: Arc::new(Inner {
                store,
                events,
                hangar,
                deployer,
                config,
                managed: Mutex::new(managed),
                tasks: TaskTracker::new(),
                shutdown,
            }),
        };
        tokio::spawn(engine.clone().watch(docks, released));
        Ok(engine)
    }

    /// Publishes `desired.state` for one instance.
    fn publish(&self, uuid: &str, state: &DesiredState) {
        self.inner.events.publish(EventData::DesiredChanged {
            instance: uuid.to_owned(),
            image: state.image_id.clone(),
            status: state.status.to_string(),
            reason: state.reason.clone(),
            set_by: state.set_by.clone(),
        });
    }

    fn managed(&self) -> std::sync::MutexGuard<'_, HashMap<String, Entry>> {
        self.inner.managed.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Whether `uuid` has a desired image (the deploy engine's automatic redeploy leaves such
    /// instances to this one).
    pub fn manages(&self, uuid: &str) -> bool {
        self.managed().contains_key(uuid)
    }

    /// Converges managed instances when they dock, and when the last deploy running on them
    /// ends (a manual deploy of another image is undone then, not only at the next dock).
    async fn watch(
        self,
        mut docks: mpsc::UnboundedReceiver<DockNotice>,
        mut released: mpsc::UnboundedReceiver<Vec<String>>,
    ) {
        let mut shutdown = self.inner.shutdown.clone();
        loop {
            tokio::select! {
                _ = async { shutdown.wait_for(|s| *s).await.map(|_| ()) } => return,
                dock = docks.recv() => match dock {
                    Some(dock) => {
                        if self.manages(&dock.uuid) {
                            self.converge(&dock.uuid, Some(dock.binary)).await;
                        }
                    }
                    None => return,
                },
                Some(uuids) = released.recv() => {
                    for uuid in uuids {
                        if self.manages(&uuid) {
                            self.converge(&uuid, None).await;
                        }
                    }
                }
            }
        }
    }

    /// Converges those of `uuids` it manages, in the background: a rollout that owned them
    /// ended without setting their desired image.
    pub fn reconsider(&self, uuids: Vec<String>) {
        let engine = self.clone();
        self.inner.tasks.spawn(async move {
            for uuid in uuids {
                if engine.manages(&uuid) {
                    engine.converge(&uuid, None).await;
                }
            }
        });
    }

    /// The instances an explicit ID or a selector picks.
    async fn pick(&self, selector: &Selector) -> Result<Vec<Instance>, DesiredError> {
        Ok(super::rollout::select(&self.inner.store, &self.inner.hangar, selector).await?)
    }

    /// Gives the instances `selector` picks now the desired image `image` (ID or prefix),
    /// after checking it fits each (as a deploy does); each not running it is updated.
    pub async fn set(
        &self,
        selector: &Selector,
        image: &str,
        set_by: &str,
    ) -> Result<DesiredChange, DesiredError> {
        let image = self.inner.store.get_image(image).await?;
        let instances = self.pick(selector).await?;
        let fit = plan::check_fit(&image, &instances);
        let room = plan::check_room(&image, &instances);
        let mut unfit = fit.mismatches;
        unfit.extend(room.mismatches);
        if !unfit.is_empty() {
            return Err(super::deploy::DeployError::Mismatch(plan::summarize(&unfit)).into());
        }
        let uuids: Vec<String> = instances.iter().map(|i| i.id.clone()).collect();
        self.record_set(&uuids, &image.id, set_by).await?;
        for i in &instances {
            self.converge(&i.id, None).await;
        }
        Ok(DesiredChange {
            image_id: Some(image.id),
            instances: uuids,
        })
    }

    /// Sets the desired image of instances already checked (a rollout's verified targets).
    pub async fn set_verified(&self, uuids: Vec<String>, image: &str, set_by: &str) {
        if uuids.is_empty() {
            return;
        }
        if let Err(e) = self.record_set(&uuids, image, set_by).await {
            tracing::error!(image, "failed to record the desired image: {e}");
            return;
        }
        for u in &uuids {
            self.converge(u, None).await;
        }
    }

    async fn record_set(
        &self,
        uuids: &[String],
        image: &str,
        set_by: &str,
    ) -> Result<(), StoreError> {
        let at = now();
        let (list, img, by) = (uuids.to_vec(), image.to_owned(), set_by.to_owned());
        self.inner
            .store
            .call(move |c| crate::store::desired::set(c, &list, &img, &by, at))
            .await?;
        let state = DesiredState {
            status: DesiredStatus::Updating,
            image_id: Some(image.to_owned()),
            set_by: Some(set_by.to_owned()),
            set_at: Some(at),
            ..Default::default()
        };
        {
            let mut managed = self.managed();
            for u in uuids {
                managed.insert(
                    u.clone(),
                    Entry {
                        image: image.to_owned(),
                        state: state.clone(),
                        updating: false,
                        timer: false,
                    },
                );
            }
        }
        // Set: `updating` until the engine sees what each runs (`in_sync` follows at once for
        // those that run it already).
        for u in uuids {
            self.publish(u, &state);
        }
        Ok(())
    }

    /// Removes the desired image of the instances `selector` picks.
    pub async fn clear(&self, selector: &Selector) -> Result<DesiredChange, DesiredError> {
        let uuids: Vec<String> = self
            .pick(selector)
            .await?
            .into_iter()
            .map(|i| i.id)
            .collect();
        let cleared = self
            .inner
            .store
            .call(move |c| crate::store::desired::clear(c, &uuids))
            .await?;
        {
            let mut managed = self.managed();
            for u in &cleared {
                managed.remove(u);
            }
        }
        for u in &cleared {
            self.publish(u, &DesiredState::default());
        }
        Ok(DesiredChange {
            image_id: None,
            instances: cleared,
        })
    }

    /// The desired state of an instance as the API shows it.
    pub async fn state(&self, instance: &Instance) -> Result<DesiredState, StoreError> {
        let key = instance.id.clone();
        let stored = self
            .inner
            .store
            .call(move |c| crate::store::desired::get(c, &key))
            .await?;
        Ok(DesiredState::of(stored, instance.binary.as_deref()))
    }

    /// Records an entry's state (memory and store).
    async fn record(&self, uuid: &str, image: &str, state: DesiredState) {
        let changed = match self.managed().get_mut(uuid) {
            Some(e) if e.image == image => {
                let changed = (e.state.status, &e.state.reason) != (state.status, &state.reason);
                e.state = state.clone();
                changed
            }
            _ => false,
        };
        if changed {
            self.publish(uuid, &state);
        }
        let (key, img) = (uuid.to_owned(), image.to_owned());
        if let Err(e) = self
            .inner
            .store
            .call(move |c| crate::store::desired::record(c, &key, &img, &state))
            .await
        {
            tracing::error!(uuid, "failed to record the desired state: {e}");
        }
    }

    /// Brings one managed instance towards its desired image, if it is connected, runs
    /// another binary, nobody else owns it, no attempt of ours runs, and the back-off allows.
    /// `binary` is what it reported at a dock (`None`: read from the store).
    pub async fn converge(&self, uuid: &str, binary: Option<Option<String>>) {
        if *self.inner.shutdown.borrow() || self.inner.hangar.live(uuid).is_none() {
            return;
        }
        let binary = match binary {
            Some(b) => b,
            None => {
                self.inner.hangar.flush().await;
                let key = uuid.to_owned();
                match self
                    .inner
                    .store
                    .call(move |c| crate::store::instances::get(c, &key))
                    .await
                {
                    Ok(Some(i)) => i.binary,
                    Ok(None) => return,
                    Err(e) => {
                        tracing::error!(uuid, "desired state: failed to read the instance: {e}");
                        return;
                    }
                }
            }
        };
        let Some(entry) = self.managed().get(uuid).cloned() else {
            return;
        };
        if binary
            .as_deref()
            .is_some_and(|b| b.eq_ignore_ascii_case(&entry.image))
        {
            if entry.state.status != DesiredStatus::InSync && !entry.updating {
                let state = DesiredState {
                    status: DesiredStatus::InSync,
                    reason: None,
                    attempts: 0,
                    next_attempt: None,
                    ..entry.state.clone()
                };
                self.record(uuid, &entry.image, state).await;
            }
            return;
        }
        if entry.updating || entry.state.status == DesiredStatus::Failed {
            return;
        }
        if self.inner.deployer.is_busy(uuid) {
            return;
        }
        let key = uuid.to_owned();
        match self
            .inner
            .store
            .call(move |c| crate::store::desired::owning_rollout(c, &key))
            .await
        {
            Ok(None) => {}
            Ok(Some(rollout)) => {
                tracing::debug!(uuid, rollout, "desired state: a rollout owns the instance");
                return;
            }
            Err(e) => {
                tracing::error!(uuid, "desired state: failed to read rollouts: {e}");
                return;
            }
        }
        if let Some(at) = entry.state.next_attempt
            && at > now()
        {
            self.arm_timer(uuid, at);
            return;
        }
        // Claimed under the lock: one attempt at a time, whatever docks or timers come.
        let attempt = {
            let mut managed = self.managed();
            let Some(e) = managed.get_mut(uuid) else {
                return;
            };
            if e.updating || e.image != entry.image {
                return;
            }
            e.updating = true;
            e.state.attempts + 1
        };
        let max = self.inner.config.max_attempts.max(1);
        let running = match &binary {
            Some(b) => format!("binary {b}"),
            None => "without reporting a binary".to_owned(),
        };
        let plan = Plan {
            image: entry.image.clone(),
            selection: Selection::Ids(vec![uuid.to_owned()]),
            concurrency: 1,
            force: false,
            trigger: Some(format!(
                "desired state: instance {uuid} runs {running}, not its desired image {} \
                 (attempt {attempt} of {max})",
                entry.image
            )),
        };
        let started = self.inner.deployer.start_deploy(plan).await;
        let mut state = DesiredState {
            status: DesiredStatus::Updating,
            attempts: attempt,
            next_attempt: None,
            ..entry.state.clone()
        };
        match started {
            Ok(d) => {
                tracing::info!(uuid, image = %entry.image, deploy = %d.id, attempt, "desired state: updating the instance, which runs {running}");
                state.deploy = Some(d.id.clone());
                state.reason = Some(format!(
                    "deploy {} running (attempt {attempt} of {max})",
                    d.id
                ));
                self.record(uuid, &entry.image, state.clone()).await;
                let engine = self.clone();
                let (uuid, image, id) = (uuid.to_owned(), entry.image.clone(), d.id);
                self.inner.tasks.spawn(async move {
                    let outcome = engine.inner.deployer.wait(&id).await;
                    if *engine.inner.shutdown.borrow() {
                        return;
                    }
                    let failure = match outcome {
                        Ok(d) => match d.targets.first() {
                            Some(t) if t.state == TargetState::Verified => None,
                            Some(t) => Some(t.reason.clone().unwrap_or_else(|| "failed".into())),
                            None => Some("the deploy had no target".into()),
                        },
                        Err(e) => Some(format!("its deploy could not be read: {e}")),
                    };
                    engine.attempt_ended(&uuid, &image, state, failure).await;
                });
            }
            Err(e) => {
                self.attempt_ended(uuid, &entry.image, state, Some(format!("not started: {e}")))
                    .await;
            }
        }
    }

    /// Records the end of an attempt: in sync, or the back-off before the next, or failed.
    async fn attempt_ended(
        &self,
        uuid: &str,
        image: &str,
        mut state: DesiredState,
        failure: Option<String>,
    ) {
        let max = self.inner.config.max_attempts.max(1);
        match failure {
            None => {
                state.status = DesiredStatus::InSync;
                state.reason = None;
                state.attempts = 0;
                state.next_attempt = None;
            }
            Some(why) if state.attempts >= max => {
                state.status = DesiredStatus::Failed;
                state.next_attempt = None;
                state.reason = Some(format!(
                    "{} of {max} attempts failed; the last: {why}",
                    state.attempts
                ));
                tracing::warn!(
                    uuid,
                    image,
                    "desired state: giving up after {max} attempts: {why}"
                );
            }
            Some(why) => {
                let shift = state.attempts.saturating_sub(1).min(20);
                let wait = self
                    .inner
                    .config
                    .backoff
                    .saturating_mul(1 << shift)
                    .min(self.inner.config.backoff_max);
                let at = now() + wait;
                state.status = DesiredStatus::Updating;
                state.next_attempt = Some(at);
                state.reason = Some(format!(
                    "attempt {} of {max} failed: {why}; next attempt in {:.1} s",
                    state.attempts,
                    wait.as_secs_f64()
                ));
            }
        }
        let next = state.next_attempt;
        self.record(uuid, image, state).await;
        if let Some(e) = self.managed().get_mut(uuid)
            && e.image == image
        {
            e.updating = false;
        }
        if let Some(at) = next {
            self.arm_timer(uuid, at);
        }
    }

    /// Converges `uuid` again at `at` (once; a timer already set stays).
    fn arm_timer(&self, uuid: &str, at: time::OffsetDateTime) {
        {
            let mut managed = self.managed();
            let Some(e) = managed.get_mut(uuid) else {
                return;
            };
            if e.timer {
                return;
            }
            e.timer = true;
        }
        let engine = self.clone();
        let uuid = uuid.to_owned();
        let wait = Duration::try_from(at - now()).unwrap_or_default();
        self.inner.tasks.spawn(async move {
            let mut shutdown = engine.inner.shutdown.clone();
            tokio::select! {
                _ = tokio::time::sleep(wait) => {}
                _ = async { shutdown.wait_for(|s| *s).await.map(|_| ()) } => return,
            }
            if let Some(e) = engine.managed().get_mut(&uuid) {
                e.timer = false;
            }
            engine.converge(&uuid, None).await;
        });
    }

    /// After shutdown was signalled: waits (bounded) for the tasks to stop.
    pub async fn close(&self) {
        crate::server::drain_tasks(
            &self.inner.tasks,
            "desired-state tasks still running after 10 s of shutdown; leaving them",
        )
        .await;
    }
}
