//! `mothership init`: point this client at a server. Asks for what flags did not give, shows the
//! server certificate's SHA-256 fingerprint and pins that certificate once confirmed, checks the
//! credentials, and saves everything to `client.yaml`.

use crate::protocol::routes;
use std::io::Write;
use std::sync::{Arc, Mutex};

use anyhow::Context;

use crate::cli::{GlobalArgs, InitArgs, OutputFormat};
use crate::client::commands::{read_stdin_line, stdin_is_terminal};
use crate::client::config::{self, ClientConfig};
use crate::client::tls::Trust;
use crate::client::{ApiClient, Settings};
use crate::protocol::Info;
use crate::tlsutil;

fn prompt(question: &str, default: Option<&str>) -> anyhow::Result<String> {
    let mut err = std::io::stderr().lock();
    match default {
        Some(d) => write!(err, "{question} [{d}]: ")?,
        None => write!(err, "{question}: ")?,
    }
    err.flush()?;
    let answer = read_stdin_line("an answer")?;
    let answer = answer.trim();
    Ok(if answer.is_empty() {
        default.unwrap_or_default().to_owned()
    } else {
        answer.to_owned()
    })
}

pub async fn run(global: &GlobalArgs, args: &InitArgs) -> anyhow::Result<()> {
    let path = config::path()?;
    let saved = ClientConfig::load(&path)?;
    let interactive = stdin_is_terminal() && !args.password_stdin;

    let host = match &global.host {
        Some(h) => config::normalize_host(h)?,
        None if interactive => {
            let default = saved
                .host
                .clone()
                .unwrap_or_else(|| "https://localhost:8080".into());
            config::normalize_host(&prompt("Server", Some(&default))?)?
        }
        None => config::normalize_host(saved.host.as_deref().unwrap_or("https://localhost:8080"))?,
    };

    let mut fingerprint = None;
    if host.starts_with("https://") {
        let seen = Arc::new(Mutex::new(None));
        let probe = ApiClient::new(&Settings {
            base: host.clone(),
            username: None,
            password: None,
            trust: Some(Trust::Any(seen.clone())),
            output: OutputFormat::Table,
        })?;
        probe
            .send(probe.request(reqwest::Method::GET, routes::HEALTH))
            .await
            .context("failed to reach the server to read its certificate")?;
        let der = seen
            .lock()
            .ok()
            .and_then(|s| s.clone())
            .context("the server presented no certificate")?;
        let fp = tlsutil::fingerprint(&der);
        eprintln!("The server at {host} presents a certificate with SHA-256 fingerprint\n  {fp}");
        if let Some(expected) = &args.fingerprint {
            let expected = tlsutil::normalize_fingerprint(expected).with_context(|| {
                format!("--fingerprint {expected:?} is not a SHA-256 fingerprint (64 hex digits)")
            })?;
            if expected != fp {
                anyhow::bail!(
                    "the server's certificate fingerprint {fp} does not match --fingerprint \
                     {expected}: nothing was saved. Check the fingerprint `mothership serve` \
                     printed at start-up"
                );
            }
            eprintln!("It matches --fingerprint.");
        } else if args.yes {
            eprintln!("Trusting it (--yes).");
        } else if interactive {
            let answer = prompt(
                "Compare it with the one `mothership serve` printed. Trust this certificate? (y/N)",
                None,
            )?;
            if !matches!(answer.to_lowercase().as_str(), "y" | "yes") {
                anyhow::bail!("certificate not trusted: nothing was saved");
            }
        } else {
            anyhow::bail!(
                "cannot ask whether to trust the certificate without a terminal: pass \
                 --fingerprint {fp} (after checking it) or --yes"
            );
        }
        fingerprint = Some(fp);
    }

    let username = match &global.username {
        Some(u) => u.clone(),
        None if interactive => prompt("User", Some(saved.username.as_deref().unwrap_or("admin")))?,
        None => saved.username.clone().unwrap_or_else(|| "admin".into()),
    };
    let password = if args.password_stdin {
        read_stdin_line("the password")?
    } else if let Some(p) = &global.password {
        p.clone()
    } else if interactive {
        rpassword::prompt_password(format!("Password for {username}: "))
            .context("failed to read the password")?
    } else {
        anyhow::bail!(
            "no password: pass --password-stdin, set MOTHERSHIP_PASSWORD, or run in a terminal"
        );
    };

    let settings = Settings {
        base: host.clone(),
        username: Some(username.clone()),
        password: Some(password.clone()),
        trust: fingerprint.clone().map(Trust::Pinned),
        output: global.output,
    };
    let client = ApiClient::new(&settings)?;
    let info: Info = client
        .get_json(routes::INFO)
        .await
        .context("the server did not accept these credentials; nothing was saved")?;

    let config = ClientConfig {
        host: Some(host.clone()),
        username: Some(username),
        password: Some(password),
        fingerprint,
    };
    config.save(&path)?;
    eprintln!(
        "Connected to {} (mothership {}) at {host}. Settings saved to {}",
        info.name,
        info.version,
        path.display()
    );
    Ok(())
}
