//! Classic builders: the published IncludeOS v0.13–v0.14 builder images (docs/BUILDERS.md).
//! They know nothing of Mothership: their own default command (cmake and make) builds the
//! service in `/service`, Starbase's sources ship at [`STARBASE_DIR`], and NaCl is checked by
//! [`NACL_PY`]. This module tells the contracts apart, stages a Starbase build (the bundled
//! sources, then Mothership's files, copied in through the archive API) and reads NaCl.py's
//! verdicts.
//!
//! Telling the contracts apart needs no running container: `org.includeos.services` marks our
//! own contract; a default command that runs `conan` marks IncludeOS v0.15+; otherwise a
//! container is *created* (never started) from the image and the archive API is asked for
//! Starbase's `CMakeLists.txt`. Image ids name immutable content, so the answer is kept for the
//! life of the process.

use std::collections::HashMap;
use std::sync::{Mutex, OnceLock};

use bollard::Docker;
use bollard::models::ContainerCreateBody;
use bollard::query_parameters::{CreateContainerOptions, RemoveContainerOptions};

use super::contract::{self, Entry, RunSpec};
use super::{BuildersError, Engine};
use crate::protocol::builders::{BuilderContract, NaclError, ValidateResult};

/// The service classic builders bundle.
pub const STARBASE: &str = "Starbase";
/// Where classic builders keep Starbase's sources.
pub const STARBASE_DIR: &str = "/root/IncludeOS/lib/uplink/starbase";
/// Classic builders' NaCl transpiler; run with python, the NaCl on stdin.
pub const NACL_PY: &str = "/usr/local/includeos/nacl/NaCl.py";
/// The memdisk folder Mothership adds (`diskbuilder(disk)`) when the service names none.
pub const DEFAULT_DISK: &str = "disk";
/// Largest bundled source tree copied.
const MAX_SOURCES: usize = 64 << 20;

fn known() -> &'static Mutex<HashMap<String, BuilderContract>> {
    static KNOWN: OnceLock<Mutex<HashMap<String, BuilderContract>>> = OnceLock::new();
    KNOWN.get_or_init(Default::default)
}

/// The contract of a labelled builder image that does not declare `org.includeos.services`.
/// An engine failure answers `Unknown` (and is not remembered: the next listing asks again).
pub async fn contract_of(engine: &Engine, docker: &Docker, full_id: &str) -> BuilderContract {
    if let Some(c) = known().lock().ok().and_then(|m| m.get(full_id).copied()) {
        return c;
    }
    match detect(engine, docker, full_id).await {
        Ok(c) => {
            if let Ok(mut m) = known().lock() {
                m.insert(full_id.to_owned(), c);
            }
            c
        }
        Err(e) => {
            tracing::warn!("could not tell which contract builder image {full_id} follows: {e}");
            BuilderContract::Unknown
        }
    }
}

async fn detect(
    engine: &Engine,
    docker: &Docker,
    full_id: &str,
) -> Result<BuilderContract, BuildersError> {
    let image = docker
        .inspect_image(full_id)
        .await
        .map_err(|e| contract::engine_error(engine, &format!("inspect image {full_id}"), e))?;
    let cmd = image
        .config
        .and_then(|c| c.cmd)
        .unwrap_or_default()
        .join(" ");
    if cmd.contains("conan") {
        return Ok(BuilderContract::Conan);
    }
    let probe = docker
        .create_container(
            None::<CreateContainerOptions>,
            ContainerCreateBody {
                image: Some(full_id.to_owned()),
                cmd: Some(vec!["true".into()]),
                network_disabled: Some(true),
                ..Default::default()
            },
        )
        .await
        .map_err(|e| {
            contract::engine_error(engine, "create a container to inspect a builder", e)
        })?;
    let found = contract::download_archive(
        engine,
        docker,
        &probe.id,
        &format!("{STARBASE_DIR}/CMakeLists.txt"),
        1 << 20,
    )
    .await;
    if let Err(e) = docker
        .remove_container(
            &probe.id,
            Some(RemoveContainerOptions {
                force: true,
                v: true,
                ..Default::default()
            }),
        )
        .await
    {
        tracing::warn!(
            "failed to remove the inspection container {}: {e}",
            probe.id
        );
    }
    Ok(match found? {
        Some(_) => BuilderContract::Classic,
        None => BuilderContract::Unknown,
    })
}

/// The commands of a CMake file: (lowercased name, arguments), comments removed, quoted
/// arguments unquoted. Enough of CMake's syntax for `set(BINARY ...)` and `diskbuilder(...)`.
fn commands(text: &str) -> Vec<(String, Vec<String>)> {
    let mut out = Vec::new();
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '#' {
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
            continue;
        }
        if c.is_ascii_alphabetic() || c == '_' {
            let start = i;
            while i < chars.len() && (chars[i].is_ascii_alphanumeric() || chars[i] == '_') {
                i += 1;
            }
            let name: String = chars[start..i].iter().collect();
            let mut j = i;
            while j < chars.len() && (chars[j] == ' ' || chars[j] == '\t') {
                j += 1;
            }
            if j < chars.len() && chars[j] == '(' {
                let (args, end) = arguments(&chars, j + 1);
                out.push((name.to_ascii_lowercase(), args));
                i = end;
            }
            continue;
        }
        i += 1;
    }
    out
}

/// The arguments from `start` (just after `(`) to the matching `)`; the index after it.
fn arguments(chars: &[char], start: usize) -> (Vec<String>, usize) {
    let mut args = Vec::new();
    let mut current = String::new();
    let mut in_arg = false;
    let mut depth = 0;
    let mut i = start;
    while i < chars.len() {
        let c = chars[i];
        match c {
            '"' => {
                i += 1;
                while i < chars.len() && chars[i] != '"' {
                    if chars[i] == '\\' && i + 1 < chars.len() {
                        i += 1;
                    }
                    current.push(chars[i]);
                    i += 1;
                }
                in_arg = true;
            }
            '#' => {
                while i < chars.len() && chars[i] != '\n' {
                    i += 1;
                }
                continue;
            }
            '(' => {
                depth += 1;
                current.push(c);
                in_arg = true;
            }
            ')' if depth == 0 => {
                if in_arg {
                    args.push(current);
                }
                return (args, i + 1);
            }
            ')' => {
                depth -= 1;
                current.push(c);
            }
            c if c.is_whitespace() => {
                if in_arg {
                    args.push(std::mem::take(&mut current));
                    in_arg = false;
                }
            }
            c => {
                current.push(c);
                in_arg = true;
            }
        }
        i += 1;
    }
    (args, i)
}

/// The binary a service's `CMakeLists.txt` names with `set(BINARY ...)` (the last one wins, as
/// in CMake); `None` when there is none or it is not a plain file name.
pub fn binary_name(cmakelists: &str) -> Option<String> {
    commands(cmakelists)
        .into_iter()
        .filter(|(name, args)| name == "set" && args.first().is_some_and(|a| a == "BINARY"))
        .filter_map(|(_, args)| args.get(1).cloned())
        .next_back()
        .filter(|b| {
            !b.is_empty()
                && !b.contains(['/', '$', '\\'])
                && b != "."
                && b != ".."
                && !b.contains(char::is_whitespace)
        })
}

/// The name `project(...)` gives, if it is a plain name.
pub fn project_name(cmakelists: &str) -> Option<String> {
    commands(cmakelists)
        .into_iter()
        .find(|(name, _)| name == "project")
        .and_then(|(_, args)| args.into_iter().next())
        .filter(|p| !p.is_empty() && !p.contains(['/', '$', '\\']))
}

/// The folder an active `diskbuilder(<folder>)` line makes the memdisk of, relative to the
/// service directory; `None` when there is none. A folder outside the service directory (or
/// one CMake variables would compute) is refused with an error saying so.
pub fn memdisk_folder(cmakelists: &str) -> Result<Option<String>, String> {
    let Some(arg) = commands(cmakelists)
        .into_iter()
        .filter(|(name, _)| name == "diskbuilder")
        .filter_map(|(_, args)| args.into_iter().next())
        .next_back()
    else {
        return Ok(None);
    };
    let relative = ["${CMAKE_SOURCE_DIR}/", "${CMAKE_CURRENT_SOURCE_DIR}/"]
        .iter()
        .find_map(|p| arg.strip_prefix(p))
        .unwrap_or(&arg)
        .trim_end_matches('/')
        .to_owned();
    if relative.is_empty()
        || relative.starts_with('/')
        || relative.contains('$')
        || relative.split('/').any(|p| p == "..")
    {
        return Err(format!(
            "the service's CMakeLists.txt builds its memdisk from {arg:?}, which is not a folder \
             inside the service: use a relative folder such as diskbuilder(disk)"
        ));
    }
    Ok(Some(relative))
}

/// Creates the build container of `spec` (the image's own default command), copies the
/// service's sources into `/service/` (Starbase's bundled ones, or `sources`, the normalized tar
/// of a stored service), then Mothership's files (`spec.files`, winning over the service's own
/// such as Starbase's sample `config.json`) and `disk` (paths on the memdisk, e.g.
/// `certs/uplink.pem`) into the service's memdisk folder, and starts it. Returns the path of
/// the binary the build makes.
pub async fn start(
    engine: &Engine,
    docker: &Docker,
    spec: &RunSpec<'_>,
    builder_id: &str,
    disk: &[(String, Vec<u8>)],
    sources: Option<&[u8]>,
) -> Result<String, BuildersError> {
    contract::create(engine, docker, spec).await?;
    let (tar, relative, what) = match sources {
        Some(tar) => (tar.to_vec(), true, "the stored service".to_owned()),
        None => {
            let tar =
                contract::download_archive(engine, docker, &spec.name, STARBASE_DIR, MAX_SOURCES)
                    .await?
                    .ok_or_else(|| {
                        BuildersError::Invalid(format!(
                            "builder {builder_id} has no Starbase sources at {STARBASE_DIR}: see \
                             `mothership builders list` for builders that bundle Starbase"
                        ))
                    })?;
            (
                tar,
                false,
                format!("{STARBASE_DIR} from builder {builder_id}"),
            )
        }
    };
    let (files, disk) = (spec.files.clone(), disk.to_vec());
    let (entries, binary) = tokio::task::spawn_blocking(move || {
        let entries = if relative {
            contract::entries_relative(&tar)
        } else {
            contract::entries_of(&tar)
        }
        .map_err(|e| BuildersError::Internal(format!("unreadable archive of {what}: {e}")))?;
        stage(entries, &what, files, disk)
    })
    .await
    .map_err(|e| BuildersError::Internal(format!("staging the sources failed: {e}")))??;
    contract::upload(engine, docker, &spec.name, &entries).await?;
    contract::start_container(engine, docker, &spec.name).await?;
    Ok(format!("/service/build/{binary}"))
}

/// What goes into `/service/`: the bundled sources, the memdisk files, Mothership's files;
/// and the binary's name.
fn stage(
    mut entries: Vec<Entry>,
    what: &str,
    files: Vec<(String, Vec<u8>)>,
    disk: Vec<(String, Vec<u8>)>,
) -> Result<(Vec<Entry>, String), BuildersError> {
    let cmake_at = entries
        .iter()
        .position(|e| matches!(e, Entry::File { path, .. } if path == "CMakeLists.txt"))
        .ok_or_else(|| {
            BuildersError::Invalid(format!("{what} has no CMakeLists.txt: it cannot be built"))
        })?;
    let Entry::File { data, .. } = &mut entries[cmake_at] else {
        unreachable!("position() matched a file");
    };
    let mut cmake = String::from_utf8_lossy(data).into_owned();
    let binary = binary_name(&cmake).ok_or_else(|| {
        BuildersError::Invalid(format!(
            "the CMakeLists.txt of {what} names no binary (no set(BINARY \"name\")): \
             Mothership cannot tell which file the build makes"
        ))
    })?;
    if !disk.is_empty() {
        let folder = match memdisk_folder(&cmake).map_err(BuildersError::Invalid)? {
            Some(folder) => folder,
            None => {
                // The published CMakeLists.txt has `#diskbuilder(disk)` commented out; the
                // function comes with post.service.cmake, which the file includes before its
                // end, so a line appended at the end is in scope.
                cmake.push_str(&format!(
                    "\n# Added by Mothership: a memdisk with the uplink's certificates.\n\
                     diskbuilder({DEFAULT_DISK})\n"
                ));
                DEFAULT_DISK.to_owned()
            }
        };
        *data = cmake.into_bytes();
        let disk_paths: Vec<String> = disk.iter().map(|(p, _)| format!("{folder}/{p}")).collect();
        entries.retain(|e| !disk_paths.iter().any(|p| p == e.path()));
        entries.extend(disk.into_iter().map(|(path, data)| Entry::File {
            path: format!("{folder}/{path}"),
            mode: 0o644,
            data,
        }));
    }
    entries.retain(|e| !files.iter().any(|(p, _)| p == e.path()));
    entries.extend(files.into_iter().map(|(path, data)| Entry::File {
        path,
        mode: 0o644,
        data,
    }));
    Ok((entries, binary))
}

/// The command that checks `/service/nacl.txt` the way the published images' build does.
pub fn validate_cmd() -> Vec<String> {
    vec![
        "/bin/sh".into(),
        "-c".into(),
        format!("cat /service/nacl.txt | python {NACL_PY} /tmp/nacl_content.cpp"),
    ]
}

/// Reads NaCl.py's verdict: `line L:C message` lines are errors (C counts from 0 there; it is
/// reported from 1, like the line and like compilers' `FILE:LINE:COL`), other lines general
/// messages; exit 0 means valid.
pub fn parse_nacl_py(exit_code: i64, output: &str) -> ValidateResult {
    let mut errors = Vec::new();
    let mut messages = Vec::new();
    for line in output
        .lines()
        .map(str::trim_end)
        .filter(|l| !l.trim().is_empty())
    {
        match nacl_py_error(line) {
            Some(e) => errors.push(e),
            None => messages.push(line.to_owned()),
        }
    }
    if exit_code != 0 && errors.is_empty() && messages.is_empty() {
        messages.push(format!(
            "NaCl.py exited with status {exit_code} without saying why"
        ));
    }
    ValidateResult {
        valid: exit_code == 0,
        errors,
        messages,
    }
}

fn nacl_py_error(line: &str) -> Option<NaclError> {
    let rest = line.trim_start().strip_prefix("line ")?;
    let (position, message) = rest.split_once(' ').unwrap_or((rest, ""));
    let (l, c) = position.split_once(':')?;
    let column: u32 = c.parse().ok()?;
    Some(NaclError {
        line: l.parse().ok()?,
        column: column + 1,
        message: message.trim().to_owned(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const STARBASE_CMAKE: &str = r#"cmake_minimum_required(VERSION 2.8.9)
include($ENV{INCLUDEOS_PREFIX}/includeos/pre.service.cmake)
project (starbase)
set(SERVICE_NAME "IncludeOS Starbase")
# set(BINARY "commented")
set(BINARY       "starbase")
set(SOURCES service.cpp)
include($ENV{INCLUDEOS_PREFIX}/includeos/post.service.cmake)
#install_certificates(disk/certs)
#diskbuilder(disk)
"#;

    #[test]
    fn the_binary_is_what_set_binary_names_and_comments_do_not_count() {
        assert_eq!(binary_name(STARBASE_CMAKE).as_deref(), Some("starbase"));
        assert_eq!(
            binary_name("SET(BINARY my_service)").as_deref(),
            Some("my_service")
        );
        assert_eq!(binary_name("set(BINARY ${NAME})"), None);
        assert_eq!(binary_name("set(SOURCES a.cpp)"), None);
        assert_eq!(memdisk_folder(STARBASE_CMAKE), Ok(None));
        assert_eq!(
            memdisk_folder("diskbuilder(${CMAKE_SOURCE_DIR}/files/)"),
            Ok(Some("files".into()))
        );
        assert!(memdisk_folder("diskbuilder(/etc)").is_err());
        assert!(memdisk_folder("diskbuilder(../up)").is_err());
    }

    #[test]
    fn nacl_py_errors_count_columns_from_one() {
        let r = parse_nacl_py(
            1,
            "line 2:0 extraneous input 'x' expecting {<EOF>, Iface}\nTraceback (most recent call last):\n",
        );
        assert!(!r.valid);
        assert_eq!(r.errors.len(), 1);
        assert_eq!((r.errors[0].line, r.errors[0].column), (2, 1));
        assert_eq!(
            r.errors[0].message,
            "extraneous input 'x' expecting {<EOF>, Iface}"
        );
        assert_eq!(r.messages.len(), 1);
        let ok = parse_nacl_py(0, "Transpilation complete\n");
        assert!(ok.valid && ok.errors.is_empty());
    }

    #[test]
    fn staging_puts_mothership_files_over_the_bundled_ones_and_adds_a_memdisk() {
        let bundled = {
            let mut b = tar::Builder::new(Vec::new());
            for (path, data) in [
                ("starbase/CMakeLists.txt", STARBASE_CMAKE),
                ("starbase/config.json", r#"{"uplink":{"token":"kappa123"}}"#),
                ("starbase/service.cpp", "int main() {}"),
            ] {
                let mut h = tar::Header::new_gnu();
                h.set_size(data.len() as u64);
                h.set_mode(0o644);
                b.append_data(&mut h, path, data.as_bytes())
                    .expect("append");
            }
            b.into_inner().expect("tar")
        };
        let (entries, binary) = stage(
            contract::entries_of(&bundled).expect("entries"),
            "b",
            vec![("config.json".into(), b"{\"uplink\":{}}".to_vec())],
            vec![("certs/uplink.pem".into(), b"PEM".to_vec())],
        )
        .expect("staged");
        assert_eq!(binary, "starbase");
        let file = |p: &str| {
            entries.iter().find_map(|e| match e {
                Entry::File { path, data, .. } if path == p => {
                    Some(String::from_utf8_lossy(data).into_owned())
                }
                _ => None,
            })
        };
        assert_eq!(file("config.json").as_deref(), Some("{\"uplink\":{}}"));
        assert_eq!(
            entries.iter().filter(|e| e.path() == "config.json").count(),
            1
        );
        assert_eq!(file("disk/certs/uplink.pem").as_deref(), Some("PEM"));
        let cmake = file("CMakeLists.txt").expect("CMakeLists.txt");
        assert_eq!(memdisk_folder(&cmake), Ok(Some("disk".into())));
        assert!(file("service.cpp").is_some());
    }
}
