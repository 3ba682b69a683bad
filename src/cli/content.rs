//! The subcommands for stored content: `images`, `nacls`, `snippets`, `uplinks`, and the
//! hidden spellings of the original Mothership CLI (`push-image`, `pull-nacl`, ...).

use std::path::PathBuf;

use clap::{Args, Subcommand};

/// `mothership images [list|push|pull|inspect|delete]` (bare `images` lists).
#[derive(Debug, Args)]
#[command(args_conflicts_with_subcommands = true)]
pub struct ImagesArgs {
    #[command(subcommand)]
    pub command: Option<ImagesCommand>,
    #[command(flatten)]
    pub list: ListArgs,
}

#[derive(Debug, Subcommand)]
pub enum ImagesCommand {
    /// List images (newest first)
    #[command(visible_alias = "ls")]
    List(ListArgs),
    /// Upload an IncludeOS binary (the same bytes again give the existing image)
    Push(PushImageArgs),
    /// Download an image to a file (resumes a partial download)
    Pull(PullArgs),
    /// Show an image's metadata
    Inspect(IdArg),
    /// Delete an image
    #[command(visible_alias = "rm")]
    Delete(IdArg),
}

/// `mothership nacls ...` / `mothership snippets ...` (bare: list).
#[derive(Debug, Args)]
#[command(args_conflicts_with_subcommands = true)]
pub struct DocumentsArgs {
    #[command(subcommand)]
    pub command: Option<DocumentsCommand>,
    #[command(flatten)]
    pub list: ListArgs,
}

#[derive(Debug, Subcommand)]
pub enum DocumentsCommand {
    /// List them (without content)
    #[command(visible_alias = "ls")]
    List(ListArgs),
    /// Upload a file; its name defaults to the file name without extension
    Push(PushDocumentArgs),
    /// Download the content to a file (`-O -` for standard output)
    Pull(PullArgs),
    /// Show metadata and content
    Show(IdArg),
    /// Delete one
    #[command(visible_alias = "rm")]
    Delete(IdArg),
}

/// `mothership uplinks ...` (bare: list).
#[derive(Debug, Args)]
#[command(args_conflicts_with_subcommands = true)]
pub struct UplinksArgs {
    #[command(subcommand)]
    pub command: Option<UplinksCommand>,
    #[command(flatten)]
    pub list: ListArgs,
}

#[derive(Debug, Subcommand)]
pub enum UplinksCommand {
    /// List uplinks
    #[command(visible_alias = "ls")]
    List(ListArgs),
    /// Create an uplink (a token is generated unless given)
    Create(UplinkCreateArgs),
    /// Show an uplink, token included
    Show(IdArg),
    /// Change an uplink
    Update(UplinkUpdateArgs),
    /// Delete an uplink
    #[command(visible_alias = "rm")]
    Delete(IdArg),
}

/// Filters of a list command.
#[derive(Debug, Clone, Default, Args)]
pub struct ListArgs {
    /// Only items containing this text (case-insensitive)
    #[arg(long, short = 's', value_name = "TEXT")]
    pub search: Option<String>,
    /// Sort key, `-` in front for descending (e.g. -created, tag, size)
    #[arg(long, value_name = "KEY", allow_hyphen_values = true)]
    pub sort: Option<String>,
    /// Show at most this many [default: all]
    #[arg(long, value_name = "N")]
    pub limit: Option<u64>,
}

/// An ID (or unique prefix, or name where names exist).
#[derive(Debug, Clone, Args)]
pub struct IdArg {
    /// ID, unique ID prefix (at least 6 hex digits) or name
    pub id: String,
}

#[derive(Debug, Clone, Args)]
pub struct PushImageArgs {
    /// The IncludeOS binary
    pub file: PathBuf,
    /// Name of the image
    #[arg(long, short = 't')]
    pub tag: Option<String>,
}

#[derive(Debug, Clone, Args)]
pub struct PullArgs {
    /// ID, unique ID prefix (at least 6 hex digits) or name
    pub id: String,
    /// File to write (`-` for standard output) [default: images: the ID; NaCls and snippets:
    /// NAME.nacl / NAME.snippet]
    #[arg(short = 'O', long = "output-file", value_name = "FILE")]
    pub output_file: Option<PathBuf>,
}

#[derive(Debug, Clone, Args)]
pub struct PushDocumentArgs {
    /// The file to upload (at most 1 MiB of UTF-8 text)
    pub file: PathBuf,
    /// Name [default: the file name without extension]
    #[arg(long, short = 'n')]
    pub name: Option<String>,
    /// Replace the content when the name exists already
    #[arg(long)]
    pub replace: bool,
}

/// The optional keys of an uplink (see UPLINK.md).
#[derive(Debug, Clone, Default, Args)]
pub struct UplinkOptionArgs {
    /// Network interface the instance docks from: a number or a name [instance default: 0]
    #[arg(long, value_name = "N|NAME")]
    pub index: Option<String>,
    /// Image name the instances report
    #[arg(long)]
    pub tag: Option<String>,
    /// Path of the CA certificates on the image's memdisk [instance default: /certs]
    #[arg(long, value_name = "PATH")]
    pub certs: Option<String>,
    /// Verify the server certificate [instance default: true]
    #[arg(long, value_name = "BOOL")]
    pub verify: Option<bool>,
    /// Reboot on panic [instance default: true]
    #[arg(long, value_name = "BOOL")]
    pub reboot: Option<bool>,
    /// Send logs over the uplink [instance default: true]
    #[arg(long, value_name = "BOOL")]
    pub ws_logging: Option<bool>,
    /// Serialize the console [instance default: false]
    #[arg(long, value_name = "BOOL")]
    pub serialize_ct: Option<bool>,
    /// Send stats every MS milliseconds, 0 = never [instance default: 0]
    #[arg(long, value_name = "MS")]
    pub send_stats: Option<u64>,
}

#[derive(Debug, Clone, Args)]
pub struct UplinkCreateArgs {
    /// Name of the uplink
    pub name: String,
    /// Where instances dock: https://host:9090 (http:// without uplink TLS)
    #[arg(long)]
    pub url: String,
    /// Token instances authenticate with [default: 256 random bits]
    #[arg(long)]
    pub token: Option<String>,
    #[command(flatten)]
    pub options: UplinkOptionArgs,
}

#[derive(Debug, Clone, Args)]
pub struct UplinkUpdateArgs {
    /// ID or name of the uplink
    pub id: String,
    /// New name
    #[arg(long)]
    pub name: Option<String>,
    /// New url
    #[arg(long)]
    pub url: Option<String>,
    /// New token
    #[arg(long)]
    pub token: Option<String>,
    #[command(flatten)]
    pub options: UplinkOptionArgs,
    /// Unset an optional key (back to the instance default); repeatable
    #[arg(long, value_name = "KEY", value_parser = [
        "index", "tag", "certs", "verify", "reboot", "ws_logging", "serialize_ct", "send_stats"])]
    pub clear: Vec<String>,
}
