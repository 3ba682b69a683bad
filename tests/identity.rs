//! Instances without a unique uuid (issue 8, point 6, and the identity rule of issue 10): QEMU
//! gives every VM started without `-uuid` the all-zero uuid, platforms without SMBIOS report an
//! empty one. A dock for a uuid docked now from another IP address is refused (the live instance
//! keeps its place, the attempt is recorded); from the same address it replaces the old
//! connection (`hangar::a_second_dock_of_the_same_uuid_replaces_the_first`). An empty uuid docks,
//! keyed by the instance's address. Emulated instances bind 127.0.0.2 and 127.0.0.3 to come from
//! two addresses.

use std::net::IpAddr;
use std::process::Output;
use std::time::Duration;

use mothership::protocol::instances::{Instance, InstanceStatus};

use crate::hangar::{get_instance, wait_status, wait_until};
use crate::helper::instance::{self, Event, InstanceHandle, InstanceSpec};
use crate::helper::{TestServer, UPLINK_TOKEN};

const ZERO_UUID: &str = "00000000-0000-0000-0000-000000000000";

fn from(server: &TestServer, address: &str) -> crate::helper::wire::Target {
    let mut target = server.uplink_target();
    target.bind = Some(address.parse::<IpAddr>().expect("ip"));
    target
}

fn spec(uuid: &str) -> InstanceSpec {
    InstanceSpec {
        uuid: uuid.to_owned(),
        auth_id: uuid.to_owned(),
        ..InstanceSpec::new(UPLINK_TOKEN)
    }
}

async fn cli(server: &TestServer, args: &[&str]) -> Output {
    let home = server.dir.path().join("client-config");
    tokio::time::timeout(
        Duration::from_secs(30),
        crate::helper::cli::against(server, &home, args).output(),
    )
    .await
    .expect("cli finished in time")
    .expect("cli ran")
}

/// Fails if the instance saw its connection end.
fn assert_never_disconnected(inst: &mut InstanceHandle) {
    while let Ok(e) = inst.events.try_recv() {
        assert!(
            !matches!(e, Event::Disconnected(_)),
            "the live instance lost its connection: {e:?}"
        );
    }
    assert_eq!(inst.counters().docks, 1, "the live instance docked once");
}

/// Waits until the instance shows a conflict from `address`.
async fn wait_conflict(server: &TestServer, id: &str, address: &str) -> Instance {
    wait_until(
        Duration::from_secs(10),
        &format!("a conflict from {address} on {id}"),
        || async {
            get_instance(server, id)
                .await
                .filter(|i| i.conflicts.iter().any(|c| c.address == address))
        },
    )
    .await
}

#[tokio::test]
async fn two_instances_with_an_all_zero_uuid_from_two_addresses_do_not_flap() {
    let server = TestServer::start().await;
    let mut first = instance::spawn(from(&server, "127.0.0.2"), spec(ZERO_UUID));
    first.wait_docked().await;
    wait_status(&server, ZERO_UUID, InstanceStatus::Connected).await;

    // The second one is refused at /auth (so it backs off) as long as the first is docked.
    let mut second = instance::spawn(from(&server, "127.0.0.3"), spec(ZERO_UUID));
    for _ in 0..3 {
        second
            .wait_for(Duration::from_secs(10), |e| {
                matches!(e, Event::AuthRefused(409) | Event::Docked { .. })
            })
            .await;
    }
    assert_eq!(second.counters().docks, 0, "the newcomer never docked");
    assert_never_disconnected(&mut first);

    let i = wait_conflict(&server, ZERO_UUID, "127.0.0.3").await;
    assert_eq!(i.status, InstanceStatus::Connected);
    assert!(
        i.address
            .as_deref()
            .is_some_and(|a| a.starts_with("127.0.0.2:")),
        "{:?}",
        i.address
    );
    let problem = i.uuid_problem.clone().expect("flagged");
    assert!(
        problem.contains("all-zero") && problem.contains("-uuid"),
        "{problem}"
    );
    let c = &i.conflicts[0];
    assert_eq!(c.address, "127.0.0.3");
    assert!(c.attempts >= 1);
    assert_eq!(c.live_address.as_deref(), Some("127.0.0.2"));
    assert!(c.first_at <= c.last_at);

    // The CLI shows both.
    let o = cli(&server, &["instances", "inspect", ZERO_UUID]).await;
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let out = String::from_utf8_lossy(&o.stdout);
    let line = |key: &str| {
        out.lines()
            .find(|l| l.starts_with(key))
            .unwrap_or_else(|| panic!("no {key} in:\n{out}"))
            .to_owned()
    };
    assert!(line("UUID problem:").contains("all-zero"), "{out}");
    let refused = line("Refused docks:");
    assert!(
        refused.contains("from 127.0.0.3") && refused.contains("docked from 127.0.0.2"),
        "{refused}"
    );
    let o = cli(&server, &["instances"]).await;
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(
        out.contains("connected (all-zero uuid, docks refused)"),
        "{out}"
    );
    assert!(String::from_utf8_lossy(&o.stderr).contains("unique uuid"));

    // Once the first is gone, the second takes the uuid.
    drop(first);
    second.wait_docked().await;
    wait_until(
        Duration::from_secs(10),
        "the second to hold the uuid",
        || async {
            get_instance(&server, ZERO_UUID).await.filter(|i| {
                i.status == InstanceStatus::Connected
                    && i.address
                        .as_deref()
                        .is_some_and(|a| a.starts_with("127.0.0.3:"))
            })
        },
    )
    .await;
}

#[tokio::test]
async fn a_dock_whose_ident_names_a_uuid_docked_elsewhere_is_closed_and_recorded() {
    // Some IncludeOS versions authenticate with a MAC address rather than the uuid: the
    // refusal then comes at IDENT, and the newcomer's connection is closed.
    let server = TestServer::start().await;
    let uuid = InstanceSpec::new(UPLINK_TOKEN).uuid;
    let mut first = instance::spawn(from(&server, "127.0.0.2"), spec(&uuid));
    first.wait_docked().await;
    wait_status(&server, &uuid, InstanceStatus::Connected).await;

    let mut impostor = spec(&uuid);
    impostor.auth_id = "c0:01:0a:00:00:2b".into();
    let mut second = instance::spawn(from(&server, "127.0.0.3"), impostor);
    second
        .wait_for(Duration::from_secs(10), |e| {
            matches!(e, Event::Disconnected(_))
        })
        .await;
    let i = wait_conflict(&server, &uuid, "127.0.0.3").await;
    drop(second);
    assert!(
        i.uuid_problem.is_none(),
        "a real uuid: {:?}",
        i.uuid_problem
    );
    assert!(
        i.address
            .as_deref()
            .is_some_and(|a| a.starts_with("127.0.0.2:")),
        "{:?}",
        i.address
    );
    assert_never_disconnected(&mut first);
    assert_eq!(
        get_instance(&server, &uuid).await.expect("instance").status,
        InstanceStatus::Connected
    );
}

#[tokio::test]
async fn instances_with_an_empty_uuid_dock_keyed_by_their_address_and_are_flagged() {
    let server = TestServer::start().await;
    let mut a = instance::spawn(from(&server, "127.0.0.2"), spec(""));
    let mut b = instance::spawn(from(&server, "127.0.0.3"), spec(""));
    a.wait_docked().await;
    b.wait_docked().await;
    for id in ["no-uuid-127.0.0.2", "no-uuid-127.0.0.3"] {
        let i = wait_status(&server, id, InstanceStatus::Connected).await;
        let problem = i.uuid_problem.expect("flagged");
        assert!(
            problem.contains("empty uuid") && problem.contains(id) && problem.contains("-uuid"),
            "{problem}"
        );
        assert!(i.conflicts.is_empty());
    }

    // Docked for real: a log reaches the instance's record.
    a.log("hello from an instance without a uuid\n");
    wait_until(Duration::from_secs(10), "the log", || async {
        get_instance(&server, "no-uuid-127.0.0.2")
            .await
            .filter(|i| i.log_bytes > 0)
    })
    .await;

    let o = cli(&server, &["instances", "inspect", "no-uuid-127.0.0.2"]).await;
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(
        out.lines()
            .any(|l| l.starts_with("UUID problem:") && l.contains("empty uuid")),
        "{out}"
    );
    let o = cli(&server, &["instances"]).await;
    let out = String::from_utf8_lossy(&o.stdout);
    assert_eq!(
        out.matches("connected (no uuid)").count(),
        2,
        "both listed as such:\n{out}"
    );
}
