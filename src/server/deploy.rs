//! The deploy engine: live updates of docked instances.
//!
//! A deploy opens the image file once and hands it to every target's connection, which reads
//! it piece by piece as it writes the UPDATE (nothing of the image stays in memory). Per target: send one UPDATE, wait for the ack —
//! which must be the image ID — then for the instance to dock again on a new connection
//! reporting `binary` = the image ID, all within the deploy timeout (plus the time the image may
//! take to go out on a slow link). Only a dock from the IP address the update was sent to
//! verifies (a live update keeps the VM and its address); while the deploy waits, the hangar
//! refuses docks for the instance from anywhere else ([`Hangar::expect_redock`]), so an
//! impostor reporting the uuid and the image's hash can neither pass the verification nor take
//! the instance's place. An image built for another uplink than the one the instance is bound
//! to lets it move there (its new kernel docks with that uplink's token). An ack followed by a
//! dock without that binary means the update failed inside the instance (it runs its old
//! image). When the connection ends after the image went out but before the ack, the ack may be
//! lost (the instance writes it once and jumps into the new kernel): the target is then
//! verified by the dock that follows, and the record notes the missing ack.
//! Deploys to many run a bounded number of targets at once.
//!
//! A running deploy lives in memory ([`Running`]); its changed targets are written to the store
//! every [`PERSIST_INTERVAL`] and all of it when it ends. On shutdown the drivers stop where
//! they are; the next start marks what was still running failed (as after a crash).

pub mod plan;

use std::collections::{BTreeSet, HashMap, HashSet};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use futures_util::StreamExt;
use tokio::sync::{mpsc, watch};
use tokio::time::Instant;
use tokio_util::task::TaskTracker;

pub use plan::{DeployError, Selection};

use super::events::Events;
use super::uplink::{DockNotice, Hangar, InstanceEvent, NoAck, UpdateImage};
use crate::protocol::deploys::{
    Deploy, DeployCounts, DeployState, DeployTarget, MAX_CONCURRENCY, TargetState,
};
use crate::protocol::events::EventData;
use crate::protocol::list::Page;
use crate::store::deploys::DeployQuery;
use crate::store::{Store, StoreError};

/// Changed targets of a running deploy are written to the store this often.
pub const PERSIST_INTERVAL: Duration = Duration::from_millis(250);
/// Deploys running at once, at most (each holds its image file open).
pub const MAX_RUNNING: usize = 64;
/// How the reason of a target that a stopped deploy never started begins
/// ([`Deployer::stop`]).
pub const NOT_STARTED: &str = "not started";

/// What to deploy where.
#[derive(Debug, Clone)]
pub struct Plan {
    /// Image ID or unique prefix.
    pub image: String,
    pub selection: Selection,
    pub concurrency: u32,
    /// Deploy where the image's uplink url or IncludeOS version does not fit, or the image
    /// looks too large for an instance's RAM.
    pub force: bool,
    /// Why Mothership starts this deploy by itself (recorded as the deploy's `trigger`).
    pub trigger: Option<String>,
}

/// Settings of the engine.
#[derive(Debug, Clone)]
pub struct DeployConfig {
    /// Per target, from sending the UPDATE to the verified re-dock; the time the image may
    /// take to go out at the slowest rate the hangar allows
    /// (`hangar.min_transfer_rate`) is added to it.
    pub timeout: Duration,
    /// Images larger than this are not sent (the hangar does not bound what it writes).
    pub image_size_limit: u64,
    /// Fingerprint of the certificate the uplink port presents (read once at start-up, as the
    /// port loaded it), compared with the one an image trusts.
    pub uplink_certificate: Option<String>,
}

/// A deploy in progress.
struct Running {
    record: Mutex<Deploy>,
    /// Targets changed since the last write to the store.
    dirty: Mutex<BTreeSet<usize>>,
    done: watch::Sender<bool>,
    /// Set by [`Deployer::stop`]: why targets not started yet are left out.
    stop: Mutex<Option<String>>,
}

impl Running {
    fn stopped(&self) -> Option<String> {
        self.stop.lock().unwrap_or_else(|e| e.into_inner()).clone()
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Deploy> {
        self.record.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn snapshot(&self) -> Deploy {
        self.lock().clone()
    }

    /// Changes target `i` and remembers to write it.
    fn update(&self, i: usize, change: impl FnOnce(&mut DeployTarget)) {
        {
            let mut record = self.lock();
            if let Some(t) = record.targets.get_mut(i) {
                change(t);
            }
            record.counts = DeployCounts::of(&record.targets);
        }
        self.dirty
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .insert(i);
    }

    fn take_dirty(&self) -> Vec<(usize, DeployTarget)> {
        let dirty = std::mem::take(&mut *self.dirty.lock().unwrap_or_else(|e| e.into_inner()));
        let record = self.lock();
        dirty
            .into_iter()
            .filter_map(|i| record.targets.get(i).map(|t| (i, t.clone())))
            .collect()
    }
}

struct Inner {
    store: Store,
    hangar: Hangar,
    config: DeployConfig,
    running: Mutex<HashMap<String, Arc<Running>>>,
    /// Instances that are targets of running deploys (how many deploys each).
    busy: Mutex<HashMap<String, usize>>,
    /// Who is told which instances no deploy runs on any more ([`Deployer::watch_released`]).
    released: Mutex<Vec<mpsc::UnboundedSender<Vec<String>>>>,
    /// Instances whose "automatically redeploy last image" switch is on.
    auto: Mutex<HashSet<String>>,
    tasks: TaskTracker,
    shutdown: watch::Receiver<bool>,
    events: Events,
}

/// The deploy engine; cheap to clone.
#[derive(Clone)]
pub struct Deployer {
    inner: Arc<Inner>,
}

fn now() -> time::OffsetDateTime {
    time::OffsetDateTime::now_utc()
}

impl Deployer {
    /// The server's figures (`/metrics`), kept by the hangar.
    pub fn metrics(&self) -> &Arc<crate::metrics::Metrics> {
        self.inner.hangar.metrics()
    }

    /// Sets the engine up; deploys left `running` by an earlier process are marked failed.
    pub async fn start(
        store: Store,
        hangar: Hangar,
        config: DeployConfig,
        shutdown: watch::Receiver<bool>,
        events: Events,
    ) -> Result<Deployer, StoreError> {
        let n = store.fail_running_deploys().await?;
        if n > 0 {
            tracing::warn!(
                "{n} deploy{} cut off by the last stop marked failed",
                if n == 1 { " was" } else { "s were" }
            );
        }
        let auto = store
            .call(crate::store::instances::auto_redeploy_all)
            .await?;
        let docks = hangar.watch_docks();
        let deployer = Deployer {
            inner: Arc::new(Inner {
                store,
                hangar,
                config,
                running: Mutex::new(HashMap::new()),
                busy: Mutex::new(HashMap::new()),
                released: Mutex::new(Vec::new()),
                auto: Mutex::new(auto.into_iter().collect()),
                tasks: TaskTracker::new(),
                shutdown,
                events,
            }),
        };
        tokio::spawn(deployer.clone().redeploy_on_dock(docks));
        Ok(deployer)
    }

    fn busy(&self) -> std::sync::MutexGuard<'_, HashMap<String, usize>> {
        self.inner.busy.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn auto(&self) -> std::sync::MutexGuard<'_, HashSet<String>> {
        self.inner.auto.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Tells the engine an instance's "automatically redeploy last image" switch changed (the
    /// store holds it; the engine keeps the instances that have it on at hand, for each dock).
    pub fn set_auto_redeploy(&self, uuid: &str, on: bool) {
        let mut auto = self.auto();
        if on {
            auto.insert(uuid.to_owned());
        } else {
            auto.remove(uuid);
        }
    }

    /// Watches docks until shutdown: an instance with `auto_redeploy` on that docks running
    /// another binary than the image last deployed to it and verified gets that image again
    /// (one deploy per dock; none while a deploy to it runs, which covers the re-docks of the
    /// redeploy itself).
    async fn redeploy_on_dock(self, mut docks: tokio::sync::mpsc::UnboundedReceiver<DockNotice>) {
        let mut shutdown = self.inner.shutdown.clone();
        loop {
            let dock = tokio::select! {
                _ = async { shutdown.wait_for(|s| *s).await.map(|_| ()) } => return,
                dock = docks.recv() => match dock {
                    Some(dock) => dock,
                    None => return,
                },
            };
            if !self.auto().contains(&dock.uuid) || self.busy().contains_key(&dock.uuid) {
                continue;
            }
            self.redeploy(dock).await;
        }
    }

    /// Redeploys the last image to a docked instance with `auto_redeploy` on, if it runs
    /// another binary.
    async fn redeploy(&self, dock: DockNotice) {
        let key = dock.uuid.clone();
        let last = self
            .inner
            .store
            .call(move |c| {
                if !crate::store::instances::auto_redeploy(c, &key)? {
                    return Ok(None);
                }
                // A desired image, when the instance has one, takes precedence
                // (`server::desired` converges on it).
                if crate::store::desired::get(c, &key)?.is_some() {
                    return Ok(None);
                }
                crate::store::deploys::last_verified_image(c, &key)
            })
            .await;
        let image = match last {
            Ok(Some(image)) => image,
            Ok(None) => return,
            Err(e) => {
                tracing::error!(uuid = %dock.uuid, "automatic redeploy: failed to read the store: {e}");
                return;
            }
        };
        if dock
            .binary
            .as_deref()
            .is_some_and(|b| b.eq_ignore_ascii_case(&image))
            || self.busy().contains_key(&dock.uuid)
        {
            return;
        }
        let running = match &dock.binary {
            Some(b) => format!("binary {b}"),
            None => "without reporting a binary".to_owned(),
        };
        let trigger = format!(
            "automatic redeploy: instance {} docked running {running}, not image {image}, the \
             last one deployed to it",
            dock.uuid
        );
        let plan = Plan {
            image: image.clone(),
            selection: Selection::One(dock.uuid.clone()),
            concurrency: 1,
            force: false,
            trigger: Some(trigger),
        };
        match self.start_deploy(plan).await {
            Ok(d) => tracing::info!(
                uuid = %dock.uuid,
                image = %image,
                deploy = %d.id,
                "automatic redeploy started: the instance docked running {running}"
            ),
            Err(e) => tracing::warn!(
                uuid = %dock.uuid,
                image = %image,
                "automatic redeploy of the last image deployed to the instance not started: {e}"
            ),
        }
    }

    /// Whether a running deploy has `uuid` among its targets (it owns the instance meanwhile).
    pub fn is_busy(&self, uuid: &str) -> bool {
        self.busy().contains_key(uuid)
    }

    /// Marks a deploy's targets busy (no automatic redeploy to them while it runs).
    fn hold(&self, deploy: &Deploy) {
        let mut busy = self.busy();
        for t in &deploy.targets {
            *busy.entry(t.instance.clone()).or_default() += 1;
        }
    }

    /// Undoes [`Deployer::hold`].
    fn release(&self, deploy: &Deploy) {
        let mut freed = Vec::new();
        {
            let mut busy = self.busy();
            for t in &deploy.targets {
                if let Some(n) = busy.get_mut(&t.instance) {
                    *n -= 1;
                    if *n == 0 {
                        busy.remove(&t.instance);
                        freed.push(t.instance.clone());
                    }
                }
            }
        }
        if !freed.is_empty() {
            self.inner
                .released
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .retain(|tx| tx.send(freed.clone()).is_ok());
        }
    }

    /// The instances no deploy runs on any more, each time a deploy ends: the desired-state
    /// engine takes over a managed instance that a deploy left on another image.
    pub fn watch_released(&self) -> mpsc::UnboundedReceiver<Vec<String>> {
        let (tx, rx) = mpsc::unbounded_channel();
        self.inner
            .released
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .push(tx);
        rx
    }

    fn running(&self) -> std::sync::MutexGuard<'_, HashMap<String, Arc<Running>>> {
        self.inner.running.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// The certificates an image's instances would meet now: the uplink port's, and the CA of
    /// the uplink the image was built for.
    async fn presented_now(&self, image: &crate::protocol::images::Image) -> plan::PresentedNow {
        let uplink = self.inner.config.uplink_certificate.clone();
        let ca = match &image.uplink_id {
            Some(id) => match self.inner.store.get_uplink(id).await {
                Ok(u) => u.options.ca.and_then(|ca| pem_fingerprint(ca.as_bytes())),
                Err(_) => None,
            },
            None => None,
        };
        plan::PresentedNow { uplink, ca }
    }

    /// Checks the plan, records the deploy and starts it; returns the record as it starts.
    pub async fn start_deploy(&self, plan: Plan) -> Result<Deploy, DeployError> {
        let inner = &self.inner;
        let running = self.running().len();
        if running >= MAX_RUNNING {
            return Err(DeployError::Busy(running));
        }
        let image = inner.store.get_image(&plan.image).await?;
        // The UPDATE header holds a u32 length.
        let limit = inner.config.image_size_limit.min(u64::from(u32::MAX) - 5);
        if image.size > limit {
            return Err(DeployError::TooLarge {
                id: image.id,
                size: image.size,
                limit,
            });
        }
        let targets = plan::select(&inner.store, &inner.hangar, &plan.selection).await?;
        let fit = plan::check_fit(&image, &targets);
        let mut warnings = fit.warnings;
        if image.trusted_certificate.is_some() {
            let now = self.presented_now(&image).await;
            warnings.extend(plan::check_trust(&image, &now));
        }
        if !fit.mismatches.is_empty() {
            if !plan.force {
                return Err(DeployError::Mismatch(plan::summarize(&fit.mismatches)));
            }
            warnings.extend(
                fit.mismatches
                    .iter()
                    .map(|m| format!("forced although {m}")),
            );
        }
        let room = plan::check_room(&image, &targets);
        warnings.extend(room.warnings);
        if !room.mismatches.is_empty() {
            if !plan.force {
                return Err(DeployError::NoRoom(plan::summarize(&room.mismatches)));
            }
            warnings.extend(
                room.mismatches
                    .iter()
                    .map(|m| format!("forced although {m}")),
            );
        }
        let path = inner.store.image_blob_path(&image.id)?;
        // Opened once, read piece by piece as each target's UPDATE goes out: nothing of the
        // image stays in memory, whatever its size and however many deploys run.
        let (size, open_path) = (image.size, path.clone());
        let file = tokio::task::spawn_blocking(move || UpdateImage::open(&open_path, size))
            .await
            .map_err(std::io::Error::other)
            .and_then(|r| r)
            .map_err(|source| DeployError::ReadImage {
                id: image.id.clone(),
                path,
                source,
            })?;
        let records: Vec<DeployTarget> = targets
            .iter()
            .map(|i| DeployTarget {
                instance: i.id.clone(),
                state: TargetState::Queued,
                reason: None,
                sent: None,
                acked: None,
                finished: None,
            })
            .collect();
        let deploy = Deploy {
            id: crate::store::deploys::new_id(),
            image: image.id.clone(),
            created: now(),
            finished: None,
            state: DeployState::Running,
            reason: None,
            force: plan.force,
            concurrency: plan.concurrency.clamp(1, MAX_CONCURRENCY),
            warnings: plan::bound_warnings(warnings),
            counts: DeployCounts::of(&records),
            targets: records,
            trigger: plan.trigger,
        };
        inner.store.insert_deploy(deploy.clone()).await?;
        self.hold(&deploy);
        let (done, _) = watch::channel(false);
        let running = Arc::new(Running {
            record: Mutex::new(deploy.clone()),
            dirty: Mutex::new(BTreeSet::new()),
            done,
            stop: Mutex::new(None),
        });
        self.running().insert(deploy.id.clone(), running.clone());
        announce(&inner.events, &deploy);
        tracing::info!(
            deploy = %deploy.id,
            image = %image.id,
            targets = deploy.targets.len(),
            concurrency = deploy.concurrency,
            "deploy started"
        );
        inner
            .tasks
            .spawn(drive(self.clone(), running, file, image.uplink_id.clone()));
        Ok(deploy)
    }

    /// A deploy by ID or unique prefix: live while it runs, from the store after.
    pub async fn get(&self, id_or_prefix: &str) -> Result<Deploy, StoreError> {
        let stored = self.inner.store.get_deploy(id_or_prefix).await?;
        let live = self.running().get(&stored.id).cloned();
        Ok(live.map_or(stored, |r| r.snapshot()))
    }

    /// A page of deploys, running ones as they are now.
    pub async fn list(&self, q: DeployQuery) -> Result<Page<Deploy>, StoreError> {
        let mut page = self.inner.store.list_deploys(q).await?;
        let running = self.running();
        for d in &mut page.items {
            if let Some(r) = running.get(&d.id) {
                let mut live = r.snapshot();
                live.targets = Vec::new();
                *d = live;
            }
        }
        Ok(page)
    }

    /// Stops a running deploy from starting further targets (they fail with a reason that
    /// begins with [`NOT_STARTED`]); targets under way finish or time out. Returns whether the
    /// deploy was running.
    pub fn stop(&self, id: &str, why: &str) -> bool {
        let running = self.running().get(id).cloned();
        match running {
            Some(r) => {
                *r.stop.lock().unwrap_or_else(|e| e.into_inner()) = Some(why.to_owned());
                true
            }
            None => false,
        }
    }

    /// Waits until a deploy is done (or the server shuts down), then returns it.
    pub async fn wait(&self, id: &str) -> Result<Deploy, StoreError> {
        let running = self.running().get(id).cloned();
        if let Some(r) = running {
            let mut done = r.done.subscribe();
            let _ = done.wait_for(|d| *d).await;
        }
        self.get(id).await
    }

    /// After shutdown was signalled: waits (bounded) for the drivers to stop.
    pub async fn close(&self) {
        crate::server::drain_tasks(
            &self.inner.tasks,
            "deploys still running after 10 s of shutdown; leaving them",
        )
        .await;
    }
}

/// Writes the targets that changed since the last call.
async fn persist(store: &Store, deploy_id: &str, running: &Running) {
    let changed = running.take_dirty();
    if changed.is_empty() {
        return;
    }
    if let Err(e) = store
        .update_deploy_targets(deploy_id.to_owned(), changed)
        .await
    {
        tracing::error!(deploy = deploy_id, "failed to record deploy progress: {e}");
    }
}

/// Runs every target of a deploy (a bounded number at once), records progress, finishes.
async fn drive(
    deployer: Deployer,
    running: Arc<Running>,
    image: UpdateImage,
    image_uplink: Option<String>,
) {
    let inner = deployer.inner.clone();
    let (id, image_id, uuids, concurrency) = {
        let r = running.lock();
        let uuids: Vec<String> = r.targets.iter().map(|t| t.instance.clone()).collect();
        (r.id.clone(), r.image.clone(), uuids, r.concurrency as usize)
    };
    let work = futures_util::stream::iter(uuids.into_iter().enumerate()).for_each_concurrent(
        concurrency,
        |(i, uuid)| {
            let running = running.clone();
            let image = image.clone();
            let (hangar, store, timeout, image_id) = (
                inner.hangar.clone(),
                inner.store.clone(),
                inner.config.timeout,
                image_id.clone(),
            );
            let stopping = inner.shutdown.clone();
            let image_uplink = image_uplink.clone();
            async move {
                if let Some(why) = running.stopped() {
                    running.update(i, |t| {
                        t.state = TargetState::Failed;
                        t.reason = Some(format!("{NOT_STARTED}: {why}"));
                        t.finished = Some(now());
                    });
                    return;
                }
                let target = Target {
                    hangar: &hangar,
                    store: &store,
                    running: &running,
                    i,
                    uuid: &uuid,
                };
                let result =
                    update_one(target, &image_id, image_uplink.as_deref(), image, timeout).await;
                if result.is_err() && *stopping.borrow() {
                    // Cut off by the shutdown (its connection closed): left as it was, the
                    // next start marks it failed like every unfinished target.
                    return;
                }
                if let Err(reason) = &result {
                    tracing::info!(uuid, image = %image_id, "deploy to instance failed: {reason}");
                }
                running.update(i, |t| {
                    t.finished = Some(now());
                    match result {
                        Ok(note) => {
                            t.state = TargetState::Verified;
                            t.reason = note;
                        }
                        Err(reason) => {
                            t.state = TargetState::Failed;
                            t.reason = Some(reason);
                        }
                    }
                });
            }
        },
    );
    tokio::pin!(work);
    let mut tick = tokio::time::interval(PERSIST_INTERVAL);
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    let mut shutdown = inner.shutdown.clone();
    loop {
        tokio::select! {
            // Shutdown first: targets failing because the shutdown closed their connections
            // must not end the deploy as if they had failed on their own.
            biased;
            _ = async { shutdown.wait_for(|s| *s).await.map(|_| ()) } => {
                // Left `running` on purpose: the next start marks it failed, as after a crash.
                persist(&inner.store, &id, &running).await;
                deployer.release(&running.snapshot());
                deployer.running().remove(&id);
                let _ = running.done.send(true);
                tracing::warn!(deploy = %id, "server shutting down: deploy cut off");
                return;
            }
            _ = &mut work => break,
            _ = tick.tick() => persist(&inner.store, &id, &running).await,
        }
    }
    // The re-docks' IDENTs reach the store before the deploy reads as done, so the instances
    // show their new binary to whoever saw the deploy end.
    inner.hangar.flush().await;
    let final_record = {
        let mut r = running.lock();
        r.finished = Some(now());
        r.counts = DeployCounts::of(&r.targets);
        if r.counts.failed == 0 {
            r.state = DeployState::Verified;
        } else {
            r.state = DeployState::Failed;
            let first = r
                .targets
                .iter()
                .filter(|t| t.state == TargetState::Failed)
                .find_map(|t| t.reason.clone())
                .unwrap_or_default();
            r.reason = Some(if r.counts.total == 1 {
                first
            } else {
                format!(
                    "{} of {} instances failed (first: {first})",
                    r.counts.failed, r.counts.total
                )
            });
        }
        r.clone()
    };
    running.take_dirty();
    if let Err(e) = inner.store.finish_deploy(final_record.clone()).await {
        tracing::error!(deploy = %id, "failed to record the end of the deploy: {e}");
    }
    deployer.release(&final_record);
    deployer.running().remove(&id);
    let took = final_record
        .finished
        .map(|f| f - final_record.created)
        .and_then(|d| std::time::Duration::try_from(d).ok())
        .unwrap_or_default();
    inner
        .hangar
        .metrics()
        .deploy_finished(&final_record.state.to_string(), took);
    announce(&inner.events, &final_record);
    let _ = running.done.send(true);
    tracing::info!(
        deploy = %id,
        state = %final_record.state,
        verified = final_record.counts.verified,
        failed = final_record.counts.failed,
        "deploy finished"
    );
}

/// Publishes `deploy.state` for a deploy that started or ended.
fn announce(events: &Events, deploy: &Deploy) {
    events.publish(EventData::DeployState {
        id: deploy.id.clone(),
        image: deploy.image.clone(),
        state: deploy.state.to_string(),
        reason: deploy.reason.clone(),
        counts: deploy.counts,
    });
}

/// One target of a running deploy.
struct Target<'a> {
    hangar: &'a Hangar,
    store: &'a Store,
    running: &'a Running,
    /// Its index in the record.
    i: usize,
    uuid: &'a str,
}

/// One target: UPDATE, ack, verified re-dock from the address the update went to. `Ok` holds
/// a note for the record (how it was verified without an ack), `Err` the reason it failed.
/// `image_uplink` is the uplink the image was built for: the instance may dock with its token
/// from now on.
async fn update_one(
    target: Target<'_>,
    image_id: &str,
    image_uplink: Option<&str>,
    image: UpdateImage,
    timeout: Duration,
) -> Result<Option<String>, String> {
    let Target {
        hangar,
        store,
        running,
        i,
        uuid,
    } = target;
    let Some(live) = hangar.live(uuid) else {
        return Err("the instance is not connected".into());
    };
    let old = live.conn_id;
    let sent_to = live.address.ip().to_canonical();
    // From now until the verdict only a dock from `sent_to` may take the instance's place.
    let _claim = hangar.expect_redock(uuid, sent_to, image_uplink.map(str::to_owned));
    if let Some(uplink) = image_uplink {
        let (key, up) = (uuid.to_owned(), uplink.to_owned());
        store
            .call(move |c| crate::store::instances::allow_rebind(c, &key, &up))
            .await
            .map_err(|e| format!("failed to record the deploy on the instance: {e}"))?;
    }
    // Subscribed before sending, so the re-dock cannot slip past.
    let mut events = hangar.subscribe(uuid);
    // Writing the image may take a while on a slow link: the deadline grows with its size.
    let allowance = hangar.config().transfer_allowance(image.len());
    let deadline = Instant::now() + timeout + allowance;
    let secs = if allowance >= Duration::from_millis(100) {
        format!(
            "{} s (+{:.1} s for the image to go out)",
            timeout.as_secs_f64(),
            allowance.as_secs_f64()
        )
    } else {
        format!("{} s", timeout.as_secs_f64())
    };
    let ack = hangar.send_update(uuid, image).map_err(|e| e.to_string())?;
    running.update(i, |t| {
        t.state = TargetState::Sent;
        t.sent = Some(now());
    });
    let answer = tokio::select! {
        answer = ack => answer,
        _ = tokio::time::sleep_until(deadline) => {
            return Err(format!("no ack from the instance within {secs} of sending the image"));
        }
    };
    // The instance writes its ack once and jumps into the new kernel at once: when the
    // connection ends after the image went out, the ack may just be lost, and the re-dock
    // still tells whether the update took.
    let lost_ack = match answer {
        Ok(Ok(hash)) => {
            if !hash.eq_ignore_ascii_case(image_id) {
                let shown: String = hash.chars().take(64).collect();
                return Err(format!(
                    "wrong ack: the instance computed SHA-1 {shown:?}, expected {image_id} (the \
                     image arrived damaged, or the instance did not take it)"
                ));
            }
            running.update(i, |t| {
                t.state = TargetState::Acked;
                t.acked = Some(now());
            });
            None
        }
        Ok(Err(NoAck::NotSent(reason))) => {
            // The image never reached the instance: it may not move to the image's uplink.
            if let Some(uplink) = image_uplink {
                let (key, up) = (uuid.to_owned(), uplink.to_owned());
                let _ = store
                    .call(move |c| crate::store::instances::revoke_rebind(c, &key, &up))
                    .await;
            }
            return Err(reason);
        }
        Ok(Err(NoAck::Unanswered(reason))) => {
            tracing::info!(
                uuid,
                image = %image_id,
                "no ack ({reason}); waiting for the instance to dock again running the image"
            );
            Some(reason)
        }
        Err(_) => {
            return Err("the instance's connection went away before the image was sent".into());
        }
    };
    loop {
        tokio::select! {
            event = events.recv() => match event {
                Some(InstanceEvent::Docked { conn_id, binary, address }) if conn_id != old => {
                    if address.ip().to_canonical() != sent_to {
                        // Only the machine the update went to can vouch for it (a live update
                        // keeps the VM and its address); anyone holding a token can report
                        // the uuid and the image's hash. The hangar refuses such docks while
                        // the deploy waits; this holds even if one slipped through.
                        tracing::warn!(
                            uuid,
                            %address,
                            expected = %sent_to,
                            "a dock from another address does not verify the update"
                        );
                        continue;
                    }
                    let prefix = match &lost_ack {
                        Some(reason) => format!("no ack arrived ({reason}), and "),
                        None => String::new(),
                    };
                    return match binary {
                        Some(b) if b.eq_ignore_ascii_case(image_id) => Ok(lost_ack.map(|reason| {
                            format!(
                                "verified by the dock that followed; the ack never arrived \
                                 ({reason})"
                            )
                        })),
                        Some(b) => Err(format!(
                            "{prefix}the instance docked again running binary {b}, not the \
                             image: the live update failed inside the instance"
                        )),
                        None => Err(format!(
                            "{prefix}the instance docked again without reporting a binary: the \
                             live update failed inside the instance, which runs its previous \
                             image"
                        )),
                    };
                }
                // The old connection ending after the ack is how a live update looks.
                Some(_) => continue,
                None => return Err("stopped receiving events about the instance".into()),
            },
            _ = tokio::time::sleep_until(deadline) => {
                return Err(match lost_ack {
                    Some(reason) => format!(
                        "no ack arrived ({reason}), and the instance did not dock again running \
                         the image within {secs}"
                    ),
                    None => format!(
                        "acked, but the instance did not dock again running the image within \
                         {secs}"
                    ),
                });
            }
        }
    }
}

/// The SHA-256 fingerprint of the first certificate of a PEM text.
fn pem_fingerprint(pem: &[u8]) -> Option<String> {
    let cert = openssl::x509::X509::stack_from_pem(pem)
        .ok()?
        .into_iter()
        .next()?;
    Some(crate::tlsutil::fingerprint(&cert.to_der().ok()?))
}
