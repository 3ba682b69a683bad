//! The command tree: `mothership serve` runs the server, every other subcommand is a client of a
//! running server (or, for `htpasswd`, works on a local file). The binary, completions and man
//! pages are all generated from this one definition.

mod client_flags;
pub mod content;
pub mod deploy;
pub mod events;
mod generate;
pub mod rollout;
pub mod upgrade;

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

pub use client_flags::parse;
pub use content::{DocumentsArgs, ImagesArgs, UplinksArgs};
pub use deploy::{DeployArgs, DeploysArgs};
pub use generate::{write_completions, write_man_pages};
pub use upgrade::{UpgradeArgs, UpgradesArgs};

use crate::server::ServeArgs;

/// Manage a fleet of IncludeOS unikernels: images, NaCl, builders, live updates.
#[derive(Debug, Parser)]
#[command(
    name = "mothership",
    version,
    propagate_version = true,
    mut_subcommands = client_flags::add_to_subcommand,
    after_help = "Run `mothership serve` to start a server, then `mothership init` to point this \
                  client at it.\n\n\
                  Environment: MOTHERSHIP_HOST, MOTHERSHIP_USERNAME, MOTHERSHIP_PASSWORD.\n\n\
                  Exit codes: 0 done, 1 failed, 2 usage error, 3 authentication failed, 4 not found."
)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,

    #[command(subcommand)]
    pub command: Command,
}

/// Flags every client subcommand understands, before or after its name (`mothership --host X
/// images` and `mothership images --host X`); `serve` has none of them (see `client_flags`).
#[derive(Debug, Clone, Args)]
#[command(next_help_heading = "Client options")]
pub struct GlobalArgs {
    /// Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]
    #[arg(long, env = "MOTHERSHIP_HOST", value_name = "URL")]
    pub host: Option<String>,

    /// User name for basic auth
    #[arg(long, env = "MOTHERSHIP_USERNAME", value_name = "USER")]
    pub username: Option<String>,

    /// Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)
    #[arg(
        long,
        env = "MOTHERSHIP_PASSWORD",
        hide_env_values = true,
        value_name = "PASSWORD"
    )]
    pub password: Option<String>,

    /// PEM file with the CA certificate (or the server's own) to trust
    #[arg(long, value_name = "FILE")]
    pub cacert: Option<PathBuf>,

    /// Do not verify the server's TLS certificate (unsafe; `mothership init` pins it instead)
    #[arg(long)]
    pub insecure: bool,

    /// Output format
    #[arg(short = 'o', long = "output", value_enum, default_value_t = OutputFormat::Table)]
    pub output: OutputFormat,
}

/// How a client command prints its result.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OutputFormat {
    /// Aligned columns for people
    Table,
    /// JSON, for scripts
    Json,
    /// YAML
    Yaml,
    /// Only the IDs, one a line
    Id,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run the Mothership server (API on :8080, uplink hangar on :9090)
    Serve(Box<ServeArgs>),

    /// Point this client at a server: asks for host and credentials, pins its certificate
    Init(InitArgs),

    /// Show the server's name, version and uptime
    Info,

    /// Instances docked to this Mothership (or known from before): list, inspect, logs,
    /// panics, stats, alias, describe, delete
    #[command(visible_alias = "instance")]
    Instances(InstancesArgs),

    /// Same as `instances inspect` (original Mothership spelling)
    #[command(hide = true)]
    InspectInstance {
        /// Instance UUID, alias or unique UUID prefix
        id: String,
    },

    /// Live-update running instances with an image: one instance, or many with --all, --tag,
    /// --status or --search
    Deploy(DeployArgs),

    /// Deploy records: list, show (with the state of each instance)
    Deploys(DeploysArgs),

    /// Users of an htpasswd file (bcrypt, as Apache's `htpasswd -B` writes it): add, delete,
    /// list, verify
    #[command(subcommand)]
    Htpasswd(HtpasswdCommand),

    /// Images: list, push, pull, inspect, delete
    Images(ImagesArgs),

    /// NaCls (IncludeOS configurations): list, push, pull, show, delete
    Nacls(DocumentsArgs),

    /// Snippets (reusable NaCl pieces): list, push, pull, show, delete
    Snippets(DocumentsArgs),

    /// Uplinks (where built images dock): list, create, show, update, delete
    Uplinks(UplinksArgs),

    /// Same as `images push` (original Mothership spelling)
    #[command(hide = true)]
    PushImage(content::PushImageArgs),

    /// Same as `images pull` (original Mothership spelling)
    #[command(hide = true)]
    PullImage(content::ImagePullArgs),

    /// Same as `nacls push` (original Mothership spelling)
    #[command(hide = true)]
    PushNacl(content::PushDocumentArgs),

    /// Same as `nacls pull` (original Mothership spelling)
    #[command(hide = true)]
    PullNacl(content::PullArgs),

    /// Bob providers, where builders come from (DockerHub, Local): list, update
    #[command(subcommand)]
    Bobproviders(BobprovidersCommand),

    /// Bobs, the builders a provider offers: list, prepare (pull one to make it a builder)
    #[command(subcommand)]
    Bobs(BobsCommand),

    /// Builders on the Docker engine: list, inspect, delete
    #[command(subcommand)]
    Builders(BuildersCommand),

    /// Your own services (a directory with CMakeLists.txt and its sources): push, list,
    /// inspect, pull, delete; build one with `mothership build NAME --builder ID`
    #[command(subcommand)]
    Services(ServicesCommand),

    /// Build an image of a service with a builder; streams the log, prints the image ID last
    #[command(
        after_help = "A classic builder (a published includeos/builder image, IncludeOS \
        v0.13-v0.14) builds Starbase from its bundled sources, or a service you stored with \
        `mothership services push`, with its own cmake and make; a mothership builder runs \
        `build <Service>` (see docs/BUILDERS.md).\n\n\
        Examples:\n  \
        mothership build Starbase --builder 84d9cd66fa6b --nacl-file web.nacl\n  \
        mothership build Starbase --builder 84d9cd66fa6b --nacl web --tag web\n  \
        mothership build Starbase --builder 84d9cd66fa6b --nacl web -o id\n  \
        mothership build my-service --builder 84d9cd66fa6b --nacl web"
    )]
    Build(BuildArgs),

    /// Check a NaCl file (here, no server needed) or a stored NaCl, or validate it with a
    /// builder (errors as NAME:LINE:COL: message; exit 1 if invalid)
    #[command(
        after_help = "Without --builder, Mothership checks the NaCl itself: a file needs no server \
        (a name that is not a file is fetched from the server, then checked here). Every problem \
        is reported, each with its line and a caret under the column.\n\n\
        Lines and columns count from 1 (a classic builder's NaCl.py counts columns from 0; \
        Mothership adds 1).\n\n\
        Examples:\n  \
        mothership validate web.nacl\n  \
        mothership validate web.nacl -o json                 # the diagnostics as JSON\n  \
        mothership validate web.nacl --builder 84d9cd66fa6b\n  \
        mothership validate web --builder 84d9cd66fa6b    # a stored NaCl"
    )]
    Validate(ValidateArgs),

    /// NaCl tools that need no server: fmt (lay a NaCl file out canonically)
    #[command(subcommand)]
    Nacl(NaclCommand),

    /// Build an image for an instance (its uplink, its NaCl or one given, the newest fitting
    /// builder) and deploy it there; follows the build log and the deploy
    Upgrade(UpgradeArgs),

    /// Upgrade records: list, show (with the build and the deploy)
    Upgrades(UpgradesArgs),

    /// Roll an image out to a group of instances in waves that pause by themselves on
    /// failures: start, list, show (--follow), pause, resume, cancel, rollback
    Rollout(rollout::RolloutArgs),

    /// What happened on this Mothership (instances docking, deploys, builds, logins...);
    /// --follow keeps printing as it happens
    Events(events::EventsArgs),

    /// Webhooks, URLs events are POSTed to (signed): add, list, show, delete
    #[command(subcommand)]
    Webhooks(events::WebhooksCommand),

    /// The audit log: every state-changing API request, who made it and from where
    Audit(events::AuditArgs),

    /// Print a shell completion script
    #[command(hide = true)]
    Completions {
        /// The shell to complete for
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },

    /// Write man pages, one per subcommand, into a directory
    #[command(hide = true)]
    Man {
        /// Directory to write the pages into (created if missing)
        dir: PathBuf,
    },
}

/// `mothership init`.
#[derive(Debug, Clone, Args)]
pub struct InitArgs {
    /// Expected SHA-256 fingerprint of the server certificate (hex, colons optional): pin it
    /// without asking
    #[arg(long, value_name = "SHA256")]
    pub fingerprint: Option<String>,

    /// Read the password from standard input instead of prompting
    #[arg(long)]
    pub password_stdin: bool,

    /// Accept the server certificate without asking (prints the fingerprint it pinned)
    #[arg(long, short = 'y')]
    pub yes: bool,
}

/// `mothership instances [...]`: without a subcommand, the list.
#[derive(Debug, Clone, Args)]
#[command(
    args_conflicts_with_subcommands = true,
    after_help = "Examples:\n  \
        mothership instances --status connected --sort -last_seen\n  \
        mothership instances -s 10.0.0. -o id    # IDs only\n  \
        mothership instances --desired failed    # whose desired image could not be applied\n  \
        mothership instances inspect web-1\n  \
        mothership instances logs web-1 -f -n 100\n  \
        mothership instances alias 5f2c0e1a web-1"
)]
pub struct InstancesArgs {
    #[command(subcommand)]
    pub command: Option<InstancesCommand>,

    /// Only instances whose ID, alias, description, IPs, image, tag or devices contain this
    #[arg(long, short = 's', value_name = "TEXT")]
    pub search: Option<String>,

    /// Only instances with this status
    #[arg(long, value_parser = ["connected", "disconnected", "unknown"])]
    pub status: Option<String>,

    /// Only instances in this desired state (see `instances desired show`)
    #[arg(long, value_parser = ["in_sync", "updating", "failed", "not_managed"])]
    pub desired: Option<String>,

    /// At most this many instances
    #[arg(long, value_name = "N")]
    pub limit: Option<u32>,

    /// Sort key: first_seen, last_seen, connected_since, alias, status, id, tag, version
    /// (prefix - to reverse)
    #[arg(long, value_name = "KEY", allow_hyphen_values = true)]
    pub sort: Option<String>,
}

/// `mothership instances desired <command>`.
#[derive(Debug, Clone, Subcommand)]
pub enum DesiredCommand {
    /// Show an instance's desired image and whether it is in sync, updating, failed (why) or
    /// not managed
    #[command(
        after_help = "Examples:\n  mothership instances desired show web-1\n  \
                            mothership instances desired show web-1 -o json"
    )]
    Show {
        /// Instance UUID, alias or unique UUID prefix
        id: String,
    },
    /// Give instances a desired image: those running another binary are updated now if
    /// connected, and whenever they dock running another, a bounded number of times
    #[command(
        after_help = "Examples:\n  mothership instances desired set 3f2a9c04 web-1 web-2\n  \
                            mothership instances desired set 3f2a9c04 --selector tag=web \
                            --selector version=v0.16.0"
    )]
    Set {
        /// The image (ID or unique start of one)
        image: String,
        /// Instance UUIDs, aliases or unique UUID prefixes
        ids: Vec<String>,
        /// Or which instances: tag=T, service=S, version=V (IncludeOS), instances=ID,ID,...;
        /// repeat to combine filters (picked now: instances that join later are not managed)
        #[arg(long, value_name = "KEY=VALUE", conflicts_with = "ids")]
        selector: Vec<String>,
    },
    /// Remove instances' desired image (nothing is deployed; they are no longer managed)
    #[command(
        after_help = "Examples:\n  mothership instances desired clear web-1\n  \
                            mothership instances desired clear --selector tag=web"
    )]
    Clear {
        /// Instance UUIDs, aliases or unique UUID prefixes
        ids: Vec<String>,
        /// Or which instances, as for `set`
        #[arg(long, value_name = "KEY=VALUE", conflicts_with = "ids")]
        selector: Vec<String>,
    },
}

/// `mothership instances <command>`.
#[derive(Debug, Clone, Subcommand)]
pub enum InstancesCommand {
    /// Show everything known about an instance
    Inspect {
        /// Instance UUID, alias or unique UUID prefix
        id: String,
    },
    /// Print an instance's log
    Logs {
        /// Instance UUID, alias or unique UUID prefix
        id: String,
        /// Keep printing new log as it arrives
        #[arg(long, short = 'f')]
        follow: bool,
        /// Only the last N lines
        #[arg(long, short = 'n', value_name = "N")]
        lines: Option<usize>,
    },
    /// Print the panics an instance reported
    Panics {
        /// Instance UUID, alias or unique UUID prefix
        id: String,
    },
    /// Print an instance's stats (fresh from the instance when it is docked)
    Stats {
        /// Instance UUID, alias or unique UUID prefix
        id: String,
        /// Show the stored stats without asking the instance
        #[arg(long)]
        stored: bool,
    },
    /// Give an instance an alias (usable as its ID); an empty NAME removes it
    Alias {
        /// Instance UUID, alias or unique UUID prefix
        id: String,
        /// The alias
        name: String,
    },
    /// Set an instance's description; an empty TEXT removes it
    Describe {
        /// Instance UUID, alias or unique UUID prefix
        id: String,
        /// The description
        text: String,
    },
    /// Turn "automatically redeploy last image" on or off: when the instance docks running
    /// another binary than the image last deployed to it, that image is deployed again
    AutoRedeploy {
        /// Instance UUID, alias or unique UUID prefix
        id: String,
        /// `on` or `off`
        #[arg(action = clap::ArgAction::Set, value_parser = clap::builder::BoolishValueParser::new())]
        state: bool,
    },
    /// The image instances should run (desired state): Mothership keeps them converging on it
    #[command(subcommand)]
    Desired(DesiredCommand),
    /// Forget instances (with their logs, panics and stats)
    #[command(visible_alias = "rm")]
    Delete {
        /// Instance UUIDs, aliases or unique UUID prefixes
        #[arg(required = true)]
        ids: Vec<String>,
        /// Delete connected instances too (they are disconnected and will dock again)
        #[arg(long)]
        force: bool,
    },
}

/// `mothership htpasswd ...`.
#[derive(Debug, Subcommand)]
pub enum HtpasswdCommand {
    /// Add a user, or replace an existing user's password
    Add(HtpasswdUserArgs),
    /// Delete a user
    Delete(HtpasswdFileArgs),
    /// List the users in the file
    List(HtpasswdListArgs),
    /// Check a user's password (exit 0 when it matches, 3 when not)
    #[command(mut_arg("cost", |a| a.hide(true)))]
    Verify(HtpasswdUserArgs),
}

/// Arguments naming a user, with a password to read.
#[derive(Debug, Clone, Args)]
pub struct HtpasswdUserArgs {
    /// User name
    pub user: String,

    /// The htpasswd file
    #[arg(long, default_value = "config_files/.htpasswd", value_name = "FILE")]
    pub file: PathBuf,

    /// Read the password from the first line of standard input instead of prompting
    #[arg(long)]
    pub password_stdin: bool,

    /// bcrypt cost (4-31); each step doubles the work
    #[arg(long, default_value_t = 12, value_parser = clap::value_parser!(u32).range(4..=31))]
    pub cost: u32,
}

/// Arguments naming a user in a file.
#[derive(Debug, Clone, Args)]
pub struct HtpasswdFileArgs {
    /// User name
    pub user: String,

    /// The htpasswd file
    #[arg(long, default_value = "config_files/.htpasswd", value_name = "FILE")]
    pub file: PathBuf,
}

/// Arguments naming a file.
#[derive(Debug, Clone, Args)]
pub struct HtpasswdListArgs {
    /// The htpasswd file
    #[arg(long, default_value = "config_files/.htpasswd", value_name = "FILE")]
    pub file: PathBuf,
}

/// `mothership bobproviders ...`.
#[derive(Debug, Subcommand)]
pub enum BobprovidersCommand {
    /// List the providers: when each was last updated, how many bobs it has
    List,
    /// Refresh a provider's list of bobs (DockerHub reads the registry, Local the engine)
    Update {
        /// DockerHub or Local
        provider: String,
    },
}

/// `mothership bobs ...`.
#[derive(Debug, Subcommand)]
pub enum BobsCommand {
    /// List the bobs a provider offers (as of its last update) and whether each is prepared
    List {
        /// DockerHub or Local
        provider: String,
    },
    /// Pull a bob onto the engine; it becomes the builder with the same ID
    #[command(after_help = "Examples:\n  \
        mothership bobproviders update DockerHub\n  \
        mothership bobs list DockerHub\n  \
        mothership bobs prepare DockerHub 84d9cd66fa6b")]
    Prepare {
        /// DockerHub or Local
        provider: String,
        /// The bob's ID (see `mothership bobs list PROVIDER`)
        bob: String,
    },
}

/// `mothership builders ...`.
#[derive(Debug, Subcommand)]
pub enum BuildersCommand {
    /// List the builders on the engine
    List,
    /// Show one builder's details (its contract, the services it builds, IncludeOS version...)
    Inspect {
        /// Builder ID
        id: String,
    },
    /// Delete a builder's image from the engine (refused while a build uses it)
    Delete {
        /// Builder ID
        id: String,
    },
}

/// `mothership services ...`.
#[derive(Debug, Subcommand)]
pub enum ServicesCommand {
    /// Store a service: tars DIR (skipping `build` directories and `.git`) and sends it; the
    /// name is --name, else the CMakeLists.txt's project(...), else its BINARY
    #[command(after_help = "Examples:\n  \
        mothership services push ./my-service\n  \
        mothership services push ./my-service --name web\n  \
        mothership build web --builder 84d9cd66fa6b --nacl web")]
    Push {
        /// The service directory (holding CMakeLists.txt)
        dir: PathBuf,
        /// Store it under this name
        #[arg(long, value_name = "NAME")]
        name: Option<String>,
    },
    /// List the services: bundled by builders and stored
    List,
    /// Show one service
    Inspect {
        /// Service name
        name: String,
    },
    /// Download a stored service's sources as a tar
    Pull {
        /// Service name
        name: String,
        /// Where to write the tar [default: NAME.tar]
        #[arg(long, short = 'f', value_name = "FILE")]
        file: Option<PathBuf>,
    },
    /// Delete a stored service
    Delete {
        /// Service name
        name: String,
    },
}

/// `mothership build`.
#[derive(Debug, Clone, Args)]
pub struct BuildArgs {
    /// The service to build: Starbase, or one you stored (see `mothership services list`)
    pub service: String,

    /// The builder to build with
    #[arg(long, value_name = "ID")]
    pub builder: String,

    /// A NaCl file to build with
    #[arg(long, value_name = "FILE", conflicts_with = "nacl")]
    pub nacl_file: Option<PathBuf>,

    /// A stored NaCl to build with, by ID or name
    #[arg(long, value_name = "NACL", required_unless_present = "nacl_file")]
    pub nacl: Option<String>,

    /// The uplink the image docks with, by ID or name [default: the default uplink]
    #[arg(long, value_name = "UPLINK")]
    pub uplink: Option<String>,

    /// The image's tag (the name its instances report)
    #[arg(long, value_name = "TAG")]
    pub tag: Option<String>,

    /// Print the build ID and return at once instead of following the build
    #[arg(long)]
    pub detach: bool,
}

/// `mothership validate`.
#[derive(Debug, Clone, Args)]
pub struct ValidateArgs {
    /// The NaCl to validate: a file, or else the ID or name of a stored NaCl
    #[arg(value_name = "FILE|NACL")]
    pub nacl: String,

    /// Validate with this builder (IncludeOS's own NaCl.py) instead of checking here
    #[arg(long, value_name = "ID")]
    pub builder: Option<String>,
}

/// `mothership nacl`.
#[derive(Debug, Clone, Subcommand)]
pub enum NaclCommand {
    /// Lay a NaCl file out canonically, in place: one statement per line, four spaces per
    /// level, one space after each colon; comments and strings are kept as written
    #[command(
        after_help = "Formatting twice changes nothing. A file that does not parse is \
        left alone (its syntax errors are printed, exit 1).\n\n\
        Examples:\n  \
        mothership nacl fmt web.nacl\n  \
        mothership nacl fmt web.nacl --check   # exit 1 and name the file if it would change"
    )]
    Fmt(NaclFmtArgs),
    /// Print the C++ that IncludeOS's NaCl transpiler (NaCl.py) makes of a NaCl file, the same
    /// text byte for byte; no server or builder needed
    #[command(
        after_help = "An invalid file gets its diagnostics printed as `mothership validate` \
        prints them, and exit 1.\n\n\
        Examples:\n  \
        mothership nacl transpile web.nacl"
    )]
    Transpile(NaclTranspileArgs),
}

/// `mothership nacl transpile`.
#[derive(Debug, Clone, Args)]
pub struct NaclTranspileArgs {
    /// The NaCl file to transpile
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
}

/// `mothership nacl fmt`.
#[derive(Debug, Clone, Args)]
pub struct NaclFmtArgs {
    /// The NaCl file to format
    #[arg(value_name = "FILE")]
    pub file: PathBuf,

    /// Change nothing: exit 1 and name the file if formatting would change it
    #[arg(long)]
    pub check: bool,
}

/// The command tree as clap sees it, for completions and man pages.
pub fn command() -> clap::Command {
    <Cli as clap::CommandFactory>::command()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every visible command, by its path (`mothership images push`).
    fn visible(cmd: &clap::Command, path: &str, out: &mut Vec<(String, clap::Command)>) {
        out.push((path.to_owned(), cmd.clone()));
        for sub in cmd.get_subcommands() {
            if !sub.is_hide_set() && sub.get_name() != "help" {
                visible(sub, &format!("{path} {}", sub.get_name()), out);
            }
        }
    }

    fn all_commands() -> Vec<(String, clap::Command)> {
        let mut cmd = command();
        cmd.build();
        let mut out = Vec::new();
        visible(&cmd, "mothership", &mut out);
        out
    }

    #[test]
    fn every_command_and_flag_has_help() {
        let mut missing = Vec::new();
        for (path, cmd) in all_commands() {
            if cmd.get_about().is_none() {
                missing.push(path.clone());
            }
            for arg in cmd.get_arguments() {
                if !arg.is_hide_set() && arg.get_help().is_none() {
                    missing.push(format!("{path} {}", arg.get_id()));
                }
            }
        }
        assert!(missing.is_empty(), "no help text: {missing:?}");
    }

    #[test]
    fn the_most_used_commands_show_examples() {
        let commands = all_commands();
        for path in [
            "mothership images push",
            "mothership images pull",
            "mothership build",
            "mothership deploy",
            "mothership instances",
            "mothership bobs prepare",
            "mothership validate",
        ] {
            let (_, cmd) = commands
                .iter()
                .find(|(p, _)| p == path)
                .unwrap_or_else(|| panic!("no command {path}"));
            let after = cmd.get_after_help().map(ToString::to_string);
            let after = after.unwrap_or_default();
            // Each example is a command line of this very command.
            let name = path.trim_start_matches("mothership ");
            assert!(
                after.contains("Examples:") && after.contains(&format!("mothership {name}")),
                "{path}: {after}"
            );
        }
    }

    #[test]
    fn every_example_parses() {
        let mut checked = 0;
        for (path, cmd) in all_commands() {
            let after = cmd.get_after_help().map(ToString::to_string);
            for line in after.unwrap_or_default().lines() {
                let Some(start) = line.find("mothership ") else {
                    continue;
                };
                let example = line[start..].split(" #").next().unwrap_or_default();
                let example = example.trim().trim_end_matches(')');
                if example.contains('`') {
                    continue; // prose that names a command
                }
                let words = example.split_whitespace().take_while(|w| *w != "|");
                if let Err(e) = command().try_get_matches_from(words) {
                    panic!("{path}: example `{example}` does not parse: {e}");
                }
                checked += 1;
            }
        }
        assert!(checked >= 15, "only {checked} examples found");
    }
}
