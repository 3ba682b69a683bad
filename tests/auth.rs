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
    add_user_with_cost(path, user, password, 4);
}

fn add_user_with_cost(path: &Path, user: &str, password: &str, cost: u32) {
    let mut file = Htpasswd::load(path).expect("load htpasswd");
    file.set_password(user, password, cost).expect("hash");
    file.save(path).expect("save htpasswd");
}

/// A user whose bcrypt cost (10) makes each check take long enough that a queue of them shows.
const SLOW_USER: &str = "slow";
const SLOW_PASSWORD: &str = "slow-but-right";

fn from(last: u8) -> std::net::IpAddr {
    std::net::IpAddr::from([127, 0, 0, last])
}

/// `GET /v1/info` as `user` from the client's address: the status, the body, and `Retry-After`.
async fn info_from(
    server: &TestServer,
    client: &reqwest::Client,
    user: &str,
    password: &str,
) -> (u16, ErrorBody, Option<u64>) {
    let response = client
        .get(format!("{}/v1/info", server.url))
        .basic_auth(user, Some(password))
        .send()
        .await
        .expect("send");
    let status = response.status().as_u16();
    let retry_after = response
        .headers()
        .get("retry-after")
        .map(|v| v.to_str().expect("ascii").parse().expect("seconds"));
    let body = if status == 200 {
        ErrorBody::new(mothership::protocol::ErrorCode::Other(String::new()), "")
    } else {
        response.json().await.expect("error body")
    };
    (status, body, retry_after)
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

/// Regression: nothing limited failed logins, so any client could make the server run bcrypt for
/// it as fast as it liked. Past its budget an address is answered 429 with `Retry-After`, before
/// any bcrypt; other addresses, and credentials the server remembers, are not affected.
#[tokio::test]
async fn too_many_failures_from_one_address_are_answered_429_with_retry_after() {
    let server = TestServer::start_with(|c| {
        c.login_failures_per_minute = 3;
        add_user(&c.htpasswd, "bob", "bobs-password");
    })
    .await;
    let guesser = server.anon_client_from(from(2));
    for _ in 0..3 {
        let (status, body, _) = info_from(&server, &guesser, USER, "guess").await;
        assert_eq!((status, body.error.code.as_str()), (401, "unauthorized"));
    }
    let (status, body, retry_after) = info_from(&server, &guesser, USER, "guess").await;
    assert_eq!(status, 429, "{body:?}");
    assert_eq!(body.error.code, "too_many_failures");
    let retry_after = retry_after.expect("a Retry-After header");
    assert!(
        (1..=20).contains(&retry_after),
        "Retry-After {retry_after}: one failure refills in 20 s"
    );
    // The right password does not get a check from there either, until the budget refills.
    let (status, ..) = info_from(&server, &guesser, "bob", "bobs-password").await;
    assert_eq!(status, 429);

    // Another address is not limited.
    let other = server.anon_client_from(from(3));
    assert_eq!(info_from(&server, &other, USER, "guess").await.0, 401);
    assert_eq!(info_from(&server, &other, USER, PASSWORD).await.0, 200);
    // Credentials the server has just verified get in even from the limited address (an
    // operator behind the same NAT as the guesser).
    assert_eq!(info_from(&server, &guesser, USER, PASSWORD).await.0, 200);
}

/// Regression: checks waited for a bcrypt slot in an unbounded line. Past the lane's bound a
/// request is answered `503 auth_busy` with `Retry-After` at once, without waiting for any check.
#[tokio::test]
async fn a_full_login_queue_answers_503_at_once() {
    let server = TestServer::start_with(|c| {
        c.login_failures_per_minute = 1000;
        c.login_queue = 1;
        add_user_with_cost(&c.htpasswd, SLOW_USER, SLOW_PASSWORD, 10);
    })
    .await;
    let client = server.anon_client_from(from(2));
    let cpus = std::thread::available_parallelism().map_or(2, |n| n.get());
    let started = Instant::now();
    let mut tasks = Vec::new();
    for i in 0..(8 + 2 * cpus) {
        let (server_url, client) = (server.url.clone(), client.clone());
        tasks.push(tokio::spawn(async move {
            let response = client
                .get(format!("{server_url}/v1/info"))
                .basic_auth(SLOW_USER, Some(format!("wrong-{i}")))
                .send()
                .await
                .expect("send");
            let answered = started.elapsed();
            let retry_after = response.headers().get("retry-after").cloned();
            let status = response.status().as_u16();
            let body: ErrorBody = response.json().await.expect("error body");
            (status, body.error.code, retry_after, answered)
        }));
    }
    let mut busy = Vec::new();
    let mut checked = Vec::new();
    for t in tasks {
        let (status, code, retry_after, answered) = t.await.expect("task");
        match status {
            503 => {
                assert_eq!(code, "auth_busy");
                assert!(retry_after.is_some(), "503 without Retry-After");
                busy.push(answered);
            }
            401 => checked.push(answered),
            other => panic!("unexpected {other} {code}"),
        }
    }
    assert!(!busy.is_empty(), "no request was refused for a full queue");
    let last_busy = busy.iter().max().expect("some");
    let first_checked = checked.iter().min().expect("some were checked");
    assert!(
        last_busy < first_checked,
        "a 503 came after {last_busy:?}, later than the first check finished ({first_checked:?}): \
         it waited"
    );
}

/// Regression: 300 wrong passwords held open made a right one wait 39 s, in line behind all of
/// them. Checks from an address that failed lately wait in a lane of their own that never takes
/// every bcrypt slot, so a right password from another address overtakes the queue. (The time
/// it takes under a flood is measured by `examples/login_flood.rs`, not here.)
#[tokio::test]
async fn a_right_password_overtakes_a_queue_of_wrong_ones() {
    let server = TestServer::start_with(|c| {
        c.login_failures_per_minute = 1000;
        add_user_with_cost(&c.htpasswd, SLOW_USER, SLOW_PASSWORD, 10);
    })
    .await;
    let flood = 12;
    let guesser = server.anon_client_from(from(2));
    let (done_tx, mut done_rx) = tokio::sync::mpsc::unbounded_channel();
    for i in 0..flood {
        let (url, client, done) = (server.url.clone(), guesser.clone(), done_tx.clone());
        tokio::spawn(async move {
            let status = client
                .get(format!("{url}/v1/info"))
                .basic_auth(SLOW_USER, Some(format!("wrong-{i}")))
                .send()
                .await
                .map(|r| r.status().as_u16())
                .expect("send");
            let _ = done.send(status);
        });
    }
    // The first wrong answer means the flood is in line.
    assert_eq!(done_rx.recv().await.expect("an answer"), 401);
    let operator = server.anon_client_from(from(3));
    assert_eq!(
        info_from(&server, &operator, SLOW_USER, SLOW_PASSWORD)
            .await
            .0,
        200
    );
    let mut answered = 1;
    while done_rx.try_recv().is_ok() {
        answered += 1;
    }
    assert!(
        answered <= flood / 2,
        "the right password waited for {answered} of {flood} wrong ones"
    );
}
