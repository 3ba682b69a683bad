//! The Dockerfile keeps the original Mothership's container layout: the server runs in
//! `/home/ubuntu/mothership`, so the documented `-v …:/home/ubuntu/mothership/config_files` and
//! `-v mothership_storage:/home/ubuntu/mothership/runtime_files` mounts are the ones it uses.
//! (scripts/docker-seed-check.sh builds the image and runs those commands for real.)

use std::path::PathBuf;

const SEED_DIR: &str = "/home/ubuntu/mothership";

fn read(name: &str) -> String {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("read {}: {e}", path.display()))
}

/// The instructions of the final stage (after the last FROM), comments and continuations
/// joined.
fn final_stage(dockerfile: &str) -> Vec<String> {
    let mut instructions = Vec::new();
    let mut current = String::new();
    for line in dockerfile.lines() {
        let trimmed = line.trim();
        if current.is_empty() && (trimmed.is_empty() || trimmed.starts_with('#')) {
            continue;
        }
        if let Some(part) = trimmed.strip_suffix('\\') {
            current.push_str(part);
            current.push(' ');
            continue;
        }
        current.push_str(trimmed);
        instructions.push(std::mem::take(&mut current));
    }
    let last_from = instructions
        .iter()
        .rposition(|i| i.starts_with("FROM "))
        .expect("a FROM line");
    instructions.split_off(last_from)
}

#[test]
fn the_image_runs_in_the_seeds_directory_and_declares_no_anonymous_volumes() {
    let stage = final_stage(&read("Dockerfile"));
    let workdirs: Vec<&String> = stage.iter().filter(|i| i.starts_with("WORKDIR ")).collect();
    assert_eq!(
        workdirs.last().map(|w| w.as_str()),
        Some(format!("WORKDIR {SEED_DIR}").as_str()),
        "the server resolves config_files/ and runtime_files/ against its working directory"
    );
    // A declared VOLUME anywhere else would catch state in an anonymous volume when the seed's
    // mounts are given; none at all means a missing mount is warned about, not hidden.
    let volumes: Vec<&String> = stage.iter().filter(|i| i.starts_with("VOLUME")).collect();
    assert!(volumes.is_empty(), "unexpected {volumes:?}");
    assert!(
        stage
            .iter()
            .any(|i| i.starts_with("RUN ") && i.contains(&format!("ln -s {SEED_DIR} /mothership"))),
        "/mothership keeps working as a link to {SEED_DIR}"
    );
}

#[test]
fn the_docs_give_the_seeds_docker_run_lines() {
    for (name, text) in [
        ("README.md", read("README.md")),
        ("Dockerfile", read("Dockerfile")),
    ] {
        for mount in [
            format!("-v $PWD/config_files:{SEED_DIR}/config_files"),
            format!("-v mothership_storage:{SEED_DIR}/runtime_files"),
        ] {
            assert!(text.contains(&mount), "{name} lacks `{mount}`");
        }
    }
}
