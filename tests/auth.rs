//! Basic auth against an in-process server over TLS: who gets in, who does not, and the htpasswd
//! file being picked up when it changes, with no restart.

use std::path::Path;
use std::time::{Duration, Instant};

use base64::Engine;
use mothership::htpasswd::Htpasswd;
use mothership::protocol::ErrorBody;
use mothership::server::AuthMode;

use crate::helper::{PASSWORD, TestServer, USER};

/// The status of `GET /v1/info` with these credentials.
async fn info_status(server: &TestServer, user: &str, password: &str) -> u16 {
    server
        .anon_client()
        .get(format!("{}/v1/info", server.url))
        .basic_auth(user, Some(password))
        .send()
        .await
        .expect("send")
        .status()
        .as_u16()
}

/// The status of `GET /v1/info` with a raw `Authorization` header (or none).
async fn info_status_with_header(server: &TestServer, header: Option<&[u8]>) -> (u16, ErrorBody) {
    let mut req = server.anon_client().get(format!("{}/v1/info", server.url));
    if let Some(h) = header {
        req = req.header(
            "authorization",
            reqwest::header::HeaderValue::from_bytes(h).expect("header value"),
        );
    }
    let response = req.send().await.expect("send");
    let status = response.status().as_u16();
    let body = response.json().await.expect("error body");
    (status, body)
}

/// Polls until `GET /v1/info` with these credentials answers `want`, for at most 5 s. The server
/// looks at the file every 100 ms (and compares its contents every second); the bound only keeps
/// a broken server from hanging the test.
async fn wait_for_status(server: &TestServer, user: &str, password: &str, want: u16) {
    let deadline = Instant::now() + Duration::from_secs(5);
    loop {
        let got = info_status(server, user, password).await;
        if got == want {
            return;
        }
        assert!(
            Instant::now() < deadline,
            "user {user:?} still gets {got}, expected {want}"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

fn basic(user_pass: &[u8]) -> Vec<u8> {
    let mut header = b"Basic ".to_vec();
    header.extend(
        base64::engine::general_purpose::STANDARD
            .encode(user_pass)
            .as_bytes(),
    );
    header
}

fn add_user(path: &Path, user: &str, password: &str) {
    let mut file = Htpasswd::load(path).expect("load htpasswd");
    file.set_password(user, password, 4).expect("hash");
    file.save(path).expect("save htpasswd");
}

#[tokio::test]
async fn right_credentials_are_accepted_and_the_scheme_is_case_insensitive() {
    let server = TestServer::start().await;
    assert_eq!(info_status(&server, USER, PASSWORD).await, 200);
    // Again, now from the success cache.
    assert_eq!(info_status(&server, USER, PASSWORD).await, 200);
    let mut lower = b"basic ".to_vec();
    lower.extend_from_slice(&basic(format!("{USER}:{PASSWORD}").as_bytes())[6..]);
    let response = server
        .anon_client()
        .get(format!("{}/v1/info", server.url))
        .header(
            "authorization",
            reqwest::header::HeaderValue::from_bytes(&lower).expect("header"),
        )
        .send()
        .await
        .expect("send");
    assert_eq!(response.status(), 200);
}

#[tokio::test]
async fn wrong_password_and_unknown_user_are_rejected_alike() {
    let server = TestServer::start().await;
    for (user, password) in [
        (USER, "wrong"),
        (USER, ""),
        ("nobody", PASSWORD),
        ("Admin", PASSWORD),
    ] {
        let response = server
            .anon_client()
            .get(format!("{}/v1/info", server.url))
            .basic_auth(user, Some(password))
            .send()
            .await
            .expect("send");
        assert_eq!(response.status(), 401, "{user}:{password}");
        assert!(
            response.headers().contains_key("www-authenticate"),
            "{user}: 401 without WWW-Authenticate"
        );
        let body: ErrorBody = response.json().await.expect("error body");
        assert_eq!(body.error.code, "unauthorized");
        // The same sentence for both, so the answer does not tell which users exist.
        assert_eq!(body.error.message, "wrong user name or password");
    }
    // A right password after wrong ones still works (failures are not cached).
    assert_eq!(info_status(&server, USER, PASSWORD).await, 200);
}

#[tokio::test]
async fn missing_and_malformed_headers_are_rejected() {
    let server = TestServer::start().await;
    let (status, body) = info_status_with_header(&server, None).await;
    assert_eq!(status, 401);
    assert!(body.error.message.contains("authentication required"));
    assert!(body.error.hint.is_some(), "a 401 tells what to do");

    let no_colon = basic(b"adminpassword");
    let empty_user = basic(format!(":{PASSWORD}").as_bytes());
    let not_utf8 = basic(b"admin:\xff\xfe");
    let malformed: [&[u8]; 7] = [
        b"Basic !!!notbase64",
        b"Bearer abc",
        b"Basic",
        b"",
        &no_colon,
        &empty_user,
        &not_utf8,
    ];
    for header in malformed {
        let (status, body) = info_status_with_header(&server, Some(header)).await;
        assert_eq!(status, 401, "{:?}", String::from_utf8_lossy(header));
        assert_eq!(body.error.code, "unauthorized");
    }
}

#[tokio::test]
async fn a_user_added_to_the_file_gets_in_without_a_restart() {
    let server = TestServer::start().await;
    assert_eq!(info_status(&server, "carol", "carols-password").await, 401);
    add_user(&server.config.htpasswd, "carol", "carols-password");
    wait_for_status(&server, "carol", "carols-password", 200).await;
    assert_eq!(info_status(&server, USER, PASSWORD).await, 200);
}

#[tokio::test]
async fn a_user_removed_from_the_file_is_rejected_even_when_cached() {
    let server = TestServer::start().await;
    add_user(&server.config.htpasswd, "dave", "daves-password");
    wait_for_status(&server, "dave", "daves-password", 200).await;
    // Now dave's check is in the success cache; removing him must drop it.
    let mut file = Htpasswd::load(&server.config.htpasswd).expect("load");
    assert!(file.remove("dave"));
    file.save(&server.config.htpasswd).expect("save");
    wait_for_status(&server, "dave", "daves-password", 401).await;
    assert_eq!(info_status(&server, USER, PASSWORD).await, 200);
}

#[tokio::test]
async fn a_changed_password_replaces_the_cached_one() {
    let server = TestServer::start().await;
    assert_eq!(info_status(&server, USER, PASSWORD).await, 200);
    add_user(&server.config.htpasswd, USER, "the-new-password");
    wait_for_status(&server, USER, PASSWORD, 401).await;
    assert_eq!(info_status(&server, USER, "the-new-password").await, 200);
}

/// Apache's `htpasswd` rewrites the file in place (same inode) and a password change keeps its
/// length; file times are coarse, so the change can keep the same modification time too. The
/// server must still notice the new contents.
#[tokio::test]
async fn an_in_place_rewrite_with_the_same_size_and_time_is_noticed() {
    let server = TestServer::start().await;
    let path = server.config.htpasswd.clone();
    assert_eq!(info_status(&server, USER, PASSWORD).await, 200);
    let before = std::fs::metadata(&path).expect("stat");
    let mut file = Htpasswd::load(&path).expect("load");
    // Same password length, so the file keeps its size.
    let new_password: String = PASSWORD.chars().rev().collect();
    file.set_password(USER, &new_password, 4).expect("hash");
    let text = file.render();
    assert_eq!(text.len() as u64, before.len());
    {
        use std::io::Write;
        let mut f = std::fs::OpenOptions::new()
            .write(true)
            .truncate(true)
            .open(&path)
            .expect("open in place");
        f.write_all(text.as_bytes()).expect("write");
        f.set_modified(before.modified().expect("mtime"))
            .expect("keep mtime");
    }
    let after = std::fs::metadata(&path).expect("stat");
    assert_eq!(after.modified().ok(), before.modified().ok());
    wait_for_status(&server, USER, PASSWORD, 401).await;
    assert_eq!(info_status(&server, USER, &new_password).await, 200);
}

#[tokio::test]
async fn a_broken_file_refuses_logins_until_it_is_fixed() {
    let server = TestServer::start().await;
    let path = server.config.htpasswd.clone();
    let good = std::fs::read(&path).expect("read");
    std::fs::write(&path, "admin:$apr1$abc$def\n").expect("write md5 entry");
    wait_for_status(&server, USER, PASSWORD, 503).await;
    let (status, body) = info_status_with_header(
        &server,
        Some(&basic(format!("{USER}:{PASSWORD}").as_bytes())),
    )
    .await;
    assert_eq!(status, 503);
    assert_eq!(body.error.code, "auth_unavailable");
    std::fs::write(&path, good).expect("restore");
    wait_for_status(&server, USER, PASSWORD, 200).await;
}

#[tokio::test]
async fn a_non_bcrypt_hash_stops_startup_naming_the_line() {
    let (dir, config) = crate::helper::test_config();
    let mut text = std::fs::read_to_string(&config.htpasswd).expect("read");
    text.push_str("# an Apache MD5 entry follows\nbob:$apr1$Vh0/GcvW$xVJnI6ZsGb7mYdCPmT4Gq/\n");
    std::fs::write(&config.htpasswd, text).expect("write");
    let listeners = mothership::server::Listeners {
        api: tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind"),
        uplink: tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind"),
    };
    let err = mothership::server::serve(config.clone(), listeners, std::future::pending())
        .await
        .expect_err("an $apr1$ hash must stop start-up");
    let msg = format!("{err:#}");
    let expected = format!("{}:3:", config.htpasswd.display());
    assert!(msg.contains(&expected), "{msg}");
    assert!(msg.contains("bob"), "{msg}");
    assert!(msg.contains("bcrypt"), "{msg}");
    drop(dir);
}

#[tokio::test]
async fn serverauth_none_lets_requests_in() {
    let server = TestServer::start_with(|c| c.auth = AuthMode::None).await;
    let (status, _) = {
        let response = server
            .anon_client()
            .get(format!("{}/v1/info", server.url))
            .send()
            .await
            .expect("send");
        (response.status().as_u16(), ())
    };
    assert_eq!(status, 200);
    // Credentials, even wrong ones, are ignored rather than refused.
    assert_eq!(info_status(&server, "whoever", "whatever").await, 200);
}

#[tokio::test]
async fn concurrent_first_logins_all_succeed() {
    let server = TestServer::start().await;
    let mut tasks = Vec::new();
    for _ in 0..16 {
        let client = server.anon_client();
        let url = format!("{}/v1/info", server.url);
        tasks.push(tokio::spawn(async move {
            client
                .get(url)
                .basic_auth(USER, Some(PASSWORD))
                .send()
                .await
                .expect("send")
                .status()
                .as_u16()
        }));
    }
    for t in tasks {
        assert_eq!(t.await.expect("task"), 200);
    }
}
