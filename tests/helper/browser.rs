//! A headless Chromium driven through WebDriver (`chromedriver`, from Debian's `chromium-driver`;
//! `scripts/test.sh` installs both): one browser per test, its chromedriver on a free port, all
//! of it (browser processes included) killed when the [`Browser`] is dropped. The browser trusts
//! any certificate (the test server's is self-signed) and keeps its console log, so a test can
//! fail when a page logged an error ([`Browser::assert_no_console_errors`]).

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use fantoccini::elements::Element;
use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::{Value, json};

/// How long a wait for something on the page lasts before the test fails.
pub const WAIT: Duration = Duration::from_secs(10);

/// Chromium logs every answer of 4xx as a console error: the 401 of "who is logged in?"
/// before login, and of a wrong password, are expected.
pub const EXPECTED_401: &str = "status of 401";

pub struct Browser {
    pub client: Client,
    driver_url: String,
    session: String,
    driver: Child,
    _profile: tempfile::TempDir,
}

fn find(program: &str) -> Option<std::path::PathBuf> {
    std::env::var_os("PATH")?
        .to_str()?
        .split(':')
        .map(|dir| std::path::Path::new(dir).join(program))
        .find(|p| p.is_file())
}

impl Browser {
    /// Logs in on the login page as the test server's user and waits for the top bar to say so.
    pub async fn log_in(&self, server: &super::TestServer) {
        self.goto(&format!("{}/login", server.url)).await;
        self.fill("#login-user", super::USER).await;
        self.fill("#login-password", super::PASSWORD).await;
        self.click("#login-submit").await;
        self.wait_text("#who", &format!("Logged in as {}", super::USER))
            .await;
    }

    /// Starts chromedriver and a headless Chromium session.
    pub async fn start() -> Self {
        let driver_bin = find("chromedriver").expect(
            "chromedriver not found: install Debian's chromium and chromium-driver (scripts/test.sh does)",
        );
        let chromium = ["chromium", "chromium-browser", "google-chrome"]
            .iter()
            .find_map(|p| find(p))
            .expect("chromium not found: install Debian's chromium (scripts/test.sh does)");
        let port = super::killable::free_port();
        let mut cmd = Command::new(driver_bin);
        cmd.arg(format!("--port={port}"))
            .stdout(Stdio::piped())
            .stderr(Stdio::null());
        // Its own process group, so that dropping the browser ends Chromium's processes too.
        std::os::unix::process::CommandExt::process_group(&mut cmd, 0);
        let mut driver = cmd.spawn().expect("start chromedriver");
        let stdout = driver.stdout.take().expect("chromedriver stdout");
        // Ready when it says so (no polling).
        tokio::task::spawn_blocking(move || {
            let mut lines = BufReader::new(stdout).lines();
            for line in lines.by_ref() {
                if line
                    .map(|l| l.contains("started successfully"))
                    .unwrap_or(true)
                {
                    break;
                }
            }
            // Keep draining so chromedriver never blocks on a full pipe.
            for _ in lines {}
        });
        let driver_url = format!("http://127.0.0.1:{port}");
        let profile = tempfile::tempdir().expect("profile dir");
        let caps = json!({
            "browserName": "chrome",
            "acceptInsecureCerts": true,
            "goog:loggingPrefs": {"browser": "ALL"},
            "goog:chromeOptions": {
                "binary": chromium,
                "args": [
                    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--window-size=1280,900", "--no-first-run", "--disable-extensions",
                    "--disable-background-networking", "--disable-sync",
                    format!("--user-data-dir={}", profile.path().display()),
                ],
            },
        });
        let Value::Object(caps) = caps else {
            unreachable!()
        };
        let mut last = None;
        let mut client = None;
        // chromedriver may need a moment after printing its banner before it accepts sessions.
        for _ in 0..50 {
            match ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new())
                .capabilities(caps.clone())
                .connect(&driver_url)
                .await
            {
                Ok(c) => {
                    client = Some(c);
                    break;
                }
                Err(e) => {
                    last = Some(e.to_string());
                    tokio::time::sleep(Duration::from_millis(100)).await;
                }
            }
        }
        let client = client.unwrap_or_else(|| panic!("no WebDriver session: {last:?}"));
        let session = client
            .session_id()
            .await
            .expect("session id")
            .expect("a session");
        Browser {
            client,
            driver_url,
            session,
            driver,
            _profile: profile,
        }
    }

    pub async fn goto(&self, url: &str) {
        self.client.goto(url).await.expect("navigate");
    }

    /// The element `css` matches, once there is one.
    pub async fn wait_for(&self, css: &str) -> Element {
        self.client
            .wait()
            .at_most(WAIT)
            .for_element(Locator::Css(css))
            .await
            .unwrap_or_else(|e| panic!("no {css} on the page: {e}"))
    }

    /// Waits (on the page's own mutation events, not by polling) until the element `css`
    /// matches has a text containing `text`; returns that text.
    pub async fn wait_text(&self, css: &str, text: &str) -> String {
        self.wait_text_is(css, text, true).await
    }

    /// Waits (on mutation events) until the element `css` matches exists and its text does not
    /// contain `text` (any more); returns that text.
    pub async fn wait_text_gone(&self, css: &str, text: &str) -> String {
        self.wait_text_is(css, text, false).await
    }

    async fn wait_text_is(&self, css: &str, text: &str, present: bool) -> String {
        let script = r#"
            const [css, text, present, ms, done] = arguments;
            const now = () => { const el = document.querySelector(css); return el ? el.textContent : null; };
            const ok = () => { const t = now(); return t !== null && t.includes(text) === present; };
            if (ok()) { done({ok: true, text: now()}); return; }
            const observer = new MutationObserver(() => {
                if (ok()) { observer.disconnect(); clearTimeout(timer); done({ok: true, text: now()}); }
            });
            observer.observe(document, {subtree: true, childList: true, characterData: true, attributes: true});
            const page = () => (document.querySelector('main') || document.body || {}).textContent || '';
            const timer = setTimeout(() => { observer.disconnect(); done({ok: false, text: now(), page: page().slice(0, 600)}); }, ms);
        "#;
        let answer = self
            .client
            .execute_async(
                script,
                vec![
                    json!(css),
                    json!(text),
                    json!(present),
                    json!(WAIT.as_millis() as u64),
                ],
            )
            .await
            .expect("run the wait script");
        assert_eq!(
            answer["ok"],
            json!(true),
            "{css} never {} {text:?}; it shows {:?} (url {}; the page says {:?})",
            if present { "showed" } else { "stopped showing" },
            answer["text"],
            self.client
                .current_url()
                .await
                .map(|u| u.to_string())
                .unwrap_or_default(),
            answer["page"]
        );
        answer["text"].as_str().unwrap_or_default().to_owned()
    }

    /// Waits until the browser is at a URL whose path and query is `path`.
    pub async fn wait_path(&self, path: &str) {
        let deadline = tokio::time::Instant::now() + WAIT;
        loop {
            let url = self.client.current_url().await.expect("url");
            let here = match url.query() {
                Some(q) => format!("{}?{q}", url.path()),
                None => url.path().to_owned(),
            };
            if here == path {
                return;
            }
            assert!(
                tokio::time::Instant::now() < deadline,
                "the browser is at {here}, not {path}"
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// Types into the element `css` matches (after clearing it).
    pub async fn fill(&self, css: &str, text: &str) {
        let el = self.wait_for(css).await;
        el.clear().await.expect("clear");
        el.send_keys(text).await.expect("type");
    }

    pub async fn click(&self, css: &str) {
        self.wait_for(css).await.click().await.expect("click");
    }

    /// The browser's console messages since the last call, each as `LEVEL message`.
    pub async fn console(&self) -> Vec<String> {
        let client = super::killable::client();
        let answer: Value = client
            .post(format!(
                "{}/session/{}/se/log",
                self.driver_url, self.session
            ))
            .json(&json!({"type": "browser"}))
            .send()
            .await
            .expect("ask chromedriver for the browser log")
            .json()
            .await
            .expect("the log as JSON");
        answer["value"]
            .as_array()
            .map(|entries| {
                entries
                    .iter()
                    .map(|e| {
                        format!(
                            "{} {}",
                            e["level"].as_str().unwrap_or("?"),
                            e["message"].as_str().unwrap_or("")
                        )
                    })
                    .collect()
            })
            .unwrap_or_default()
    }

    /// Fails the test when a page logged an error (a failed script, a CSP violation, a request
    /// that failed) since the last look; `allowed` are substrings of errors that are expected
    /// (a 401 the test provoked).
    pub async fn assert_no_console_errors(&self, allowed: &[&str]) {
        let errors: Vec<String> = self
            .console()
            .await
            .into_iter()
            .filter(|m| m.starts_with("SEVERE"))
            .filter(|m| !allowed.iter().any(|a| m.contains(a)))
            .collect();
        assert!(errors.is_empty(), "the page logged errors: {errors:#?}");
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        // The whole group: chromedriver and the Chromium processes it started.
        let pid = self.driver.id() as i32;
        unsafe {
            libc::kill(-pid, libc::SIGKILL);
        }
        let _ = self.driver.wait();
    }
}
