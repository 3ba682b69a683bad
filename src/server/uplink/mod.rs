//! The uplink hangar: the listener IncludeOS instances dock to (HTTP/1.1, over TLS unless
//! `--nouplinktls`). `POST /auth` trades an uplink token for a session token, `GET /dock`
//! upgrades to a websocket that carries transports (see `protocol::transport` and docs/UPLINK.md).
//!
//! - [`handshake`]: the two HTTP endpoints and the lenient upgrade check.
//! - [`frame`]: the websocket frame layer, shaped for what IncludeOS puts on the wire.
//! - [`connection`]: one task per docked instance (reassembly, spaced writes, heartbeat).
//! - [`registry`]: the [`Hangar`], shared state: who is docked, commands, events.
//! - [`identity`]: which dock may take a docked instance's place; instances without a uuid.
//! - [`sessions`]: uplink tokens ([`UplinkTokens`]) and session tokens.
//! - [`writer`]: batched persistence of what instances send.

mod connection;
pub mod frame;
pub mod handshake;
mod identity;
pub mod registry;
pub mod sessions;
mod writer;

use std::convert::Infallible;

use tokio::net::TcpListener;
use tokio::sync::watch;

pub use connection::{MIN_TRANSFER_RATE, transfer_allowance};
pub use registry::{Command, Hangar, HangarError, InstanceEvent, Live, NoAck};
pub use sessions::{StaticTokens, StoreTokens, UplinkTokens};

use super::http::{ListenOptions, Tls, serve as serve_http};

/// Raises this process's open-file limit to its hard limit: every docked instance holds a
/// socket, and the usual soft limit (1024) would cap the fleet far below what the hangar holds.
/// Returns the limit now in force.
pub fn raise_fd_limit() -> Option<u64> {
    let mut limit = libc::rlimit {
        rlim_cur: 0,
        rlim_max: 0,
    };
    // SAFETY: getrlimit and setrlimit only read and write the struct passed to them.
    unsafe {
        if libc::getrlimit(libc::RLIMIT_NOFILE, &mut limit) != 0 {
            return None;
        }
        if limit.rlim_cur < limit.rlim_max {
            let raised = libc::rlimit {
                rlim_cur: limit.rlim_max,
                rlim_max: limit.rlim_max,
            };
            if libc::setrlimit(libc::RLIMIT_NOFILE, &raised) == 0 {
                limit = raised;
            }
        }
    }
    Some(limit.rlim_cur)
}

/// Serves the hangar until `shutdown` turns true, then waits for the docked connections to end
/// and for the store writer to commit what they sent.
pub async fn serve(
    listener: TcpListener,
    tls: Option<Tls>,
    hangar: Hangar,
    shutdown: watch::Receiver<bool>,
) {
    let config = hangar.config();
    let mut options = ListenOptions::new(tls);
    options.http1_only = true;
    options.max_connections = config.max_connections.max(1);
    options.handshake_timeout = config.handshake_timeout();
    options.header_timeout = config.handshake_timeout();
    let h = hangar.clone();
    serve_http(
        listener,
        options,
        move |peer| {
            let h = h.clone();
            hyper::service::service_fn(move |req| {
                let h = h.clone();
                async move { Ok::<_, Infallible>(handshake::handle(h, peer, req).await) }
            })
        },
        shutdown,
    )
    .await;
    hangar.close().await;
}
