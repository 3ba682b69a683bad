//! `mothership upgrade` (build an image for an instance and deploy it there, as one upgrade) and
//! `mothership upgrades` (the records of past and running upgrades).

use clap::{Args, Subcommand};

use super::content::IdArg;

/// `mothership upgrade INSTANCE`.
#[derive(Debug, Clone, Args)]
#[command(
    after_help = "Follows the upgrade: the build log as it is written, then the deploy, \
                  and exits 1 when either failed. Ctrl+C while it builds cancels the build.\n\n\
                  Examples:\n  mothership upgrade web-1 --nacl web\n  \
                  mothership upgrade 3f2a9c04 --builder 0a1b2c3d4e5f --detach"
)]
pub struct UpgradeArgs {
    /// The instance (ID, unique start of one, or alias)
    pub instance: String,

    /// The stored NaCl to build with, by id or name [default: the NaCl of the image it runs]
    #[arg(long, value_name = "ID")]
    pub nacl: Option<String>,

    /// The builder to build with [default: the newest of the instance's IncludeOS version, else
    /// the newest]
    #[arg(long, value_name = "ID")]
    pub builder: Option<String>,

    /// The new image's tag
    #[arg(long, value_name = "TAG")]
    pub tag: Option<String>,

    /// Deploy even when the uplink url or IncludeOS version checks fail
    #[arg(long)]
    pub force: bool,

    /// Print the upgrade id and return at once instead of following the upgrade
    #[arg(long, short = 'd')]
    pub detach: bool,

    /// Accepted for compatibility: following is the default now
    #[arg(long, short = 'w', hide = true, conflicts_with = "detach")]
    pub wait: bool,
}

/// `mothership upgrades [list|show]` (bare: list).
#[derive(Debug, Args)]
#[command(args_conflicts_with_subcommands = true)]
pub struct UpgradesArgs {
    #[command(subcommand)]
    pub command: Option<UpgradesCommand>,
    #[command(flatten)]
    pub list: UpgradesListArgs,
}

#[derive(Debug, Subcommand)]
pub enum UpgradesCommand {
    /// List upgrades (newest first)
    #[command(visible_alias = "ls")]
    List(UpgradesListArgs),
    /// Show an upgrade with its build and deploy
    Show(IdArg),
}

/// Filters of `upgrades list`.
#[derive(Debug, Clone, Default, Args)]
pub struct UpgradesListArgs {
    /// Only upgrades of this instance (ID, unique start of one, or alias)
    #[arg(long, short = 'i', value_name = "ID")]
    pub instance: Option<String>,
    /// Only upgrades with this status
    #[arg(long, value_parser = ["building", "deploying", "verified", "failed", "cancelled"])]
    pub status: Option<String>,
    /// Only upgrades whose ID, instance, build or deploy ID contain this
    #[arg(long, short = 's', value_name = "TEXT")]
    pub search: Option<String>,
    /// Show at most this many [default: 100]
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..=1000))]
    pub limit: Option<u32>,
}
