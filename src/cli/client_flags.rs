//! Which subcommands take the client flags (`--host`, `--username`, `--password`, `--cacert`,
//! `--insecure`, `-o`).
//!
//! They are defined once, in [`GlobalArgs`], on the root command, so `mothership --host X images`
//! works. A copy marked global goes onto every client subcommand, so `mothership images push F
//! --host X` works too, while `serve` and the hidden generators get none: `serve --help` lists
//! only server options. clap merges a value given after the subcommand into the root's (command
//! line over environment over default), so [`GlobalArgs`] sees a flag wherever it was given.

use clap::error::ErrorKind;
use clap::parser::ValueSource;
use clap::{Arg, Args, Command, CommandFactory, FromArgMatches};

use super::{Cli, GlobalArgs};

/// The client flags (by id) a subcommand takes when it does not take all of them.
fn only(subcommand: &str) -> Option<&'static [&'static str]> {
    match subcommand {
        // The server and the generators talk to no server.
        "serve" | "completions" | "man" => Some(&[]),
        // Works on a local file; only its output format is a choice.
        "htpasswd" => Some(&["output"]),
        _ => None,
    }
}

fn client_flags() -> Vec<Arg> {
    GlobalArgs::augment_args(Command::new("client"))
        .get_arguments()
        .cloned()
        .collect()
}

fn takes(subcommand: &str, flag: &Arg) -> bool {
    only(subcommand).is_none_or(|ids| ids.contains(&flag.get_id().as_str()))
}

/// Gives a root subcommand the client flags it takes (clap's `mut_subcommands`).
pub(super) fn add_to_subcommand(sub: Command) -> Command {
    let name = sub.get_name().to_owned();
    let flags = client_flags()
        .into_iter()
        .filter(|flag| takes(&name, flag))
        .map(|flag| flag.global(true));
    sub.args(flags)
}

/// Parses the command line like `Cli::parse`, and also refuses client flags given before a
/// subcommand that does not take them (`mothership --host X serve`): said after it, clap
/// refuses them itself.
pub fn parse() -> Cli {
    let mut cmd = Cli::command();
    let matches = cmd.get_matches_mut();
    if let Some(sub) = matches.subcommand_name() {
        let stray: Vec<String> = client_flags()
            .iter()
            .filter(|flag| !takes(sub, flag))
            .filter(|flag| {
                matches.value_source(flag.get_id().as_str()) == Some(ValueSource::CommandLine)
            })
            .map(|flag| match (flag.get_long(), flag.get_short()) {
                (Some(long), _) => format!("--{long}"),
                (None, Some(short)) => format!("-{short}"),
                (None, None) => flag.get_id().to_string(),
            })
            .collect();
        if !stray.is_empty() {
            cmd.error(
                ErrorKind::ArgumentConflict,
                format!(
                    "{} {} for the commands that talk to a server, not for `mothership {sub}` \
                     (see `mothership {sub} --help`)",
                    stray.join(", "),
                    if stray.len() == 1 { "is" } else { "are" }
                ),
            )
            .exit();
        }
    }
    Cli::from_arg_matches(&matches).unwrap_or_else(|e| e.format(&mut cmd).exit())
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    use super::*;

    fn parse_from(args: &[&str]) -> Result<Cli, clap::Error> {
        let matches = Cli::command().try_get_matches_from(args)?;
        Cli::from_arg_matches(&matches)
    }

    #[test]
    fn client_flags_work_before_and_after_the_subcommand() {
        for args in [
            &["mothership", "--host", "h:1", "-o", "id", "images"][..],
            &["mothership", "images", "--host", "h:1", "-o", "id"],
            &[
                "mothership",
                "images",
                "push",
                "f",
                "--host",
                "h:1",
                "-o",
                "id",
            ],
            &[
                "mothership",
                "--host",
                "h:1",
                "images",
                "push",
                "f",
                "-o",
                "id",
            ],
        ] {
            let cli = parse_from(args).unwrap_or_else(|e| panic!("{args:?}: {e}"));
            assert_eq!(cli.global.host.as_deref(), Some("h:1"), "{args:?}");
            assert_eq!(
                cli.global.output,
                super::super::OutputFormat::Id,
                "{args:?}"
            );
        }
    }

    #[test]
    fn serve_has_no_client_flags() {
        let mut cmd = Cli::command();
        cmd.build();
        let serve = cmd.find_subcommand("serve").expect("serve");
        for flag in client_flags() {
            assert!(
                serve.get_arguments().all(|a| a.get_id() != flag.get_id()),
                "serve has {:?}",
                flag.get_id()
            );
        }
        assert!(parse_from(&["mothership", "serve", "--host", "h:1"]).is_err());
        let htpasswd = cmd.find_subcommand("htpasswd").expect("htpasswd");
        let ids: Vec<_> = htpasswd
            .get_arguments()
            .map(|a| a.get_id().as_str())
            .collect();
        assert!(ids.contains(&"output") && !ids.contains(&"host"), "{ids:?}");
    }
}
