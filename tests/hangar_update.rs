//! The live-update primitive deploys build on: a hangar served on its own (plain uplink, no
//! TLS) sends an UPDATE to an emulated instance, gets the SHA-1 ack, and sees the instance
//! vanish and dock again reporting the new binary.

use std::sync::Arc;
use std::time::Duration;

use bytes::Bytes;
use mothership::server::config::HangarConfig;
use mothership::server::uplink::{self, Hangar, InstanceEvent, StaticTokens};
use mothership::store::Store;
use sha1::{Digest, Sha1};
use tokio::net::TcpListener;
use tokio::sync::watch;

use crate::helper::UPLINK_TOKEN;
use crate::helper::instance::{self, Event, InstanceSpec};
use crate::helper::wire::Target;

struct Bare {
    hangar: Hangar,
    target: Target,
    _stop: watch::Sender<bool>,
    _dir: tempfile::TempDir,
}

async fn bare_hangar() -> Bare {
    let dir = tempfile::tempdir().expect("tempdir");
    let root = dir.path().to_owned();
    let store = tokio::task::spawn_blocking(move || Store::open(&root))
        .await
        .expect("join")
        .expect("store");
    let config = HangarConfig {
        ping_interval_ms: 150,
        write_gap_ms: 30,
        idle_timeout_ms: 2_000,
        ..HangarConfig::default()
    };
    let (stop, shutdown) = watch::channel(false);
    let hangar = Hangar::start(
        config,
        store,
        Arc::new(StaticTokens(vec![UPLINK_TOKEN.to_owned()])),
        shutdown.clone(),
    )
    .await
    .expect("hangar");
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let addr = listener.local_addr().expect("addr");
    tokio::spawn(uplink::serve(listener, None, hangar.clone(), shutdown));
    Bare {
        hangar,
        target: Target {
            addr,
            tls: None,
            bind: None,
        },
        _stop: stop,
        _dir: dir,
    }
}

/// Waits until the hangar has registered the instance's IDENT.
async fn wait_live(hangar: &Hangar, uuid: &str) -> u64 {
    crate::hangar::wait_until(Duration::from_secs(10), "registered", || async {
        hangar.live(uuid).map(|l| l.conn_id)
    })
    .await
}

async fn next_event(events: &mut tokio::sync::mpsc::Receiver<InstanceEvent>) -> InstanceEvent {
    tokio::time::timeout(Duration::from_secs(10), events.recv())
        .await
        .expect("an event in time")
        .expect("watching")
}

#[tokio::test]
async fn update_is_acked_and_the_instance_docks_again_with_its_hash() {
    let bare = bare_hangar().await;
    let spec = InstanceSpec::new(UPLINK_TOKEN);
    let mut inst = instance::spawn(bare.target.clone(), spec.clone());
    inst.wait_docked().await;
    let first_conn = wait_live(&bare.hangar, &spec.uuid).await;
    let mut events = bare.hangar.subscribe(&spec.uuid);

    let mut image = b"\x7fELF".to_vec();
    image.resize(3 * 1024 * 1024 + 7, 0xAB);
    let expected = hex::encode(Sha1::digest(&image));
    let ack = bare
        .hangar
        .send_update(&spec.uuid, Bytes::from(image.clone()))
        .expect("docked");
    let hash = tokio::time::timeout(Duration::from_secs(10), ack)
        .await
        .expect("ack in time")
        .expect("answered")
        .expect("acked");
    assert_eq!(hash, expected);
    assert_eq!(
        next_event(&mut events).await,
        InstanceEvent::UpdateAck {
            conn_id: first_conn,
            hash: expected.clone()
        }
    );
    // The instance comes back on a new connection reporting the image it now runs.
    loop {
        match next_event(&mut events).await {
            InstanceEvent::Docked {
                conn_id, binary, ..
            } => {
                assert_ne!(conn_id, first_conn);
                assert_eq!(binary.as_deref(), Some(expected.as_str()));
                break;
            }
            InstanceEvent::Disconnected { conn_id, .. } => assert_eq!(conn_id, first_conn),
            other => panic!("unexpected {other:?}"),
        }
    }
    assert_eq!(
        inst.wait_for(Duration::from_secs(5), |e| matches!(
            e,
            Event::Updated { .. }
        ))
        .await,
        Event::Updated {
            len: image.len(),
            hash: expected.clone()
        }
    );
    inst.wait_for(Duration::from_secs(5), |e| {
        matches!(e, Event::Docked { n: 2, .. })
    })
    .await;
    assert_eq!(inst.counters().crowded_reads, 0);
}

#[tokio::test]
async fn a_non_elf_update_is_acked_but_the_instance_comes_back_unchanged() {
    let bare = bare_hangar().await;
    let spec = InstanceSpec::new(UPLINK_TOKEN);
    let mut inst = instance::spawn(bare.target.clone(), spec.clone());
    inst.wait_docked().await;
    wait_live(&bare.hangar, &spec.uuid).await;
    let mut events = bare.hangar.subscribe(&spec.uuid);
    let ack = bare
        .hangar
        .send_update(&spec.uuid, Bytes::from_static(b"not an ELF file"))
        .expect("docked");
    let hash = ack.await.expect("answered").expect("acked");
    assert_eq!(hash, hex::encode(Sha1::digest(b"not an ELF file")));
    loop {
        if let InstanceEvent::Docked { binary, .. } = next_event(&mut events).await {
            assert_eq!(binary, None);
            break;
        }
    }
    // Not docked: the update is refused at once.
    assert!(
        bare.hangar
            .send_update("no-such-uuid", Bytes::new())
            .is_err()
    );
}
