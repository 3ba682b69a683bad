//! A user's service sources (`POST /v1/services`): a tar or tar.gz of a directory holding
//! `CMakeLists.txt` and its sources. [`normalize`] checks every entry stays inside the service
//! directory and rewrites the archive canonically (sorted, relative paths, no owners or times),
//! so the same sources always get the same id, the SHA-256 of the normalized tar.

use std::collections::BTreeMap;
use std::io::Read;

use sha2::Digest;

use super::classic;

/// Largest service archive, packed and unpacked.
pub const MAX_SERVICE: usize = 64 << 20;

/// A checked, normalized service archive.
#[derive(Debug, Clone)]
pub struct ServiceSources {
    /// Entries relative to the service directory, no leading `./` or `/`, sorted.
    pub tar: Vec<u8>,
    /// Lowercase SHA-256 hex of `tar`.
    pub id: String,
    /// What `set(BINARY ...)` in `CMakeLists.txt` names.
    pub binary: String,
    /// What `project(...)` names, if anything.
    pub project: Option<String>,
    /// Regular files in the archive.
    pub files: usize,
}

/// Why an archive is refused; every variant becomes a 400 (or 413 for size) naming the entry.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum SourcesError {
    #[error(
        "the service archive is larger than {0} bytes unpacked: remove build outputs and large files"
    )]
    TooLarge(usize),
    #[error("the service archive is not a readable tar or tar.gz: {0}")]
    Unreadable(String),
    #[error(
        "the service archive entry {entry:?} {why}: every entry must stay inside the service \
         directory; nothing was stored"
    )]
    Escapes { entry: String, why: &'static str },
    #[error(
        "the service archive entry {entry:?} is a {kind}, which a service cannot hold: send only \
         directories, files and links inside the service"
    )]
    Unsupported { entry: String, kind: String },
    #[error(
        "the service archive has no CMakeLists.txt at its root: tar the service directory's \
         contents (`tar -C my-service -c .`), or use `mothership services push ./my-service`"
    )]
    NoCMakeLists,
    #[error(
        "the service's CMakeLists.txt names no binary: add set(BINARY \"name\") so Mothership \
         knows which file the build makes"
    )]
    NoBinary,
}

enum Node {
    Dir,
    File { mode: u32, data: Vec<u8> },
    Symlink(String),
}

/// Checks and normalizes a tar (or gzip-compressed tar) of a service directory.
pub fn normalize(body: &[u8]) -> Result<ServiceSources, SourcesError> {
    let unpacked: Vec<u8> = if body.starts_with(&[0x1f, 0x8b]) {
        let mut out = Vec::new();
        flate2::read::GzDecoder::new(body)
            .take(MAX_SERVICE as u64 + 1)
            .read_to_end(&mut out)
            .map_err(|e| SourcesError::Unreadable(format!("gzip: {e}")))?;
        out
    } else {
        body.to_vec()
    };
    if unpacked.len() > MAX_SERVICE {
        return Err(SourcesError::TooLarge(MAX_SERVICE));
    }
    let unreadable = |e: std::io::Error| SourcesError::Unreadable(e.to_string());
    let mut nodes: BTreeMap<String, Node> = BTreeMap::new();
    let mut archive = tar::Archive::new(unpacked.as_slice());
    for entry in archive.entries().map_err(unreadable)? {
        let mut entry = entry.map_err(unreadable)?;
        let raw = String::from_utf8_lossy(&entry.path_bytes()).into_owned();
        let kind = entry.header().entry_type();
        if matches!(
            kind,
            tar::EntryType::XGlobalHeader | tar::EntryType::XHeader
        ) {
            continue;
        }
        let Some(path) = inside(&raw, &raw)? else {
            // `.` itself.
            continue;
        };
        let node = if kind.is_dir() {
            Node::Dir
        } else if kind.is_file() || kind == tar::EntryType::Continuous {
            let mode = entry.header().mode().unwrap_or(0o644);
            let mut data = Vec::new();
            entry.read_to_end(&mut data).map_err(unreadable)?;
            Node::File {
                mode: if mode & 0o111 != 0 { 0o755 } else { 0o644 },
                data,
            }
        } else if kind.is_symlink() || kind.is_hard_link() {
            let target = entry
                .link_name_bytes()
                .map(|t| String::from_utf8_lossy(&t).into_owned())
                .unwrap_or_default();
            if kind.is_hard_link() {
                // A hard link names another entry of the archive, relative to its root.
                let target = inside(&raw, &target)?.ok_or_else(|| SourcesError::Escapes {
                    entry: raw.clone(),
                    why: "is a hard link to the service directory itself",
                })?;
                match nodes.get(&target) {
                    Some(Node::File { mode, data }) => Node::File {
                        mode: *mode,
                        data: data.clone(),
                    },
                    _ => {
                        return Err(SourcesError::Unsupported {
                            entry: raw,
                            kind: format!("hard link to {target:?}, which is no earlier file"),
                        });
                    }
                }
            } else {
                // A symbolic link is relative to the directory holding it.
                let parent = path.rsplit_once('/').map_or("", |(p, _)| p);
                if target.starts_with('/') {
                    return Err(SourcesError::Escapes {
                        entry: raw,
                        why: "is a link to an absolute path",
                    });
                }
                let joined = if parent.is_empty() {
                    target.clone()
                } else {
                    format!("{parent}/{target}")
                };
                inside(&raw, &joined)?;
                Node::Symlink(target)
            }
        } else {
            return Err(SourcesError::Unsupported {
                entry: raw,
                kind: format!("{kind:?}").to_lowercase(),
            });
        };
        nodes.insert(path, node);
    }
    let cmake = match nodes.get("CMakeLists.txt") {
        Some(Node::File { data, .. }) => String::from_utf8_lossy(data).into_owned(),
        _ => return Err(SourcesError::NoCMakeLists),
    };
    let binary = classic::binary_name(&cmake).ok_or(SourcesError::NoBinary)?;
    let project = classic::project_name(&cmake);
    let files = nodes
        .values()
        .filter(|n| matches!(n, Node::File { .. }))
        .count();
    let tar = pack(&nodes).map_err(unreadable)?;
    let id = hex::encode(sha2::Sha256::digest(&tar));
    Ok(ServiceSources {
        tar,
        id,
        binary,
        project,
        files,
    })
}

/// `path` with `.` parts and slashes cleaned, when it stays inside the service directory;
/// `None` for the directory itself. `entry` names the archive entry in the error.
fn inside(entry: &str, path: &str) -> Result<Option<String>, SourcesError> {
    if path.starts_with('/') {
        return Err(SourcesError::Escapes {
            entry: entry.to_owned(),
            why: "has an absolute path",
        });
    }
    let mut parts: Vec<&str> = Vec::new();
    for part in path.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                if parts.pop().is_none() {
                    return Err(SourcesError::Escapes {
                        entry: entry.to_owned(),
                        why: "leads out of the service directory with `..`",
                    });
                }
            }
            p => parts.push(p),
        }
    }
    // `a/../b` stays inside but is no canonical name of an entry: refuse it as an entry path.
    if entry == path && path.split('/').any(|p| p == "..") {
        return Err(SourcesError::Escapes {
            entry: entry.to_owned(),
            why: "has a `..` in its path",
        });
    }
    Ok((!parts.is_empty()).then(|| parts.join("/")))
}

/// The canonical archive of `nodes`: sorted paths, parents first, owner 0, time 0.
fn pack(nodes: &BTreeMap<String, Node>) -> std::io::Result<Vec<u8>> {
    let mut builder = tar::Builder::new(Vec::new());
    let mut dirs = std::collections::BTreeSet::new();
    for path in nodes.keys() {
        let mut parent = String::new();
        for part in path
            .split('/')
            .collect::<Vec<_>>()
            .split_last()
            .map_or(&[][..], |(_, p)| p)
        {
            if !parent.is_empty() {
                parent.push('/');
            }
            parent.push_str(part);
            dirs.insert(parent.clone());
        }
        if matches!(nodes.get(path), Some(Node::Dir)) {
            dirs.insert(path.clone());
        }
    }
    let header = |kind: tar::EntryType, mode: u32, size: u64| {
        let mut h = tar::Header::new_ustar();
        h.set_entry_type(kind);
        h.set_mode(mode);
        h.set_size(size);
        h.set_mtime(0);
        h.set_uid(0);
        h.set_gid(0);
        h
    };
    let mut all: BTreeMap<&str, Option<&Node>> = dirs.iter().map(|d| (d.as_str(), None)).collect();
    for (path, node) in nodes {
        if !matches!(node, Node::Dir) {
            all.insert(path, Some(node));
        }
    }
    for (path, node) in all {
        match node {
            None | Some(Node::Dir) => {
                let mut h = header(tar::EntryType::Directory, 0o755, 0);
                builder.append_data(&mut h, format!("{path}/"), std::io::empty())?;
            }
            Some(Node::File { mode, data }) => {
                let mut h = header(tar::EntryType::Regular, *mode, data.len() as u64);
                builder.append_data(&mut h, path, data.as_slice())?;
            }
            Some(Node::Symlink(target)) => {
                let mut h = header(tar::EntryType::Symlink, 0o777, 0);
                builder.append_link(&mut h, path, target)?;
            }
        }
    }
    builder.into_inner()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tar_of(entries: &[(&str, &str)]) -> Vec<u8> {
        let mut b = tar::Builder::new(Vec::new());
        for (path, data) in entries {
            let mut h = tar::Header::new_gnu();
            h.set_size(data.len() as u64);
            h.set_mode(0o644);
            h.set_mtime(12345);
            // `append_data` refuses `..`; write the name into the header directly.
            h.as_gnu_mut().expect("gnu").name[..path.len()].copy_from_slice(path.as_bytes());
            h.set_cksum();
            b.append(&h, data.as_bytes()).expect("append");
        }
        b.into_inner().expect("tar")
    }

    const CMAKE: &str = "project(hello)\nset(BINARY \"hello\")\n";

    #[test]
    fn the_same_sources_get_the_same_id_whatever_their_times_and_order() {
        let a = normalize(&tar_of(&[
            ("./CMakeLists.txt", CMAKE),
            ("./src/a.cpp", "x"),
        ]))
        .expect("a");
        let b = normalize(&tar_of(&[("src/a.cpp", "x"), ("CMakeLists.txt", CMAKE)])).expect("b");
        assert_eq!(a.id, b.id);
        assert_eq!(
            (a.binary.as_str(), a.project.as_deref()),
            ("hello", Some("hello"))
        );
        assert_eq!(a.files, 2);
    }

    #[test]
    fn entries_leaving_the_directory_are_refused_by_name() {
        let err = normalize(&tar_of(&[("CMakeLists.txt", CMAKE), ("../evil", "x")]))
            .expect_err("refused");
        assert!(matches!(&err, SourcesError::Escapes { entry, .. } if entry == "../evil"));
        let err = normalize(&tar_of(&[("/etc/evil", "x"), ("CMakeLists.txt", CMAKE)]))
            .expect_err("refused");
        assert!(matches!(&err, SourcesError::Escapes { entry, .. } if entry == "/etc/evil"));
        let mut b = tar::Builder::new(Vec::new());
        let mut h = tar::Header::new_gnu();
        h.set_entry_type(tar::EntryType::Symlink);
        h.set_size(0);
        b.append_link(&mut h, "src/up", "../../etc").expect("link");
        let err = normalize(&b.into_inner().expect("tar")).expect_err("refused");
        assert!(matches!(&err, SourcesError::Escapes { entry, .. } if entry == "src/up"));
        assert_eq!(
            normalize(&tar_of(&[("main.cpp", "x")])).err(),
            Some(SourcesError::NoCMakeLists)
        );
    }
}
