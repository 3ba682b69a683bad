//! Server configuration: `serve` flags, `MOTHERSHIP_*` environment variables and
//! `config_files/config.yaml`, merged in that order of precedence over the defaults.

use std::net::IpAddr;
use std::path::{Path, PathBuf};
use std::time::Duration;

use clap::Args;
use serde::Deserialize;

use crate::protocol::transport::TransportLimits;
use crate::size::ByteSize;

pub use super::events::EventsConfig;

/// How API requests are authenticated.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum AuthMode {
    /// HTTP basic auth against the htpasswd file
    Basic,
    /// No authentication (only behind something that authenticates for us)
    None,
}

/// Where the server reports its figures and the instances' STATS besides `/metrics`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum MetricsReporter {
    /// Nowhere (`GET /metrics` still serves them)
    None,
    /// InfluxDB 1.x over its HTTP API (--influxdb-url, --influxdb-database, ...)
    Influxdb,
}

/// Which TLS the uplink port speaks (see docs/ARCHITECTURE.md, "The uplink's TLS").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum UplinkTlsMode {
    /// TLS 1.2 and 1.3 with forward-secret suites only; real IncludeOS instances cannot dock
    Modern,
    /// The modern suites plus TLS_RSA_WITH_AES_256_CBC_SHA, the only suite real IncludeOS
    /// instances offer (no forward secrecy; needs an RSA certificate)
    Compatible,
}

impl UplinkTlsMode {
    pub fn as_str(self) -> &'static str {
        match self {
            UplinkTlsMode::Modern => "modern",
            UplinkTlsMode::Compatible => "compatible",
        }
    }
}

/// Options of `mothership serve`. Every option is optional here so that the config file can fill
/// in what neither a flag nor the environment set.
#[derive(Debug, Clone, Default, Args)]
pub struct ServeArgs {
    /// Name this Mothership reports [default: mothership]
    #[arg(long, env = "MOTHERSHIP_NAME")]
    pub name: Option<String>,

    /// TLS certificate (PEM) for the API and the uplink [default: <config-dir>/cert.pem]
    #[arg(long, env = "MOTHERSHIP_CERTFILE", value_name = "FILE")]
    pub certfile: Option<PathBuf>,

    /// TLS private key (PEM) [default: <config-dir>/key.pem]
    #[arg(long, env = "MOTHERSHIP_KEYFILE", value_name = "FILE")]
    pub keyfile: Option<PathBuf>,

    /// TLS certificate (PEM) the uplink port presents; RSA while --uplinktls is compatible
    /// [default: the --certfile]
    #[arg(long, env = "MOTHERSHIP_UPLINKCERTFILE", value_name = "FILE")]
    pub uplinkcertfile: Option<PathBuf>,

    /// Private key (PEM) of --uplinkcertfile [default: the --keyfile]
    #[arg(long, env = "MOTHERSHIP_UPLINKKEYFILE", value_name = "FILE")]
    pub uplinkkeyfile: Option<PathBuf>,

    /// TLS of the uplink port: `compatible` adds the legacy suite real IncludeOS instances need
    /// (TLS_RSA_WITH_AES_256_CBC_SHA, no forward secrecy), `modern` refuses it [default:
    /// compatible]
    #[arg(long, env = "MOTHERSHIP_UPLINKTLS", value_enum, value_name = "MODE")]
    pub uplinktls: Option<UplinkTlsMode>,

    /// Empty the runtime directory (images, instances, builds) before starting
    #[arg(long, env = "MOTHERSHIP_CLEAN", num_args = 0..=1, require_equals = true,
          default_missing_value = "true", value_parser = clap::builder::BoolishValueParser::new(),
          value_name = "BOOL")]
    pub clean: Option<bool>,

    /// API authentication [default: basic]
    #[arg(long, env = "MOTHERSHIP_SERVERAUTH", value_enum, value_name = "METHOD")]
    pub serverauth: Option<AuthMode>,

    /// Authentication of GET /metrics (Prometheus): `basic` like the API, or `none` for a
    /// scraper that cannot log in [default: basic]
    #[arg(
        long,
        env = "MOTHERSHIP_METRICSAUTH",
        value_enum,
        value_name = "METHOD"
    )]
    pub metricsauth: Option<AuthMode>,

    /// Also report the server's figures and every instance's STATS to InfluxDB (`influxdb`),
    /// batched; while it is unreachable points wait in a bounded buffer, the oldest dropped
    /// first [default: none]
    #[arg(
        long,
        env = "MOTHERSHIP_METRICSREPORTER",
        value_enum,
        value_name = "REPORTER"
    )]
    pub metricsreporter: Option<MetricsReporter>,

    /// InfluxDB (1.x HTTP API) to report to [default: http://localhost:8086]
    #[arg(long, env = "INFLUXDB_URL", value_name = "URL")]
    pub influxdb_url: Option<String>,

    /// InfluxDB database the points go to; it must exist [default: mothership]
    #[arg(long, env = "INFLUXDB_DATABASE", value_name = "NAME")]
    pub influxdb_database: Option<String>,

    /// InfluxDB user (basic auth) [default: none]
    #[arg(long, env = "INFLUXDB_USERNAME", value_name = "USER")]
    pub influxdb_username: Option<String>,

    /// Password of --influxdb-username; better given as INFLUXDB_PASSWORD or in the config
    /// file than on the command line, where other users see it [default: none]
    #[arg(
        long,
        env = "INFLUXDB_PASSWORD",
        value_name = "PASSWORD",
        hide_env_values = true
    )]
    pub influxdb_password: Option<String>,

    /// Port of the HTTPS API [default: 8080]
    #[arg(long, env = "MOTHERSHIP_SERVERPORT", value_name = "PORT")]
    pub serverport: Option<u16>,

    /// Port of the uplink hangar that instances dock to [default: 9090]
    #[arg(long, env = "MOTHERSHIP_UPLINKPORT", value_name = "PORT")]
    pub uplinkport: Option<u16>,

    /// Serve the API over plain HTTP
    #[arg(long, env = "MOTHERSHIP_NOSERVERTLS", num_args = 0..=1, require_equals = true,
          default_missing_value = "true", value_parser = clap::builder::BoolishValueParser::new(),
          value_name = "BOOL")]
    pub noservertls: Option<bool>,

    /// Serve the uplink over plain HTTP/WS
    #[arg(long, env = "MOTHERSHIP_NOUPLINKTLS", num_args = 0..=1, require_equals = true,
          default_missing_value = "true", value_parser = clap::builder::BoolishValueParser::new(),
          value_name = "BOOL")]
    pub nouplinktls: Option<bool>,

    /// Log every request and debug details
    #[arg(long, env = "MOTHERSHIP_VERBOSELOGGING", num_args = 0..=1, require_equals = true,
          default_missing_value = "true", value_parser = clap::builder::BoolishValueParser::new(),
          value_name = "BOOL")]
    pub verboselogging: Option<bool>,

    /// docker-run style options for build containers, e.g. "--privileged --memory 2g"
    #[arg(
        long,
        env = "MOTHERSHIP_DOCKEROPTIONS",
        value_name = "OPTIONS",
        allow_hyphen_values = true
    )]
    pub dockeroptions: Option<String>,

    /// Docker engine for builders: unix:///path or tcp://host:port [default: DOCKER_HOST, else
    /// unix:///var/run/docker.sock]
    #[arg(long, env = "MOTHERSHIP_DOCKERHOST", value_name = "URL")]
    pub dockerhost: Option<String>,

    /// Registry of the DockerHub bob provider [default: https://registry-1.docker.io]
    #[arg(long, env = "MOTHERSHIP_DOCKERHUBURL", value_name = "URL")]
    pub dockerhuburl: Option<String>,

    /// Repository of the DockerHub bob provider [default: includeos/builder]
    #[arg(long, env = "MOTHERSHIP_DOCKERHUBREPO", value_name = "REPOSITORY")]
    pub dockerhubrepo: Option<String>,

    /// Seconds a build may take before it is stopped [default: 1800]
    #[arg(long, env = "MOTHERSHIP_BUILDTIMEOUT", value_name = "SECONDS")]
    pub buildtimeout: Option<u64>,

    /// Builds running at once; more wait in a queue [default: 2]
    #[arg(long, env = "MOTHERSHIP_MAXBUILDS", value_name = "N")]
    pub maxbuilds: Option<usize>,

    /// Config file [default: <config-dir>/config.yaml, if it exists]
    #[arg(long, env = "MOTHERSHIP_CONFIG", value_name = "FILE")]
    pub config: Option<PathBuf>,

    /// Directory of config.yaml, .htpasswd, cert.pem and key.pem [default: config_files]
    #[arg(long, env = "MOTHERSHIP_CONFIG_DIR", value_name = "DIR")]
    pub config_dir: Option<PathBuf>,

    /// Directory of the state that survives restarts [default: runtime_files]
    #[arg(long, env = "MOTHERSHIP_RUNTIME_DIR", value_name = "DIR")]
    pub runtime_dir: Option<PathBuf>,

    /// Address to listen on [default: 0.0.0.0]
    #[arg(long, env = "MOTHERSHIP_BIND", value_name = "ADDR")]
    pub bind: Option<IpAddr>,

    /// htpasswd file of the API users [default: <config-dir>/.htpasswd]
    #[arg(long, env = "MOTHERSHIP_HTPASSWD", value_name = "FILE")]
    pub htpasswd: Option<PathBuf>,

    /// Failed logins one client address may make per minute (in a burst of as many) before it
    /// is answered 429 until its budget refills [default: 10]
    #[arg(long, env = "MOTHERSHIP_LOGINFAILURELIMIT", value_name = "N")]
    pub loginfailurelimit: Option<u32>,

    /// Password checks that may wait in each of the three lanes (addresses that logged in
    /// before, new ones, ones that failed lately); one more is answered 503 at once [default:
    /// 32]
    #[arg(long, env = "MOTHERSHIP_LOGINQUEUE", value_name = "N")]
    pub loginqueue: Option<usize>,

    /// How long a web interface login lasts, e.g. 12h, 90m [default: 12h]
    #[arg(long, env = "MOTHERSHIP_SESSIONLIFETIME", value_name = "DURATION")]
    pub sessionlifetime: Option<Timeout>,

    /// Web interface logins kept at once; a login past it ends the one closest to its expiry
    /// [default: 10000]
    #[arg(long, env = "MOTHERSHIP_SESSIONLIMIT", value_name = "N")]
    pub sessionlimit: Option<usize>,

    /// API connections served at once from one client address (an IPv6 /64); more are closed
    /// when accepted [default: 256]
    #[arg(long, env = "MOTHERSHIP_CONNECTIONSPERADDRESS", value_name = "N")]
    pub connectionsperaddress: Option<usize>,

    /// Largest image upload accepted, e.g. 268435456 or 512MiB [default: 256MiB]
    #[arg(long, env = "MOTHERSHIP_IMAGESIZELIMIT", value_name = "SIZE")]
    pub imagesizelimit: Option<ByteSize>,
    /// Uplink token instances may authenticate with, at least 16 characters (repeat for
    /// several; the environment variable takes a comma-separated list)
    #[arg(
        long = "uplinktoken",
        env = "MOTHERSHIP_UPLINKTOKENS",
        value_name = "TOKEN",
        value_delimiter = ',',
        hide_env_values = true
    )]
    pub uplinktokens: Vec<String>,

    /// Log kept per instance, in MiB (the newest is kept) [default: 10]
    #[arg(long, env = "MOTHERSHIP_INSTANCELOGSIZE", value_name = "MIB")]
    pub instancelogsize: Option<u64>,

    /// Time a deployed instance has to ack the image and dock again running it, e.g. 60, 90s,
    /// 2m [default: 60s]
    #[arg(long, env = "MOTHERSHIP_DEPLOYTIMEOUT", value_name = "DURATION")]
    pub deploytimeout: Option<Timeout>,

    /// A request body (an image upload, say) that sends nothing for this long is dropped with
    /// a 408, e.g. 30, 90s, 2m [default: 30s]
    #[arg(long, env = "MOTHERSHIP_BODYTIMEOUT", value_name = "DURATION")]
    pub bodytimeout: Option<Timeout>,
}

/// A duration written as seconds (`60`, `1.5`) or with a unit (`500ms`, `90s`, `2m`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Timeout(pub Duration);

impl std::str::FromStr for Timeout {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let t = s.trim();
        let split = t
            .find(|c: char| !(c.is_ascii_digit() || c == '.'))
            .unwrap_or(t.len());
        let (number, unit) = t.split_at(split);
        let bad = || format!("invalid duration {s:?}: write seconds (60) or 500ms, 90s, 2m");
        let value: f64 = number.parse().map_err(|_| bad())?;
        let factor = match unit.trim() {
            "" | "s" => 1.0,
            "ms" => 0.001,
            "m" | "min" => 60.0,
            "h" => 3600.0,
            _ => return Err(bad()),
        };
        let secs = value * factor;
        if !secs.is_finite() || secs <= 0.0 || secs > 86_400.0 {
            return Err(format!(
                "invalid duration {s:?}: must be more than 0 and at most a day"
            ));
        }
        Ok(Timeout(Duration::from_secs_f64(secs)))
    }
}

impl<'de> Deserialize<'de> for Timeout {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Raw {
            Number(f64),
            Text(String),
        }
        match Raw::deserialize(d)? {
            Raw::Number(n) => n.to_string().parse().map_err(serde::de::Error::custom),
            Raw::Text(t) => t.parse().map_err(serde::de::Error::custom),
        }
    }
}

/// The keys `config.yaml` may hold; anything else is an error naming the key.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FileConfig {
    pub name: Option<String>,
    pub certfile: Option<PathBuf>,
    pub keyfile: Option<PathBuf>,
    pub uplinkcertfile: Option<PathBuf>,
    pub uplinkkeyfile: Option<PathBuf>,
    pub uplinktls: Option<UplinkTlsMode>,
    pub clean: Option<bool>,
    pub serverauth: Option<AuthMode>,
    pub metricsauth: Option<AuthMode>,
    pub metricsreporter: Option<MetricsReporter>,
    pub influxdb_url: Option<String>,
    pub influxdb_database: Option<String>,
    pub influxdb_username: Option<String>,
    pub influxdb_password: Option<String>,
    /// Tuning of the InfluxDB reporter (buffer, batches, intervals); see [`InfluxTuning`].
    pub influxdb: Option<InfluxTuning>,
    pub serverport: Option<u16>,
    pub uplinkport: Option<u16>,
    pub noservertls: Option<bool>,
    pub nouplinktls: Option<bool>,
    pub verboselogging: Option<bool>,
    pub dockeroptions: Option<String>,
    pub dockerhost: Option<String>,
    pub dockerhuburl: Option<String>,
    pub dockerhubrepo: Option<String>,
    pub buildtimeout: Option<u64>,
    pub maxbuilds: Option<usize>,
    pub runtime_dir: Option<PathBuf>,
    pub bind: Option<IpAddr>,
    pub htpasswd: Option<PathBuf>,
    pub loginfailurelimit: Option<u32>,
    pub loginqueue: Option<usize>,
    pub sessionlifetime: Option<Timeout>,
    pub sessionlimit: Option<usize>,
    pub connectionsperaddress: Option<usize>,
    pub imagesizelimit: Option<ByteSize>,
    pub uplinktokens: Option<Vec<String>>,
    pub instancelogsize: Option<u64>,
    pub deploytimeout: Option<Timeout>,
    pub bodytimeout: Option<Timeout>,
    /// Tuning of the uplink hangar (timeouts, bounds); see [`HangarConfig`].
    pub hangar: Option<HangarConfig>,
    /// Event history, webhook deliveries, audit log size; see [`EventsConfig`].
    pub events: Option<EventsConfig>,
}

/// Tuning of the InfluxDB reporter. In config.yaml under `influxdb:`; every key is optional.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct InfluxTuning {
    /// Points waiting to be written at most; beyond it the oldest are dropped (and counted).
    pub buffer_points: usize,
    /// ...and their bytes (in the line protocol) at most.
    pub buffer_bytes: usize,
    /// Points per write request at most...
    pub batch_points: usize,
    /// ...and bytes (InfluxDB refuses bodies over 25 MB by default).
    pub batch_bytes: usize,
    /// Buffered points are written at least this often (sooner when a batch is full).
    pub flush_interval_ms: u64,
    /// The server's own figures are reported this often.
    pub server_interval_ms: u64,
    /// A write request that takes longer fails (and is retried with back-off).
    pub request_timeout_ms: u64,
}

impl Default for InfluxTuning {
    fn default() -> Self {
        InfluxTuning {
            buffer_points: 1_000_000,
            buffer_bytes: 128 << 20,
            batch_points: 5_000,
            batch_bytes: 4 << 20,
            flush_interval_ms: 1_000,
            server_interval_ms: 10_000,
            request_timeout_ms: 30_000,
        }
    }
}

/// Tuning of the uplink hangar. In config.yaml under `hangar:`; every key is optional.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct HangarConfig {
    /// Server pings every this many ms (instances ping on their own after 10 s of silence).
    pub ping_interval_ms: u64,
    /// A connection without any frame for this long is disconnected.
    pub idle_timeout_ms: u64,
    /// Minimum gap between two frames written to one instance (its receive side loses frames
    /// that arrive together).
    pub write_gap_ms: u64,
    /// Time to finish TLS, the upgrade, and to send IDENT after docking.
    pub handshake_timeout_ms: u64,
    /// An unused session token from `/auth` expires after this long.
    pub session_ttl_ms: u64,
    /// Docked instances (and HTTP connections in flight) at most.
    pub max_connections: usize,
    /// HTTP connections in flight (`/auth`, `/dock` before the upgrade) from one peer address.
    pub max_connections_per_address: usize,
    /// Session tokens issued by `/auth` and not used yet, in all.
    pub max_pending_sessions: usize,
    /// Pending session tokens per peer address; a new one past it replaces the address's
    /// oldest.
    pub max_pending_sessions_per_address: usize,
    /// Pending session tokens per instance uuid; a new one past it replaces the uuid's oldest.
    pub max_pending_sessions_per_uuid: usize,
    /// Log bytes kept per instance (the newest); `--instancelogsize` sets it in MiB.
    pub log_cap_bytes: u64,
    /// Panics kept per instance (the newest).
    pub panics_kept: u32,
    /// STATS answers kept per instance besides the latest.
    pub stats_history: u32,
    /// Instance updates are written to the store in one transaction every this many ms.
    pub flush_interval_ms: u64,
    /// The slowest link an UPDATE is expected to get through, in bytes per second: writing an
    /// image may take `size / rate` on top of the idle timeout before it counts as too slow.
    pub min_transfer_rate: u64,
    /// Largest transport accepted per code, in bytes.
    pub transport_limits: TransportLimits,
    /// Instances not seen (and not docked) for this long are forgotten with everything stored
    /// for them; 0 keeps them for ever.
    pub forget_unseen_after_ms: u64,
    /// Logs, panics and stats history of all instances together are held under this many bytes,
    /// the oldest dropped first; 0 for no cap.
    pub history_cap_bytes: u64,
    /// How often the two above are applied (also once at start-up).
    pub retention_interval_ms: u64,
    /// New instances (uuids not known yet) one uplink token may add at once...
    pub new_instances_burst: u32,
    /// ...and per minute after that; docks over it are refused with 429 at `/auth`.
    pub new_instances_per_minute: u32,
    /// After a TLS handshake on `AES256-SHA` with Encrypt-then-MAC (what real instances
    /// negotiate), speak the record layer in `server::tls_records` instead of OpenSSL's: about
    /// 14 KiB less memory per docked instance and a fraction of the CPU per record.
    pub tls_record_layer: bool,
    /// Docked instances on that record layer with nothing to do but answer pings are served
    /// by one thread's `epoll` loop instead of a task each (`server::uplink::idle`): a
    /// fraction of the CPU per ping.
    pub idle_loop: bool,
    /// An instance not connected when its rollout wave starts gets this long to dock before
    /// the rollout skips it (instances dock again within seconds after a server restart).
    pub rollout_offline_wait_ms: u64,
    /// Desired state: updates tried on an instance that runs another binary than its desired
    /// image before it is `failed` (until its desired image is set again).
    pub desired_max_attempts: u32,
    /// Desired state: wait after a failed attempt before the next, in ms; doubled after each
    /// further failure...
    pub desired_backoff_ms: u64,
    /// ...up to this.
    pub desired_backoff_max_ms: u64,
}

impl Default for HangarConfig {
    fn default() -> Self {
        HangarConfig {
            ping_interval_ms: 8_000,
            idle_timeout_ms: 30_000,
            write_gap_ms: 100,
            handshake_timeout_ms: 10_000,
            session_ttl_ms: 60_000,
            max_connections: 100_000,
            max_connections_per_address: 20_000,
            max_pending_sessions: 200_000,
            max_pending_sessions_per_address: 10_000,
            max_pending_sessions_per_uuid: 8,
            log_cap_bytes: 10 * 1024 * 1024,
            panics_kept: 20,
            stats_history: 60,
            flush_interval_ms: 100,
            min_transfer_rate: crate::server::uplink::MIN_TRANSFER_RATE,
            transport_limits: TransportLimits::default(),
            forget_unseen_after_ms: 30 * 24 * 3600 * 1000,
            history_cap_bytes: 32 << 30,
            retention_interval_ms: 3600 * 1000,
            new_instances_burst: 100_000,
            new_instances_per_minute: 1_000,
            tls_record_layer: true,
            idle_loop: true,
            rollout_offline_wait_ms: 10_000,
            desired_max_attempts: 3,
            desired_backoff_ms: 30_000,
            desired_backoff_max_ms: 3600 * 1000,
        }
    }
}

impl HangarConfig {
    pub fn ping_interval(&self) -> Duration {
        Duration::from_millis(self.ping_interval_ms.max(1))
    }
    pub fn idle_timeout(&self) -> Duration {
        Duration::from_millis(self.idle_timeout_ms.max(1))
    }
    pub fn write_gap(&self) -> Duration {
        Duration::from_millis(self.write_gap_ms)
    }
    pub fn handshake_timeout(&self) -> Duration {
        Duration::from_millis(self.handshake_timeout_ms.max(1))
    }
    pub fn session_ttl(&self) -> Duration {
        Duration::from_millis(self.session_ttl_ms.max(1))
    }
    pub fn retention_interval(&self) -> Duration {
        Duration::from_millis(self.retention_interval_ms.max(1))
    }
    pub fn flush_interval(&self) -> Duration {
        Duration::from_millis(self.flush_interval_ms.max(1))
    }
    /// How long writing `bytes` of an UPDATE may take beyond the idle timeout.
    pub fn transfer_allowance(&self, bytes: u64) -> Duration {
        Duration::from_secs_f64(bytes as f64 / self.min_transfer_rate.max(1) as f64)
    }
}

/// Why the configuration could not be put together.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("failed to read config file {path}: {source}")]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("invalid config file {path}: {message}")]
    Parse { path: PathBuf, message: String },
    #[error(
        "an uplink token (--uplinktoken / uplinktokens:) of {len} characters is too short: \
         tokens must be at least {min} characters, since every instance carries its token and \
         anyone holding it can dock. Use a long random one (e.g. `openssl rand -hex 32`); to move \
         instances off a short token, store it on an uplink (older stores keep such tokens, \
         flagged) and deploy images built for a new uplink"
    )]
    ShortUplinkToken { len: usize, min: usize },
    #[error("--influxdb-url (INFLUXDB_URL, influxdb_url:) {url:?} {why}")]
    InfluxUrl { url: String, why: String },
}

/// The resolved server configuration.
#[derive(Debug, Clone)]
pub struct ServerConfig {
    pub name: String,
    pub config_dir: PathBuf,
    pub runtime_dir: PathBuf,
    pub certfile: PathBuf,
    pub keyfile: PathBuf,
    /// What the uplink port presents (by default the API's pair).
    pub uplink_certfile: PathBuf,
    pub uplink_keyfile: PathBuf,
    pub uplink_tls_mode: UplinkTlsMode,
    pub htpasswd: PathBuf,
    pub clean: bool,
    pub auth: AuthMode,
    /// Authentication of `/metrics`; with `auth` off it is off too.
    pub metrics_auth: AuthMode,
    /// Where to report figures and STATS to besides `/metrics` (`--metricsreporter influxdb`).
    pub influxdb: Option<crate::server::influx::InfluxConfig>,
    pub bind: IpAddr,
    pub serverport: u16,
    pub uplinkport: u16,
    pub server_tls: bool,
    pub uplink_tls: bool,
    pub verbose: bool,
    pub dockeroptions: Option<String>,
    /// Time a client has to finish the TLS handshake on the API port. Not a user option: tests
    /// shorten it.
    pub handshake_timeout: std::time::Duration,
    /// Time a client has to send a request's headers (and its first request, and its next one
    /// on an idle HTTP/1 or HTTP/2 connection) on the API port. Not a user option: tests
    /// shorten it.
    pub header_timeout: std::time::Duration,
    /// Failed logins per client address per minute before 429 (`--loginfailurelimit`).
    pub login_failures_per_minute: u32,
    /// Password checks waiting per lane before 503 (`--loginqueue`).
    pub login_queue: usize,
    /// How long a web interface login lasts (`--sessionlifetime`).
    pub session_lifetime: Duration,
    /// Web interface logins kept at once (`--sessionlimit`).
    pub session_limit: usize,
    /// API connections per client address (`--connectionsperaddress`).
    pub max_connections_per_address: usize,
    /// Largest image upload accepted, in bytes.
    pub image_size_limit: u64,
    /// Tokens `/auth` accepts until the uplinks table provides them.
    pub uplink_tokens: Vec<String>,
    pub hangar: HangarConfig,
    /// `None`: `DOCKER_HOST`, else the default socket.
    pub docker_host: Option<String>,
    pub dockerhub_url: String,
    pub dockerhub_repository: String,
    pub build_timeout_secs: u64,
    pub max_builds: usize,
    /// Time a deployed instance has to ack and dock again running the image.
    pub deploy_timeout: Duration,
    /// A request body silent this long while its handler waits for it is dropped (408).
    pub body_timeout: Duration,
    /// Event history, webhooks, audit log (config.yaml `events:`).
    pub events: EventsConfig,
}

/// The default of `--imagesizelimit`.
pub const DEFAULT_IMAGE_SIZE_LIMIT: u64 = 256 << 20;
/// The default of `--deploytimeout`.
pub const DEFAULT_DEPLOY_TIMEOUT: Duration = Duration::from_secs(60);
/// The default of `--bodytimeout`.
pub const DEFAULT_BODY_TIMEOUT: Duration = Duration::from_secs(30);

impl ServerConfig {
    /// A configuration with every default, rooted at `config_dir` and `runtime_dir`. Tests start
    /// from this and change what they need.
    pub fn with_dirs(config_dir: PathBuf, runtime_dir: PathBuf) -> Self {
        ServerConfig {
            name: "mothership".into(),
            certfile: config_dir.join("cert.pem"),
            keyfile: config_dir.join("key.pem"),
            uplink_certfile: config_dir.join("cert.pem"),
            uplink_keyfile: config_dir.join("key.pem"),
            uplink_tls_mode: UplinkTlsMode::Compatible,
            htpasswd: config_dir.join(".htpasswd"),
            config_dir,
            runtime_dir,
            clean: false,
            auth: AuthMode::Basic,
            metrics_auth: AuthMode::Basic,
            influxdb: None,
            bind: IpAddr::from([0, 0, 0, 0]),
            serverport: 8080,
            uplinkport: 9090,
            server_tls: true,
            uplink_tls: true,
            verbose: false,
            dockeroptions: None,
            handshake_timeout: std::time::Duration::from_secs(10),
            header_timeout: std::time::Duration::from_secs(30),
            login_failures_per_minute: crate::server::auth::DEFAULT_LOGIN_FAILURES_PER_MINUTE,
            login_queue: crate::server::auth::DEFAULT_LOGIN_QUEUE,
            session_lifetime: crate::server::session::DEFAULT_SESSION_LIFETIME,
            session_limit: crate::server::session::DEFAULT_SESSION_LIMIT,
            max_connections_per_address: crate::server::http::DEFAULT_MAX_CONNECTIONS_PER_ADDRESS,
            image_size_limit: DEFAULT_IMAGE_SIZE_LIMIT,
            uplink_tokens: Vec::new(),
            hangar: HangarConfig::default(),
            docker_host: None,
            dockerhub_url: "https://registry-1.docker.io".into(),
            dockerhub_repository: "includeos/builder".into(),
            build_timeout_secs: 1800,
            max_builds: 2,
            deploy_timeout: DEFAULT_DEPLOY_TIMEOUT,
            body_timeout: DEFAULT_BODY_TIMEOUT,
            events: EventsConfig::default(),
        }
    }

    /// Merges flags and environment (already combined by clap) over the config file over the
    /// defaults.
    pub fn resolve(args: &ServeArgs) -> Result<Self, ConfigError> {
        let config_dir = args
            .config_dir
            .clone()
            .unwrap_or_else(|| PathBuf::from("config_files"));
        let (file, _) = match &args.config {
            Some(path) => (load_file(path, true)?, Some(path.clone())),
            None => {
                let path = config_dir.join("config.yaml");
                (load_file(&path, false)?, Some(path))
            }
        };
        let runtime_dir = args
            .runtime_dir
            .clone()
            .or(file.runtime_dir)
            .unwrap_or_else(|| PathBuf::from("runtime_files"));
        let mut config = ServerConfig::with_dirs(config_dir, runtime_dir);
        macro_rules! pick {
            ($field:ident, $target:expr) => {
                if let Some(v) = args.$field.clone().or(file.$field.clone()) {
                    $target = v;
                }
            };
        }
        pick!(name, config.name);
        pick!(certfile, config.certfile);
        pick!(keyfile, config.keyfile);
        config.uplink_certfile = args
            .uplinkcertfile
            .clone()
            .or(file.uplinkcertfile.clone())
            .unwrap_or_else(|| config.certfile.clone());
        config.uplink_keyfile = args
            .uplinkkeyfile
            .clone()
            .or(file.uplinkkeyfile.clone())
            .unwrap_or_else(|| config.keyfile.clone());
        pick!(uplinktls, config.uplink_tls_mode);
        pick!(htpasswd, config.htpasswd);
        pick!(loginfailurelimit, config.login_failures_per_minute);
        pick!(loginqueue, config.login_queue);
        if let Some(v) = args.sessionlifetime.or(file.sessionlifetime) {
            config.session_lifetime = v.0;
        }
        pick!(sessionlimit, config.session_limit);
        pick!(connectionsperaddress, config.max_connections_per_address);
        pick!(clean, config.clean);
        pick!(serverauth, config.auth);
        pick!(metricsauth, config.metrics_auth);
        if args.metricsreporter.or(file.metricsreporter) == Some(MetricsReporter::Influxdb) {
            config.influxdb = Some(crate::server::influx::InfluxConfig::resolve(
                args.influxdb_url.clone().or(file.influxdb_url.clone()),
                args.influxdb_database
                    .clone()
                    .or(file.influxdb_database.clone()),
                args.influxdb_username
                    .clone()
                    .or(file.influxdb_username.clone()),
                args.influxdb_password
                    .clone()
                    .or(file.influxdb_password.clone()),
                file.influxdb.clone().unwrap_or_default(),
            )?);
        }
        pick!(bind, config.bind);
        pick!(serverport, config.serverport);
        pick!(uplinkport, config.uplinkport);
        pick!(verboselogging, config.verbose);
        if let Some(v) = args.noservertls.or(file.noservertls) {
            config.server_tls = !v;
        }
        if let Some(v) = args.nouplinktls.or(file.nouplinktls) {
            config.uplink_tls = !v;
        }
        config.dockeroptions = args.dockeroptions.clone().or(file.dockeroptions);
        if let Some(v) = args.imagesizelimit.or(file.imagesizelimit) {
            config.image_size_limit = v.0;
        }
        if let Some(hangar) = file.hangar {
            config.hangar = hangar;
        }
        if let Some(events) = file.events {
            config.events = events;
        }
        config.uplink_tokens = if args.uplinktokens.is_empty() {
            file.uplinktokens.unwrap_or_default()
        } else {
            args.uplinktokens.clone()
        };
        config.uplink_tokens.retain(|t| !t.is_empty());
        let min = crate::protocol::uplinks::MIN_TOKEN_LEN;
        if let Some(short) = config.uplink_tokens.iter().find(|t| t.len() < min) {
            return Err(ConfigError::ShortUplinkToken {
                len: short.len(),
                min,
            });
        }
        if let Some(mib) = args.instancelogsize.or(file.instancelogsize) {
            config.hangar.log_cap_bytes = mib.saturating_mul(1024 * 1024);
        }
        config.docker_host = args.dockerhost.clone().or(file.dockerhost);
        pick!(dockerhuburl, config.dockerhub_url);
        pick!(dockerhubrepo, config.dockerhub_repository);
        pick!(buildtimeout, config.build_timeout_secs);
        pick!(maxbuilds, config.max_builds);
        if let Some(t) = args.deploytimeout.or(file.deploytimeout) {
            config.deploy_timeout = t.0;
        }
        if let Some(t) = args.bodytimeout.or(file.bodytimeout) {
            config.body_timeout = t.0;
        }
        Ok(config)
    }
}

/// Loads a config file; a missing file is an error only when it was asked for by name.
fn load_file(path: &Path, required: bool) -> Result<FileConfig, ConfigError> {
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound && !required => {
            return Ok(FileConfig::default());
        }
        Err(source) => {
            return Err(ConfigError::Read {
                path: path.to_owned(),
                source,
            });
        }
    };
    parse_file(&text, path)
}

/// Parses config file text; `path` names the file in errors.
pub fn parse_file(text: &str, path: &Path) -> Result<FileConfig, ConfigError> {
    if text.trim().is_empty() {
        return Ok(FileConfig::default());
    }
    yaml_serde::from_str::<Option<FileConfig>>(text)
        .map(Option::unwrap_or_default)
        .map_err(|e| ConfigError::Parse {
            path: path.to_owned(),
            message: e.to_string(),
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_key_names_key_and_known_keys() {
        let err = parse_file("servreport: 1\n", Path::new("c.yaml")).expect_err("unknown key");
        let msg = err.to_string();
        assert!(msg.contains("c.yaml"), "{msg}");
        assert!(msg.contains("servreport"), "{msg}");
        assert!(msg.contains("serverport"), "{msg}");
    }

    #[test]
    fn hangar_keys_and_uplink_tokens_come_from_the_file() {
        let dir = tempfile::tempdir().expect("tempdir");
        std::fs::write(
            dir.path().join("config.yaml"),
            "uplinktokens: [aaaaaaaaaaaaaaaa, bbbbbbbbbbbbbbbbbbbb]\ninstancelogsize: 2\nhangar:\n  ping_interval_ms: 1000\n  \
             transport_limits:\n    log: 2048\n",
        )
        .expect("write");
        let args = ServeArgs {
            config_dir: Some(dir.path().to_owned()),
            ..Default::default()
        };
        let config = ServerConfig::resolve(&args).expect("resolves");
        assert_eq!(
            config.uplink_tokens,
            vec!["aaaaaaaaaaaaaaaa", "bbbbbbbbbbbbbbbbbbbb"]
        );
        std::fs::write(dir.path().join("config.yaml"), "uplinktokens: [short]\n").expect("write");
        let err = ServerConfig::resolve(&args).expect_err("a short token is refused");
        assert!(err.to_string().contains("at least 16"), "{err}");
        assert_eq!(config.hangar.ping_interval_ms, 1000);
        assert_eq!(config.hangar.idle_timeout_ms, 30_000);
        assert_eq!(config.hangar.transport_limits.log, 2048);
        assert_eq!(config.hangar.transport_limits.ident, 64 * 1024);
        assert_eq!(config.hangar.log_cap_bytes, 2 * 1024 * 1024);
        let err = parse_file("hangar:\n  pingtime: 1\n", Path::new("c.yaml")).expect_err("unknown");
        assert!(err.to_string().contains("pingtime"), "{err}");
    }

    #[test]
    fn flag_beats_file_beats_default() {
        let dir = tempfile::tempdir().expect("tempdir");
        std::fs::write(
            dir.path().join("config.yaml"),
            "serverport: 7000\nuplinkport: 7001\nname: fromfile\n",
        )
        .expect("write");
        let args = ServeArgs {
            config_dir: Some(dir.path().to_owned()),
            serverport: Some(6000),
            ..Default::default()
        };
        let config = ServerConfig::resolve(&args).expect("resolves");
        assert_eq!(config.serverport, 6000);
        assert_eq!(config.uplinkport, 7001);
        assert_eq!(config.name, "fromfile");
        assert!(config.server_tls);
        assert_eq!(config.image_size_limit, DEFAULT_IMAGE_SIZE_LIMIT);
    }

    #[test]
    fn deploy_timeout_from_flag_file_and_default() {
        assert_eq!(
            "90s".parse::<Timeout>(),
            Ok(Timeout(Duration::from_secs(90)))
        );
        assert_eq!(
            "500ms".parse::<Timeout>(),
            Ok(Timeout(Duration::from_millis(500)))
        );
        assert_eq!(
            "2m".parse::<Timeout>(),
            Ok(Timeout(Duration::from_secs(120)))
        );
        assert_eq!(
            "1.5".parse::<Timeout>(),
            Ok(Timeout(Duration::from_millis(1500)))
        );
        for bad in ["", "0", "-1", "soon", "5 weeks", "1e9"] {
            assert!(bad.parse::<Timeout>().is_err(), "{bad}");
        }
        let file = parse_file("deploytimeout: 30\n", Path::new("c.yaml")).expect("parses");
        assert_eq!(file.deploytimeout, Some(Timeout(Duration::from_secs(30))));
        let err = parse_file("deploytimeout: later\n", Path::new("c.yaml")).expect_err("bad");
        assert!(err.to_string().contains("later"), "{err}");

        let dir = tempfile::tempdir().expect("tempdir");
        let args = ServeArgs {
            config_dir: Some(dir.path().to_owned()),
            ..Default::default()
        };
        assert_eq!(
            ServerConfig::resolve(&args)
                .expect("resolves")
                .deploy_timeout,
            DEFAULT_DEPLOY_TIMEOUT
        );
        std::fs::write(dir.path().join("config.yaml"), "deploytimeout: 45s\n").expect("write");
        assert_eq!(
            ServerConfig::resolve(&args)
                .expect("resolves")
                .deploy_timeout,
            Duration::from_secs(45)
        );
        let args = ServeArgs {
            deploytimeout: Some(Timeout(Duration::from_secs(5))),
            ..args
        };
        assert_eq!(
            ServerConfig::resolve(&args)
                .expect("resolves")
                .deploy_timeout,
            Duration::from_secs(5)
        );
    }

    #[test]
    fn image_size_limit_from_file_and_flag() {
        let file = parse_file("imagesizelimit: 1MiB\n", Path::new("c.yaml")).expect("parses");
        assert_eq!(file.imagesizelimit, Some(ByteSize(1 << 20)));
        let file = parse_file("imagesizelimit: 4096\n", Path::new("c.yaml")).expect("parses");
        assert_eq!(file.imagesizelimit, Some(ByteSize(4096)));
        let err = parse_file("imagesizelimit: lots\n", Path::new("c.yaml")).expect_err("bad");
        assert!(err.to_string().contains("lots"), "{err}");
        let dir = tempfile::tempdir().expect("tempdir");
        std::fs::write(dir.path().join("config.yaml"), "imagesizelimit: 1MiB\n").expect("write");
        let args = ServeArgs {
            config_dir: Some(dir.path().to_owned()),
            imagesizelimit: Some(ByteSize(2048)),
            ..Default::default()
        };
        assert_eq!(
            ServerConfig::resolve(&args)
                .expect("resolves")
                .image_size_limit,
            2048
        );
    }

    #[test]
    fn example_config_file_documents_every_key_and_parses() {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("config_files/config.yaml");
        let text = std::fs::read_to_string(&path).expect("read config_files/config.yaml");
        parse_file(&text, &path).expect("the example parses");
        // The known keys, as serde lists them for an unknown one.
        let err = parse_file("zzz_not_a_key: 1\n", &path).expect_err("unknown key");
        let msg = err.to_string();
        let known = msg
            .split("expected one of")
            .nth(1)
            .expect("known keys listed");
        let keys: Vec<&str> = known.split('`').skip(1).step_by(2).collect();
        assert!(keys.contains(&"hangar") && keys.contains(&"name"), "{msg}");
        for key in keys {
            assert!(
                text.contains(&format!("# {key}:")),
                "config_files/config.yaml does not document the key {key}"
            );
        }
    }
}
