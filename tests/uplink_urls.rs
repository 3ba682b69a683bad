//! Uplink urls real instances cannot use (issue 8, point 5): the IncludeOS client takes a host
//! whose last character is a digit for an IPv4 address, so `mothership2` or an IPv6 literal
//! makes the instance panic and reboot forever. Such urls are refused by the API and the CLI,
//! and one stored before the check is flagged at start-up, in the API and in `uplinks list`.

use std::path::Path;
use std::process::Output;
use std::time::Duration;

use mothership::protocol::ErrorBody;
use mothership::protocol::list::Page;
use mothership::protocol::uplinks::Uplink;
use mothership::store::Store;
use reqwest::{Method, StatusCode};
use serde_json::json;

use crate::helper::TestServer;
use crate::helper::process::{ServeDirs, ServeProcess, client_trusting};

async fn cli(server: &TestServer, dir: &Path, args: &[&str]) -> Output {
    crate::helper::cli::against(server, &dir.join("xdg"), args)
        .current_dir(dir)
        .output()
        .await
        .expect("run mothership")
}

/// Writes an uplink straight into the database, as one stored before urls were checked.
fn store_unchecked_uplink(runtime_dir: &Path, name: &str, url: &str) {
    let store = Store::open(runtime_dir).expect("open store");
    let (name, url) = (name.to_owned(), url.to_owned());
    store
        .call_blocking(move |c| {
            c.execute(
                "INSERT INTO uplinks (id, name, url, token, options, created)
                 VALUES ('0123456789abcdef', ?1, ?2, 'legacy-token-0123456789', '{}', 0)",
                [&name, &url],
            )?;
            Ok(())
        })
        .expect("insert uplink");
}

#[tokio::test]
async fn uplink_urls_instances_cannot_use_are_refused_by_api_and_cli() {
    let server = TestServer::start().await;
    for (url, says) in [
        ("https://mothership2:9090", "ends in a digit"),
        ("http://ip-10-0-0-12:9090", "ends in a digit"),
        ("https://mothership2.:9090", "ends in a digit"),
        ("http://[::1]:9090", "IPv6"),
        ("http://[fe80::a]:9090", "IPv6"),
    ] {
        let r = server
            .request(Method::POST, "/v1/uplinks")
            .json(&json!({"name": "bad", "url": url}))
            .send()
            .await
            .expect("create");
        assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY, "{url}");
        let err: ErrorBody = r.json().await.expect("error body");
        assert_eq!(err.error.code, "invalid_field");
        let m = &err.error.message;
        assert!(m.starts_with("invalid url:"), "{url}: {m}");
        assert!(m.contains(says), "{url}: says why: {m}");
        assert!(m.contains("IPv4 address"), "{url}: says what to use: {m}");
    }

    // Usable ones: an IPv4 address, names ending in a letter, with or without a port.
    for (name, url) in [
        ("v4", "https://10.0.0.1:9090"),
        ("name", "https://mothership:9090"),
        ("fqdn", "https://host.example.com."),
    ] {
        let r = server
            .request(Method::POST, "/v1/uplinks")
            .json(&json!({"name": name, "url": url}))
            .send()
            .await
            .expect("create");
        assert_eq!(r.status(), StatusCode::CREATED, "{url}");
        let u: Uplink = r.json().await.expect("uplink");
        assert!(u.problems.is_empty(), "{url}: {:?}", u.problems);
    }

    // Changing the url to one instances cannot use is refused too.
    let r = server
        .request(Method::PATCH, "/v1/uplinks/name")
        .json(&json!({"url": "https://mothership2:9090"}))
        .send()
        .await
        .expect("patch");
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);

    // The CLI: exit 1 with the reason.
    let dir = tempfile::tempdir().expect("tempdir");
    let o = cli(
        &server,
        dir.path(),
        &[
            "uplinks",
            "create",
            "m2",
            "--url",
            "https://mothership2:9090",
        ],
    )
    .await;
    assert_eq!(o.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert!(
        stderr.contains("invalid url") && stderr.contains("ends in a digit"),
        "{stderr}"
    );
    let o = cli(
        &server,
        dir.path(),
        &["uplinks", "update", "name", "--url", "http://[::1]:9090"],
    )
    .await;
    assert_eq!(o.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert!(stderr.contains("IPv6"), "{stderr}");
}

#[tokio::test]
async fn an_existing_uplink_instances_cannot_use_is_flagged_in_api_and_cli() {
    let server = TestServer::start().await;
    let (dir, config) = server.stop().await;
    store_unchecked_uplink(&config.runtime_dir, "legacy", "https://mothership2:9090");
    let server = TestServer::start_in(dir, config).await;

    let page: Page<Uplink> = server
        .get("/v1/uplinks")
        .send()
        .await
        .expect("list")
        .json()
        .await
        .expect("page");
    let legacy = page
        .items
        .iter()
        .find(|u| u.name == "legacy")
        .expect("legacy listed");
    assert_eq!(legacy.problems.len(), 1, "{:?}", legacy.problems);
    assert!(legacy.problems[0].contains("ends in a digit"));
    let default = page
        .items
        .iter()
        .find(|u| u.name == "default")
        .expect("default");
    assert!(default.problems.is_empty(), "{:?}", default.problems);

    let dir = tempfile::tempdir().expect("tempdir");
    let o = cli(&server, dir.path(), &["uplinks", "list"]).await;
    assert!(o.status.success());
    let stdout = String::from_utf8_lossy(&o.stdout);
    let row = stdout
        .lines()
        .find(|l| l.contains("legacy"))
        .expect("legacy row");
    assert!(row.contains("instances cannot use this url"), "{stdout}");
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert!(
        stderr.contains("uplink legacy") && stderr.contains("ends in a digit"),
        "{stderr}"
    );
    let o = cli(&server, dir.path(), &["uplinks", "show", "legacy"]).await;
    let stdout = String::from_utf8_lossy(&o.stdout);
    assert!(
        stdout
            .lines()
            .any(|l| l.starts_with("Warning:") && l.contains("ends in a digit")),
        "{stdout}"
    );
    // The rest of it can still be changed (it stays flagged until its url is fixed).
    let r = server
        .request(Method::PATCH, "/v1/uplinks/legacy")
        .json(&json!({"send_stats": 1000}))
        .send()
        .await
        .expect("patch");
    assert_eq!(r.status(), StatusCode::OK);
    let r = server
        .request(Method::PATCH, "/v1/uplinks/legacy")
        .json(&json!({"url": "https://mothership-b:9090"}))
        .send()
        .await
        .expect("fix");
    let fixed: Uplink = r.json().await.expect("uplink");
    assert!(fixed.problems.is_empty());
}

#[tokio::test]
async fn start_up_warns_about_a_stored_uplink_instances_cannot_use() {
    let dirs = ServeDirs::new();
    let mut cmd = dirs.command();
    cmd.args(["--serverauth", "none"]);
    let mut first = ServeProcess::spawn(cmd);
    first.wait_ready();
    first.terminate();
    first.wait_exit(Duration::from_secs(30));
    store_unchecked_uplink(&dirs.runtime_dir(), "legacy", "http://[::1]:9090");

    let mut cmd = dirs.command();
    cmd.args(["--serverauth", "none"]);
    let mut server = ServeProcess::spawn(cmd);
    let port = server.wait_ready();
    let line = server
        .wait_for_line(Duration::from_secs(1), |l| l.contains("Uplink legacy"))
        .unwrap_or_else(|| panic!("no warning in:\n{}", server.output.join("\n")));
    assert!(
        line.contains("WARN") && line.contains("IPv6") && line.contains("uplinks update legacy"),
        "{line}"
    );
    let client = client_trusting(&dirs.config_dir().join("cert.pem"));
    let legacy: Uplink = client
        .get(format!("https://127.0.0.1:{port}/v1/uplinks/legacy"))
        .send()
        .await
        .expect("get")
        .json()
        .await
        .expect("uplink");
    assert_eq!(legacy.problems.len(), 1);
}

#[tokio::test]
async fn a_build_for_an_uplink_instances_cannot_use_is_refused() {
    let Some(env) = crate::helper::docker::docker_env() else {
        return;
    };
    let server = TestServer::start_with(|c| env.configure(c)).await;
    let (dir, config) = server.stop().await;
    store_unchecked_uplink(&config.runtime_dir, "legacy", "https://mothership2:9090");
    let server = TestServer::start_in(dir, config).await;
    let r = server
        .request(
            Method::POST,
            &format!(
                "/v1/images/build/services/Starbase/builders/{}",
                env.classic("v0.14.1")
            ),
        )
        .json(&json!({"nacl_content": "Iface eth0 dhcp\n", "uplink_id": "legacy"}))
        .send()
        .await
        .expect("build");
    assert_eq!(r.status(), StatusCode::CONFLICT);
    let body: ErrorBody = r.json().await.expect("error body");
    let message = body.error.message;
    assert!(
        message.contains("ends in a digit")
            && message.contains("would never dock")
            && message.contains("mothership uplinks update 0123456789abcdef --url"),
        "{message}"
    );
}
