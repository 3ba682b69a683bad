//! The uplink hangar against emulated IncludeOS instances that write exactly what real ones do.

use std::time::Duration;

use crate::helper::instance::{self, Event, InstanceSpec};
use crate::helper::wire;
use crate::helper::{TestServer, UPLINK_TOKEN};

#[tokio::test]
async fn instance_docks_with_the_wire_quirks() {
    let server = TestServer::start().await;
    let mut inst = instance::spawn(server.uplink_target(), InstanceSpec::new(UPLINK_TOKEN));
    let docked = inst.wait_docked().await;
    assert_eq!(docked, Event::Docked { n: 1, binary: None });
    let _ = wire::TEXT;
    let _ = Duration::from_secs(1);
}
