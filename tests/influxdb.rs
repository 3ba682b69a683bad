//! `--metricsreporter influxdb` against a real InfluxDB 1.x (Debian's `influxdb` package;
//! scripts/test.sh installs it): each test starts its own `influxd` on free ports in a temporary
//! directory. STATS answers and the server's figures arrive and can be queried, hostile tags and
//! stat names stay inside their point, a batch InfluxDB refuses is dropped and counted, and an
//! InfluxDB that never answers costs docking and the API nothing: points beyond the buffer are
//! dropped, oldest first, and counted.

use std::net::TcpListener as StdListener;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use mothership::protocol::transport::code;
use mothership::server::ServerConfig;
use mothership::server::config::InfluxTuning;
use mothership::server::influx::InfluxConfig;
use serde_json::Value;

use crate::hangar::{dock_by_hand, wait_until};
use crate::helper::instance::{self, InstanceSpec};
use crate::helper::{TestServer, UPLINK_TOKEN};

/// An `influxd` of our own; killed when dropped.
struct Influxd {
    child: Child,
    dir: tempfile::TempDir,
    url: String,
    http: reqwest::Client,
}

fn free_port() -> u16 {
    StdListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("free port")
        .port()
}

impl Influxd {
    async fn start() -> Self {
        let found = std::env::var_os("PATH").is_some_and(|paths| {
            std::env::split_paths(&paths).any(|dir| dir.join("influxd").is_file())
        });
        assert!(
            found,
            "influxd is not installed: `apt-get install influxdb` (scripts/test.sh installs it)"
        );
        let _ = rustls::crypto::ring::default_provider().install_default();
        let dir = tempfile::tempdir().expect("tempdir");
        let root = dir.path().display().to_string();
        let (http_port, rpc_port) = (free_port(), free_port());
        let config = format!(
            "reporting-disabled = true\n\
             bind-address = \"127.0.0.1:{rpc_port}\"\n\
             [meta]\n  dir = \"{root}/meta\"\n\
             [data]\n  dir = \"{root}/data\"\n  wal-dir = \"{root}/wal\"\n  \
             query-log-enabled = false\n\
             [http]\n  bind-address = \"127.0.0.1:{http_port}\"\n  log-enabled = false\n\
             [monitor]\n  store-enabled = false\n\
             [continuous_queries]\n  enabled = false\n"
        );
        let config_path = dir.path().join("influxdb.conf");
        std::fs::write(&config_path, config).expect("write influxdb.conf");
        let http = reqwest::Client::new();
        let log = std::fs::File::create(dir.path().join("influxd.log")).expect("log file");
        let child = Command::new("influxd")
            .arg("-config")
            .arg(&config_path)
            .stdin(Stdio::null())
            .stdout(log.try_clone().expect("log file"))
            .stderr(log)
            .spawn()
            .expect("start influxd");
        let mut influxd = Influxd {
            child,
            dir,
            url: format!("http://127.0.0.1:{http_port}"),
            http,
        };
        // influxd says nothing when it is ready but answers /ping with 204 then.
        let deadline = tokio::time::Instant::now() + Duration::from_secs(30);
        loop {
            if let Ok(r) = influxd
                .http
                .get(format!("{}/ping", influxd.url))
                .send()
                .await
                && r.status() == reqwest::StatusCode::NO_CONTENT
            {
                return influxd;
            }
            if let Ok(Some(status)) = influxd.child.try_wait() {
                panic!("influxd exited ({status}):\n{}", influxd.log());
            }
            if tokio::time::Instant::now() > deadline {
                panic!("influxd did not answer /ping in 30 s:\n{}", influxd.log());
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    fn log(&self) -> String {
        std::fs::read_to_string(self.dir.path().join("influxd.log")).unwrap_or_default()
    }

    /// Runs an InfluxQL statement; the first result.
    async fn query(&self, db: &str, q: &str) -> Value {
        let r = self
            .http
            .post(format!("{}/query", self.url))
            .query(&[("db", db), ("q", q)])
            .send()
            .await
            .expect("query InfluxDB");
        assert!(r.status().is_success(), "{q}: {}", r.status());
        let v: Value = r.json().await.expect("query answer");
        let first = v["results"][0].clone();
        assert!(first.get("error").is_none(), "{q}: {first}");
        first
    }

    /// The rows of `q` as objects (column name to value).
    async fn rows(&self, db: &str, q: &str) -> Vec<serde_json::Map<String, Value>> {
        let result = self.query(db, q).await;
        let mut rows = Vec::new();
        for series in result["series"].as_array().into_iter().flatten() {
            let columns: Vec<String> = series["columns"]
                .as_array()
                .into_iter()
                .flatten()
                .map(|c| c.as_str().unwrap_or_default().to_owned())
                .collect();
            for values in series["values"].as_array().into_iter().flatten() {
                let row = columns
                    .iter()
                    .cloned()
                    .zip(values.as_array().into_iter().flatten().cloned())
                    .collect();
                rows.push(row);
            }
        }
        rows
    }

    async fn write(&self, db: &str, body: &str) -> reqwest::StatusCode {
        self.http
            .post(format!("{}/write", self.url))
            .query(&[("db", db), ("precision", "ms")])
            .body(body.to_owned())
            .send()
            .await
            .expect("write to InfluxDB")
            .status()
    }
}

impl Drop for Influxd {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Reporting to `url`/`database`, with intervals short enough for a test.
fn reporting(config: &mut ServerConfig, url: &str, database: &str, tuning: InfluxTuning) {
    config.influxdb = Some(
        InfluxConfig::resolve(
            Some(url.to_owned()),
            Some(database.to_owned()),
            None,
            None,
            tuning,
        )
        .expect("influxdb config"),
    );
}

fn quick_tuning() -> InfluxTuning {
    InfluxTuning {
        flush_interval_ms: 50,
        server_interval_ms: 200,
        ..InfluxTuning::default()
    }
}

/// The value of a series on `/metrics` (0 when it is not there).
async fn figure(server: &TestServer, series: &str) -> f64 {
    let page = server
        .get("/metrics")
        .send()
        .await
        .expect("GET /metrics")
        .text()
        .await
        .expect("page");
    page.lines()
        .find_map(|l| l.strip_prefix(series)?.strip_prefix(' ')?.parse().ok())
        .unwrap_or(0.0)
}

const HOSTILE_TAG: &str = "web, tier=1 \"x\"\nevil=1 end\\";
/// What InfluxDB keeps of it: the newline dropped, the final backslash made a `/`.
const HOSTILE_TAG_KEPT: &str = "web, tier=1 \"x\"evil=1 end/";
const HOSTILE_STAT: &str = "rx\nbad,x=1 y=2 3\\=";
const HOSTILE_STAT_KEPT: &str = "rxbad,x=1 y=2 3/=";

#[tokio::test]
async fn stats_and_figures_arrive_in_influxdb_and_can_be_queried() {
    let influxd = Influxd::start().await;
    influxd.query("", "CREATE DATABASE fleet").await;
    let server = TestServer::start_with(|c| {
        c.name = "ship, one".into();
        reporting(c, &influxd.url, "fleet", quick_tuning());
    })
    .await;

    // An instance of the emulator, answering STATS on its own every 100 ms.
    let mut spec = InstanceSpec::new(UPLINK_TOKEN);
    spec.send_stats_ms = 100;
    let mut inst = instance::spawn(server.uplink_target(), spec.clone());
    inst.wait_docked().await;
    let q = format!(
        "SELECT * FROM instance_stats WHERE instance = '{}'",
        spec.uuid
    );
    let rows = wait_until(Duration::from_secs(15), "the STATS point", || async {
        Some(influxd.rows("fleet", &q).await).filter(|r| !r.is_empty())
    })
    .await;
    let row = &rows[0];
    assert_eq!(row["eth0.ethernet.packets_rx"], 1234.0, "{row:?}");
    assert_eq!(row["eth0.ethernet.packets_tx"], 987.0, "{row:?}");
    assert_eq!(row["cpu0.cycles_total"], 1e9, "{row:?}");
    assert_eq!(
        row["tag"],
        spec.tag.clone().expect("tag").as_str(),
        "{row:?}"
    );
    assert_eq!(row["version"], spec.version.as_str(), "{row:?}");

    // One docked by hand with a hostile tag and hostile stat names: every value stays inside
    // its point (no point or field injected), and reads back as sent less what cannot be kept.
    let uuid = "1b4e28ba-2fa1-41d2-883f-0016d3cca427";
    let mut ws = dock_by_hand(&server, uuid).await;
    let mut ident: Value = serde_json::from_str(
        &InstanceSpec {
            uuid: uuid.to_owned(),
            tag: Some(HOSTILE_TAG.to_owned()),
            ..InstanceSpec::new(UPLINK_TOKEN)
        }
        .ident_json(None, None),
    )
    .expect("ident json");
    ident["version"] = "v1 2,3=4\n".into();
    ws.send_transport(code::IDENT, ident.to_string().as_bytes())
        .await
        .expect("send IDENT");
    let stats = serde_json::json!([
        {"name": HOSTILE_STAT, "value": 7},
        {"name": "time", "value": 8},
        {"name": "ok", "value": 1.5},
    ]);
    ws.send_transport(code::STATS, stats.to_string().as_bytes())
        .await
        .expect("send STATS");
    let q = format!("SELECT * FROM instance_stats WHERE instance = '{uuid}'");
    let rows = wait_until(
        Duration::from_secs(15),
        "the hostile STATS point",
        || async { Some(influxd.rows("fleet", &q).await).filter(|r| !r.is_empty()) },
    )
    .await;
    assert_eq!(rows.len(), 1, "{rows:?}");
    let row = &rows[0];
    assert_eq!(row["tag"], HOSTILE_TAG_KEPT, "{row:?}");
    assert_eq!(row["version"], "v1 2,3=4", "{row:?}");
    assert_eq!(row[HOSTILE_STAT_KEPT], 7.0, "{row:?}");
    assert_eq!(row["ok"], 1.5, "{row:?}");
    // Nothing else got into the database: only our two measurement kinds, no `evil` or `bad`.
    let measurements = influxd.rows("fleet", "SHOW MEASUREMENTS").await;
    for m in &measurements {
        let name = m["name"].as_str().unwrap_or_default();
        assert!(
            name == "instance_stats"
                || name.starts_with("mothership_")
                || name.starts_with("process_"),
            "unexpected measurement {name:?}"
        );
    }
    let tag_keys = influxd
        .rows("fleet", "SHOW TAG KEYS FROM instance_stats")
        .await;
    let keys: Vec<&str> = tag_keys
        .iter()
        .filter_map(|r| r["tagKey"].as_str())
        .collect();
    assert_eq!(keys, ["instance", "tag", "version"]);

    // The server's own figures, tagged with its name.
    let rows = wait_until(Duration::from_secs(15), "the docks figure", || async {
        Some(
            influxd
                .rows(
                    "fleet",
                    "SELECT last(value) FROM mothership_uplink_docks_total \
                     WHERE server = 'ship, one'",
                )
                .await,
        )
        .filter(|r| r.first().is_some_and(|r| r["last"].as_f64() >= Some(2.0)))
    })
    .await;
    assert!(rows[0]["last"].as_f64() >= Some(2.0), "{rows:?}");
    let rows = influxd
        .rows(
            "fleet",
            "SELECT * FROM mothership_instances WHERE status = 'connected'",
        )
        .await;
    assert!(!rows.is_empty(), "instances by status");
    assert!(figure(&server, "mothership_influxdb_points_written_total").await > 0.0);
    drop(ws);
    drop(inst);
    server.stop().await;

    // A database where `eth0.ethernet.packets_rx` is already a string: InfluxDB refuses our float
    // points (400, field type conflict). The batch is dropped and counted, not retried for
    // ever, and what comes after is still written.
    influxd.query("", "CREATE DATABASE conflicted").await;
    // Now: field types are kept per shard, and shards by time.
    let now_ms = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .expect("clock")
        .as_millis();
    let status = influxd
        .write(
            "conflicted",
            &format!("instance_stats,instance=x eth0.ethernet.packets_rx=\"text\" {now_ms}"),
        )
        .await;
    assert_eq!(status, reqwest::StatusCode::NO_CONTENT);
    let server = TestServer::start_with(|c| {
        reporting(c, &influxd.url, "conflicted", quick_tuning());
    })
    .await;
    let mut spec = InstanceSpec::new(UPLINK_TOKEN);
    spec.send_stats_ms = 100;
    let mut inst = instance::spawn(server.uplink_target(), spec);
    inst.wait_docked().await;
    wait_until(Duration::from_secs(15), "a rejected batch", || async {
        let n = figure(
            &server,
            "mothership_influxdb_points_dropped_total{reason=\"rejected\"}",
        )
        .await;
        (n > 0.0).then_some(())
    })
    .await;
    let written = figure(&server, "mothership_influxdb_points_written_total").await;
    wait_until(
        Duration::from_secs(15),
        "points written after it",
        || async {
            let n = figure(&server, "mothership_influxdb_points_written_total").await;
            (n > written).then_some(())
        },
    )
    .await;
    drop(inst);
    server.stop().await;
}

/// Accepts connections and never answers: an InfluxDB that hangs.
async fn black_hole() -> (String, tokio::task::JoinHandle<()>) {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let url = format!("http://{}", listener.local_addr().expect("addr"));
    let task = tokio::spawn(async move {
        let mut held = Vec::new();
        while let Ok((socket, _)) = listener.accept().await {
            held.push(socket);
        }
    });
    (url, task)
}

#[tokio::test]
async fn an_influxdb_that_never_answers_costs_docking_and_the_api_nothing() {
    let (url, hole) = black_hole().await;
    let bound = 20;
    let server = TestServer::start_with(|c| {
        reporting(
            c,
            &url,
            "fleet",
            InfluxTuning {
                buffer_points: bound,
                batch_points: 5,
                flush_interval_ms: 20,
                server_interval_ms: 50,
                // Each write hangs this long before it fails.
                request_timeout_ms: 60_000,
                ..InfluxTuning::default()
            },
        );
    })
    .await;
    // The writer is stuck on its first request; points keep coming (figures every 50 ms, STATS
    // every 50 ms from each instance) and the oldest are dropped beyond the bound.
    let mut instances = Vec::new();
    for _ in 0..3 {
        let mut spec = InstanceSpec::new(UPLINK_TOKEN);
        spec.send_stats_ms = 50;
        let mut inst = instance::spawn(server.uplink_target(), spec);
        inst.wait_docked().await;
        instances.push(inst);
    }
    wait_until(Duration::from_secs(15), "dropped points", || async {
        let n = figure(
            &server,
            "mothership_influxdb_points_dropped_total{reason=\"buffer\"}",
        )
        .await;
        (n > 0.0).then_some(())
    })
    .await;
    // Docking, STATS requests and the API still work while it hangs.
    let mut spec = InstanceSpec::new(UPLINK_TOKEN);
    spec.send_stats_ms = 50;
    let late = crate::deploy::docked(&server, spec.clone()).await;
    let r = server
        .request(
            reqwest::Method::POST,
            &format!("/v1/instances/{}/stats", spec.uuid),
        )
        .send()
        .await
        .expect("POST stats (asks the instance)");
    assert!(r.status().is_success(), "{}", r.status());
    let r = server
        .get("/v1/instances")
        .send()
        .await
        .expect("GET instances");
    assert!(r.status().is_success(), "{}", r.status());
    let buffered = figure(&server, "mothership_influxdb_points_buffered").await;
    assert!(
        buffered <= bound as f64,
        "{buffered} buffered, bound {bound}"
    );
    assert_eq!(
        figure(&server, "mothership_influxdb_points_written_total").await,
        0.0
    );
    let before = figure(
        &server,
        "mothership_influxdb_points_dropped_total{reason=\"buffer\"}",
    )
    .await;
    wait_until(Duration::from_secs(15), "more dropped points", || async {
        let n = figure(
            &server,
            "mothership_influxdb_points_dropped_total{reason=\"buffer\"}",
        )
        .await;
        (n > before).then_some(())
    })
    .await;
    drop(late);
    drop(instances);
    // Shutting down gives up on the buffered points after a few seconds.
    server.stop().await;
    hole.abort();
}
