//! The `mothership` binary: parse arguments, set up logging, dispatch, report errors once.

use std::process::ExitCode;

use mothership::cli::{Cli, Command};
use mothership::{client, server};

fn main() -> ExitCode {
    let cli = mothership::cli::parse();
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("error: {}", client::error_sentence(&err));
            if let Some(hint) = client::hint(&err) {
                eprintln!("  hint: {hint}");
            }
            ExitCode::from(client::exit_code(&err))
        }
    }
}

fn runtime() -> anyhow::Result<tokio::runtime::Runtime> {
    tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|e| anyhow::anyhow!("failed to start the async runtime: {e}"))
}

fn run(cli: Cli) -> anyhow::Result<()> {
    match cli.command {
        Command::Serve(args) => {
            server::uplink::tune_allocator();
            let config = server::ServerConfig::resolve(&args)?;
            init_logging(if config.verbose { "debug" } else { "info" });
            runtime()?.block_on(server::run(config))
        }
        Command::Completions { shell } => {
            mothership::cli::write_completions(shell, &mut std::io::stdout());
            Ok(())
        }
        Command::Man { dir } => {
            let files = mothership::cli::write_man_pages(&dir).map_err(|e| {
                anyhow::anyhow!("failed to write man pages to {}: {e}", dir.display())
            })?;
            eprintln!("Wrote {} man pages to {}", files.len(), dir.display());
            Ok(())
        }
        command => {
            init_logging("warn");
            runtime()?.block_on(client::commands::run(cli.global, command))
        }
    }
}

fn init_logging(default: &str) {
    let filter =
        tracing_subscriber::EnvFilter::try_from_env("MOTHERSHIP_LOG").unwrap_or_else(|_| {
            tracing_subscriber::EnvFilter::new(format!(
                // The platform verifier logs every untrusted certificate as an ERROR line; the
                // client already reports it once, with a hint.
                "{default},hyper=warn,rustls=warn,reqwest=warn,warp=warn,rustls_platform_verifier=off"
            ))
        });
    // Colours only for a person at a terminal: piped into a file, `docker logs` or a test they
    // are escape-code noise.
    let ansi = std::io::IsTerminal::is_terminal(&std::io::stderr());
    // Fields (and messages) escaped: peers put text in them, and each event must stay one line.
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .with_ansi(ansi)
        .fmt_fields(mothership::logline::fields())
        .try_init();
}
