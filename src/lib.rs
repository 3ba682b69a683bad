//! Mothership: manages a fleet of IncludeOS unikernel instances.
//!
//! # Layout
//! One binary is both the server (`mothership serve`) and the command-line client for it.
//!
//! - [`cli`]: the clap command tree shared by the binary, completions and man pages.
//! - [`protocol`]: every type that crosses the wire, for both sides: API bodies, the error body,
//!   uplink transports.
//! - [`server`]: `serve()`: configuration, TLS, basic auth, the `/v1` API, the uplink hangar,
//!   the deploy engine (live updates) and the upgrade engine (build for an instance, then deploy).
//! - [`store`]: `runtime_files/` persistence behind a narrow interface (SQLite + blob files).
//! - [`builders`]: bob providers, builders on the Docker engine (bollard), build jobs and NaCl
//!   validation; used by the server.
//! - [`client`]: the API client and one module per client subcommand.
//! - [`logline`]: the log's field formatter, which keeps every event on one line whatever peers
//!   put in its fields.
//! - [`htpasswd`]: Apache htpasswd files with bcrypt hashes, read by the server and written by the
//!   `htpasswd` subcommand.
//! - [`nacl`]: NaCl parsed and checked natively (no builder); depends on nothing else here.
//! - [`size`]: byte sizes for people (`256MiB` limits, table columns).
//! - [`tlsutil`]: certificate helpers both sides need (fingerprints, PEM loading).
//!
//! `server` and `client` never import each other; both import `protocol`.

pub mod builders;
pub mod cli;
pub mod client;
pub mod htpasswd;
pub mod logline;
pub mod metrics;
pub mod nacl;
pub mod protocol;
pub mod server;
pub mod size;
pub mod store;
pub mod tlsutil;

/// The crate version, reported by `/v1/info` and `--version`.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");
