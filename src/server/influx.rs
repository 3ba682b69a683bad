//! InfluxDB reporting (`--metricsreporter influxdb`): every STATS answer an instance sends becomes
//! one point of `instance_stats` (tags `instance`, `tag`, `version`; one float field per stat),
//! and every `server_interval_ms` the figures of `GET /metrics` become points too (one per
//! series: the metric's name as measurement, its labels and `server` as tags, field `value`).
//!
//! Points are written in the line protocol of InfluxDB 1.x (`POST /write?precision=ms`), in
//! batches. Nothing on the uplink or the API waits for InfluxDB: a point goes into a bounded
//! buffer (a lock held for a push), and one task writes batches from it. While InfluxDB is down
//! or slow the buffer fills; beyond its bound the oldest points are dropped and counted
//! (`mothership_influxdb_points_dropped_total{reason="buffer"}`). A batch InfluxDB refuses as
//! malformed (400, 413) is dropped and counted too (`reason="rejected"`) rather than retried for
//! ever; anything else (unreachable, 5xx, 401, a missing database) is retried with back-off.
//!
//! Instance ids, tags, versions and stat names come from the network: [`push_escaped`] makes any
//! string a valid tag key, tag value or field key, so no value can break out of its point.

use std::collections::VecDeque;
use std::fmt::Write as _;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::sync::{Notify, watch};
use tokio::task::JoinHandle;

use crate::metrics::Metrics;
use crate::protocol::transport::Stat;
use crate::server::config::{ConfigError, InfluxTuning};
use crate::server::uplink::Hangar;
use crate::store::Store;

/// The default of `--influxdb-url`.
pub const DEFAULT_URL: &str = "http://localhost:8086";
/// The default of `--influxdb-database`.
pub const DEFAULT_DATABASE: &str = "mothership";
/// The measurement of instance STATS.
pub const STATS_MEASUREMENT: &str = "instance_stats";
/// Longest wait between two attempts while InfluxDB cannot be written to.
const MAX_BACKOFF: Duration = Duration::from_secs(60);
/// How long shutting down may spend writing what is buffered.
const FINAL_FLUSH: Duration = Duration::from_secs(5);
/// How often the same kind of trouble is logged again.
const LOG_EVERY: Duration = Duration::from_secs(300);

/// A password: never shown by `Debug`, so a logged configuration does not leak it.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(pub String);

impl std::fmt::Debug for Secret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Secret(***)")
    }
}

/// Where and how to report.
#[derive(Debug, Clone, PartialEq)]
pub struct InfluxConfig {
    /// The base URL without a trailing slash (`http://host:8086`, or a path prefix behind a
    /// proxy).
    pub url: String,
    pub database: String,
    pub username: Option<String>,
    pub password: Option<Secret>,
    pub tuning: InfluxTuning,
}

impl InfluxConfig {
    /// The configuration of `--influxdb-*` (each already merged from flag, environment and file);
    /// an unusable URL is an error that says what to write.
    pub fn resolve(
        url: Option<String>,
        database: Option<String>,
        username: Option<String>,
        password: Option<String>,
        tuning: InfluxTuning,
    ) -> Result<Self, ConfigError> {
        let url = url.unwrap_or_else(|| DEFAULT_URL.to_owned());
        let bad = |why: &str| ConfigError::InfluxUrl {
            url: url.clone(),
            why: why.to_owned(),
        };
        let parsed = url::Url::parse(&url)
            .map_err(|e| bad(&format!("is not a URL ({e}): write e.g. {DEFAULT_URL}")))?;
        if !matches!(parsed.scheme(), "http" | "https") {
            return Err(bad("must be an http:// or https:// URL"));
        }
        if !parsed.username().is_empty() || parsed.password().is_some() {
            return Err(bad(
                "holds credentials: give them with --influxdb-username and INFLUXDB_PASSWORD \
                 instead (a URL is logged)",
            ));
        }
        if parsed.query().is_some() {
            return Err(bad(
                "has a query: give the base URL only (the database is --influxdb-database)",
            ));
        }
        Ok(InfluxConfig {
            url: url.trim_end_matches('/').to_owned(),
            database: database
                .filter(|d| !d.is_empty())
                .unwrap_or_else(|| DEFAULT_DATABASE.to_owned()),
            username: username.filter(|u| !u.is_empty()),
            password: password.map(Secret),
            tuning,
        })
    }
}

/// Appends `s` as a tag key, tag value or field key of the line protocol: commas, equal signs
/// and spaces escaped, control characters (a newline would end the point) dropped. InfluxDB 1.x
/// has no escape for a backslash, so one that would escape what follows it (a special
/// character, another backslash, the end) becomes `/`.
pub fn push_escaped(out: &mut String, s: &str) {
    if !s
        .chars()
        .any(|c| matches!(c, ',' | '=' | ' ' | '\\') || c.is_control())
    {
        out.push_str(s);
        return;
    }
    let clean: Vec<char> = s.chars().filter(|c| !c.is_control()).collect();
    for (i, &c) in clean.iter().enumerate() {
        match c {
            ',' | '=' | ' ' => {
                out.push('\\');
                out.push(c);
            }
            '\\' => match clean.get(i + 1) {
                Some(',' | '=' | ' ' | '\\') | None => out.push('/'),
                Some(_) => out.push('\\'),
            },
            c => out.push(c),
        }
    }
}

/// Appends a measurement name: commas and spaces escaped, control characters dropped.
fn push_measurement(out: &mut String, s: &str) {
    for c in s.chars().filter(|c| !c.is_control()) {
        match c {
            ',' | ' ' => {
                out.push('\\');
                out.push(c);
            }
            '\\' => out.push('/'),
            c => out.push(c),
        }
    }
}

/// `s` as it comes out of [`push_escaped`]: empty when nothing usable is left.
fn escaped(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    push_escaped(&mut out, s);
    out
}

/// One point as a line (without the newline): tags with an empty value are left out (InfluxDB
/// refuses them), and so are fields with an empty key, the key `time` (refused too) or a value
/// that is not finite; tags and fields are sorted by key. `None` when no field is left.
pub fn line(
    measurement: &str,
    tags: &[(&str, &str)],
    fields: impl IntoIterator<Item = (impl AsRef<str>, f64)>,
    at_ms: i64,
) -> Option<String> {
    let mut out = String::new();
    push_measurement(&mut out, measurement);
    // Sorted by key, as InfluxDB stores them (it sorts otherwise).
    let mut tags: Vec<(String, String)> = tags
        .iter()
        .map(|(k, v)| (escaped(k), escaped(v)))
        .filter(|(k, v)| !k.is_empty() && !v.is_empty())
        .collect();
    tags.sort();
    tags.dedup_by(|a, b| a.0 == b.0);
    for (k, v) in tags {
        let _ = write!(out, ",{k}={v}");
    }
    // Sorted by key too, a repeated key written once (its first value).
    let mut fields: Vec<(String, f64)> = fields
        .into_iter()
        .map(|(k, v)| (escaped(k.as_ref()), v))
        .filter(|(k, v)| !k.is_empty() && k != "time" && v.is_finite())
        .collect();
    fields.sort_by(|a, b| a.0.cmp(&b.0));
    fields.dedup_by(|a, b| a.0 == b.0);
    let mut first = true;
    for (k, v) in fields {
        out.push(if first { ' ' } else { ',' });
        first = false;
        // `{:?}` always writes a float InfluxDB reads as one (`5.0`, `1e300`).
        let _ = write!(out, "{k}={v:?}");
    }
    if first {
        return None;
    }
    let _ = write!(out, " {at_ms}");
    Some(out)
}

/// The `instance_stats` point of one STATS answer.
pub fn stats_line(
    uuid: &str,
    tag: Option<&str>,
    version: Option<&str>,
    at_ms: i64,
    stats: &[Stat],
) -> Option<String> {
    line(
        STATS_MEASUREMENT,
        &[
            ("instance", uuid),
            ("tag", tag.unwrap_or("")),
            ("version", version.unwrap_or("")),
        ],
        stats
            .iter()
            .filter_map(|s| Some((s.name.as_str(), s.value.as_f64()?))),
        at_ms,
    )
}

/// The series of a Prometheus text page (as [`Metrics::render`] writes it) as points: the
/// metric's name as measurement, its labels and `server` as tags, the value as field `value`.
/// Histogram buckets are left out (their `_sum` and `_count` are kept).
pub fn page_lines(page: &str, server: &str, at_ms: i64) -> Vec<String> {
    let mut lines = Vec::new();
    for l in page.lines() {
        if l.is_empty() || l.starts_with('#') {
            continue;
        }
        let Some((series, value)) = l.rsplit_once(' ') else {
            continue;
        };
        let Ok(value) = value.parse::<f64>() else {
            continue;
        };
        let (name, labels) = match series.split_once('{') {
            Some((name, rest)) => (name, parse_labels(rest.trim_end_matches('}'))),
            None => (series, Vec::new()),
        };
        if name.ends_with("_bucket") {
            continue;
        }
        let mut tags: Vec<(&str, &str)> = labels
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .collect();
        tags.push(("server", server));
        if let Some(point) = line(name, &tags, [("value", value)], at_ms) {
            lines.push(point);
        }
    }
    lines
}

/// `a="x",b="y\"z"` of the Prometheus text format.
fn parse_labels(s: &str) -> Vec<(String, String)> {
    let mut labels = Vec::new();
    let mut rest = s;
    while let Some((key, after)) = rest.split_once("=\"") {
        let mut value = String::new();
        let mut chars = after.char_indices();
        let mut end = after.len();
        while let Some((i, c)) = chars.next() {
            match c {
                '\\' => match chars.next() {
                    Some((_, 'n')) => value.push('\n'),
                    Some((_, c)) => value.push(c),
                    None => {}
                },
                '"' => {
                    end = i + 1;
                    break;
                }
                c => value.push(c),
            }
        }
        labels.push((key.trim_start_matches(',').trim().to_owned(), value));
        rest = &after[end..];
    }
    labels
}

/// Points waiting to be written, oldest first.
#[derive(Default)]
struct Buffer {
    lines: VecDeque<String>,
    bytes: usize,
}

struct Shared {
    buffer: Mutex<Buffer>,
    /// Told when a batch is full.
    full: Notify,
    tuning: InfluxTuning,
    metrics: Arc<Metrics>,
}

impl Shared {
    fn buffer(&self) -> std::sync::MutexGuard<'_, Buffer> {
        self.buffer.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Drops the oldest points beyond the bounds; returns how many are left.
    fn trim(&self, b: &mut Buffer) -> usize {
        let mut dropped = 0;
        while b.lines.len() > self.tuning.buffer_points || b.bytes > self.tuning.buffer_bytes {
            match b.lines.pop_front() {
                Some(l) => {
                    b.bytes -= l.len();
                    dropped += 1;
                }
                None => break,
            }
        }
        if dropped > 0 {
            self.metrics.influx_dropped("buffer", dropped);
        }
        b.lines.len()
    }

    /// The oldest points, at most a batch of them.
    fn take(&self) -> Vec<String> {
        let mut b = self.buffer();
        let mut batch = Vec::new();
        let mut bytes = 0;
        while batch.len() < self.tuning.batch_points.max(1) {
            let Some(len) = b.lines.front().map(String::len) else {
                break;
            };
            if !batch.is_empty() && bytes + len + 1 > self.tuning.batch_bytes {
                break;
            }
            bytes += len + 1;
            b.bytes -= len;
            batch.extend(b.lines.pop_front());
        }
        self.metrics.influx_buffered(b.lines.len());
        batch
    }

    /// A batch that could not be written goes back in front (the oldest still go first).
    fn put_back(&self, batch: Vec<String>) {
        let mut b = self.buffer();
        for l in batch.into_iter().rev() {
            b.bytes += l.len();
            b.lines.push_front(l);
        }
        let left = self.trim(&mut b);
        self.metrics.influx_buffered(left);
    }

    fn is_empty(&self) -> bool {
        self.buffer().lines.is_empty()
    }
}

/// The handle the uplink (and the figures task) push points through; cheap to clone.
#[derive(Clone)]
pub struct Reporter {
    shared: Arc<Shared>,
}

impl Reporter {
    /// A reporter with an empty buffer and no writer yet (see [`Reporter::spawn_writer`]).
    pub fn new(tuning: InfluxTuning, metrics: Arc<Metrics>) -> Self {
        Reporter {
            shared: Arc::new(Shared {
                buffer: Mutex::new(Buffer::default()),
                full: Notify::new(),
                tuning,
                metrics,
            }),
        }
    }

    /// Starts the task that writes the buffer to InfluxDB in batches until `stop`.
    pub fn spawn_writer(
        &self,
        config: InfluxConfig,
        stop: watch::Receiver<bool>,
    ) -> anyhow::Result<JoinHandle<()>> {
        let _ = rustls::crypto::ring::default_provider().install_default();
        let timeout = Duration::from_millis(config.tuning.request_timeout_ms.max(1));
        let client = reqwest::Client::builder()
            .connect_timeout(timeout.min(Duration::from_secs(5)))
            .timeout(timeout)
            .user_agent(concat!("mothership/", env!("CARGO_PKG_VERSION")))
            .build()
            .map_err(|e| anyhow::anyhow!("cannot set up the InfluxDB client: {e}"))?;
        let writer = Writer {
            shared: self.shared.clone(),
            client,
            config,
            trouble_logged: None,
            in_flight: Vec::new(),
            rejected_logged: None,
            rejected_since_log: 0,
        };
        Ok(tokio::spawn(writer.run(stop)))
    }

    /// Queues one point (a line without the newline). Never waits: when the buffer is full the
    /// oldest point goes.
    pub fn push(&self, line: String) {
        let shared = &self.shared;
        if line.len() > shared.tuning.buffer_bytes {
            shared.metrics.influx_dropped("buffer", 1);
            return;
        }
        let len = {
            let mut b = shared.buffer();
            b.bytes += line.len();
            b.lines.push_back(line);
            shared.trim(&mut b)
        };
        shared.metrics.influx_buffered(len);
        if len >= shared.tuning.batch_points.max(1) {
            shared.full.notify_one();
        }
    }

    /// Queues the point of one STATS answer.
    pub fn instance_stats(
        &self,
        uuid: &str,
        tag: Option<&str>,
        version: Option<&str>,
        at_ms: i64,
        stats: &[Stat],
    ) {
        if let Some(line) = stats_line(uuid, tag, version, at_ms, stats) {
            self.push(line);
        }
    }
}

/// Starts reporting: the writer task, and the task that reports the server's figures every
/// `server_interval_ms`. Both end on `stop`, the writer after trying once more to write what
/// is buffered (for at most a few seconds); the handle is the writer's.
pub fn start(
    config: InfluxConfig,
    server: String,
    store: Store,
    hangar: Hangar,
    stop: watch::Receiver<bool>,
) -> anyhow::Result<(Reporter, JoinHandle<()>)> {
    let reporter = Reporter::new(config.tuning.clone(), hangar.metrics().clone());
    let task = reporter.spawn_writer(config.clone(), stop.clone())?;
    tracing::info!(
        "Reporting to InfluxDB at {} (database {}{})",
        config.url,
        config.database,
        match &config.username {
            Some(u) => format!(", user {u}"),
            None => String::new(),
        }
    );
    tokio::spawn(report_figures(
        reporter.clone(),
        Duration::from_millis(config.tuning.server_interval_ms.max(1)),
        server,
        store,
        hangar,
        stop,
    ));
    Ok((reporter, task))
}

async fn report_figures(
    reporter: Reporter,
    every: Duration,
    server: String,
    store: Store,
    hangar: Hangar,
    mut stop: watch::Receiver<bool>,
) {
    let mut ticks = tokio::time::interval(every);
    ticks.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        tokio::select! {
            _ = ticks.tick() => {}
            _ = stop.wait_for(|s| *s) => return,
        }
        let snapshot = crate::server::api::metrics_snapshot(&store, &hangar).await;
        let page = hangar.metrics().render(&snapshot);
        let at = crate::server::uplink::registry::now_ms();
        for line in page_lines(&page, &server, at) {
            reporter.push(line);
        }
    }
}

/// Why a batch was not written.
enum Failure {
    /// Worth trying again later (unreachable, 5xx, authentication, no such database).
    Retry(String),
    /// InfluxDB refused the points themselves (400, 413): trying again cannot help.
    Rejected(String),
}

struct Writer {
    shared: Arc<Shared>,
    client: reqwest::Client,
    config: InfluxConfig,
    /// When trouble writing was last logged (`None`: all is well).
    trouble_logged: Option<tokio::time::Instant>,
    /// The batch being written.
    in_flight: Vec<String>,
    rejected_logged: Option<tokio::time::Instant>,
    rejected_since_log: usize,
}

impl Writer {
    async fn run(mut self, mut stop: watch::Receiver<bool>) {
        let flush = Duration::from_millis(self.config.tuning.flush_interval_ms.max(1));
        let mut backoff: Option<Duration> = None;
        loop {
            tokio::select! {
                _ = tokio::time::sleep(backoff.unwrap_or(flush)) => {}
                _ = self.shared.full.notified(), if backoff.is_none() => {}
                _ = stop.wait_for(|s| *s) => break,
            }
            // A write hanging on an InfluxDB that does not answer must not hold up shutdown.
            let written = tokio::select! {
                r = self.write_all() => r,
                _ = stop.wait_for(|s| *s) => {
                    let batch = std::mem::take(&mut self.in_flight);
                    self.shared.put_back(batch);
                    break;
                }
            };
            backoff = match written {
                Ok(()) => None,
                Err(()) => Some(
                    backoff
                        .map_or(Duration::from_secs(1), |b| b * 2)
                        .min(MAX_BACKOFF),
                ),
            };
        }
        if self.shared.is_empty() {
            return;
        }
        if tokio::time::timeout(FINAL_FLUSH, self.write_all())
            .await
            .is_err()
            || !self.shared.is_empty()
        {
            tracing::warn!(
                "shutting down with points for InfluxDB that could not be written; they are lost"
            );
        }
    }

    /// Writes batches until the buffer is empty; `Err` when InfluxDB cannot be written to now
    /// (the batch went back into the buffer).
    async fn write_all(&mut self) -> Result<(), ()> {
        loop {
            let batch = self.shared.take();
            if batch.is_empty() {
                return Ok(());
            }
            // Kept here while it is written, so that a write cut short goes back.
            self.in_flight = batch;
            let result = self.write(&self.in_flight).await;
            let batch = std::mem::take(&mut self.in_flight);
            match result {
                Ok(()) => {
                    self.shared.metrics.influx_written(batch.len());
                    if self.trouble_logged.take().is_some() {
                        tracing::info!("InfluxDB at {} takes points again", self.config.url);
                    }
                }
                Err(Failure::Rejected(why)) => {
                    self.shared.metrics.influx_dropped("rejected", batch.len());
                    self.rejected_since_log += batch.len();
                    if self
                        .rejected_logged
                        .is_none_or(|at| at.elapsed() >= LOG_EVERY)
                    {
                        tracing::warn!(
                            "InfluxDB at {} refused a batch of points ({why}); dropped {} \
                             points so far (mothership_influxdb_points_dropped_total)",
                            self.config.url,
                            self.rejected_since_log
                        );
                        self.rejected_logged = Some(tokio::time::Instant::now());
                        self.rejected_since_log = 0;
                    }
                }
                Err(Failure::Retry(why)) => {
                    self.shared.put_back(batch);
                    if self
                        .trouble_logged
                        .is_none_or(|at| at.elapsed() >= LOG_EVERY)
                    {
                        tracing::warn!(
                            "cannot write to InfluxDB at {} (database {}): {why}; points wait in \
                             a buffer of {} (the oldest dropped beyond that) and writing is \
                             retried with back-off",
                            self.config.url,
                            self.config.database,
                            self.config.tuning.buffer_points
                        );
                        self.trouble_logged = Some(tokio::time::Instant::now());
                    }
                    return Err(());
                }
            }
        }
    }

    async fn write(&self, batch: &[String]) -> Result<(), Failure> {
        let mut body = String::with_capacity(batch.iter().map(|l| l.len() + 1).sum());
        for l in batch {
            body.push_str(l);
            body.push('\n');
        }
        let mut request = self
            .client
            .post(format!("{}/write", self.config.url))
            .query(&[("db", self.config.database.as_str()), ("precision", "ms")])
            .body(body);
        if let Some(user) = &self.config.username {
            request = request.basic_auth(user, self.config.password.as_ref().map(|p| &p.0));
        }
        let response = request
            .send()
            .await
            .map_err(|e| Failure::Retry(error_chain(&e)))?;
        let status = response.status();
        if status.is_success() {
            return Ok(());
        }
        // InfluxDB says why in a short JSON body; a proxy's page is cut short.
        let text = response.text().await.unwrap_or_default();
        let mut said: String = text.trim().chars().take(300).collect();
        said.retain(|c| !c.is_control());
        let why = format!("HTTP {status}: {said}");
        match status.as_u16() {
            400 | 413 | 422 => Err(Failure::Rejected(why)),
            404 => Err(Failure::Retry(format!(
                "{why} (create the database: curl -XPOST '{}/query' --data-urlencode \
                 'q=CREATE DATABASE \"{}\"')",
                self.config.url, self.config.database
            ))),
            _ => Err(Failure::Retry(why)),
        }
    }
}

/// An error with its causes (reqwest's own message is only the outermost).
fn error_chain(e: &dyn std::error::Error) -> String {
    let mut s = e.to_string();
    let mut source = e.source();
    while let Some(cause) = source {
        let _ = write!(s, ": {cause}");
        source = cause.source();
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stat(name: &str, value: serde_json::Number) -> Stat {
        Stat {
            name: name.to_owned(),
            value,
        }
    }

    #[test]
    fn a_stats_answer_is_one_point_of_floats() {
        let stats = [
            stat("eth0.packets_rx", 1234u64.into()),
            stat(
                "cpu0.load",
                serde_json::Number::from_f64(0.25).expect("finite"),
            ),
            stat("big", u64::MAX.into()),
        ];
        let line = stats_line(
            "u-1",
            Some("web"),
            Some("v0.12.0"),
            1_700_000_000_123,
            &stats,
        )
        .expect("a point");
        assert_eq!(
            line,
            "instance_stats,instance=u-1,tag=web,version=v0.12.0 \
             big=1.8446744073709552e19,cpu0.load=0.25,eth0.packets_rx=1234.0 1700000000123"
        );
        // No tag, no version: the tags are left out rather than empty (which InfluxDB refuses).
        let line = stats_line("u-1", None, Some(""), 5, &stats[..1]).expect("a point");
        assert_eq!(line, "instance_stats,instance=u-1 eth0.packets_rx=1234.0 5");
        assert_eq!(stats_line("u-1", None, None, 5, &[]), None);
    }

    #[test]
    fn hostile_values_stay_inside_their_point() {
        let hostile = "evil\nother,x=1 y=2 3\r\n,a\\,b=c d\\ e\\\\ end\\";
        let stats = [
            stat(hostile, 1u64.into()),
            stat("time", 2u64.into()),
            stat("\n", 3u64.into()),
            stat("ok", 4u64.into()),
        ];
        let line = stats_line(hostile, Some(hostile), Some("v\n1"), 9, &stats).expect("a point");
        assert!(!line.contains(['\n', '\r']), "{line}");
        assert_eq!(
            escaped(hostile),
            "evilother\\,x\\=1\\ y\\=2\\ 3\\,a/\\,b\\=c\\ d/\\ e//\\ end/"
        );
        // Every comma, equal sign and space of a value is escaped, and no backslash of the
        // value escapes what follows it: the unescaped separators are exactly the point's own.
        let (mut separators, mut chars) = (Vec::new(), line.chars());
        while let Some(c) = chars.next() {
            match c {
                '\\' => {
                    chars.next();
                }
                ',' | '=' | ' ' => separators.push(c),
                _ => {}
            }
        }
        assert_eq!(
            separators.iter().collect::<String>(),
            ",=,=,= =,= ",
            "three tags, two fields (time and the empty key left out), the timestamp: {line}"
        );
        assert!(line.ends_with(",ok=4.0 9"), "{line}");
    }

    #[test]
    fn figures_of_the_page_become_points() {
        let m = Metrics::new();
        m.docked();
        m.transport("STATS");
        m.request("/v1/instances/{}", "GET", 200, Duration::from_millis(3));
        let page = m.render(&crate::metrics::Snapshot {
            connected: 3,
            ..Default::default()
        });
        let lines = page_lines(&page, "ms 1", 42);
        for want in [
            "mothership_uplink_docks_total,server=ms\\ 1 value=1.0 42",
            "mothership_uplink_transports_total,kind=STATS,server=ms\\ 1 value=1.0 42",
            "mothership_instances,server=ms\\ 1,status=connected value=3.0 42",
            "mothership_http_requests_total,method=GET,route=/v1/instances/{},server=ms\\ 1,\
             status=200 value=1.0 42",
            "mothership_http_request_duration_seconds_count,method=GET,\
             route=/v1/instances/{},server=ms\\ 1 value=1.0 42",
        ] {
            assert!(
                lines.iter().any(|l| l == want),
                "{want:?} not in {lines:#?}"
            );
        }
        assert!(!lines.iter().any(|l| l.contains("_bucket")), "{lines:#?}");
        assert_eq!(
            parse_labels(r#"a="x\"y",b="1\\2\n""#),
            vec![
                ("a".to_owned(), "x\"y".to_owned()),
                ("b".to_owned(), "1\\2\n".to_owned())
            ]
        );
    }

    fn reporter(tuning: InfluxTuning) -> (Reporter, Arc<Metrics>) {
        let metrics = Arc::new(Metrics::new());
        (Reporter::new(tuning, metrics.clone()), metrics)
    }

    #[test]
    fn a_full_buffer_drops_the_oldest_and_counts_them() {
        let (r, metrics) = reporter(InfluxTuning {
            buffer_points: 3,
            batch_points: 2,
            ..Default::default()
        });
        for i in 0..5 {
            r.push(format!("m v={i} {i}"));
        }
        let page = metrics.render(&Default::default());
        assert!(
            page.contains("mothership_influxdb_points_dropped_total{reason=\"buffer\"} 2"),
            "{page}"
        );
        assert!(
            page.contains("mothership_influxdb_points_buffered 3"),
            "{page}"
        );
        let batch = r.shared.take();
        assert_eq!(
            batch,
            vec!["m v=2 2", "m v=3 3"],
            "oldest first, a batch at most"
        );
        // A batch that failed goes back in front; new points push the oldest out.
        r.shared.put_back(batch);
        r.push("m v=5 5".into());
        assert_eq!(r.shared.take(), vec!["m v=3 3", "m v=4 4"]);
        assert_eq!(r.shared.take(), vec!["m v=5 5"]);
        assert!(r.shared.take().is_empty());
    }

    #[test]
    fn the_byte_bound_holds_too() {
        let (r, _) = reporter(InfluxTuning {
            buffer_bytes: 20,
            batch_bytes: 12,
            ..Default::default()
        });
        r.push("x".repeat(21));
        r.push("a".repeat(10));
        r.push("b".repeat(10));
        r.push("c".repeat(10));
        assert_eq!(r.shared.take(), vec!["b".repeat(10)], "12 bytes a batch");
        assert_eq!(r.shared.take(), vec!["c".repeat(10)]);
    }

    #[test]
    fn urls_are_checked_and_the_password_is_not_shown() {
        let ok = InfluxConfig::resolve(
            Some("http://db:8086/".into()),
            None,
            Some("me".into()),
            Some("hunter2".into()),
            InfluxTuning::default(),
        )
        .expect("valid");
        assert_eq!(ok.url, "http://db:8086");
        assert_eq!(ok.database, DEFAULT_DATABASE);
        assert!(!format!("{ok:?}").contains("hunter2"));
        for bad in [
            "db:8086",
            "ftp://db",
            "http://u:p@db:8086",
            "http://db/?db=x",
            "::",
        ] {
            let err =
                InfluxConfig::resolve(Some(bad.into()), None, None, None, InfluxTuning::default())
                    .expect_err(bad);
            assert!(err.to_string().contains("--influxdb-url"), "{err}");
        }
    }
}
