//! Rollouts (docs/ROLLOUTS.md) against emulated instances that speak the real uplink protocol:
//! waves to many instances, a failing canary that pauses the rollout and is rolled back,
//! pause/resume/cancel, a server restart in the middle, a start refused for unfit instances,
//! instances offline when their wave starts, and desired state.

use std::time::Duration;

use bytes::Bytes;
use mothership::protocol::deploys::{Deploy, DeployState};
use mothership::protocol::desired::{DesiredChange, DesiredState, DesiredStatus};
use mothership::protocol::list::Page;
use mothership::protocol::rollouts::{Rollout, RolloutState, RolloutTargetState};
use mothership::store::Store;
use mothership::store::images::NewImage;
use reqwest::{Method, StatusCode};
use serde_json::json;

use crate::builds::{submit, wait_build};
use crate::deploy::{post_deploy, spec, uploaded_image};
use crate::deploy_cli::{cli, stderr, stdout};
use crate::hangar::wait_until;
use crate::helper::TestServer;
use crate::helper::docker::docker_env;
use crate::helper::instance::{self, InstanceHandle, InstanceSpec, OnUpdate};
use crate::images::error_code;
use crate::upgrade::{default_uplink_as_reported_by, stored_nacl};

/// Starts `n` instances running `binary` and waits until the server stored all of them.
async fn fleet(server: &TestServer, n: usize, binary: &str) -> Vec<InstanceHandle> {
    let specs: Vec<InstanceSpec> = (0..n)
        .map(|_| {
            let mut s = spec(OnUpdate::Apply);
            s.binary = Some(binary.to_owned());
            s.tag = Some("rollout-test".into());
            s
        })
        .collect();
    respawn(server, &specs).await
}

/// Starts instances of the given specs against `server` and waits until all are docked with
/// their IDENT stored.
async fn respawn(server: &TestServer, specs: &[InstanceSpec]) -> Vec<InstanceHandle> {
    let handles: Vec<InstanceHandle> = specs
        .iter()
        .map(|s| instance::spawn(server.uplink_target(), s.clone()))
        .collect();
    let n = specs.len() as u64;
    wait_until(Duration::from_secs(60), "every instance docked", || async {
        let r = server
            .get("/v1/instances?status=connected&limit=1")
            .send()
            .await
            .expect("list");
        let v: serde_json::Value = r.json().await.expect("page");
        (v["total"].as_u64() == Some(n)).then_some(())
    })
    .await;
    handles
}

async fn start(server: &TestServer, body: serde_json::Value) -> reqwest::Response {
    server
        .request(Method::POST, "/v1/rollouts")
        .json(&body)
        .send()
        .await
        .expect("start rollout")
}

async fn started(server: &TestServer, body: serde_json::Value) -> Rollout {
    let r = start(server, body).await;
    assert_eq!(r.status(), StatusCode::CREATED);
    r.json().await.expect("rollout")
}

async fn get(server: &TestServer, id: &str) -> Rollout {
    let r = server
        .get(&format!("/v1/rollouts/{id}"))
        .send()
        .await
        .expect("get rollout");
    assert_eq!(r.status(), StatusCode::OK);
    r.json().await.expect("rollout")
}

async fn act(server: &TestServer, id: &str, action: &str) -> reqwest::Response {
    server
        .request(Method::POST, &format!("/v1/rollouts/{id}/{action}"))
        .send()
        .await
        .expect("rollout action")
}

/// Polls a rollout until `pred` holds.
async fn wait_for(
    server: &TestServer,
    id: &str,
    what: &str,
    pred: impl Fn(&Rollout) -> bool,
) -> Rollout {
    wait_until(Duration::from_secs(60), what, || async {
        let r = get(server, id).await;
        pred(&r).then_some(r)
    })
    .await
}

/// Three waves to many instances reach 100 % verified.
#[tokio::test]
async fn three_waves_reach_every_instance() {
    const N: usize = 300;
    let server = TestServer::start().await;
    let old = uploaded_image(&server, 4096, 1).await;
    let new = uploaded_image(&server, 4096, 2).await;
    let _fleet = fleet(&server, N, &old).await;
    let r = started(
        &server,
        json!({"image_id": new, "selector": {"tag": "rollout-test"},
               "waves": ["10%", "30%", "60%"], "error_threshold": 5}),
    )
    .await;
    assert_eq!(r.state, RolloutState::Running);
    assert_eq!(r.counts.total, N as u64);
    let sizes: Vec<u64> = r.waves.iter().map(|w| w.counts.total).collect();
    assert_eq!(sizes, vec![30, 90, 180]);
    let done = wait_for(&server, &r.id, "the rollout to complete", |r| {
        r.state != RolloutState::Running
    })
    .await;
    assert_eq!(done.state, RolloutState::Completed, "{:?}", done.reason);
    assert_eq!(done.counts.verified, N as u64);
    assert!(done.waves.iter().all(|w| w.status == "passed"));
    assert!(done.finished.is_some());
    // Each wave was one deploy.
    let deploys: std::collections::BTreeSet<_> = done
        .targets
        .iter()
        .filter_map(|t| t.deploy.clone())
        .collect();
    assert_eq!(deploys.len(), 3);
    let list: serde_json::Value = server
        .get("/v1/rollouts?status=completed")
        .send()
        .await
        .expect("list")
        .json()
        .await
        .expect("page");
    assert_eq!(list["total"], 1);
    assert!(list["items"][0].get("targets").is_none());
}

/// A canary whose instances fail the update pauses the rollout at the threshold, and automatic
/// rollback puts them back on their previous image; the later wave never starts.
#[tokio::test]
async fn a_failing_canary_pauses_and_rolls_back() {
    let server = TestServer::start().await;
    let old = uploaded_image(&server, 4096, 3).await;
    let new = uploaded_image(&server, 4096, 10).await;
    // The canary (the first two UUIDs) drops the connection instead of taking the update and
    // comes back on its old image: the update fails there.
    let mut specs: Vec<InstanceSpec> = (0..6)
        .map(|_| {
            let mut s = spec(OnUpdate::Apply);
            s.binary = Some(old.clone());
            s.tag = Some("rollout-test".into());
            s
        })
        .collect();
    specs.sort_by(|a, b| a.uuid.cmp(&b.uuid));
    specs[0].on_update = OnUpdate::Drop;
    specs[1].on_update = OnUpdate::Drop;
    let mut fleet = respawn(&server, &specs).await;
    let r = started(
        &server,
        json!({"image_id": new, "selector": {"tag": "rollout-test"},
               "waves": ["2"], "error_threshold": 40, "rollback": true}),
    )
    .await;
    let paused = wait_for(&server, &r.id, "the rollout to pause", |r| {
        r.state == RolloutState::Paused
    })
    .await;
    let reason = paused.reason.clone().unwrap_or_default();
    assert!(reason.contains("wave 0"), "{reason}");
    assert!(reason.contains("automatic rollback: 2 of 2"), "{reason}");
    assert_eq!(paused.waves[0].status, "failed");
    assert_eq!(paused.waves[0].counts.rolled_back, 2);
    assert_eq!(
        paused.waves[1].counts.queued, 4,
        "the next wave never started"
    );
    for t in paused.targets.iter().filter(|t| t.wave == 0) {
        assert_eq!(t.state, RolloutTargetState::RolledBack);
        assert_eq!(t.previous_image_id.as_deref(), Some(old.as_str()));
        let inst = crate::hangar::get_instance(&server, &t.instance)
            .await
            .expect("instance");
        assert_eq!(inst.binary.as_deref(), Some(old.as_str()));
    }
    // The canary instances were sent their old image again.
    let canary: Vec<String> = paused
        .targets
        .iter()
        .filter(|t| t.wave == 0)
        .map(|t| t.instance.clone())
        .collect();
    for inst in fleet.iter_mut().filter(|i| canary.contains(&i.spec.uuid)) {
        inst.wait_for(
            Duration::from_secs(5),
            |e| matches!(e, instance::Event::Updated { hash, .. } if *hash == old),
        )
        .await;
    }
    let r = act(&server, &r.id, "cancel").await;
    assert_eq!(r.status(), StatusCode::OK);
    let cancelled = wait_for(&server, &paused.id, "the rollout to be cancelled", |r| {
        r.state == RolloutState::Cancelled
    })
    .await;
    assert_eq!(cancelled.counts.skipped, 4);
    let again = act(&server, &cancelled.id, "resume").await;
    let (status, code, _) = error_code(again).await;
    assert_eq!((status, code.as_str()), (StatusCode::CONFLICT, "conflict"));
}

/// Pause during the soak after the canary, resume, then cancel: the waves after it never run.
#[tokio::test]
async fn pause_resume_and_cancel_in_the_middle() {
    let server = TestServer::start().await;
    let old = uploaded_image(&server, 4096, 4).await;
    let new = uploaded_image(&server, 4096, 5).await;
    let _fleet = fleet(&server, 12, &old).await;
    let r = started(
        &server,
        json!({"image_id": new, "selector": {"tag": "rollout-test"},
               "waves": ["3", "3"], "soak_seconds": 60}),
    )
    .await;
    wait_for(&server, &r.id, "the canary to pass", |r| {
        r.waves[0].status == "passed"
    })
    .await;
    assert_eq!(act(&server, &r.id, "pause").await.status(), StatusCode::OK);
    let paused = wait_for(&server, &r.id, "the rollout to pause", |r| {
        r.state == RolloutState::Paused
    })
    .await;
    assert_eq!(paused.reason.as_deref(), Some("paused by an operator"));
    assert_eq!(paused.current_wave, 1);
    assert_eq!(paused.counts.verified, 3);
    let (status, code, _) = error_code(act(&server, &r.id, "pause").await).await;
    assert_eq!((status, code.as_str()), (StatusCode::CONFLICT, "conflict"));
    let resumed: Rollout = act(&server, &r.id, "resume")
        .await
        .json()
        .await
        .expect("rollout");
    assert_eq!(resumed.state, RolloutState::Running);
    // Still soaking: the second wave has not started.
    assert_eq!(get(&server, &r.id).await.waves[1].counts.queued, 3);
    assert_eq!(act(&server, &r.id, "cancel").await.status(), StatusCode::OK);
    let cancelled = wait_for(&server, &r.id, "the rollout to be cancelled", |r| {
        r.state == RolloutState::Cancelled
    })
    .await;
    assert_eq!(cancelled.counts.verified, 3);
    assert_eq!(cancelled.counts.skipped, 9);
    assert_eq!(
        cancelled.reason.as_deref(),
        Some("cancelled by an operator")
    );
}

/// A server restart in the middle of a wave: the rollout is continued from its records.
#[tokio::test]
async fn a_restart_in_the_middle_continues_the_rollout() {
    let server = TestServer::start().await;
    let old = uploaded_image(&server, 4096, 6).await;
    let new = uploaded_image(&server, 4096, 7).await;
    let fleet = fleet(&server, 16, &old).await;
    let specs: Vec<InstanceSpec> = fleet.iter().map(|i| i.spec.clone()).collect();
    let r = started(
        &server,
        json!({"image_id": new, "selector": {"tag": "rollout-test"},
               "waves": ["4"], "concurrency": 1}),
    )
    .await;
    let before = wait_for(&server, &r.id, "the second wave to be under way", |r| {
        r.current_wave == 1 && r.waves[1].counts.verified >= 2
    })
    .await;
    assert!(
        before.waves[1].counts.queued > 0,
        "restart while the wave runs"
    );
    drop(fleet);
    let server = server.restart().await;
    let _fleet = respawn(&server, &specs).await;
    let done = wait_for(&server, &r.id, "the rollout to complete", |r| {
        r.state != RolloutState::Running
    })
    .await;
    assert_eq!(done.state, RolloutState::Completed, "{:?}", done.reason);
    assert_eq!(done.counts.verified, 16);
}
/// An instance offline when its wave starts is updated as soon as it docks, within the wave,
/// while the wave's connected instances go ahead without waiting for it.
#[tokio::test]
async fn an_instance_offline_during_its_wave_is_updated_when_it_docks() {
    let server = TestServer::start_with(|c| c.hangar.rollout_offline_wait_ms = 60_000).await;
    let old = uploaded_image(&server, 4096, 11).await;
    let new = uploaded_image(&server, 4096, 12).await;
    let mut fleet = fleet(&server, 4, &old).await;
    let away = fleet.pop().expect("an instance");
    let away_spec = away.spec.clone();
    drop(away);
    crate::hangar::wait_disconnected(&server, &away_spec.uuid).await;
    let r = started(
        &server,
        json!({"image_id": new, "selector": {"tag": "rollout-test"}}),
    )
    .await;
    assert_eq!(r.counts.total, 4);
    // The three connected ones are updated at once; the offline one waits for its dock.
    let mid = wait_for(
        &server,
        &r.id,
        "the connected instances to be verified",
        |r| r.counts.verified == 3,
    )
    .await;
    assert_eq!(mid.state, RolloutState::Running);
    let waiting = mid
        .targets
        .iter()
        .find(|t| t.instance == away_spec.uuid)
        .expect("target");
    assert_eq!(waiting.state, RolloutTargetState::Queued);
    let _back = instance::spawn(server.uplink_target(), away_spec.clone());
    let done = wait_for(&server, &r.id, "the rollout to complete", |r| {
        r.state != RolloutState::Running
    })
    .await;
    assert_eq!(done.state, RolloutState::Completed, "{:?}", done.reason);
    assert_eq!(done.counts.verified, 4);
    let late = done
        .targets
        .iter()
        .find(|t| t.instance == away_spec.uuid)
        .expect("target");
    assert_eq!(late.state, RolloutTargetState::Verified);
    assert_ne!(
        late.deploy, mid.targets[0].deploy,
        "the late instance got a deploy of its own"
    );
    let inst = crate::hangar::get_instance(&server, &away_spec.uuid)
        .await
        .expect("instance");
    assert_eq!(inst.binary.as_deref(), Some(new.as_str()));
}

/// An instance that stays offline through its wave's offline wait is skipped with the reason;
/// the rollout completes without it.
#[tokio::test]
async fn an_instance_that_does_not_dock_in_time_is_skipped() {
    let server = TestServer::start_with(|c| c.hangar.rollout_offline_wait_ms = 500).await;
    let old = uploaded_image(&server, 4096, 13).await;
    let new = uploaded_image(&server, 4096, 14).await;
    let mut fleet = fleet(&server, 2, &old).await;
    let away = fleet.pop().expect("an instance");
    let uuid = away.spec.uuid.clone();
    drop(away);
    crate::hangar::wait_disconnected(&server, &uuid).await;
    let r = started(
        &server,
        json!({"image_id": new, "selector": {"tag": "rollout-test"}}),
    )
    .await;
    let done = wait_for(&server, &r.id, "the rollout to complete", |r| {
        r.state != RolloutState::Running
    })
    .await;
    assert_eq!(done.state, RolloutState::Completed, "{:?}", done.reason);
    assert_eq!((done.counts.verified, done.counts.skipped), (1, 1));
    let t = done
        .targets
        .iter()
        .find(|t| t.instance == uuid)
        .expect("target");
    assert_eq!(t.state, RolloutTargetState::Skipped);
    let reason = t.reason.clone().unwrap_or_default();
    assert!(reason.contains("did not dock within 0.5 s"), "{reason}");
}

/// An image that does not fit some selected instances refuses the whole rollout, naming them.
#[tokio::test]
async fn unfit_instances_refuse_the_start() {
    let server = TestServer::start().await;
    let old = uploaded_image(&server, 4096, 8).await;
    let store = Store::open(&server.config.runtime_dir).expect("store");
    let other_version = store
        .put_image_from_bytes(
            Bytes::from(crate::images::elf(4096, 9)),
            NewImage {
                includeos_version: Some("v0.99.0".into()),
                ..Default::default()
            },
        )
        .await
        .expect("put image")
        .image
        .id;
    let fleet = fleet(&server, 3, &old).await;
    let r = start(
        &server,
        json!({"image_id": other_version, "selector": {"tag": "rollout-test"}}),
    )
    .await;
    let (status, code, message) = error_code(r).await;
    assert_eq!((status, code.as_str()), (StatusCode::CONFLICT, "mismatch"));
    assert!(message.contains("3 of the selected instances"), "{message}");
    for i in &fleet {
        assert!(message.contains(&i.spec.uuid), "{message}");
    }
    let list: serde_json::Value = server
        .get("/v1/rollouts")
        .send()
        .await
        .expect("list")
        .json()
        .await
        .expect("page");
    assert_eq!(list["total"], 0, "nothing was recorded");
    let (status, _, _) =
        error_code(start(&server, json!({"image_id": old, "selector": {}})).await).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
}

/// Specs of `n` instances tagged `rollout-test` running `version`.
fn of_version(n: usize, version: &str) -> Vec<InstanceSpec> {
    (0..n)
        .map(|_| {
            let mut s = spec(OnUpdate::Apply);
            s.version = version.to_owned();
            s.tag = Some("rollout-test".into());
            s
        })
        .collect()
}

/// A selection of instances running different IncludeOS versions is refused without
/// `build_per_version`, naming each version's instances; an uploaded image (no build record)
/// cannot be built per version.
#[tokio::test]
async fn mixed_versions_are_refused_naming_each_versions_instances() {
    let server = TestServer::start().await;
    let image = uploaded_image(&server, 4096, 11).await;
    let mut specs = of_version(2, "v0.14.2");
    specs.extend(of_version(1, "v0.15.0"));
    let fleet = respawn(&server, &specs).await;
    let body = json!({"image_id": image, "selector": {"tag": "rollout-test"}});
    let r = start(&server, body.clone()).await;
    let (status, code, message) = error_code(r).await;
    assert_eq!((status, code.as_str()), (StatusCode::CONFLICT, "mismatch"));
    assert!(message.contains("2 IncludeOS versions"), "{message}");
    for i in &fleet {
        assert!(message.contains(&i.spec.uuid), "{message}");
    }
    let v14 = &message[message.find("v0.14.2").expect("v0.14.2 named")..];
    assert!(v14.contains(&fleet[0].spec.uuid), "{message}");
    let mut per_version = body;
    per_version["build_per_version"] = json!(true);
    let (status, _, message) = error_code(start(&server, per_version).await).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(message.contains("records no service and NaCl"), "{message}");
    // One version is fine.
    let r = start(
        &server,
        json!({"image_id": image, "selector": {"tag": "rollout-test", "version": "v0.14.2"}}),
    )
    .await;
    assert_eq!(r.status(), StatusCode::CREATED);
}

/// With `build_per_version`, the image is built again for the other version with that
/// version's newest builder (from the image's build record), and each instance gets its
/// version's image; a version without a builder is refused, naming its instances.
#[tokio::test]
async fn build_per_version_builds_each_version_with_its_newest_builder() {
    let Some(env) = docker_env() else { return };
    let server = TestServer::start_with(|c| env.configure(c)).await;
    let (old_version, old_builder) = env.builders[0].clone();
    let (new_version, new_builder) = env.builders.last().expect("a test builder").clone();
    assert_ne!(old_version, new_version);
    let mut specs = of_version(2, &new_version);
    specs.extend(of_version(2, &old_version));
    let mut stray = of_version(1, "v0.9.9");
    stray[0].tag = Some("no-builder".into());
    specs.extend(stray);
    let _fleet = respawn(&server, &specs).await;
    default_uplink_as_reported_by(&server, &specs[0].uuid).await;
    stored_nacl(&server, "rollout-nacl", "Iface eth0 {\n  dhcp\n}\n").await;
    let template = submit(
        &server,
        &new_builder,
        json!({"nacl_id": "rollout-nacl", "tag": "rollout-test"}),
    )
    .await;
    let template = wait_build(&server, &template.id)
        .await
        .image_id
        .expect("the template image");

    let all: Vec<&str> = specs.iter().map(|s| s.uuid.as_str()).collect();
    let r = start(
        &server,
        json!({"image_id": template, "selector": {"instances": all}, "build_per_version": true}),
    )
    .await;
    let (status, code, message) = error_code(r).await;
    assert_eq!(
        (status, code.as_str()),
        (StatusCode::CONFLICT, "no_builder")
    );
    assert!(message.contains("v0.9.9"), "{message}");
    assert!(message.contains(&specs[4].uuid), "{message}");

    let r = started(
        &server,
        json!({"image_id": template, "selector": {"tag": "rollout-test"},
               "waves": ["50%"], "build_per_version": true}),
    )
    .await;
    assert!(r.build_per_version);
    assert_eq!(r.counts.total, 4);
    let of = |r: &Rollout, v: &str| {
        r.builds
            .iter()
            .find(|b| b.version == v)
            .cloned()
            .unwrap_or_else(|| panic!("no build for {v}: {:?}", r.builds))
    };
    let same = of(&r, &new_version);
    assert_eq!(same.status, "ready");
    assert_eq!(same.image_id.as_deref(), Some(template.as_str()));
    assert_eq!(same.build_id, None);
    let other = of(&r, &old_version);
    assert_eq!(other.status, "building");
    assert_eq!(other.builder_id.as_deref(), Some(old_builder.as_str()));
    let mut members = other.instances.clone();
    members.sort();
    let mut want: Vec<String> = specs[2..4].iter().map(|s| s.uuid.clone()).collect();
    want.sort();
    assert_eq!(members, want);

    let done = wait_for(&server, &r.id, "the rollout to complete", |r| {
        r.state != RolloutState::Running
    })
    .await;
    assert_eq!(done.state, RolloutState::Completed, "{:?}", done.reason);
    assert_eq!(done.counts.verified, 4);
    let other = of(&done, &old_version);
    assert_eq!(other.status, "ready", "{other:?}");
    let built = other.image_id.clone().expect("the built image");
    assert_ne!(built, template);
    let build = wait_build(&server, other.build_id.as_deref().expect("build id")).await;
    assert_eq!(build.nacl_id, template_nacl(&server, &template).await);
    for s in &specs[..4] {
        let want = if s.version == old_version {
            &built
        } else {
            &template
        };
        let inst = crate::hangar::get_instance(&server, &s.uuid)
            .await
            .expect("instance");
        assert_eq!(inst.binary.as_deref(), Some(want.as_str()), "{}", s.version);
    }
}

/// The NaCl an image was built with.
async fn template_nacl(server: &TestServer, image: &str) -> Option<String> {
    let image: mothership::protocol::images::Image = server
        .get(&format!("/v1/images/{image}"))
        .send()
        .await
        .expect("get image")
        .json()
        .await
        .expect("image");
    image.nacl_id
}

/// One owner at a time: instances of a later wave that a manual deploy and a later rollout
/// claimed while the rollout soaked are skipped, each with its owner as the reason, and never
/// sent the rollout's image; the rest of the wave goes on.
#[tokio::test]
async fn later_claims_take_instances_out_of_a_rollout() {
    let server = TestServer::start().await;
    let old = uploaded_image(&server, 4096, 12).await;
    let new = uploaded_image(&server, 4096, 13).await;
    let manual = uploaded_image(&server, 4096, 14).await;
    let other = uploaded_image(&server, 4096, 15).await;
    let mut fleet = fleet(&server, 5, &old).await;
    let r = started(
        &server,
        json!({"image_id": new, "selector": {"tag": "rollout-test"},
               "waves": ["2"], "soak_seconds": 4}),
    )
    .await;
    let soaking = wait_for(&server, &r.id, "the canary to pass", |r| {
        r.waves[0].status == "passed"
    })
    .await;
    assert_eq!(soaking.waves[1].counts.queued, 3);
    let wave1: Vec<String> = soaking
        .targets
        .iter()
        .filter(|t| t.wave == 1)
        .map(|t| t.instance.clone())
        .collect();
    let d = post_deploy(&server, &wave1[0], &manual, "?wait=true").await;
    assert_eq!(d.status(), StatusCode::OK);
    let d: Deploy = d.json().await.expect("deploy");
    assert_eq!(d.state, DeployState::Verified, "{d:?}");
    let later = started(
        &server,
        json!({"image_id": other, "selector": {"instances": [wave1[1]]}}),
    )
    .await;
    assert_eq!(
        get(&server, &r.id).await.waves[1].counts.queued,
        3,
        "the claims came during the soak"
    );
    let done = wait_for(&server, &r.id, "the rollout to end", |r| {
        r.state != RolloutState::Running
    })
    .await;
    assert_eq!(done.state, RolloutState::Completed, "{:?}", done.reason);
    let target = |uuid: &str| {
        done.targets
            .iter()
            .find(|t| t.instance == uuid)
            .cloned()
            .expect("target")
    };
    let by_deploy = target(&wave1[0]);
    assert_eq!(by_deploy.state, RolloutTargetState::Skipped);
    assert_eq!(
        by_deploy.reason.as_deref(),
        Some(format!("claimed by deploy {}: left to it", d.id).as_str())
    );
    assert_eq!(
        by_deploy.deploy, None,
        "never part of a deploy of the rollout"
    );
    let by_rollout = target(&wave1[1]);
    assert_eq!(by_rollout.state, RolloutTargetState::Skipped);
    assert_eq!(
        by_rollout.reason.as_deref(),
        Some(format!("claimed by rollout {}: left to it", later.id).as_str())
    );
    assert_eq!(by_rollout.deploy, None);
    assert_eq!(target(&wave1[2]).state, RolloutTargetState::Verified);
    assert_eq!(done.counts.verified, 3);
    assert_eq!(done.counts.skipped, 2);
    wait_for(&server, &later.id, "the later rollout to complete", |r| {
        r.state == RolloutState::Completed
    })
    .await;
    // The claimed instances run their owners' images and never saw the rollout's.
    for (uuid, owner_image) in [(&wave1[0], &manual), (&wave1[1], &other)] {
        let inst = crate::hangar::get_instance(&server, uuid)
            .await
            .expect("instance");
        assert_eq!(inst.binary.as_deref(), Some(owner_image.as_str()));
        let handle = fleet
            .iter_mut()
            .find(|h| &h.spec.uuid == uuid)
            .expect("handle");
        while let Ok(e) = handle.events.try_recv() {
            assert!(
                !matches!(&e, instance::Event::Updated { hash, .. } if *hash == new),
                "{uuid} was sent the rollout's image"
            );
        }
    }
}

/// The CLI: `rollout start -o json`, `rollout show -o json|yaml|id`, and `show --follow`
/// piped: plain lines, one per change, until the rollout ends (through its soaks), then the
/// record.
#[tokio::test]
async fn cli_starts_shows_and_follows_a_rollout() {
    let server = TestServer::start().await;
    let old = uploaded_image(&server, 4096, 16).await;
    let new = uploaded_image(&server, 4096, 17).await;
    let _fleet = fleet(&server, 4, &old).await;
    let o = cli(
        &server,
        &[
            "rollout",
            "start",
            &new[..10],
            "--selector",
            "tag=rollout-test",
            "--waves",
            "1,1",
            "--soak",
            "2",
            "-o",
            "json",
        ],
    )
    .await;
    assert!(o.status.success(), "{}", stderr(&o));
    let r: Rollout = serde_json::from_slice(&o.stdout).expect("a JSON record");
    assert_eq!((r.counts.total, r.waves.len()), (4, 3));
    assert_eq!(r.image_id, new);

    let o = cli(&server, &["rollout", "show", &r.id, "--follow"]).await;
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(
        !out.contains('\r') && !out.contains('\u{1b}'),
        "plain lines when piped: {out:?}"
    );
    let lines: Vec<&str> = out.lines().collect();
    let at = |want: &str| {
        lines
            .iter()
            .position(|l| *l == want)
            .unwrap_or_else(|| panic!("no line {want:?} in:\n{out}"))
    };
    let running = at(&format!("rollout {} running", r.id));
    let canary = at(&format!(
        "{} wave 0 (1): passed, 1 of 1 verified, 0 failed, 0 rolled back, 0 skipped",
        r.id
    ));
    let last = at(&format!(
        "{} wave 2 (rest): passed, 2 of 2 verified, 0 failed, 0 rolled back, 0 skipped",
        r.id
    ));
    let completed = at(&format!("rollout {} completed", r.id));
    assert!(
        running < canary && canary < last && last < completed,
        "{out}"
    );
    assert_eq!(
        lines
            .iter()
            .filter(|l| l.starts_with(&r.id) && l.contains("wave 1 (1): passed"))
            .count(),
        1,
        "a line per change: {out}"
    );
    // Then the record.
    assert!(
        lines[completed..]
            .iter()
            .any(|l| l.starts_with("Status") && l.contains("completed")),
        "{out}"
    );

    let o = cli(&server, &["rollout", "show", &r.id[..6], "-o", "json"]).await;
    assert!(o.status.success(), "{}", stderr(&o));
    let shown: Rollout = serde_json::from_slice(&o.stdout).expect("a JSON record");
    assert_eq!(shown.state, RolloutState::Completed);
    assert_eq!(shown.targets.len(), 4);
    assert!(
        shown
            .targets
            .iter()
            .all(|t| t.state == RolloutTargetState::Verified)
    );
    let o = cli(&server, &["rollout", "show", &r.id, "-o", "yaml"]).await;
    assert!(o.status.success(), "{}", stderr(&o));
    let yaml: serde_json::Value = yaml_serde::from_str(&stdout(&o)).expect("a YAML record");
    assert_eq!(yaml["id"], r.id.as_str());
    assert_eq!(yaml["status"], "completed");
    let o = cli(&server, &["rollout", "show", &r.id[..6], "-o", "id"]).await;
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(stdout(&o), format!("{}\n", r.id));
}

/// `GET /v1/instances/{id}/desired`.
async fn desired(server: &TestServer, id: &str) -> DesiredState {
    let r = server
        .get(&format!("/v1/instances/{id}/desired"))
        .send()
        .await
        .expect("get desired");
    assert_eq!(r.status(), StatusCode::OK);
    r.json().await.expect("desired state")
}

/// The `status` of each `desired.state` event about `uuid` in the history, oldest first.
async fn desired_events(server: &TestServer, uuid: &str) -> Vec<String> {
    let text = server
        .get(&format!(
            "/v1/events?follow=false&type=desired.state&instance_id={uuid}"
        ))
        .send()
        .await
        .expect("events")
        .text()
        .await
        .expect("text");
    text.lines()
        .filter_map(|l| l.strip_prefix("data: "))
        .filter_map(|d| serde_json::from_str::<serde_json::Value>(d).ok())
        .map(|e| e["data"]["status"].as_str().unwrap_or_default().to_owned())
        .collect()
}

/// The ids `GET /v1/instances?desired=STATE` lists.
async fn with_desired(server: &TestServer, state: &str) -> Vec<String> {
    let r = server
        .get(&format!("/v1/instances?desired={state}"))
        .send()
        .await
        .expect("list instances");
    assert_eq!(r.status(), StatusCode::OK);
    let page: Page<mothership::protocol::instances::Instance> = r.json().await.expect("page");
    page.items.into_iter().map(|i| i.id).collect()
}

/// The deploys Mothership started for desired state.
async fn desired_deploys(server: &TestServer) -> Vec<Deploy> {
    let page: Page<Deploy> = server
        .get("/v1/deploys?limit=100")
        .send()
        .await
        .expect("list deploys")
        .json()
        .await
        .expect("page");
    page.items
        .into_iter()
        .filter(|d| {
            d.trigger
                .as_deref()
                .is_some_and(|t| t.starts_with("desired state"))
        })
        .collect()
}

/// A completed rollout sets the desired image of the instances it verified: one that reboots
/// into its old image is updated again, and verified.
#[tokio::test]
async fn desired_state_is_reapplied_when_an_instance_reboots_into_its_old_image() {
    let server = TestServer::start().await;
    let old = uploaded_image(&server, 4096, 15).await;
    let new = uploaded_image(&server, 4096, 16).await;
    let mut fleet = fleet(&server, 2, &old).await;
    let uuid = fleet[0].spec.uuid.clone();
    assert_eq!(
        desired(&server, &uuid).await.status,
        DesiredStatus::NotManaged
    );
    let r = started(
        &server,
        json!({"image_id": new, "selector": {"tag": "rollout-test"}}),
    )
    .await;
    let done = wait_for(&server, &r.id, "the rollout to complete", |r| {
        r.state != RolloutState::Running
    })
    .await;
    assert_eq!(done.state, RolloutState::Completed, "{:?}", done.reason);
    let d = wait_until(Duration::from_secs(10), "the desired image set", || async {
        let d = desired(&server, &uuid).await;
        (d.status != DesiredStatus::NotManaged).then_some(d)
    })
    .await;
    assert_eq!(d.status, DesiredStatus::InSync, "{d:?}");
    assert_eq!(d.image_id.as_deref(), Some(new.as_str()));
    assert_eq!(d.set_by, Some(format!("rollout {}", r.id)));
    // The instance reboots into its old image: it is updated again.
    let inst = fleet.remove(0);
    let mut back = crate::deploy::redock_running(&server, inst, Some(old.clone())).await;
    back.wait_for(
        Duration::from_secs(10),
        |e| matches!(e, instance::Event::Docked { binary: Some(b), .. } if *b == new),
    )
    .await;
    let d = wait_until(Duration::from_secs(10), "in sync again", || async {
        let d = desired(&server, &uuid).await;
        (d.status == DesiredStatus::InSync && d.deploy.is_some() && d.attempts == 0).then_some(d)
    })
    .await;
    assert_eq!(d.attempts, 0, "{d:?}");
    let deploys = desired_deploys(&server).await;
    assert_eq!(deploys.len(), 1, "{deploys:?}");
    assert_eq!(deploys[0].image, new);
    assert_eq!(d.deploy.as_deref(), Some(deploys[0].id.as_str()));
    let inst = crate::hangar::get_instance(&server, &uuid)
        .await
        .expect("instance");
    assert_eq!(inst.binary.as_deref(), Some(new.as_str()));
    assert_eq!(inst.desired.status, DesiredStatus::InSync);
    // The list filters on the same state (the rollout put both instances in sync).
    let mut both: Vec<String> = fleet
        .iter()
        .map(|i| i.spec.uuid.clone())
        .chain([uuid.clone()])
        .collect();
    both.sort();
    let mut in_sync = with_desired(&server, "in_sync").await;
    in_sync.sort();
    assert_eq!(in_sync, both);
    assert!(with_desired(&server, "updating").await.is_empty());
    assert!(with_desired(&server, "not_managed").await.is_empty());
    let statuses = desired_events(&server, &uuid).await;
    assert_eq!(
        statuses.last().map(String::as_str),
        Some("in_sync"),
        "{statuses:?}"
    );
}

/// An instance that keeps failing its update is tried a bounded number of times, with a
/// back-off, then reported `failed` with the reason; clearing makes it `not_managed`.
#[tokio::test]
async fn desired_state_gives_up_after_its_attempts_with_the_reason() {
    let server = TestServer::start_with(|c| {
        c.hangar.desired_max_attempts = 2;
        c.hangar.desired_backoff_ms = 200;
    })
    .await;
    let old = uploaded_image(&server, 4096, 17).await;
    let new = uploaded_image(&server, 4096, 18).await;
    let mut s = spec(OnUpdate::Drop);
    s.binary = Some(old.clone());
    s.tag = Some("desired-test".into());
    let _fleet = respawn(&server, &[s.clone()]).await;
    // The group form, by tag.
    let r = server
        .request(Method::PUT, "/v1/desired")
        .json(&json!({"image_id": &new[..10], "selector": {"tag": "desired-test"}}))
        .send()
        .await
        .expect("put desired");
    assert_eq!(r.status(), StatusCode::OK);
    let change: DesiredChange = r.json().await.expect("change");
    assert_eq!(change.image_id.as_deref(), Some(new.as_str()));
    assert_eq!(change.instances, vec![s.uuid.clone()]);
    let d = wait_until(Duration::from_secs(30), "the attempts to end", || async {
        let d = desired(&server, &s.uuid).await;
        (d.status == DesiredStatus::Failed).then_some(d)
    })
    .await;
    assert_eq!(d.attempts, 2, "{d:?}");
    let reason = d.reason.clone().unwrap_or_default();
    assert!(
        reason.contains("2 of 2 attempts failed") && reason.contains("live update failed"),
        "{reason}"
    );
    assert_eq!(desired_deploys(&server).await.len(), 2);
    // The instance list filters on the desired state, worked out as the instance shows it.
    assert_eq!(with_desired(&server, "failed").await, vec![s.uuid.clone()]);
    for state in ["in_sync", "updating", "not_managed"] {
        assert!(with_desired(&server, state).await.is_empty(), "{state}");
    }
    let (status, code, _) = error_code(
        server
            .get("/v1/instances?desired=broken")
            .send()
            .await
            .expect("list"),
    )
    .await;
    assert_eq!(
        (status, code.as_str()),
        (StatusCode::UNPROCESSABLE_ENTITY, "invalid_field")
    );
    // An unknown image is refused; an empty selector too.
    let (status, code, _) = error_code(
        server
            .request(Method::PUT, &format!("/v1/instances/{}/desired", s.uuid))
            .json(&json!({"image_id": "f".repeat(40)}))
            .send()
            .await
            .expect("put"),
    )
    .await;
    assert_eq!(
        (status, code.as_str()),
        (StatusCode::NOT_FOUND, "not_found")
    );
    let (status, _, _) = error_code(
        server
            .request(Method::PUT, "/v1/desired")
            .json(&json!({"image_id": new, "selector": {}}))
            .send()
            .await
            .expect("put"),
    )
    .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    let r = server
        .request(Method::DELETE, &format!("/v1/instances/{}/desired", s.uuid))
        .send()
        .await
        .expect("delete desired");
    assert_eq!(r.status(), StatusCode::OK);
    let d: DesiredState = r.json().await.expect("state");
    assert_eq!(d.status, DesiredStatus::NotManaged);
    assert!(d.image_id.is_none());
    assert_eq!(
        with_desired(&server, "not_managed").await,
        vec![s.uuid.clone()]
    );
    assert!(with_desired(&server, "failed").await.is_empty());
    // Each change was an event: set, the attempts, given up, cleared.
    let statuses = desired_events(&server, &s.uuid).await;
    assert_eq!(
        statuses.first().map(String::as_str),
        Some("updating"),
        "{statuses:?}"
    );
    assert!(statuses.iter().any(|s| s == "failed"), "{statuses:?}");
    assert_eq!(
        statuses.last().map(String::as_str),
        Some("not_managed"),
        "{statuses:?}"
    );
}

/// A manual deploy of another image to an instance with a desired image is undone as soon as
/// that deploy ends, not only at the instance's next dock.
#[tokio::test]
async fn a_manual_deploy_of_another_image_is_undone_when_it_ends() {
    let server = TestServer::start().await;
    let desired_image = uploaded_image(&server, 4096, 21).await;
    let other = uploaded_image(&server, 4096, 22).await;
    let _fleet = fleet(&server, 1, &desired_image).await;
    let uuid = _fleet[0].spec.uuid.clone();
    let r = server
        .request(Method::PUT, &format!("/v1/instances/{uuid}/desired"))
        .json(&json!({"image_id": desired_image}))
        .send()
        .await
        .expect("set desired");
    assert_eq!(r.status(), StatusCode::OK);
    wait_until(Duration::from_secs(10), "in sync", || async {
        (desired(&server, &uuid).await.status == DesiredStatus::InSync).then_some(())
    })
    .await;
    assert!(desired_deploys(&server).await.is_empty());

    // By hand, another image: verified, then the engine takes the instance back.
    let r = post_deploy(&server, &uuid, &other, "?wait=true").await;
    assert_eq!(r.status(), StatusCode::OK);
    let deploys = wait_until(
        Duration::from_secs(20),
        "the desired image again",
        || async {
            let i = crate::hangar::get_instance(&server, &uuid).await?;
            let deploys = desired_deploys(&server).await;
            (i.binary.as_deref() == Some(desired_image.as_str())
                && i.desired.status == DesiredStatus::InSync
                && !deploys.is_empty())
            .then_some(deploys)
        },
    )
    .await;
    assert_eq!(deploys.len(), 1, "{deploys:?}");
    assert_eq!(deploys[0].image, desired_image);
}
