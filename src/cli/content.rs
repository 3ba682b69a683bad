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
    #[command(after_help = "Examples:\n  \
        mothership images push build/starbase.elf --tag web\n  \
        mothership images push starbase.elf -o id    # only the image ID")]
    Push(PushImageArgs),
    /// Download an image to a file (resumes a partial download)
    #[command(after_help = "Examples:\n  \
        mothership images pull 3f2a9c    # to a file named by the whole ID\n  \
        mothership images pull 3f2a9c -O web.elf\n  \
        mothership images pull 3f2a9c -O - | sha1sum")]
    Pull(ImagePullArgs),
    /// Show an image's metadata
    Inspect(ImageIdArg),
    /// Delete an image
    #[command(visible_alias = "rm")]
    Delete(ImageIdArg),
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
    /// List names, sizes and dates (not the content)
    #[command(visible_alias = "ls")]
    List(ListArgs),
    /// Upload a file, named after the file unless --name is given
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
    /// Show an uplink; --token shows its token too
    Show(UplinkShowArgs),
    /// Change an uplink; --clear unsets optional keys
    Update(UplinkUpdateArgs),
    /// Delete an uplink
    #[command(visible_alias = "rm")]
    Delete(UplinkIdArg),
}

/// Filters of a list command.
#[derive(Debug, Clone, Default, Args)]
pub struct ListArgs {
    /// Only those containing TEXT in their ID, name or other fields (case-insensitive)
    #[arg(long, short = 's', value_name = "TEXT")]
    pub search: Option<String>,
    /// Sort key, `-` in front for descending, e.g. -created or id (a wrong key's error lists
    /// the keys)
    #[arg(long, value_name = "KEY", allow_hyphen_values = true)]
    pub sort: Option<String>,
    /// Show at most this many [default: all]
    #[arg(long, value_name = "N")]
    pub limit: Option<u64>,
}

/// A NaCl or snippet.
#[derive(Debug, Clone, Args)]
pub struct IdArg {
    /// ID, name, or unique ID prefix (at least 6 hex digits)
    pub id: String,
}

/// An image.
#[derive(Debug, Clone, Args)]
pub struct ImageIdArg {
    /// Image ID or unique ID prefix (at least 6 hex digits)
    pub id: String,
}

/// An uplink.
#[derive(Debug, Clone, Args)]
pub struct UplinkIdArg {
    /// Uplink ID or name
    pub id: String,
}

/// `uplinks show`.
#[derive(Debug, Clone, Args)]
pub struct UplinkShowArgs {
    /// Uplink ID or name
    pub id: String,
    /// Show the token too (the secret baked into every image built for this uplink; kept out of
    /// lists and of `show` without this flag)
    #[arg(long)]
    pub token: bool,
}

#[derive(Debug, Clone, Args)]
pub struct PushImageArgs {
    /// The IncludeOS binary (an ELF file)
    pub file: PathBuf,
    /// A tag (name) for the image, shown in lists and searchable
    #[arg(long, short = 't')]
    pub tag: Option<String>,
}

#[derive(Debug, Clone, Args)]
pub struct ImagePullArgs {
    /// Image ID or unique ID prefix (at least 6 hex digits)
    pub id: String,
    /// File to write, `-` for standard output [default: the image ID]
    #[arg(short = 'O', long = "output-file", value_name = "FILE")]
    pub output_file: Option<PathBuf>,
}

#[derive(Debug, Clone, Args)]
pub struct PullArgs {
    /// ID, name, or unique ID prefix (at least 6 hex digits)
    pub id: String,
    /// File to write, `-` for standard output [default: NAME.nacl or NAME.snippet]
    #[arg(short = 'O', long = "output-file", value_name = "FILE")]
    pub output_file: Option<PathBuf>,
}

#[derive(Debug, Clone, Args)]
pub struct PushDocumentArgs {
    /// The file to upload (at most 1 MiB of UTF-8 text)
    pub file: PathBuf,
    /// Its name [default: the file name without extension]
    #[arg(long, short = 'n')]
    pub name: Option<String>,
    /// Replace the content when the name exists already
    #[arg(long)]
    pub replace: bool,
    /// (NaCls) Store it even when Mothership's NaCl checks find errors in it (they are refused
    /// otherwise; `mothership validate FILE` lists them)
    #[arg(long)]
    pub force: bool,
}

/// The optional keys of an uplink (see docs/UPLINK.md).
#[derive(Debug, Clone, Default, Args)]
pub struct UplinkOptionArgs {
    /// Network interface the instance docks from: a number or a name [instance default: 0]
    #[arg(long, value_name = "N|NAME")]
    pub index: Option<String>,
    /// Tag (image name) the instances report; `build --tag` overrides it
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
    /// PEM file of the CA that signs the uplink's certificate: images for an https uplink carry
    /// it in their certs folder [default: the certificate the uplink port presents]
    #[arg(long, value_name = "FILE")]
    pub ca: Option<std::path::PathBuf>,
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
    /// New URL
    #[arg(long)]
    pub url: Option<String>,
    /// New token
    #[arg(long)]
    pub token: Option<String>,
    #[command(flatten)]
    pub options: UplinkOptionArgs,
    /// Unset an optional key (back to the instance default); repeatable
    #[arg(long, value_name = "KEY", value_parser = [
        "index", "tag", "certs", "verify", "reboot", "ws_logging", "serialize_ct", "send_stats",
        "ca"])]
    pub clear: Vec<String>,
}
