//! The uplink hangar: the listener IncludeOS instances dock to (HTTP/1.1, over TLS unless
//! `--nouplinktls`). `POST /auth` trades an uplink token for a session token, `GET /dock`
//! upgrades to a websocket that carries transports (see `protocol::transport` and docs/UPLINK.md).
//!
//! - [`handshake`]: the two HTTP endpoints and the lenient upgrade check.
//! - [`frame`]: the websocket frame layer, shaped for what IncludeOS puts on the wire.
//! - [`connection`]: one task per docked instance (reassembly, spaced writes, heartbeat).
//! - [`registry`]: the [`Hangar`], shared state: who is docked, commands, events.
//! - [`identity`]: which dock may take a docked instance's place; instances without a uuid.
//! - [`newcomers`]: how many new instances an uplink token may add.
//! - [`sessions`]: uplink tokens ([`UplinkTokens`]) and session tokens.
//! - [`writer`]: batched persistence of what instances send.
//! - [`idle`]: the thread that pings idle docked instances outside tokio.

mod connection;
pub mod frame;
pub mod handshake;
mod identity;
mod idle;
pub mod newcomers;
pub mod registry;
pub mod sessions;
mod writer;

use std::convert::Infallible;

use tokio::net::TcpListener;
use tokio::sync::watch;

pub use connection::MIN_TRANSFER_RATE;
pub use registry::{
    Command, DockNotice, Hangar, HangarError, InstanceEvent, Live, NoAck, RedockGuard, UpdateImage,
};
pub use sessions::{StaticTokens, StoreTokens, Token, UplinkTokens, config_token_key};

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

/// glibc arenas the server allocates from, at most (see [`tune_allocator`]).
#[cfg(all(target_os = "linux", target_env = "gnu"))]
const MALLOC_ARENAS: i32 = 2;

/// Caps glibc's heap arenas. By default glibc gives threads up to eight arenas per core, and a
/// docked connection's memory (its TLS state most of all) is allocated on whichever worker or
/// blocking-pool thread touched it: the free space of every arena then holds pieces of the
/// connections that live in it, and the steady state carries more heap than it uses. Called
/// before the runtime starts its threads; `MALLOC_ARENA_MAX` in the environment still wins.
pub fn tune_allocator() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    if std::env::var_os("MALLOC_ARENA_MAX").is_none() {
        // SAFETY: mallopt only sets an allocator parameter; no allocation is in flight here.
        unsafe {
            libc::mallopt(libc::M_ARENA_MAX, MALLOC_ARENAS);
        }
    }
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
    let trimmer = tokio::spawn(trim_heap_periodically(shutdown.clone()));
    let mut options = ListenOptions::new(tls);
    options.http1_only = true;
    options.max_connections = config.max_connections.max(1);
    options.max_connections_per_address = config.max_connections_per_address.max(1);
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
    trimmer.abort();
    hangar.close().await;
}

/// How often freed heap memory is handed back to the system.
const TRIM_INTERVAL: std::time::Duration = std::time::Duration::from_secs(30);

/// A docking wave (every instance reconnecting after a restart) sets up thousands of TLS
/// handshakes at once; their buffers are freed afterwards, but glibc keeps the freed memory in
/// its per-thread arenas, so the steady state would carry the wave's peak for ever (measured:
/// 6 KiB per docked instance after a 10,000-instance wave). `malloc_trim` gives it back. It only
/// walks free lists, on the blocking pool, twice a minute.
async fn trim_heap_periodically(mut shutdown: watch::Receiver<bool>) {
    loop {
        tokio::select! {
            _ = tokio::time::sleep(TRIM_INTERVAL) => {}
            _ = shutdown.wait_for(|s| *s) => return,
        }
        #[cfg(all(target_os = "linux", target_env = "gnu"))]
        {
            // SAFETY: malloc_trim only releases free heap pages; it takes glibc's own locks.
            let _ = tokio::task::spawn_blocking(|| unsafe { libc::malloc_trim(0) }).await;
        }
    }
}
