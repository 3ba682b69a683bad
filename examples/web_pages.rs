//! The web interface in a real headless Chromium, driven through a running chromedriver, against a
//! running server: `render` times how long the Instances page takes to show its first page of
//! rows (from the start of the navigation, as the browser's own clock sees it), and `screenshots`
//! saves PNGs of the main pages. `scripts/web-pages.sh` starts the server, the instances and
//! chromedriver, and runs this.
//!
//! ```text
//! chromedriver --port=9515 &
//! cargo run --example web_pages -- --webdriver http://127.0.0.1:9515 --url https://127.0.0.1:8080 \
//!     --user admin --password secret render --runs 5
//! ```

use std::path::PathBuf;
use std::time::Duration;

use anyhow::{Context, bail};
use clap::{Parser, Subcommand};
use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::{Value, json};

#[derive(Debug, Parser)]
struct Args {
    /// A running chromedriver (`chromedriver --port=PORT`)
    #[arg(long, default_value = "http://127.0.0.1:9515")]
    webdriver: String,
    /// The server's address (its certificate is not checked)
    #[arg(long)]
    url: String,
    /// User to log in as (none: the server runs with --serverauth none)
    #[arg(long)]
    user: Option<String>,
    #[arg(long, default_value = "")]
    password: String,
    /// The Chromium binary
    #[arg(long, default_value = "chromium")]
    chromium: String,
    #[command(subcommand)]
    what: What,
}

#[derive(Debug, Subcommand)]
enum What {
    /// Time the Instances page's first page of rows, in several fresh loads
    Render {
        #[arg(long, default_value_t = 5)]
        runs: usize,
    },
    /// Save a PNG of each main page into DIR (`--set main`), of the Instances page of a server
    /// with no instances (`--set empty`, name `instances-empty`), or of a page whose server has
    /// stopped answering (`--set unreachable`: loads the Instances page, runs `--stop-server`,
    /// then opens Images; name `error-unreachable`)
    Screenshots {
        dir: PathBuf,
        #[arg(long, value_enum, default_value_t = Set::Main)]
        set: Set,
        /// The colour scheme the page sees (`prefers-color-scheme`); a dark shot's name ends
        /// in `-dark`
        #[arg(long, value_enum, default_value_t = Theme::Light)]
        theme: Theme,
        /// With `--set unreachable`: the shell command that stops the server
        #[arg(long)]
        stop_server: Option<String>,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum Set {
    Main,
    Empty,
    Unreachable,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum Theme {
    Light,
    Dark,
}

/// How long a page may take to show what is waited for.
const WAIT: Duration = Duration::from_secs(30);

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let args = Args::parse();
    let mut flags = vec![
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--window-size=1280,860",
        "--hide-scrollbars",
        "--no-first-run",
        "--disable-extensions",
        "--disable-background-networking",
        "--disable-sync",
    ];
    if let What::Screenshots {
        theme: Theme::Dark, ..
    } = args.what
    {
        // What the system's dark setting does: pages see `prefers-color-scheme: dark` (Blink's
        // preferredColorScheme 0 is dark). Checked in the page before any shot.
        flags.extend([
            "--force-dark-mode",
            "--blink-settings=preferredColorScheme=0",
        ]);
    }
    let caps = json!({
        "browserName": "chrome",
        "acceptInsecureCerts": true,
        "goog:chromeOptions": {
            "binary": args.chromium,
            "args": flags,
        },
    });
    let Value::Object(caps) = caps else {
        bail!("capabilities are an object")
    };
    let client = ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new())
        .capabilities(caps)
        .connect(&args.webdriver)
        .await
        .with_context(|| format!("no WebDriver session at {}", args.webdriver))?;
    let result = run(&client, &args).await;
    let _ = client.close().await;
    result
}

async fn run(client: &Client, args: &Args) -> anyhow::Result<()> {
    let base = args.url.trim_end_matches('/');
    if let Some(user) = &args.user {
        client.goto(&format!("{base}/login")).await?;
        fill(client, "#login-user", user).await?;
        fill(client, "#login-password", &args.password).await?;
        click(client, "#login-submit").await?;
        wait(client, "#who").await?;
    }
    match &args.what {
        What::Render { runs } => render(client, base, *runs).await,
        What::Screenshots {
            dir,
            set,
            theme,
            stop_server,
        } => {
            let dark = client
                .execute(
                    "return matchMedia('(prefers-color-scheme: dark)').matches",
                    vec![],
                )
                .await?;
            if dark != json!(*theme == Theme::Dark) {
                bail!(
                    "the browser did not take the {theme:?} colour scheme (prefers-color-scheme: dark is {dark})"
                );
            }
            let suffix = if *theme == Theme::Dark { "-dark" } else { "" };
            match set {
                Set::Main => screenshots(client, base, dir, suffix).await,
                Set::Empty => {
                    client.goto(&format!("{base}/instances")).await?;
                    wait(client, "#instances td.empty").await?;
                    save(client, dir, &format!("instances-empty{suffix}")).await
                }
                Set::Unreachable => {
                    let stop = stop_server
                        .as_deref()
                        .context("--set unreachable needs --stop-server COMMAND")?;
                    client.goto(&format!("{base}/instances")).await?;
                    wait(client, "#instances tbody tr").await?;
                    let status = std::process::Command::new("sh")
                        .args(["-c", stop])
                        .status()
                        .with_context(|| format!("run {stop}"))?;
                    if !status.success() {
                        bail!("{stop} failed: {status}");
                    }
                    tokio::time::sleep(Duration::from_millis(500)).await;
                    // Within the page (no reload): its requests find nobody.
                    click(client, "nav a[href='/images']").await?;
                    wait(client, "main [role=alert]").await?;
                    save(client, dir, &format!("error-unreachable{suffix}")).await
                }
            }
        }
    }
}

/// The first page of rows, timed by the page itself: `performance.now()` counts from the start of
/// the navigation, and a MutationObserver notes the moment the table gets its rows.
async fn render(client: &Client, base: &str, runs: usize) -> anyhow::Result<()> {
    let mut times = Vec::new();
    for run in 0..runs.max(1) {
        client.goto("about:blank").await?;
        client.goto(&format!("{base}/instances")).await?;
        let shown = client
            .execute_async(
                r#"const done = arguments[arguments.length - 1];
                   const rows = () => document.querySelectorAll('#instances tbody tr').length;
                   const report = () => done({ms: performance.now(), rows: rows(),
                       counts: (document.querySelector('.counts') || {}).textContent || ''});
                   if (rows() > 0) { report(); } else {
                     new MutationObserver((_, observer) => {
                       if (rows() > 0) { observer.disconnect(); report(); }
                     }).observe(document.body, {childList: true, subtree: true});
                   }"#,
                vec![],
            )
            .await?;
        let ms = shown["ms"].as_f64().context("no time from the page")?;
        let rows = shown["rows"].as_u64().unwrap_or(0);
        let counts = shown["counts"].as_str().unwrap_or("").trim().to_owned();
        println!(
            "run {}: first page ({rows} rows) in {ms:.0} ms; counts: {counts}",
            run + 1
        );
        times.push(ms);
    }
    times.sort_by(f64::total_cmp);
    let median = times[times.len() / 2];
    println!(
        "web_pages: the Instances page shows its first page in {median:.0} ms (median of {}; best {:.0} ms, worst {:.0} ms)",
        times.len(),
        times[0],
        times[times.len() - 1]
    );
    Ok(())
}

/// A page to photograph: its path, what it shows once loaded, and what to do there first.
struct Shot {
    name: &'static str,
    path: &'static str,
    ready: &'static str,
    /// Text typed into the first of these selectors that exists, and the element to wait for
    /// after it.
    typing: Option<(&'static str, &'static str, &'static str)>,
}

const SHOTS: &[Shot] = &[
    Shot {
        name: "instances",
        path: "/instances",
        ready: "#instances tbody tr",
        typing: None,
    },
    Shot {
        name: "instance",
        path: "/instances/{first}",
        ready: "h1",
        typing: None,
    },
    Shot {
        name: "images",
        path: "/images",
        ready: "#images tbody tr",
        typing: None,
    },
    Shot {
        name: "create-image",
        path: "/images/new",
        ready: "#build-tag",
        typing: None,
    },
    Shot {
        name: "nacl-editor",
        path: "/nacls/new",
        ready: "#nacl-text",
        typing: Some((
            "#nacl-text",
            "Iface eth0 {\n    index: 0,\n    address: 10.0.0.300,\n    netmask: 255.255.255.0\n}\n\nGateway gw {\n    route: {\n        net: 10.0.0.0,\n        netmask: 255.255.255.0,\n        iface: eth1\n    }\n}\n",
            "#nacl-gutter .mark",
        )),
    },
    Shot {
        name: "settings",
        path: "/settings",
        ready: "#uplinks-title",
        typing: None,
    },
];

/// Saves what the browser shows as `DIR/NAME.png`, once the live parts (counts, log) settled.
async fn save(client: &Client, dir: &std::path::Path, name: &str) -> anyhow::Result<()> {
    std::fs::create_dir_all(dir).with_context(|| format!("create {}", dir.display()))?;
    tokio::time::sleep(Duration::from_millis(500)).await;
    let png = client.screenshot().await?;
    let file = dir.join(format!("{name}.png"));
    std::fs::write(&file, png).with_context(|| format!("write {}", file.display()))?;
    println!("web_pages: {}", file.display());
    Ok(())
}

async fn screenshots(
    client: &Client,
    base: &str,
    dir: &std::path::Path,
    suffix: &str,
) -> anyhow::Result<()> {
    client.goto(&format!("{base}/instances")).await?;
    wait(client, "#instances tbody tr a").await?;
    let first = client
        .find(Locator::Css("#instances tbody tr a"))
        .await?
        .attr("href")
        .await?
        .context("the first instance has no link")?;
    let first = first.rsplit('/').next().unwrap_or_default().to_owned();
    for shot in SHOTS {
        let path = shot.path.replace("{first}", &first);
        client.goto(&format!("{base}{path}")).await?;
        wait(client, shot.ready).await?;
        if let Some((input, text, then)) = shot.typing {
            fill(client, input, text).await?;
            wait(client, then).await?;
        }
        save(client, dir, &format!("{}{suffix}", shot.name)).await?;
    }
    Ok(())
}

async fn wait(client: &Client, css: &str) -> anyhow::Result<()> {
    client
        .wait()
        .at_most(WAIT)
        .for_element(Locator::Css(css))
        .await
        .with_context(|| format!("the page did not show {css} within {WAIT:?}"))?;
    Ok(())
}

async fn fill(client: &Client, css: &str, text: &str) -> anyhow::Result<()> {
    wait(client, css).await?;
    let field = client.find(Locator::Css(css)).await?;
    field.clear().await?;
    field.send_keys(text).await?;
    Ok(())
}

async fn click(client: &Client, css: &str) -> anyhow::Result<()> {
    wait(client, css).await?;
    client.find(Locator::Css(css)).await?.click().await?;
    Ok(())
}
