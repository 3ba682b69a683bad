//! The server's own figures for Prometheus (`GET /metrics`): counters and histograms the code
//! updates as things happen (API requests, docks, transports, uplink bytes, deploys, builds,
//! upgrades), and gauges read when the page is asked for (instances by status, store size, the
//! process). One [`Metrics`] per server, so servers in one process (the tests) count apart.
//!
//! The page is the Prometheus text format (version 0.0.4), which every Prometheus and
//! `promtool check metrics` read.

use std::sync::atomic::AtomicU64;
use std::time::Duration;

use prometheus_client::encoding::EncodeLabelSet;
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::gauge::Gauge;
use prometheus_client::metrics::histogram::{Histogram, exponential_buckets};
use prometheus_client::registry::{Registry, Unit};

/// The `Content-Type` of the page.
pub const CONTENT_TYPE: &str = prometheus_client::encoding::prometheus_text::CONTENT_TYPE;

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct RequestLabels {
    /// The route's path template (`/v1/instances/{}`), or `other` for paths of no route.
    pub route: String,
    pub method: String,
    pub status: u16,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct RouteLabels {
    pub route: String,
    pub method: String,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct KindLabels {
    pub kind: &'static str,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct DirectionLabels {
    pub direction: &'static str,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct OutcomeLabels {
    pub outcome: String,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct StatusLabels {
    pub status: &'static str,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct ReasonLabels {
    pub reason: &'static str,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct PartLabels {
    pub part: &'static str,
}

type HistogramFamily<L> = Family<L, Histogram, fn() -> Histogram>;

fn request_histogram() -> Histogram {
    // 0.5 ms to about 30 s.
    Histogram::new(exponential_buckets(0.0005, 3.0, 11))
}

fn long_histogram() -> Histogram {
    // 0.1 s to about an hour and a half: deploys, builds, upgrades.
    Histogram::new(exponential_buckets(0.1, 3.0, 11))
}

/// Everything the server counts.
#[derive(Debug)]
pub struct Metrics {
    registry: Registry,
    requests: Family<RequestLabels, Counter>,
    request_seconds: HistogramFamily<RouteLabels>,
    docks: Counter,
    disconnects: Counter,
    transports: Family<KindLabels, Counter>,
    uplink_bytes: Family<DirectionLabels, Counter>,
    deploys: Family<OutcomeLabels, Counter>,
    deploy_seconds: Histogram,
    builds: Family<OutcomeLabels, Counter>,
    build_seconds: Histogram,
    upgrades: Family<OutcomeLabels, Counter>,
    upgrade_seconds: Histogram,
    instances: Family<StatusLabels, Gauge>,
    docked: Gauge,
    idle: Gauge,
    store_bytes: Family<PartLabels, Gauge>,
    influx_written: Counter,
    influx_dropped: Family<ReasonLabels, Counter>,
    influx_buffered: Gauge,
    process_cpu: Gauge<f64, AtomicU64>,
    process_resident: Gauge,
    process_virtual: Gauge,
    process_open_fds: Gauge,
    process_max_fds: Gauge,
    process_start: Gauge<f64, AtomicU64>,
}

/// What the page reads at the time it is asked for.
#[derive(Debug, Default, Clone)]
pub struct Snapshot {
    pub connected: u64,
    pub disconnected: u64,
    pub unknown: u64,
    pub panicked: u64,
    /// Connections in the hangar right now.
    pub docked: u64,
    pub database_bytes: u64,
    pub images_bytes: u64,
}

impl Default for Metrics {
    fn default() -> Self {
        Self::new()
    }
}

impl Metrics {
    pub fn new() -> Self {
        let mut root = Registry::default();
        let registry = root.sub_registry_with_prefix("mothership");
        let requests = Family::<RequestLabels, Counter>::default();
        registry.register(
            "http_requests",
            "API requests answered, by route, method and status",
            requests.clone(),
        );
        let request_seconds: HistogramFamily<RouteLabels> =
            Family::new_with_constructor(request_histogram);
        registry.register_with_unit(
            "http_request_duration",
            "Time to answer an API request (until the response head)",
            Unit::Seconds,
            request_seconds.clone(),
        );
        let docks = Counter::default();
        registry.register("uplink_docks", "Instances docked", docks.clone());
        let disconnects = Counter::default();
        registry.register(
            "uplink_disconnects",
            "Docked instances disconnected",
            disconnects.clone(),
        );
        let transports = Family::<KindLabels, Counter>::default();
        registry.register(
            "uplink_transports",
            "Transports received from instances, by kind",
            transports.clone(),
        );
        let uplink_bytes = Family::<DirectionLabels, Counter>::default();
        registry.register_with_unit(
            "uplink",
            "Websocket payload bytes on the uplink: `in` from instances, `out` to them",
            Unit::Bytes,
            uplink_bytes.clone(),
        );
        let deploys = Family::<OutcomeLabels, Counter>::default();
        registry.register(
            "deploys",
            "Deploys finished, by final state",
            deploys.clone(),
        );
        let deploy_seconds = long_histogram();
        registry.register_with_unit(
            "deploy_duration",
            "Time from starting a deploy to its final state",
            Unit::Seconds,
            deploy_seconds.clone(),
        );
        let builds = Family::<OutcomeLabels, Counter>::default();
        registry.register("builds", "Builds finished, by status", builds.clone());
        let build_seconds = long_histogram();
        registry.register_with_unit(
            "build_duration",
            "Time from queueing a build to its end",
            Unit::Seconds,
            build_seconds.clone(),
        );
        let upgrades = Family::<OutcomeLabels, Counter>::default();
        registry.register(
            "upgrades",
            "Upgrades finished, by final state",
            upgrades.clone(),
        );
        let upgrade_seconds = long_histogram();
        registry.register_with_unit(
            "upgrade_duration",
            "Time from starting an upgrade to its final state",
            Unit::Seconds,
            upgrade_seconds.clone(),
        );
        let instances = Family::<StatusLabels, Gauge>::default();
        registry.register(
            "instances",
            "Known instances by status (`panicked`: those that reported a panic)",
            instances.clone(),
        );
        let docked = Gauge::default();
        registry.register(
            "uplink_connections",
            "Instances docked right now",
            docked.clone(),
        );
        let idle = Gauge::default();
        registry.register(
            "uplink_idle_connections",
            "Docked instances the idle loop serves right now (they only answer pings)",
            idle.clone(),
        );
        let store_bytes = Family::<PartLabels, Gauge>::default();
        registry.register_with_unit(
            "store",
            "Size of the store on disk: the database (with its WAL) and the image files",
            Unit::Bytes,
            store_bytes.clone(),
        );
        let influx_written = Counter::default();
        registry.register(
            "influxdb_points_written",
            "Points InfluxDB accepted (--metricsreporter influxdb)",
            influx_written.clone(),
        );
        let influx_dropped = Family::<ReasonLabels, Counter>::default();
        registry.register(
            "influxdb_points_dropped",
            "Points not written to InfluxDB: `buffer` when the buffer was full (the oldest go), \
             `rejected` when InfluxDB refused them",
            influx_dropped.clone(),
        );
        let influx_buffered = Gauge::default();
        registry.register(
            "influxdb_points_buffered",
            "Points waiting to be written to InfluxDB",
            influx_buffered.clone(),
        );
        // The process figures under the names every exporter uses.
        let process = root.sub_registry_with_prefix("process");
        let process_cpu = Gauge::<f64, AtomicU64>::default();
        process.register_with_unit(
            "cpu",
            "User and system CPU time spent",
            Unit::Seconds,
            process_cpu.clone(),
        );
        let process_resident = Gauge::default();
        process.register_with_unit(
            "resident_memory",
            "Resident memory size",
            Unit::Bytes,
            process_resident.clone(),
        );
        let process_virtual = Gauge::default();
        process.register_with_unit(
            "virtual_memory",
            "Virtual memory size",
            Unit::Bytes,
            process_virtual.clone(),
        );
        let process_open_fds = Gauge::default();
        process.register(
            "open_fds",
            "Open file descriptors",
            process_open_fds.clone(),
        );
        let process_max_fds = Gauge::default();
        process.register(
            "max_fds",
            "Limit of open file descriptors",
            process_max_fds.clone(),
        );
        let process_start = Gauge::<f64, AtomicU64>::default();
        process.register_with_unit(
            "start_time",
            "Start time of the process since the Unix epoch",
            Unit::Seconds,
            process_start.clone(),
        );
        Metrics {
            registry: root,
            requests,
            request_seconds,
            docks,
            disconnects,
            transports,
            uplink_bytes,
            deploys,
            deploy_seconds,
            builds,
            build_seconds,
            upgrades,
            upgrade_seconds,
            instances,
            docked,
            idle,
            store_bytes,
            influx_written,
            influx_dropped,
            influx_buffered,
            process_cpu,
            process_resident,
            process_virtual,
            process_open_fds,
            process_max_fds,
            process_start,
        }
    }

    /// An API request answered.
    pub fn request(&self, route: &str, method: &str, status: u16, took: Duration) {
        self.requests
            .get_or_create(&RequestLabels {
                route: route.to_owned(),
                method: method.to_owned(),
                status,
            })
            .inc();
        self.request_seconds
            .get_or_create(&RouteLabels {
                route: route.to_owned(),
                method: method.to_owned(),
            })
            .observe(took.as_secs_f64());
    }

    pub fn docked(&self) {
        self.docks.inc();
    }

    /// How many connections the uplink's idle loop holds.
    pub fn idle_connections(&self, n: usize) {
        self.idle.set(i64::try_from(n).unwrap_or(i64::MAX));
    }

    pub fn disconnected(&self) {
        self.disconnects.inc();
    }

    /// A transport of `kind` (`log`, `stats`, ...) received.
    pub fn transport(&self, kind: &'static str) {
        self.transports.get_or_create(&KindLabels { kind }).inc();
    }

    pub fn bytes_in(&self, n: usize) {
        self.uplink_bytes
            .get_or_create(&DirectionLabels { direction: "in" })
            .inc_by(n as u64);
    }

    /// The counter [`Metrics::bytes_out`] adds to, for a caller that adds often.
    pub fn bytes_out_counter(&self) -> Counter {
        self.uplink_bytes
            .get_or_create(&DirectionLabels { direction: "out" })
            .clone()
    }

    pub fn bytes_out(&self, n: usize) {
        self.uplink_bytes
            .get_or_create(&DirectionLabels { direction: "out" })
            .inc_by(n as u64);
    }

    pub fn deploy_finished(&self, state: &str, took: Duration) {
        self.deploys
            .get_or_create(&OutcomeLabels {
                outcome: state.to_owned(),
            })
            .inc();
        self.deploy_seconds.observe(took.as_secs_f64());
    }

    pub fn build_finished(&self, status: &str, took: Duration) {
        self.builds
            .get_or_create(&OutcomeLabels {
                outcome: status.to_owned(),
            })
            .inc();
        self.build_seconds.observe(took.as_secs_f64());
    }

    pub fn upgrade_finished(&self, state: &str, took: Duration) {
        self.upgrades
            .get_or_create(&OutcomeLabels {
                outcome: state.to_owned(),
            })
            .inc();
        self.upgrade_seconds.observe(took.as_secs_f64());
    }

    /// Points InfluxDB accepted.
    pub fn influx_written(&self, n: usize) {
        self.influx_written.inc_by(n as u64);
    }

    /// Points given up on: `buffer` (the buffer was full) or `rejected` (InfluxDB refused them).
    pub fn influx_dropped(&self, reason: &'static str, n: usize) {
        self.influx_dropped
            .get_or_create(&ReasonLabels { reason })
            .inc_by(n as u64);
    }

    /// Points waiting to be written now.
    pub fn influx_buffered(&self, n: usize) {
        self.influx_buffered.set(clamp(n as u64));
    }

    /// The page, with the gauges set from `now` and the process.
    pub fn render(&self, now: &Snapshot) -> String {
        for (status, n) in [
            ("connected", now.connected),
            ("disconnected", now.disconnected),
            ("unknown", now.unknown),
            ("panicked", now.panicked),
        ] {
            self.instances
                .get_or_create(&StatusLabels { status })
                .set(clamp(n));
        }
        self.docked.set(clamp(now.docked));
        for (part, n) in [
            ("database", now.database_bytes),
            ("images", now.images_bytes),
        ] {
            self.store_bytes
                .get_or_create(&PartLabels { part })
                .set(clamp(n));
        }
        let p = process::read();
        self.process_cpu.set(p.cpu_seconds);
        self.process_resident.set(clamp(p.resident_bytes));
        self.process_virtual.set(clamp(p.virtual_bytes));
        self.process_open_fds.set(clamp(p.open_fds));
        self.process_max_fds.set(clamp(p.max_fds));
        self.process_start.set(p.start_time_seconds);
        let mut page = String::new();
        // Writing into a String cannot fail.
        let _ = prometheus_client::encoding::prometheus_text::encode(&mut page, &self.registry);
        page
    }
}

fn clamp(n: u64) -> i64 {
    i64::try_from(n).unwrap_or(i64::MAX)
}

/// The process's own figures, from `/proc` (zeros where it cannot be read).
mod process {
    #[derive(Debug, Default)]
    pub struct Figures {
        pub cpu_seconds: f64,
        pub resident_bytes: u64,
        pub virtual_bytes: u64,
        pub open_fds: u64,
        pub max_fds: u64,
        pub start_time_seconds: f64,
    }

    pub fn read() -> Figures {
        let mut f = Figures::default();
        // SAFETY: sysconf has no preconditions.
        let (ticks, page) = unsafe {
            (
                libc::sysconf(libc::_SC_CLK_TCK),
                libc::sysconf(libc::_SC_PAGESIZE),
            )
        };
        let ticks = if ticks > 0 { ticks as f64 } else { 100.0 };
        let page = if page > 0 { page as u64 } else { 4096 };
        if let Ok(stat) = std::fs::read_to_string("/proc/self/stat") {
            // The fields after the command name, which is in parentheses and may hold spaces.
            let rest = stat.rsplit_once(')').map(|(_, r)| r).unwrap_or("");
            let fields: Vec<&str> = rest.split_whitespace().collect();
            // Field numbers of proc(5) minus 3 (pid, comm and state come first).
            let num = |i: usize| fields.get(i).and_then(|v| v.parse::<u64>().ok());
            let (utime, stime) = (num(11).unwrap_or(0), num(12).unwrap_or(0));
            f.cpu_seconds = (utime + stime) as f64 / ticks;
            f.virtual_bytes = num(20).unwrap_or(0);
            f.resident_bytes = num(21).unwrap_or(0) * page;
            if let Some(start) = num(19) {
                f.start_time_seconds = boot_time() + start as f64 / ticks;
            }
        }
        f.open_fds = std::fs::read_dir("/proc/self/fd")
            .map(|d| d.count() as u64)
            .unwrap_or(0);
        f.max_fds = std::fs::read_to_string("/proc/self/limits")
            .ok()
            .and_then(|limits| {
                limits
                    .lines()
                    .find(|l| l.starts_with("Max open files"))
                    .and_then(|l| l.split_whitespace().nth(3))
                    .and_then(|v| v.parse().ok())
            })
            .unwrap_or(0);
        f
    }

    fn boot_time() -> f64 {
        std::fs::read_to_string("/proc/stat")
            .ok()
            .and_then(|s| {
                s.lines()
                    .find_map(|l| l.strip_prefix("btime "))
                    .and_then(|v| v.trim().parse::<f64>().ok())
            })
            .unwrap_or(0.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_page_has_the_counters_and_the_process() {
        let m = Metrics::new();
        m.request("/v1/instances/{}", "GET", 200, Duration::from_millis(3));
        m.docked();
        m.transport("log");
        m.bytes_in(10);
        let page = m.render(&Snapshot {
            connected: 2,
            ..Snapshot::default()
        });
        for line in [
            "mothership_http_requests_total{route=\"/v1/instances/{}\",method=\"GET\",status=\"200\"} 1",
            "mothership_uplink_docks_total 1",
            "mothership_uplink_transports_total{kind=\"log\"} 1",
            "mothership_uplink_bytes_total{direction=\"in\"} 10",
            "mothership_instances{status=\"connected\"} 2",
        ] {
            assert!(page.contains(line), "{line:?} missing:\n{page}");
        }
        assert!(page.contains("\nprocess_resident_memory_bytes "), "{page}");
        assert!(
            !page.contains("# EOF"),
            "the Prometheus text format has no EOF line"
        );
    }
}
