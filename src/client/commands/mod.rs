//! One module per client subcommand; `run` dispatches to them.

pub mod bobs;
pub mod build;
pub mod builders;
pub mod deploy;
pub mod documents;
pub mod events;
pub mod htpasswd;
pub mod images;
pub mod info;
pub mod init;
pub mod instances;
pub mod rollout;
pub mod services;
pub mod upgrade;
pub mod uplinks;

use crate::cli::content::{DocumentsCommand, ImagesCommand, UplinksCommand};
use crate::cli::{Command, GlobalArgs};

/// Runs a client subcommand (everything but `serve`, `completions` and `man`).
pub async fn run(global: GlobalArgs, command: Command) -> anyhow::Result<()> {
    match command {
        Command::Init(args) => init::run(&global, &args).await,
        Command::Info => info::run(&global).await,
        Command::Htpasswd(cmd) => htpasswd::run(&global, cmd),
        Command::Images(args) => {
            let cmd = args.command.unwrap_or(ImagesCommand::List(args.list));
            images::run(&global, cmd).await
        }
        Command::Nacls(args) => {
            let cmd = args.command.unwrap_or(DocumentsCommand::List(args.list));
            documents::run(&global, documents::NACLS, cmd).await
        }
        Command::Snippets(args) => {
            let cmd = args.command.unwrap_or(DocumentsCommand::List(args.list));
            documents::run(&global, documents::SNIPPETS, cmd).await
        }
        Command::Uplinks(args) => {
            let cmd = args.command.unwrap_or(UplinksCommand::List(args.list));
            uplinks::run(&global, cmd).await
        }
        Command::PushImage(args) => images::run(&global, ImagesCommand::Push(args)).await,
        Command::PullImage(args) => images::run(&global, ImagesCommand::Pull(args)).await,
        Command::PushNacl(args) => {
            documents::run(&global, documents::NACLS, DocumentsCommand::Push(args)).await
        }
        Command::PullNacl(args) => {
            documents::run(&global, documents::NACLS, DocumentsCommand::Pull(args)).await
        }
        Command::Instances(args) => instances::run(&global, args).await,
        Command::Deploy(args) => deploy::run(&global, args).await,
        Command::Deploys(args) => deploy::records(&global, args).await,
        Command::InspectInstance { id } => instances::inspect(&global, &id).await,
        Command::Bobproviders(cmd) => bobs::providers(&global, cmd).await,
        Command::Bobs(cmd) => bobs::bobs(&global, cmd).await,
        Command::Builders(cmd) => builders::run(&global, cmd).await,
        Command::Services(cmd) => services::run(&global, cmd).await,
        Command::Build(args) => build::build(&global, &args).await,
        Command::Validate(args) => build::validate(&global, &args).await,
        Command::Nacl(crate::cli::NaclCommand::Fmt(args)) => build::nacl_fmt(&args),
        Command::Nacl(crate::cli::NaclCommand::Transpile(args)) => build::nacl_transpile(&args),
        Command::Upgrade(args) => upgrade::run(&global, &args).await,
        Command::Upgrades(args) => upgrade::records(&global, args).await,
        Command::Rollout(args) => rollout::run(&global, args).await,
        Command::Events(args) => events::events(&global, &args).await,
        Command::Webhooks(cmd) => events::webhooks(&global, cmd).await,
        Command::Audit(args) => events::audit(&global, &args).await,
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
