//! The committed shell completions and man pages match what the binary generates now. When the
//! command tree changes, `scripts/refresh-generated.sh` refreshes them.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::helper::cli::{mothership, stderr_of};

const REFRESH: &str = "run scripts/refresh-generated.sh and commit the result";

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Every file of a directory by name, with its contents.
fn files_in(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}; {REFRESH}", dir.display()))
        .map(|entry| {
            let entry = entry.expect("entry");
            (
                entry.file_name().to_string_lossy().into_owned(),
                std::fs::read(entry.path()).expect("read"),
            )
        })
        .collect()
}

#[test]
fn committed_completions_are_current() {
    let home = tempfile::tempdir().expect("tempdir");
    let mut stale = Vec::new();
    for (shell, ext) in [
        ("bash", "bash"),
        ("zsh", "zsh"),
        ("fish", "fish"),
        ("powershell", "ps1"),
        ("elvish", "elv"),
    ] {
        let out = mothership(home.path())
            .args(["completions", shell])
            .output()
            .expect("run");
        assert!(
            out.status.success(),
            "completions {shell}: {}",
            stderr_of(&out)
        );
        assert!(!out.stdout.is_empty(), "empty {shell} completions");
        let path = repo().join("completions").join(format!("mothership.{ext}"));
        if std::fs::read(&path).ok().as_deref() != Some(out.stdout.as_slice()) {
            stale.push(path.display().to_string());
        }
    }
    assert!(stale.is_empty(), "stale completions {stale:?}: {REFRESH}");
}

#[test]
fn committed_man_pages_are_current() {
    let home = tempfile::tempdir().expect("tempdir");
    let fresh = home.path().join("man");
    let out = mothership(home.path())
        .arg("man")
        .arg(&fresh)
        .output()
        .expect("run");
    assert!(out.status.success(), "man: {}", stderr_of(&out));
    let fresh = files_in(&fresh);
    let committed = files_in(&repo().join("man"));
    assert!(fresh.contains_key("mothership.1"), "{:?}", fresh.keys());
    assert!(
        fresh.contains_key("mothership-serve.1"),
        "{:?}",
        fresh.keys()
    );

    let missing: Vec<_> = fresh
        .keys()
        .filter(|k| !committed.contains_key(*k))
        .collect();
    let extra: Vec<_> = committed
        .keys()
        .filter(|k| !fresh.contains_key(*k))
        .collect();
    let changed: Vec<_> = fresh
        .iter()
        .filter(|(k, v)| committed.get(*k).is_some_and(|c| c != *v))
        .map(|(k, _)| k)
        .collect();
    assert!(
        missing.is_empty() && extra.is_empty() && changed.is_empty(),
        "man/ is stale (missing {missing:?}, no longer generated {extra:?}, changed \
         {changed:?}): {REFRESH}"
    );
}

#[test]
fn hidden_generators_stay_out_of_the_help() {
    let home = tempfile::tempdir().expect("tempdir");
    let out = mothership(home.path()).arg("--help").output().expect("run");
    let help = String::from_utf8_lossy(&out.stdout);
    assert!(help.contains("serve"), "{help}");
    assert!(!help.contains("completions"), "{help}");
    assert!(!help.contains("\n  man "), "{help}");
}
