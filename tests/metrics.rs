//! `GET /metrics`: the server's figures in the Prometheus text format, behind basic auth unless
//! `--metricsauth none`, with route templates (never IDs) as labels, and a page Prometheus's own
//! `promtool check metrics` accepts.

use std::io::Write;
use std::process::{Command, Stdio};

use reqwest::StatusCode;

use crate::deploy::{docked, post_deploy, spec, uploaded_image};
use crate::helper::TestServer;
use crate::helper::instance::OnUpdate;

async fn page(server: &TestServer) -> String {
    let r = server.get("/metrics").send().await.expect("GET /metrics");
    assert_eq!(r.status(), StatusCode::OK);
    let content_type = r
        .headers()
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_owned();
    assert!(
        content_type.starts_with("text/plain; version=0.0.4"),
        "{content_type}"
    );
    r.text().await.expect("page")
}

/// `promtool check metrics` (Debian package `prometheus`; scripts/test.sh installs it) on the
/// page: its exit status and what it said.
fn promtool(page: &str) -> (bool, String) {
    let found = std::env::var_os("PATH").is_some_and(|paths| {
        std::env::split_paths(&paths).any(|dir| dir.join("promtool").is_file())
    });
    assert!(
        found,
        "promtool is not installed: `apt-get install prometheus` (scripts/test.sh installs it)"
    );
    let mut child = Command::new("promtool")
        .args(["check", "metrics"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run promtool");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(page.as_bytes())
        .expect("write page");
    let out = child.wait_with_output().expect("promtool output");
    let said = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    (out.status.success(), said)
}

#[tokio::test]
async fn the_page_counts_docks_requests_and_deploys_and_promtool_accepts_it() {
    let server = TestServer::start().await;
    let r = server
        .anon_client()
        .get(format!("{}/metrics", server.url))
        .send()
        .await
        .expect("anonymous GET");
    assert_eq!(
        r.status(),
        StatusCode::UNAUTHORIZED,
        "behind basic auth by default"
    );

    let inst = docked(&server, spec(OnUpdate::Apply)).await;
    let uuid = inst.spec.uuid.clone();
    let r = server
        .get(&format!("/v1/instances/{uuid}"))
        .send()
        .await
        .expect("get instance");
    assert_eq!(r.status(), StatusCode::OK);
    let image = uploaded_image(&server, 64 * 1024, 41).await;
    let r = post_deploy(&server, &uuid, &image, "?wait=true").await;
    assert_eq!(r.status(), StatusCode::OK);

    let page = page(&server).await;
    for line in [
        "mothership_uplink_docks_total 2",
        "mothership_uplink_connections 1",
        "mothership_instances{status=\"connected\"} 1",
        "mothership_deploys_total{outcome=\"verified\"} 1",
        "mothership_deploy_duration_seconds_count 1",
        "mothership_uplink_transports_total{kind=\"IDENT\"} 2",
    ] {
        assert!(page.contains(line), "{line:?} missing:\n{page}");
    }
    // The instance's record was polled too: counts are at least one, under the route template.
    for prefix in [
        "mothership_http_requests_total{route=\"/v1/instances/{}\",method=\"GET\",status=\"200\"} ",
        "mothership_http_request_duration_seconds_bucket{route=\"/v1/instances/{}\",method=\"GET\",le=\"+Inf\"} ",
        "mothership_uplink_bytes_total{direction=\"in\"} ",
        "mothership_uplink_bytes_total{direction=\"out\"} ",
        "mothership_store_bytes{part=\"database\"} ",
        "mothership_store_bytes{part=\"images\"} ",
        "process_resident_memory_bytes ",
        "process_cpu_seconds ",
        "process_open_fds ",
    ] {
        assert!(
            page.lines().any(|l| l.starts_with(prefix)),
            "{prefix:?} missing:\n{page}"
        );
    }
    assert!(!page.contains(&uuid), "an instance's uuid became a label");
    let (ok, said) = promtool(&page);
    assert!(
        ok,
        "promtool check metrics refused the page: {said}\n{page}"
    );
}

#[tokio::test]
async fn metricsauth_none_serves_the_page_without_credentials() {
    let server = TestServer::start_with(|c| {
        c.metrics_auth = mothership::server::AuthMode::None;
    })
    .await;
    let r = server
        .anon_client()
        .get(format!("{}/metrics", server.url))
        .send()
        .await
        .expect("anonymous GET");
    assert_eq!(r.status(), StatusCode::OK);
    // The API itself stays behind basic auth.
    let r = server
        .anon_client()
        .get(format!("{}/v1/instances", server.url))
        .send()
        .await
        .expect("anonymous GET");
    assert_eq!(r.status(), StatusCode::UNAUTHORIZED);
}
