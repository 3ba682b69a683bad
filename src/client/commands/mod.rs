//! One module per client subcommand; `run` dispatches to them.

pub mod bobs;
pub mod build;
pub mod builders;
pub mod htpasswd;
pub mod info;
pub mod init;

use crate::cli::{Command, GlobalArgs};

/// Runs a client subcommand (everything but `serve`, `completions` and `man`).
pub async fn run(global: GlobalArgs, command: Command) -> anyhow::Result<()> {
    match command {
        Command::Init(args) => init::run(&global, &args).await,
        Command::Info => info::run(&global).await,
        Command::Htpasswd(cmd) => htpasswd::run(&global, cmd),
        Command::Bobproviders(cmd) => bobs::providers(&global, cmd).await,
        Command::Bobs(cmd) => bobs::bobs(&global, cmd).await,
        Command::Builders(cmd) => builders::run(&global, cmd).await,
        Command::Build(args) => build::build(&global, &args).await,
        Command::Validate(args) => build::validate(&global, &args).await,
        Command::Serve(_) | Command::Completions { .. } | Command::Man { .. } => {
            anyhow::bail!("not a client subcommand")
        }
    }
}

/// Reads one line from standard input (for `--password-stdin`), without its line ending.
pub fn read_stdin_line(what: &str) -> anyhow::Result<String> {
    let mut line = String::new();
    std::io::stdin()
        .read_line(&mut line)
        .map_err(|e| anyhow::anyhow!("failed to read {what} from standard input: {e}"))?;
    let line = line.trim_end_matches(['\n', '\r']).to_owned();
    Ok(line)
}

/// True when standard input is a terminal (so prompting makes sense).
pub fn stdin_is_terminal() -> bool {
    use std::io::IsTerminal;
    std::io::stdin().is_terminal()
}
