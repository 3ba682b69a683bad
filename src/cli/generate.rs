//! Shell completions and man pages, generated from the command tree by the binary itself
//! (`mothership completions SHELL`, `mothership man DIR`; scripts/refresh-generated.sh keeps the
//! committed copies current).

use std::io::Write;
use std::path::Path;

use clap::Command;
use clap_mangen::Man;

use super::command;

/// Writes a completion script for `shell` to `out`.
pub fn write_completions(shell: clap_complete::Shell, out: &mut dyn Write) {
    let mut cmd = command();
    clap_complete::generate(shell, &mut cmd, "mothership", out);
}

/// Writes one man page per (visible) command and subcommand into `dir`; returns the file names.
pub fn write_man_pages(dir: &Path) -> std::io::Result<Vec<String>> {
    std::fs::create_dir_all(dir)?;
    let mut written = Vec::new();
    // `mothership help X` has no page of its own; without this every page would list one.
    let mut cmd = without_help_subcommands(command());
    cmd.build();
    write_man_recursive(&cmd, "mothership", dir, &mut written)?;
    Ok(written)
}

fn without_help_subcommands(cmd: Command) -> Command {
    cmd.disable_help_subcommand(true)
        .mut_subcommands(without_help_subcommands)
}

fn write_man_recursive(
    cmd: &Command,
    name: &str,
    dir: &Path,
    written: &mut Vec<String>,
) -> std::io::Result<()> {
    let mut buf = Vec::new();
    render_page(&cmd.clone().name(name.to_owned()), &mut buf)?;
    let file = format!("{name}.1");
    std::fs::write(dir.join(&file), buf)?;
    written.push(file);
    for sub in cmd.get_subcommands() {
        if !sub.is_hide_set() {
            write_man_recursive(sub, &format!("{name}-{}", sub.get_name()), dir, written)?;
        }
    }
    Ok(())
}

/// A page as clap_mangen renders it, except that the text after the options becomes NOTES and
/// EXAMPLES sections (clap_mangen puts all of it under EXTRA).
fn render_page(cmd: &Command, out: &mut dyn Write) -> std::io::Result<()> {
    let after = cmd.get_after_help().map(ToString::to_string);
    let man = Man::new(cmd.clone().after_help(None::<&'static str>));
    man.render_title(out)?;
    // Each render_* call writes a whole roff document; the title's preamble serves them all.
    let mut section = |render: &dyn Fn(&mut dyn Write) -> std::io::Result<()>| {
        let mut buf = Vec::new();
        render(&mut buf)?;
        out.write_all(buf.strip_prefix(ROFF_PREAMBLE).unwrap_or(&buf))
    };
    section(&|w| man.render_name_section(w))?;
    section(&|w| man.render_synopsis_section(w))?;
    section(&|w| man.render_description_section(w))?;
    if cmd.get_arguments().any(|a| !a.is_hide_set()) {
        section(&|w| man.render_options_section(w))?;
    }
    if cmd.get_subcommands().any(|s| !s.is_hide_set()) {
        section(&|w| man.render_subcommands_section(w))?;
    }
    if let Some(after) = after {
        let (notes, examples) = match after.split_once("Examples:\n") {
            Some((notes, examples)) => (notes, examples),
            None => (after.as_str(), ""),
        };
        section(&|w| render_text_section(cmd, "NOTES", notes, w))?;
        section(&|w| render_text_section(cmd, "EXAMPLES", examples, w))?;
    }
    if cmd.get_version().is_some() {
        section(&|w| man.render_version_section(w))?;
    }
    Ok(())
}

/// What clap_mangen's roff writer puts at the top of every document it writes.
const ROFF_PREAMBLE: &[u8] = b".ie \\n(.g .ds Aq \\(aq\n.el .ds Aq '\n";

/// `text` under the heading `title`, escaped for roff by clap_mangen; nothing when it is empty.
fn render_text_section(
    cmd: &Command,
    title: &str,
    text: &str,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    let text = text.trim_matches('\n');
    if text.is_empty() {
        return Ok(());
    }
    let mut buf = Vec::new();
    Man::new(cmd.clone().after_help(text.to_owned())).render_extra_section(&mut buf)?;
    let section = String::from_utf8_lossy(&buf).replacen(".SH EXTRA", &format!(".SH {title}"), 1);
    out.write_all(section.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(path: &[&str]) -> String {
        let mut cmd = without_help_subcommands(command());
        cmd.build();
        let mut sub = &cmd;
        for name in path {
            sub = sub.find_subcommand(name).expect("subcommand");
        }
        let mut buf = Vec::new();
        render_page(sub, &mut buf).expect("render");
        String::from_utf8(buf).expect("utf-8")
    }

    #[test]
    fn after_help_becomes_notes_and_examples() {
        let deploy = page(&["deploy"]);
        assert!(deploy.contains(".SH NOTES\n"), "{deploy}");
        assert!(deploy.contains(".SH EXAMPLES\n"), "{deploy}");
        assert!(!deploy.contains("EXTRA"), "{deploy}");
        assert!(!deploy.contains("Examples:"), "{deploy}");
        let push = page(&["images", "push"]);
        assert!(
            push.contains(".SH EXAMPLES\n") && !push.contains(".SH NOTES"),
            "{push}"
        );
    }

    #[test]
    fn pages_name_no_help_subcommand() {
        let root = page(&[]);
        assert!(root.contains("mothership\\-serve(1)"), "{root}");
        assert!(!root.contains("help(1)"), "{root}");
        assert_eq!(
            root.matches(".ds Aq").count(),
            2,
            "one roff preamble: {root}"
        );
    }
}
