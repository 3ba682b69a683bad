//! `mothership deploy` (live-update instances with an image) and `mothership deploys` (the
//! records of past and running deploys).

use clap::{Args, Subcommand};

/// `mothership deploy INSTANCE IMAGE` or `mothership deploy --all|--tag|--status IMAGE`.
#[derive(Debug, Clone, Args)]
#[command(
    override_usage = "mothership deploy [OPTIONS] INSTANCE IMAGE\n       \
                      mothership deploy [OPTIONS] --all|--tag TAG|--status STATUS|--search TEXT IMAGE",
    after_help = "Each instance gets the image as one UPDATE, acks it with the image's SHA-1, \
                  live-updates and docks again reporting the image: only then is it verified.\n\n\
                  Examples:\n  \
                  mothership deploy web-1 3f2a9c --wait\n  \
                  mothership deploy --tag web --concurrency 20 3f2a9c --wait\n  \
                  mothership deploy --all 3f2a9c    # returns at once (no --wait)"
)]
pub struct DeployArgs {
    /// INSTANCE (UUID, alias or unique UUID prefix) then IMAGE (ID or unique ID prefix); only
    /// IMAGE with --all, --tag, --status or --search
    #[arg(value_names = ["INSTANCE", "IMAGE"], num_args = 1..=2, required = true)]
    pub args: Vec<String>,

    /// Deploy to every connected instance
    #[arg(long)]
    pub all: bool,

    /// Deploy to the instances reporting this tag
    #[arg(long, value_name = "TAG")]
    pub tag: Option<String>,

    /// Deploy to the instances with this status [default: connected]
    #[arg(long, value_parser = ["connected", "disconnected", "unknown"])]
    pub status: Option<String>,

    /// Deploy to the instances whose ID, alias, description, IPs, image, tag or devices
    /// contain this
    #[arg(long, short = 's', value_name = "TEXT")]
    pub search: Option<String>,

    /// Instances updated at the same time (for many instances) [default: 100]
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..=10_000))]
    pub concurrency: Option<u32>,

    /// Wait until every instance is verified or failed, showing progress; exit 1 on a failure
    #[arg(long, short = 'w')]
    pub wait: bool,

    /// Deploy even where the image was built for another uplink URL or IncludeOS version
    #[arg(long)]
    pub force: bool,
}

impl DeployArgs {
    /// True for the many-instance form.
    pub fn has_filter(&self) -> bool {
        self.all || self.tag.is_some() || self.status.is_some() || self.search.is_some()
    }
}

/// `mothership deploys [list|show]` (bare: list).
#[derive(Debug, Args)]
#[command(args_conflicts_with_subcommands = true)]
pub struct DeploysArgs {
    #[command(subcommand)]
    pub command: Option<DeploysCommand>,
    #[command(flatten)]
    pub list: DeploysListArgs,
}

#[derive(Debug, Subcommand)]
pub enum DeploysCommand {
    /// List deploys (newest first)
    #[command(visible_alias = "ls")]
    List(DeploysListArgs),
    /// Show a deploy with the state of each instance
    Show(DeployIdArg),
}

/// A deploy.
#[derive(Debug, Clone, Args)]
pub struct DeployIdArg {
    /// Deploy ID or unique ID prefix (at least 4 hex digits)
    pub id: String,
}

/// Filters of `deploys list`.
#[derive(Debug, Clone, Default, Args)]
pub struct DeploysListArgs {
    /// Only deploys whose ID, image ID or instance UUIDs contain this
    #[arg(long, short = 's', value_name = "TEXT")]
    pub search: Option<String>,
    /// Only deploys with this status
    #[arg(long, value_parser = ["running", "verified", "failed"])]
    pub status: Option<String>,
    /// Show at most this many [default: 100]
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..=1000))]
    pub limit: Option<u32>,
}
