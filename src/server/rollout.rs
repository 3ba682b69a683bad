//! The rollout engine (docs/ROLLOUTS.md): an image sent to a selection of instances in waves,
//! each wave one deploy of [`super::deploy`]. A running rollout lives in memory ([`Live`]) with
//! one task driving it; its changed targets are written to the store every
//! [`super::deploy::PERSIST_INTERVAL`] and its status at every change. Operators steer it
//! through a command channel (pause, cancel, rollback); a rollout that was running when the
//! server stopped is continued at the next start.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use futures_util::StreamExt;
use tokio::sync::{mpsc, watch};
use tokio_util::task::TaskTracker;

use super::deploy::{DeployError, Deployer, NOT_STARTED, PERSIST_INTERVAL, Plan, Selection, plan};
use super::desired::Desired;
use super::events::Events;
use super::uplink::{DockNotice, Hangar};
use crate::builders::{Builders, BuildersError};
use crate::protocol::builders::{BuildRequest, BuildStatus};
use crate::protocol::deploys::{DEFAULT_CONCURRENCY, MAX_CONCURRENCY, TargetState};
use crate::protocol::events::EventData;
use crate::protocol::instances::Instance;
use crate::protocol::list::Page;
use crate::protocol::rollouts::{
    BUILD_BUILDING, BUILD_FAILED, BUILD_READY, DEFAULT_SUCCESS_THRESHOLD, MAX_WAVES, Rollout,
    RolloutCounts, RolloutRequest, RolloutState, RolloutTarget, RolloutTargetState, Selector,
    VersionBuild, Wave, WaveSize, split_waves,
};
use crate::store::rollouts::{RolloutQuery, RolloutStatus};
use crate::store::{Store, StoreError};

/// Why a rollout cannot start, or an operator's command cannot be carried out.
#[derive(Debug, thiserror::Error)]
pub enum RolloutError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Deploy(#[from] DeployError),
    #[error(transparent)]
    Builders(#[from] BuildersError),
    #[error("{0}")]
    Invalid(String),
    #[error("no instance matches the selector ({0})")]
    NoTargets(String),
    /// The image does not fit some of the selected instances: the reasons, naming them.
    #[error("the image does not fit {count} of the selected instances: {}", .reasons.join("; "))]
    Unfit { count: usize, reasons: Vec<String> },
    /// The selected instances run several IncludeOS versions and `build_per_version` is off:
    /// the instances of each version, named.
    #[error(
        "the selected instances run {} IncludeOS versions, and an image fits one: {}",
        .versions.len(), .versions.join("; ")
    )]
    MixedVersions { versions: Vec<String> },
    /// `build_per_version`: some versions have no builder; the versions with their instances.
    #[error("no builder is prepared for {}", .versions.join("; "))]
    NoBuilder { versions: Vec<String> },
    /// The command does not apply in the rollout's state.
    #[error("rollout {id} is {state}: {what}")]
    State {
        id: String,
        state: RolloutState,
        what: String,
    },
}

/// What an operator (or a threshold) told a running rollout.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Command {
    Run,
    Pause,
    Cancel,
    Rollback,
}

/// Settings of the engine.
#[derive(Debug, Clone)]
pub struct RolloutConfig {
    /// An instance not connected when its wave starts gets this long to dock before it is
    /// skipped (covers instances docking again after a server restart).
    pub offline_wait: Duration,
}

/// Refuses an empty selector, or one with both `instances` and filters.
fn check_selector(selector: &Selector) -> Result<(), RolloutError> {
    if selector.is_empty() {
        return Err(RolloutError::Invalid(
            "the selector is empty: give `tag`, `service`, `version` or `instances`".into(),
        ));
    }
    if selector.instances.is_some()
        && (selector.tag.is_some()
            || selector.service.is_some()
            || selector.includeos_version.is_some())
    {
        return Err(RolloutError::Invalid(
            "give either `instances` or filters (`tag`, `service`, `version`), not both".into(),
        ));
    }
    Ok(())
}

/// The instances a selector picks (checked first), sorted by UUID; none is an error. Rollouts
/// and desired state pick their instances so.
pub async fn select(
    store: &Store,
    hangar: &Hangar,
    selector: &Selector,
) -> Result<Vec<Instance>, RolloutError> {
    check_selector(selector)?;
    let mut found = if let Some(ids) = &selector.instances {
        plan::select(store, hangar, &Selection::Ids(ids.clone())).await?
    } else {
        hangar.flush().await;
        let query = crate::store::instances::ListQuery::default();
        let (all, _) = store
            .call(move |c| crate::store::instances::list(c, &query))
            .await?;
        let same = |want: &Option<String>, have: &Option<String>| {
            want.as_ref()
                .is_none_or(|w| have.as_deref().map(str::trim) == Some(w.trim()))
        };
        all.into_iter()
            .filter(|i| same(&selector.tag, &i.tag))
            .filter(|i| same(&selector.service, &i.service))
            .filter(|i| same(&selector.includeos_version, &i.version))
            .collect()
    };
    if found.is_empty() {
        return Err(RolloutError::NoTargets(selector.describe()));
    }
    if found.len() > crate::protocol::deploys::MAX_TARGETS {
        return Err(RolloutError::Invalid(format!(
            "{} instances match; at most {} at once: narrow the selector",
            found.len(),
            crate::protocol::deploys::MAX_TARGETS
        )));
    }
    found.sort_by(|a, b| a.id.cmp(&b.id));
    Ok(found)
}

/// A rollout with a task driving it.
struct Live {
    record: Mutex<Rollout>,
    dirty: Mutex<BTreeSet<usize>>,
    next_wave_at: Mutex<Option<time::OffsetDateTime>>,
    cmd: watch::Sender<Command>,
    /// Why it was paused or cancelled (by an operator or a threshold).
    why: Mutex<Option<String>>,
}

impl Live {
    fn lock(&self) -> std::sync::MutexGuard<'_, Rollout> {
        self.record.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn snapshot(&self) -> Rollout {
        let mut r = self.lock().clone();
        r.recount();
        r
    }

    fn update(&self, i: usize, change: impl FnOnce(&mut RolloutTarget)) {
        if let Some(t) = self.lock().targets.get_mut(i) {
            change(t);
        }
        self.dirty
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .insert(i);
    }

    fn take_dirty(&self) -> Vec<(usize, RolloutTarget)> {
        let dirty = std::mem::take(&mut *self.dirty.lock().unwrap_or_else(|e| e.into_inner()));
        let r = self.lock();
        dirty
            .into_iter()
            .filter_map(|i| r.targets.get(i).map(|t| (i, t.clone())))
            .collect()
    }

    fn command(&self) -> Command {
        *self.cmd.borrow()
    }

    fn set_why(&self, why: String) {
        *self.why.lock().unwrap_or_else(|e| e.into_inner()) = Some(why);
    }

    fn why(&self) -> Option<String> {
        self.why.lock().unwrap_or_else(|e| e.into_inner()).clone()
    }
}

struct Inner {
    store: Store,
    hangar: Hangar,
    deployer: Deployer,
    builders: Arc<Builders>,
    /// A completed rollout sets the desired image of the instances it verified.
    desired: Desired,
    events: Events,
    config: RolloutConfig,
    live: Mutex<HashMap<String, Arc<Live>>>,
    /// Instances a running wave waits for (not connected when it started): where to tell it
    /// they docked.
    awaiting: Mutex<HashMap<String, mpsc::UnboundedSender<String>>>,
    tasks: TaskTracker,
    shutdown: watch::Receiver<bool>,
}

/// The rollout engine; cheap to clone.
#[derive(Clone)]
pub struct Rollouts {
    inner: Arc<Inner>,
}

fn now() -> time::OffsetDateTime {
    time::OffsetDateTime::now_utc()
}

/// How waiting for the per-version builds ended.
enum BuildsEnd {
    Ready,
    /// Some failed (their instances skipped): the reason to pause.
    Failed(String),
    Commanded,
    ShuttingDown,
}

/// How a wave ended.
enum WaveEnd {
    Passed,
    /// It paused the rollout (a threshold); the reason.
    Failed(String),
    /// An operator's command stopped it.
    Commanded,
    ShuttingDown,
}

impl Rollouts {
    /// Sets the engine up and continues the rollouts a stop cut off.
    // The engines it drives, each a cheap handle; a struct of them would only be unpacked here.
    #[allow(clippy::too_many_arguments)]
    pub async fn start(
        store: Store,
        hangar: Hangar,
        deployer: Deployer,
        builders: Arc<Builders>,
        desired: Desired,
        events: Events,
        config: RolloutConfig,
        shutdown: watch::Receiver<bool>,
    ) -> Result<Rollouts, StoreError> {
        let ids = store.rollouts_to_continue().await?;
        let docks = hangar.watch_docks();
        let engine = Rollouts {
            inner: Arc::new(Inner {
                store,
                hangar,
                deployer,
                builders,
                desired,
                events,
                config,
                live: Mutex::new(HashMap::new()),
                awaiting: Mutex::new(HashMap::new()),
                tasks: TaskTracker::new(),
                shutdown,
            }),
        };
        tokio::spawn(engine.clone().route_docks(docks));
        for id in ids {
            let record = engine.inner.store.get_rollout(&id).await?;
            let next = engine.inner.store.rollout_next_wave_at(id.clone()).await?;
            tracing::info!(rollout = %id, state = %record.state, "continuing a rollout the last stop cut off");
            let cmd = if record.state == RolloutState::RollingBack {
                Command::Rollback
            } else {
                Command::Run
            };
            engine.spawn(record, next, cmd);
        }
        Ok(engine)
    }

    fn live(&self) -> std::sync::MutexGuard<'_, HashMap<String, Arc<Live>>> {
        self.inner.live.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn spawn(&self, record: Rollout, next_wave_at: Option<time::OffsetDateTime>, cmd: Command) {
        let (cmd, _) = watch::channel(cmd);
        let live = Arc::new(Live {
            record: Mutex::new(record.clone()),
            dirty: Mutex::new(BTreeSet::new()),
            next_wave_at: Mutex::new(next_wave_at),
            cmd,
            why: Mutex::new(None),
        });
        self.live().insert(record.id.clone(), live.clone());
        self.inner.tasks.spawn(self.clone().drive(live));
    }

    /// Checks a request, records the rollout and starts it; returns the record as it starts.
    pub async fn create(&self, req: RolloutRequest) -> Result<Rollout, RolloutError> {
        let selector = req.selector.clone();
        check_selector(&selector)?;
        if req.waves.len() > MAX_WAVES {
            return Err(RolloutError::Invalid(format!("at most {MAX_WAVES} waves")));
        }
        let sizes = req
            .waves
            .iter()
            .map(|w| WaveSize::parse(w))
            .collect::<Result<Vec<_>, _>>()
            .map_err(RolloutError::Invalid)?;
        let success = req.success_threshold.unwrap_or(DEFAULT_SUCCESS_THRESHOLD);
        if success > 100 || req.error_threshold.is_some_and(|e| e > 100) {
            return Err(RolloutError::Invalid(
                "thresholds are percentages, 0 to 100".into(),
            ));
        }
        let concurrency = req.concurrency.unwrap_or(DEFAULT_CONCURRENCY);
        if concurrency == 0 || concurrency > MAX_CONCURRENCY {
            return Err(RolloutError::Invalid(format!(
                "`concurrency` must be between 1 and {MAX_CONCURRENCY}, got {concurrency}"
            )));
        }
        let image = self.inner.store.get_image(&req.image_id).await?;
        let instances = select(&self.inner.store, &self.inner.hangar, &selector).await?;
        let mut groups: BTreeMap<Option<String>, Vec<Instance>> = BTreeMap::new();
        for i in &instances {
            let v = i
                .version
                .as_deref()
                .map(str::trim)
                .filter(|v| !v.is_empty());
            groups
                .entry(v.map(str::to_owned))
                .or_default()
                .push(i.clone());
        }
        let versions: Vec<String> = groups
            .iter()
            .filter_map(|(v, group)| {
                let ids: Vec<String> = group.iter().map(|i| i.id.clone()).collect();
                v.as_ref().map(|v| format!("{v}: {}", plan::named(&ids)))
            })
            .collect();
        let fit = if req.build_per_version {
            // Each version's image is the rollout's built again with that version's builder:
            // the uplink is checked per group as if the image were of its version.
            let mut fit = plan::Fit::default();
            for (version, group) in &groups {
                let mut img = image.clone();
                if version.is_some() {
                    img.includeos_version = version.clone();
                }
                let f = plan::check_fit(&img, group);
                fit.mismatches.extend(f.mismatches);
                for w in f.warnings {
                    if !fit.warnings.contains(&w) {
                        fit.warnings.push(w);
                    }
                }
            }
            fit
        } else {
            if versions.len() > 1 {
                return Err(RolloutError::MixedVersions { versions });
            }
            plan::check_fit(&image, &instances)
        };
        // With per-version builds, the rollout's image stands in for the sizes of the others.
        let room = plan::check_room(&image, &instances);
        let mut unfit: Vec<String> = fit.mismatches;
        unfit.extend(room.mismatches);
        if !unfit.is_empty() {
            let count = instances
                .iter()
                .filter(|i| unfit.iter().any(|m| m.contains(&i.id)))
                .count();
            return Err(RolloutError::Unfit {
                count,
                reasons: plan::summarize(&unfit),
            });
        }
        let mut warnings = fit.warnings;
        warnings.extend(room.warnings);
        let builds = if req.build_per_version {
            self.start_builds(&image, groups).await?
        } else {
            Vec::new()
        };
        let counts = split_waves(&sizes, instances.len() as u64);
        let mut waves = Vec::new();
        let mut targets = Vec::new();
        let mut next = instances.iter();
        for (w, n) in counts.iter().enumerate() {
            waves.push(Wave {
                index: w as u32,
                planned: req
                    .waves
                    .get(w)
                    .map_or("rest".into(), |s| s.trim().to_owned()),
                status: "pending".into(),
                counts: RolloutCounts::default(),
            });
            for inst in next.by_ref().take(*n as usize) {
                targets.push(RolloutTarget {
                    instance: inst.id.clone(),
                    wave: w as u32,
                    state: RolloutTargetState::Queued,
                    reason: None,
                    previous_image_id: inst.binary.clone(),
                    deploy: None,
                    sent: None,
                    acked: None,
                    finished: None,
                });
            }
        }
        let mut record = Rollout {
            id: crate::store::rollouts::new_id(),
            image_id: image.id.clone(),
            created: now(),
            finished: None,
            state: RolloutState::Running,
            reason: None,
            selector,
            waves,
            current_wave: 0,
            success_threshold: success,
            error_threshold: req.error_threshold,
            soak_seconds: req.soak_seconds.unwrap_or(0),
            rollback: req.rollback,
            concurrency,
            warnings: plan::bound_warnings(warnings),
            build_per_version: req.build_per_version,
            builds,
            counts: RolloutCounts::default(),
            targets,
        };
        record.recount();
        self.inner.store.insert_rollout(record.clone()).await?;
        tracing::info!(rollout = %record.id, image = %record.image_id, targets = record.targets.len(), waves = record.waves.len(), "rollout started");
        self.announce(&record);
        self.spawn(record.clone(), None, Command::Run);
        Ok(record)
    }

    /// `build_per_version`: the image of each version among the instances, `groups` by
    /// reported version. The rollout's image serves its own version (and instances that report
    /// none); every other version gets a build from the image's build record (service, NaCl,
    /// uplink, tag) with the newest builder of that version, queued here. Refused, with nothing
    /// queued, when a version has no builder or the image is not a stored build.
    async fn start_builds(
        &self,
        image: &crate::protocol::images::Image,
        groups: BTreeMap<Option<String>, Vec<Instance>>,
    ) -> Result<Vec<VersionBuild>, RolloutError> {
        let ids = |g: &[Instance]| g.iter().map(|i| i.id.clone()).collect::<Vec<_>>();
        let mut plans: Vec<(String, Option<String>, Vec<String>)> = Vec::new();
        let need_build = groups
            .keys()
            .flatten()
            .any(|v| image.includeos_version.as_deref().map(str::trim) != Some(v.as_str()));
        let short = &image.id[..image.id.len().min(12)];
        let (service, nacl) = match (&image.service, &image.nacl_id) {
            (Some(s), Some(n)) => (s.clone(), n.clone()),
            _ if !need_build => (String::new(), String::new()),
            _ => {
                return Err(RolloutError::Invalid(format!(
                    "image {short} records no service and NaCl (it was uploaded, not built \
                     here), so it cannot be built for the other IncludeOS versions: roll out \
                     an image built by Mothership, or narrow the selector to one version"
                )));
            }
        };
        let builders = if need_build {
            self.inner.builders.list_builders().await?
        } else {
            Vec::new()
        };
        let mut missing = Vec::new();
        for (version, group) in &groups {
            let Some(v) = version else { continue };
            if image.includeos_version.as_deref().map(str::trim) == Some(v.as_str()) {
                plans.push((v.clone(), None, ids(group)));
                continue;
            }
            // Newest first: the first of the version is its newest.
            match builders.iter().find(|b| b.version.trim() == v) {
                Some(b) => plans.push((v.clone(), Some(b.id.clone()), ids(group))),
                None => missing.push(format!("IncludeOS {v} ({})", plan::named(&ids(group)))),
            }
        }
        if !missing.is_empty() {
            return Err(RolloutError::NoBuilder { versions: missing });
        }
        let mut out = Vec::new();
        for (version, builder, instances) in plans {
            let Some(builder) = builder else {
                out.push(VersionBuild {
                    version,
                    builder_id: None,
                    build_id: None,
                    image_id: Some(image.id.clone()),
                    status: BUILD_READY.into(),
                    error: None,
                    instances,
                });
                continue;
            };
            let request = BuildRequest {
                nacl: Some(nacl.clone()),
                uplink: image.uplink_id.clone(),
                tag: image.tag.clone(),
                // A stored NaCl was checked when it was stored (or stored with `force`).
                force: true,
                ..Default::default()
            };
            let build = self
                .inner
                .builders
                .build(&service, &builder, request)
                .await?;
            tracing::info!(image = %image.id, version = %version, build = %build.id, "rollout: building the image for another IncludeOS version");
            out.push(VersionBuild {
                version,
                builder_id: Some(builder),
                build_id: Some(build.id),
                image_id: None,
                status: BUILD_BUILDING.into(),
                error: None,
                instances,
            });
        }
        Ok(out)
    }

    /// A rollout by ID or unique prefix: live while it runs, from the store after.
    pub async fn get(&self, id_or_prefix: &str) -> Result<Rollout, StoreError> {
        let stored = self.inner.store.get_rollout(id_or_prefix).await?;
        let live = self.live().get(&stored.id).cloned();
        Ok(live.map_or(stored, |l| l.snapshot()))
    }

    /// A page of rollouts, running ones as they are now.
    pub async fn list(&self, q: RolloutQuery) -> Result<Page<Rollout>, StoreError> {
        let mut page = self.inner.store.list_rollouts(q).await?;
        let live = self.live();
        for r in &mut page.items {
            if let Some(l) = live.get(&r.id) {
                let mut now = l.snapshot();
                now.targets = Vec::new();
                *r = now;
            }
        }
        Ok(page)
    }

    /// Pauses a running rollout: nothing new starts, updates under way finish.
    pub async fn pause(&self, id: &str) -> Result<Rollout, RolloutError> {
        self.command(id, Command::Pause, "paused by an operator")
            .await
    }

    /// Cancels a running or paused rollout: nothing new starts, queued targets are skipped.
    pub async fn cancel(&self, id: &str) -> Result<Rollout, RolloutError> {
        self.command(id, Command::Cancel, "cancelled by an operator")
            .await
    }

    /// Rolls back a running or paused rollout: every verified or failed target gets its
    /// previous image.
    pub async fn rollback(&self, id: &str) -> Result<Rollout, RolloutError> {
        self.command(id, Command::Rollback, "rolled back by an operator")
            .await
    }

    /// Resumes a paused rollout.
    pub async fn resume(&self, id: &str) -> Result<Rollout, RolloutError> {
        let record = self.inner.store.get_rollout(id).await?;
        if self.live().contains_key(&record.id) || record.state != RolloutState::Paused {
            return Err(RolloutError::State {
                id: record.id,
                state: record.state,
                what: "only a paused rollout can be resumed".into(),
            });
        }
        let mut record = record;
        record.state = RolloutState::Running;
        record.reason = None;
        let next = self
            .inner
            .store
            .rollout_next_wave_at(record.id.clone())
            .await?;
        self.set_status(&record, next).await;
        self.announce(&record);
        self.spawn(record.clone(), next, Command::Run);
        Ok(self.get(&record.id).await?)
    }

    async fn command(&self, id: &str, cmd: Command, why: &str) -> Result<Rollout, RolloutError> {
        let record = self.inner.store.get_rollout(id).await?;
        let live = self.live().get(&record.id).cloned();
        if let Some(live) = live {
            let state = live.lock().state;
            if state == RolloutState::RollingBack || live.command() != Command::Run {
                return Err(RolloutError::State {
                    id: record.id,
                    state,
                    what: "it is being stopped or rolled back already".into(),
                });
            }
            live.set_why(why.to_owned());
            live.cmd.send_replace(cmd);
            return Ok(live.snapshot());
        }
        match (record.state, cmd) {
            (RolloutState::Paused, Command::Cancel | Command::Rollback) => {
                // No task runs a paused rollout: one is started to carry the command out.
                let next = self
                    .inner
                    .store
                    .rollout_next_wave_at(record.id.clone())
                    .await?;
                let rid = record.id.clone();
                self.spawn(record, next, cmd);
                if let Some(l) = self.live().get(&rid) {
                    l.set_why(why.to_owned());
                }
                Ok(self.get(&rid).await?)
            }
            (state, _) => Err(RolloutError::State {
                id: record.id,
                state,
                what: match cmd {
                    Command::Pause => "only a running rollout can be paused".into(),
                    _ => "only a running or paused rollout can be stopped".into(),
                },
            }),
        }
    }

    /// Waits until a rollout has no task driving it (paused, ended, or the server stops).
    pub async fn wait_idle(&self, id: &str) {
        loop {
            if !self.live().contains_key(id) || *self.inner.shutdown.borrow() {
                return;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// After shutdown was signalled: waits (bounded) for the tasks to stop.
    pub async fn close(&self) {
        crate::server::drain_tasks(
            &self.inner.tasks,
            "rollouts still running after 10 s of shutdown; leaving them",
        )
        .await;
    }

    fn announce(&self, r: &Rollout) {
        let mut r = r.clone();
        r.recount();
        self.inner.events.publish(EventData::RolloutState {
            id: r.id.clone(),
            image: r.image_id.clone(),
            state: r.state.to_string(),
            reason: r.reason.clone(),
            counts: r.counts,
        });
    }

    fn announce_wave(&self, r: &Rollout, wave: u32) {
        let mut r = r.clone();
        r.recount();
        if let Some(w) = r.waves.iter().find(|w| w.index == wave) {
            self.inner.events.publish(EventData::RolloutWave {
                id: r.id.clone(),
                wave,
                state: w.status.clone(),
                counts: w.counts,
            });
        }
    }

    async fn set_status(&self, r: &Rollout, next_wave_at: Option<time::OffsetDateTime>) {
        let status = RolloutStatus {
            state: r.state,
            reason: r.reason.clone(),
            finished: r.finished,
            current_wave: r.current_wave,
            waves: r.waves.clone(),
            next_wave_at,
        };
        if let Err(e) = self
            .inner
            .store
            .set_rollout_status(r.id.clone(), status)
            .await
        {
            tracing::error!(rollout = %r.id, "failed to record the rollout's status: {e}");
        }
    }

    async fn persist(&self, live: &Live) {
        let changed = live.take_dirty();
        if changed.is_empty() {
            return;
        }
        let id = live.lock().id.clone();
        if let Err(e) = self
            .inner
            .store
            .update_rollout_targets(id.clone(), changed)
            .await
        {
            tracing::error!(rollout = %id, "failed to record rollout progress: {e}");
        }
    }

    /// Ends the task of a rollout in `state` (written, announced).
    async fn settle(&self, live: &Live, state: RolloutState, reason: Option<String>) {
        self.persist(live).await;
        let record = {
            let mut r = live.lock();
            r.state = state;
            r.reason = reason;
            if state.is_final() {
                r.finished = Some(now());
            }
            r.recount();
            r.clone()
        };
        let next = *live.next_wave_at.lock().unwrap_or_else(|e| e.into_inner());
        self.set_status(&record, next).await;
        self.announce(&record);
        // Cancelled or rolled back, it owns its instances no more: those with a desired image
        // go back to it. (A completed one sets the desired image of those it verified first.)
        if state.is_final() && state != RolloutState::Completed {
            self.inner
                .desired
                .reconsider(record.targets.iter().map(|t| t.instance.clone()).collect());
        }
        tracing::info!(rollout = %record.id, state = %record.state, reason = record.reason.as_deref().unwrap_or(""), "rollout {}", record.state);
    }

    /// Drives one rollout until it pauses, ends, or the server stops.
    async fn drive(self, live: Arc<Live>) {
        let id = live.lock().id.clone();
        let mut shutdown = self.inner.shutdown.clone();
        let mut cmd_rx = live.cmd.subscribe();
        loop {
            if *shutdown.borrow() {
                self.persist(&live).await;
                break;
            }
            match live.command() {
                Command::Run => {}
                Command::Pause => {
                    self.settle(&live, RolloutState::Paused, live.why()).await;
                    break;
                }
                Command::Cancel => {
                    let why = live.why().unwrap_or_else(|| "cancelled".into());
                    let queued: Vec<usize> = live
                        .lock()
                        .targets
                        .iter()
                        .enumerate()
                        .filter(|(_, t)| t.state == RolloutTargetState::Queued)
                        .map(|(i, _)| i)
                        .collect();
                    for i in queued {
                        live.update(i, |t| {
                            t.state = RolloutTargetState::Skipped;
                            t.reason = Some(why.clone());
                            t.finished = Some(now());
                        });
                    }
                    self.settle(&live, RolloutState::Cancelled, Some(why)).await;
                    break;
                }
                Command::Rollback => {
                    {
                        let mut r = live.lock();
                        r.state = RolloutState::RollingBack;
                    }
                    let snapshot = live.snapshot();
                    self.set_status(&snapshot, None).await;
                    self.announce(&snapshot);
                    let seqs: Vec<usize> = snapshot
                        .targets
                        .iter()
                        .enumerate()
                        .filter(|(_, t)| {
                            matches!(
                                t.state,
                                RolloutTargetState::Verified | RolloutTargetState::Failed
                            )
                        })
                        .map(|(i, _)| i)
                        .collect();
                    if !self.roll_back(&live, seqs).await {
                        break;
                    }
                    let why = live.why().unwrap_or_else(|| "rolled back".into());
                    let queued: Vec<usize> = live
                        .lock()
                        .targets
                        .iter()
                        .enumerate()
                        .filter(|(_, t)| t.state == RolloutTargetState::Queued)
                        .map(|(i, _)| i)
                        .collect();
                    for i in queued {
                        live.update(i, |t| {
                            t.state = RolloutTargetState::Skipped;
                            t.reason = Some(why.clone());
                        });
                    }
                    self.settle(&live, RolloutState::RolledBack, Some(why))
                        .await;
                    break;
                }
            }
            match self.await_builds(&live).await {
                BuildsEnd::Ready => {}
                BuildsEnd::Commanded => continue,
                BuildsEnd::ShuttingDown => {
                    self.persist(&live).await;
                    break;
                }
                BuildsEnd::Failed(reason) => {
                    self.settle(&live, RolloutState::Paused, Some(reason)).await;
                    break;
                }
            }
            // Soak before the wave, if one passed just now (or before the stop).
            let next = *live.next_wave_at.lock().unwrap_or_else(|e| e.into_inner());
            if let Some(at) = next {
                let left = at - now();
                if left.is_positive() {
                    let left = Duration::try_from(left).unwrap_or_default();
                    tokio::select! {
                        _ = tokio::time::sleep(left) => {}
                        _ = cmd_rx.changed() => {}
                        _ = shutdown.changed() => {}
                    }
                    continue;
                }
            }
            let (wave, waves) = {
                let r = live.lock();
                (r.current_wave, r.waves.len() as u32)
            };
            if wave >= waves {
                self.settle(&live, RolloutState::Completed, None).await;
                // What the rollout verified is what those instances should run from now on.
                let (rid, image, verified) = {
                    let r = live.lock();
                    let verified: Vec<String> = r
                        .targets
                        .iter()
                        .filter(|t| t.state == RolloutTargetState::Verified)
                        .map(|t| t.instance.clone())
                        .collect();
                    (r.id.clone(), r.image_id.clone(), verified)
                };
                let others: Vec<String> = live
                    .lock()
                    .targets
                    .iter()
                    .filter(|t| t.state != RolloutTargetState::Verified)
                    .map(|t| t.instance.clone())
                    .collect();
                self.inner
                    .desired
                    .set_verified(verified, &image, &format!("rollout {rid}"))
                    .await;
                self.inner.desired.reconsider(others);
                break;
            }
            match self.run_wave(&live, wave).await {
                WaveEnd::ShuttingDown => {
                    self.persist(&live).await;
                    break;
                }
                WaveEnd::Commanded => continue,
                WaveEnd::Passed => {
                    let soak = live.lock().soak_seconds;
                    let at =
                        (soak > 0 && wave + 1 < waves).then(|| now() + Duration::from_secs(soak));
                    *live.next_wave_at.lock().unwrap_or_else(|e| e.into_inner()) = at;
                    let snapshot = {
                        let mut r = live.lock();
                        if let Some(w) = r.waves.get_mut(wave as usize) {
                            w.status = "passed".into();
                        }
                        r.current_wave = wave + 1;
                        r.clone()
                    };
                    self.persist(&live).await;
                    self.set_status(&snapshot, at).await;
                    self.announce_wave(&snapshot, wave);
                }
                WaveEnd::Failed(reason) => {
                    {
                        let mut r = live.lock();
                        if let Some(w) = r.waves.get_mut(wave as usize) {
                            w.status = "failed".into();
                        }
                    }
                    self.announce_wave(&live.snapshot(), wave);
                    let mut reason = reason;
                    if live.lock().rollback {
                        let failed: Vec<usize> = live
                            .lock()
                            .targets
                            .iter()
                            .enumerate()
                            .filter(|(_, t)| {
                                t.wave == wave && t.state == RolloutTargetState::Failed
                            })
                            .map(|(i, _)| i)
                            .collect();
                        let n = failed.len();
                        if !self.roll_back(&live, failed).await {
                            break;
                        }
                        let back = live
                            .lock()
                            .targets
                            .iter()
                            .filter(|t| t.wave == wave && t.state == RolloutTargetState::RolledBack)
                            .count();
                        reason.push_str(&format!(
                            "; automatic rollback: {back} of {n} failed instances back on their \
                             previous image"
                        ));
                    }
                    self.settle(&live, RolloutState::Paused, Some(reason)).await;
                    break;
                }
            }
        }
        self.live().remove(&id);
    }

    /// Waits for the per-version builds still running and records their images. A failed
    /// build's instances are skipped and the rollout pauses (resume goes on without them).
    async fn await_builds(&self, live: &Live) -> BuildsEnd {
        let building: Vec<(usize, String)> = live
            .lock()
            .builds
            .iter()
            .enumerate()
            .filter(|(_, b)| b.status == BUILD_BUILDING)
            .filter_map(|(i, b)| b.build_id.clone().map(|id| (i, id)))
            .collect();
        if building.is_empty() {
            return BuildsEnd::Ready;
        }
        let jobs = &self.inner.builders.jobs;
        let mut shutdown = self.inner.shutdown.clone();
        let mut cmd_rx = live.cmd.subscribe();
        let mut failed = Vec::new();
        for (i, build_id) in building {
            if let Some(job) = jobs.live(&build_id) {
                tokio::select! {
                    biased;
                    _ = shutdown.wait_for(|s| *s) => return BuildsEnd::ShuttingDown,
                    _ = cmd_rx.wait_for(|c| *c != Command::Run) => return BuildsEnd::Commanded,
                    _ = job.finished() => {}
                }
            }
            if *self.inner.shutdown.borrow() {
                return BuildsEnd::ShuttingDown;
            }
            let (status, image, error) = match jobs.get(&build_id).await {
                Ok(b) => match (b.status, b.image_id) {
                    (BuildStatus::Succeeded, Some(image)) => (BUILD_READY, Some(image), None),
                    (status, _) => (
                        BUILD_FAILED,
                        None,
                        Some(format!(
                            "build {build_id} {}: {}",
                            status.as_str().replace('_', " "),
                            b.error.as_deref().unwrap_or("no image was produced")
                        )),
                    ),
                },
                Err(e) => (
                    BUILD_FAILED,
                    None,
                    Some(format!("could not read build {build_id}: {e}")),
                ),
            };
            let mut r = live.lock();
            if let Some(b) = r.builds.get_mut(i) {
                b.status = status.into();
                b.image_id = image;
                b.error = error.clone();
                if let Some(e) = error {
                    failed.push((b.version.clone(), b.instances.clone(), e));
                }
            }
        }
        let (id, builds) = {
            let r = live.lock();
            (r.id.clone(), r.builds.clone())
        };
        if let Err(e) = self
            .inner
            .store
            .set_rollout_builds(id.clone(), builds)
            .await
        {
            tracing::error!(rollout = %id, "failed to record the rollout's builds: {e}");
        }
        if failed.is_empty() {
            return BuildsEnd::Ready;
        }
        let mut reasons = Vec::new();
        for (version, instances, error) in failed {
            let seqs: Vec<usize> = {
                let r = live.lock();
                r.targets
                    .iter()
                    .enumerate()
                    .filter(|(_, t)| {
                        t.state == RolloutTargetState::Queued && instances.contains(&t.instance)
                    })
                    .map(|(i, _)| i)
                    .collect()
            };
            let why = format!("the image for IncludeOS {version} was not built: {error}");
            for i in seqs {
                live.update(i, |t| {
                    t.state = RolloutTargetState::Skipped;
                    t.reason = Some(why.clone());
                    t.finished = Some(now());
                });
            }
            reasons.push(format!(
                "{why}; its {} instances are skipped",
                instances.len()
            ));
        }
        self.persist(live).await;
        BuildsEnd::Failed(format!(
            "{} (resume to roll out to the others)",
            reasons.join("; ")
        ))
    }

    /// Marks the claimed targets among `seqs` skipped; returns the others.
    async fn drop_claimed(&self, live: &Live, seqs: Vec<usize>) -> Vec<usize> {
        let (id, created, uuids) = {
            let r = live.lock();
            let uuids: Vec<String> = seqs
                .iter()
                .filter_map(|&i| r.targets.get(i).map(|t| t.instance.clone()))
                .collect();
            (r.id.clone(), r.created, uuids)
        };
        let claims = match self
            .inner
            .store
            .rollout_claims(id.clone(), created, uuids)
            .await
        {
            Ok(c) => c,
            Err(e) => {
                tracing::error!(rollout = %id, "failed to read claims: {e}");
                Vec::new()
            }
        };
        let claimed: HashMap<String, String> = claims.into_iter().collect();
        let mut keep = Vec::new();
        for i in seqs {
            let uuid = live.lock().targets.get(i).map(|t| t.instance.clone());
            match uuid.and_then(|u| claimed.get(&u).cloned()) {
                Some(by) => live.update(i, |t| {
                    if t.state == RolloutTargetState::Queued {
                        t.state = RolloutTargetState::Skipped;
                        t.finished = Some(now());
                    }
                    t.reason = Some(format!("claimed by {by}: left to it"));
                }),
                None => keep.push(i),
            }
        }
        keep
    }

    /// Tells the engine to route the docks of `uuids` to `tx` (a wave waiting for them).
    fn await_docks(&self, uuids: &[String], tx: &mpsc::UnboundedSender<String>) {
        let mut awaiting = self.awaiting();
        for u in uuids {
            awaiting.insert(u.clone(), tx.clone());
        }
    }

    /// Undoes [`Rollouts::await_docks`] for `uuids` (only where `tx` still waits for them).
    fn forget_docks<'a>(
        &self,
        uuids: impl IntoIterator<Item = &'a String>,
        tx: &mpsc::UnboundedSender<String>,
    ) {
        let mut awaiting = self.awaiting();
        for u in uuids {
            if awaiting.get(u).is_some_and(|t| t.same_channel(tx)) {
                awaiting.remove(u);
            }
        }
    }

    fn awaiting(
        &self,
    ) -> std::sync::MutexGuard<'_, HashMap<String, mpsc::UnboundedSender<String>>> {
        self.inner
            .awaiting
            .lock()
            .unwrap_or_else(|e| e.into_inner())
    }

    /// Routes each dock to the wave waiting for that instance, if one does, until shutdown.
    async fn route_docks(self, mut docks: mpsc::UnboundedReceiver<DockNotice>) {
        let mut shutdown = self.inner.shutdown.clone();
        loop {
            let dock = tokio::select! {
                _ = async { shutdown.wait_for(|s| *s).await.map(|_| ()) } => return,
                dock = docks.recv() => match dock {
                    Some(dock) => dock,
                    None => return,
                },
            };
            let tx = self.awaiting().get(&dock.uuid).cloned();
            if let Some(tx) = tx {
                let _ = tx.send(dock.uuid);
            }
        }
    }

    /// Starts the deploys of the wave's targets `seqs`: one per image (the rollout's, or with
    /// per-version builds each version's). Targets whose version's build failed are left out
    /// (the builds' wait skipped them). Returns each deploy's ID and targets.
    async fn start_wave_deploy(
        &self,
        live: &Live,
        wave: u32,
        seqs: &[usize],
    ) -> Result<Vec<(String, Vec<usize>)>, DeployError> {
        let (rid, concurrency, by_image) = {
            let r = live.lock();
            let images = r.images_by_instance();
            let mut by_image: BTreeMap<String, (Vec<usize>, Vec<String>)> = BTreeMap::new();
            for &i in seqs {
                let Some(t) = r.targets.get(i) else { continue };
                let img = match images.get(t.instance.as_str()) {
                    Some(Some(img)) => (*img).to_owned(),
                    Some(None) => continue,
                    None => r.image_id.clone(),
                };
                let e = by_image.entry(img).or_default();
                e.0.push(i);
                e.1.push(t.instance.clone());
            }
            (r.id.clone(), r.concurrency, by_image)
        };
        let mut started: Vec<(String, Vec<usize>)> = Vec::new();
        for (image, (seqs, uuids)) in by_image {
            let plan = Plan {
                image,
                selection: Selection::Ids(uuids),
                concurrency,
                force: false,
                trigger: Some(format!("rollout {rid} wave {wave}")),
            };
            match self.inner.deployer.start_deploy(plan).await {
                Ok(deploy) => {
                    for &i in &seqs {
                        live.update(i, |t| t.deploy = Some(deploy.id.clone()));
                    }
                    started.push((deploy.id, seqs));
                }
                Err(e) => {
                    for (d, _) in &started {
                        self.inner
                            .deployer
                            .stop(d, &format!("wave {wave} could not start: {e}"));
                    }
                    return Err(e);
                }
            }
        }
        Ok(started)
    }

    /// Runs one wave: its queued targets that are connected through one deploy at once; those
    /// that are not are updated as soon as they dock (a dock routed here by
    /// [`Rollouts::route_docks`]), in batches of at most `concurrency`, or skipped when they
    /// have not docked within the offline wait. The deploys are mirrored into the rollout;
    /// the error threshold is watched; an operator's command stops them.
    async fn run_wave(&self, live: &Arc<Live>, wave: u32) -> WaveEnd {
        let queued: Vec<usize> = live
            .lock()
            .targets
            .iter()
            .enumerate()
            .filter(|(_, t)| t.wave == wave && t.state == RolloutTargetState::Queued)
            .map(|(i, _)| i)
            .collect();
        let queued = self.drop_claimed(live, queued).await;
        if live.command() != Command::Run {
            return WaveEnd::Commanded;
        }
        let (dock_tx, mut dock_rx) = mpsc::unbounded_channel::<String>();
        let uuid_of = |i: usize| live.lock().targets.get(i).map(|t| t.instance.clone());
        let uuids: Vec<(usize, String)> = queued
            .iter()
            .filter_map(|&i| uuid_of(i).map(|u| (i, u)))
            .collect();
        // Registered before looking who is connected: a dock in between is not missed.
        self.await_docks(
            &uuids.iter().map(|(_, u)| u.clone()).collect::<Vec<_>>(),
            &dock_tx,
        );
        let mut go = Vec::new();
        let mut waiting: HashMap<String, usize> = HashMap::new();
        for (i, u) in uuids {
            if self.inner.hangar.live(&u).is_some() {
                go.push(i);
                self.forget_docks([&u], &dock_tx);
            } else {
                waiting.insert(u, i);
            }
        }
        let offline_wait = self.inner.config.offline_wait;
        let concurrency = {
            let mut r = live.lock();
            if let Some(w) = r.waves.get_mut(wave as usize) {
                w.status = "running".into();
            }
            r.concurrency as usize
        };
        self.announce_wave(&live.snapshot(), wave);
        // Deploys of this wave still running: ID, targets, whether for instances that docked
        // late.
        let mut running: Vec<(String, Vec<usize>, bool)> = Vec::new();
        let mut done = futures_util::stream::FuturesUnordered::new();
        if !go.is_empty() {
            match self.start_wave_deploy(live, wave, &go).await {
                Ok(started) => {
                    for (id, seqs) in started {
                        done.push(self.wait_deploy(id.clone()));
                        running.push((id, seqs, false));
                    }
                }
                Err(e) => {
                    self.forget_docks(waiting.keys(), &dock_tx);
                    return WaveEnd::Failed(format!("wave {wave} could not start: {e}"));
                }
            }
        }
        let deadline = tokio::time::Instant::now() + offline_wait;
        let mut ready: Vec<usize> = Vec::new();
        let mut stopped = false;
        let mut threshold_hit: Option<String> = None;
        let mut shutdown = self.inner.shutdown.clone();
        let mut cmd_rx = live.cmd.subscribe();
        let mut tick = tokio::time::interval(PERSIST_INTERVAL);
        tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        let end = loop {
            // Instances that docked late go out in batches, at most `concurrency` at once.
            let late_busy: usize = running
                .iter()
                .filter(|(_, _, late)| *late)
                .map(|(_, s, _)| s.len())
                .sum();
            if !stopped && !ready.is_empty() && late_busy < concurrency {
                let n = ready.len().min(concurrency - late_busy);
                let batch: Vec<usize> = ready.drain(..n).collect();
                match self.start_wave_deploy(live, wave, &batch).await {
                    Ok(started) => {
                        for (id, seqs) in started {
                            done.push(self.wait_deploy(id.clone()));
                            running.push((id, seqs, true));
                        }
                    }
                    Err(e) => {
                        for &i in &batch {
                            live.update(i, |t| {
                                t.state = RolloutTargetState::Failed;
                                t.reason = Some(format!(
                                    "it docked during wave {wave}, but its update could not \
                                     start: {e}"
                                ));
                                t.finished = Some(now());
                            });
                        }
                    }
                }
                continue;
            }
            if running.is_empty() && (stopped || (waiting.is_empty() && ready.is_empty())) {
                break None;
            }
            tokio::select! {
                _ = async { shutdown.wait_for(|s| *s).await.map(|_| ()) } => {
                    break Some(WaveEnd::ShuttingDown);
                }
                Some(ended) = done.next(), if !done.is_empty() => {
                    if *self.inner.shutdown.borrow() {
                        break Some(WaveEnd::ShuttingDown);
                    }
                    let (id, d) = ended;
                    if let Some(pos) = running.iter().position(|(r, _, _)| *r == id) {
                        let (_, seqs, _) = running.swap_remove(pos);
                        if let Ok(d) = d {
                            self.mirror(live, &d.targets, &seqs, true);
                        }
                    }
                    self.persist(live).await;
                }
                _ = cmd_rx.changed() => {
                    let cmd = *cmd_rx.borrow();
                    if !stopped && cmd != Command::Run {
                        stopped = true;
                        let why = live.why().unwrap_or_else(|| "the rollout was stopped".into());
                        for (id, _, _) in &running {
                            self.inner.deployer.stop(id, &why);
                        }
                        // Those waiting or ready stay queued.
                        self.forget_docks(waiting.keys(), &dock_tx);
                        waiting.clear();
                        ready.clear();
                    }
                }
                Some(uuid) = dock_rx.recv() => {
                    if let Some(i) = waiting.remove(&uuid) {
                        self.forget_docks([&uuid], &dock_tx);
                        if !stopped {
                            ready.extend(self.drop_claimed(live, vec![i]).await);
                        }
                    }
                }
                _ = tokio::time::sleep_until(deadline), if !waiting.is_empty() => {
                    self.forget_docks(waiting.keys(), &dock_tx);
                    for (_, i) in waiting.drain() {
                        live.update(i, |t| {
                            t.state = RolloutTargetState::Skipped;
                            t.reason = Some(format!(
                                "not connected when wave {wave} started, and did not dock \
                                 within {} s",
                                offline_wait.as_secs_f64()
                            ));
                            t.finished = Some(now());
                        });
                    }
                }
                _ = tick.tick() => {
                    for (id, seqs, _) in &running {
                        if let Ok(d) = self.inner.deployer.get(id).await {
                            self.mirror(live, &d.targets, seqs, false);
                        }
                    }
                    self.persist(live).await;
                    if !stopped && let Some(reason) = self.over_error_threshold(live, wave) {
                        stopped = true;
                        for (id, _, _) in &running {
                            self.inner
                                .deployer
                                .stop(id, &format!("the rollout paused: {reason}"));
                        }
                        self.forget_docks(waiting.keys(), &dock_tx);
                        waiting.clear();
                        ready.clear();
                        threshold_hit = Some(reason);
                    }
                }
            }
        };
        self.forget_docks(waiting.keys(), &dock_tx);
        if let Some(end) = end {
            self.persist(live).await;
            return end;
        }
        self.persist(live).await;
        if let Some(reason) = threshold_hit {
            return WaveEnd::Failed(reason);
        }
        if live.command() != Command::Run {
            return WaveEnd::Commanded;
        }
        let (verified, tried, total) = {
            let r = live.lock();
            let mut c = RolloutCounts::default();
            for t in r.targets.iter().filter(|t| t.wave == wave) {
                c.add(t.state);
            }
            (c.verified, c.verified + c.failed + c.rolled_back, c.total)
        };
        let threshold = u64::from(live.lock().success_threshold);
        if tried > 0 && verified * 100 < threshold * tried {
            return WaveEnd::Failed(format!(
                "wave {wave}: {verified} of {tried} instances verified ({total} in the wave), \
                 under the success threshold of {threshold}%"
            ));
        }
        WaveEnd::Passed
    }

    /// Waits for a deploy to end; its ID with the record.
    fn wait_deploy(
        &self,
        id: String,
    ) -> impl std::future::Future<
        Output = (String, Result<crate::protocol::deploys::Deploy, StoreError>),
    > + use<> {
        let deployer = self.inner.deployer.clone();
        async move {
            let d = deployer.wait(&id).await;
            (id, d)
        }
    }

    /// The reason to pause when the failures of `wave` exceed the error threshold.
    fn over_error_threshold(&self, live: &Live, wave: u32) -> Option<String> {
        let r = live.lock();
        let limit = u64::from(r.error_threshold?);
        let mut c = RolloutCounts::default();
        for t in r.targets.iter().filter(|t| t.wave == wave) {
            c.add(t.state);
        }
        (c.total > 0 && c.failed * 100 > limit * c.total).then(|| {
            format!(
                "wave {wave}: {} of {} instances failed, over the error threshold of {limit}%",
                c.failed, c.total
            )
        })
    }

    /// Copies a deploy's targets (in the order of `seqs`) into the rollout's. At the end
    /// (`last`), targets the stopped deploy never started go back to `queued`, and those it
    /// found not connected are skipped.
    fn mirror(
        &self,
        live: &Live,
        targets: &[crate::protocol::deploys::DeployTarget],
        seqs: &[usize],
        last: bool,
    ) {
        for (t, &i) in targets.iter().zip(seqs) {
            let current = live.lock().targets.get(i).map(|x| (x.state, x.sent));
            let Some((state, sent)) = current else {
                continue;
            };
            let new = match t.state {
                TargetState::Queued => RolloutTargetState::Queued,
                TargetState::Sent => RolloutTargetState::Sent,
                TargetState::Acked => RolloutTargetState::Acked,
                TargetState::Verified => RolloutTargetState::Verified,
                TargetState::Failed => {
                    let reason = t.reason.as_deref().unwrap_or("");
                    if t.sent.is_none() && reason.starts_with(NOT_STARTED) {
                        if !last {
                            continue;
                        }
                        RolloutTargetState::Queued
                    } else if t.sent.is_none() && reason.contains("not connected") {
                        RolloutTargetState::Skipped
                    } else {
                        RolloutTargetState::Failed
                    }
                }
            };
            if new == state && t.sent == sent && !last {
                continue;
            }
            live.update(i, |x| {
                x.state = new;
                x.sent = t.sent;
                x.acked = t.acked;
                x.finished = t.finished;
                x.reason = if new == RolloutTargetState::Queued {
                    None
                } else {
                    t.reason.clone()
                };
            });
        }
    }

    /// Deploys each target of `seqs` its previous image (one deploy per image, forced: it ran
    /// there before); verified ones become `rolled_back`. False when the server shuts down.
    async fn roll_back(&self, live: &Live, seqs: Vec<usize>) -> bool {
        let seqs = self.drop_claimed(live, seqs).await;
        let rid = live.lock().id.clone();
        let mut by_image: BTreeMap<String, Vec<usize>> = BTreeMap::new();
        for i in seqs {
            let prev = live
                .lock()
                .targets
                .get(i)
                .and_then(|t| t.previous_image_id.clone());
            match prev {
                Some(p) => by_image.entry(p.to_ascii_lowercase()).or_default().push(i),
                None => live.update(i, |t| {
                    t.reason = Some(format!(
                        "{}; not rolled back: it reported no binary when the rollout started",
                        t.reason.clone().unwrap_or_default()
                    ))
                }),
            }
        }
        for (image, seqs) in by_image {
            let uuids: Vec<String> = {
                let r = live.lock();
                seqs.iter()
                    .filter_map(|&i| r.targets.get(i).map(|t| t.instance.clone()))
                    .collect()
            };
            let plan = Plan {
                image: image.clone(),
                selection: Selection::Ids(uuids),
                concurrency: live.lock().concurrency,
                force: true,
                trigger: Some(format!("rollout {rid} rollback")),
            };
            let deploy = match self.inner.deployer.start_deploy(plan).await {
                Ok(d) => d,
                Err(e) => {
                    for &i in &seqs {
                        live.update(i, |t| {
                            t.reason = Some(format!("rollback to {image} not started: {e}"));
                        });
                    }
                    continue;
                }
            };
            let mut done = None;
            let wait = self.inner.deployer.wait(&deploy.id);
            let mut shutdown = self.inner.shutdown.clone();
            tokio::select! {
                d = wait => {
                    let stopping = *self.inner.shutdown.borrow();
                    if !stopping { done = d.ok(); }
                }
                _ = async { shutdown.wait_for(|s| *s).await.map(|_| ()) } => {}
            }
            let Some(d) = done else {
                self.persist(live).await;
                return false;
            };
            for (t, &i) in d.targets.iter().zip(&seqs) {
                live.update(i, |x| {
                    x.deploy = Some(d.id.clone());
                    if t.state == TargetState::Verified {
                        x.state = RolloutTargetState::RolledBack;
                        x.finished = t.finished;
                        x.reason = Some(format!("back on its previous image {image}"));
                    } else {
                        x.reason = Some(format!(
                            "{}; rollback to {image} failed: {}",
                            x.reason.clone().unwrap_or_else(|| x.state.to_string()),
                            t.reason.clone().unwrap_or_default()
                        ));
                    }
                });
            }
            self.persist(live).await;
        }
        true
    }
}
