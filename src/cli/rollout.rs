//! `mothership rollout start|list|show|pause|resume|cancel|rollback` (docs/ROLLOUTS.md).

use clap::{Args, Subcommand};

use super::content::IdArg;

/// `mothership rollout ...`.
#[derive(Debug, Args)]
pub struct RolloutArgs {
    #[command(subcommand)]
    pub command: RolloutCommand,
}

#[derive(Debug, Subcommand)]
pub enum RolloutCommand {
    /// Roll an image out to the instances a selector picks, in waves
    #[command(
        after_help = "Examples:\n  mothership rollout start 3f2a9c04 --selector tag=web \
                            --waves 5,25%,100% --threshold 95 --error-threshold 10 --soak 300 \
                            --rollback\n  mothership rollout start 3f2a9c04 --selector \
                            instances=web-1,web-2\n  mothership rollout start 3f2a9c04 \
                            --selector tag=web --build-per-version"
    )]
    Start(RolloutStartArgs),
    /// List rollouts (newest first)
    #[command(visible_alias = "ls")]
    List(RolloutListArgs),
    /// Show a rollout: its waves and every instance's outcome
    Show(RolloutShowArgs),
    /// Pause a running rollout: nothing new starts, updates under way finish
    Pause(IdArg),
    /// Resume a paused rollout
    Resume(IdArg),
    /// Cancel a rollout (emergency stop): nothing new starts, queued instances are skipped
    Cancel(IdArg),
    /// Roll a rollout back: every instance it updated (or failed) gets its previous image
    Rollback(IdArg),
}

/// `rollout start`.
#[derive(Debug, Clone, Args)]
pub struct RolloutStartArgs {
    /// The image (ID or unique start of one)
    pub image: String,
    /// Which instances: tag=T, service=S, version=V (IncludeOS), instances=ID,ID,...; repeat
    /// to combine filters
    #[arg(long, value_name = "KEY=VALUE", required = true)]
    pub selector: Vec<String>,
    /// Wave sizes, comma-separated: a count (5) or a share (10%); the first is the canary
    #[arg(long, value_name = "SIZES", value_delimiter = ',')]
    pub waves: Vec<String>,
    /// Percent of a wave that must verify for the next one to start [default: 100]
    #[arg(long, value_name = "PERCENT", value_parser = clap::value_parser!(u32).range(0..=100))]
    pub threshold: Option<u32>,
    /// Percent of a wave whose failure pauses the rollout at once
    #[arg(long, value_name = "PERCENT", value_parser = clap::value_parser!(u32).range(0..=100))]
    pub error_threshold: Option<u32>,
    /// Seconds between a wave passing and the next one starting
    #[arg(long, value_name = "SECONDS")]
    pub soak: Option<u64>,
    /// On failures that pause the rollout, put the failed instances back on their previous image
    #[arg(long)]
    pub rollback: bool,
    /// Instances of a wave updated at the same time [default: 100]
    #[arg(long, value_name = "N")]
    pub concurrency: Option<u32>,
    /// Selected instances run several IncludeOS versions: build the image (a stored build)
    /// again for each other version with its newest builder, each instance getting its
    /// version's image
    #[arg(long)]
    pub build_per_version: bool,
}

/// `rollout list`.
#[derive(Debug, Clone, Default, Args)]
pub struct RolloutListArgs {
    /// Only rollouts with this status
    #[arg(long, value_parser = ["running", "paused", "completed", "cancelled", "rolling_back", "rolled_back", "interrupted"])]
    pub status: Option<String>,
    /// Only rollouts whose ID, image or instances contain this
    #[arg(long, short = 's', value_name = "TEXT")]
    pub search: Option<String>,
    /// Show at most this many [default: 100]
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..=1000))]
    pub limit: Option<u32>,
}

/// `rollout show`.
#[derive(Debug, Clone, Args)]
pub struct RolloutShowArgs {
    #[command(flatten)]
    pub id: IdArg,
    /// Keep printing progress until the rollout pauses or ends: a bar per wave on a terminal,
    /// plain lines when piped
    #[arg(long, short = 'f')]
    pub follow: bool,
}
