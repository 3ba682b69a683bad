//! `mothership htpasswd add|delete|list|verify` run as the built binary, and interop both ways
//! with Apache's `htpasswd` (apache2-utils).

use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};

use crate::helper::cli::{apache_htpasswd, mothership, stderr_of, stdout_of};
use crate::helper::{TestServer, test_config};

struct Dir {
    tmp: tempfile::TempDir,
}

impl Dir {
    fn new() -> Self {
        Dir {
            tmp: tempfile::tempdir().expect("tempdir"),
        }
    }

    fn file(&self) -> PathBuf {
        self.tmp.path().join("config_files").join(".htpasswd")
    }

    /// `mothership htpasswd <args> --file <file>` with `stdin` as standard input.
    fn run(&self, args: &[&str], stdin: &str) -> std::process::Output {
        mothership(self.tmp.path())
            .arg("htpasswd")
            .args(args)
            .arg("--file")
            .arg(self.file())
            .write_stdin(stdin)
            .output()
            .expect("run mothership")
    }

    fn add(&self, user: &str, password: &str) {
        let out = self.run(
            &["add", user, "--password-stdin", "--cost", "4"],
            &format!("{password}\n"),
        );
        assert!(out.status.success(), "add {user}: {}", stderr_of(&out));
    }
}

/// `htpasswd -vb FILE USER PASSWORD`'s exit code (0 when the password is right).
fn apache_verify(file: &Path, user: &str, password: &str) -> i32 {
    apache_htpasswd()
        .args(["-v", "-b"])
        .arg(file)
        .args([user, password])
        .output()
        .expect("run htpasswd")
        .status
        .code()
        .expect("exit code")
}

fn mode(path: &Path) -> u32 {
    std::fs::metadata(path).expect("stat").permissions().mode() & 0o777
}

#[test]
fn entries_mothership_writes_pass_apaches_check() {
    let dir = Dir::new();
    // Default cost, as a user would run it; the file and its directory do not exist yet.
    let out = dir.run(
        &["add", "alice", "--password-stdin"],
        "correct horse battery staple\n",
    );
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert!(stderr_of(&out).contains("Added password for user alice"));
    let text = std::fs::read_to_string(dir.file()).expect("read");
    assert!(text.starts_with("alice:$2y$12$"), "{text}");
    assert_eq!(mode(&dir.file()), 0o600);

    assert_eq!(
        apache_verify(&dir.file(), "alice", "correct horse battery staple"),
        0
    );
    assert_ne!(apache_verify(&dir.file(), "alice", "wrong"), 0);

    dir.add("bob", "p:with:colons and spaces");
    assert_eq!(
        apache_verify(&dir.file(), "bob", "p:with:colons and spaces"),
        0
    );
    assert_eq!(
        apache_verify(&dir.file(), "alice", "correct horse battery staple"),
        0
    );
}

#[test]
fn files_apache_writes_are_read_by_verify_list_and_add() {
    let dir = Dir::new();
    std::fs::create_dir_all(dir.file().parent().expect("parent")).expect("mkdir");
    for (i, (user, password)) in [("alice", "alices-pw"), ("bob", "bobs-pw")]
        .into_iter()
        .enumerate()
    {
        let mut cmd = apache_htpasswd();
        cmd.args(["-B", "-C", "4", "-b"]);
        if i == 0 {
            cmd.arg("-c");
        }
        let out = cmd
            .arg(dir.file())
            .args([user, password])
            .output()
            .expect("run htpasswd");
        assert!(out.status.success(), "htpasswd: {}", stderr_of(&out));
    }

    let out = dir.run(&["verify", "alice", "--password-stdin"], "alices-pw\n");
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    let out = dir.run(&["verify", "bob", "--password-stdin"], "alices-pw\n");
    assert_eq!(out.status.code(), Some(3), "{}", stderr_of(&out));
    assert!(stderr_of(&out).contains("bob"), "{}", stderr_of(&out));
    let out = dir.run(&["verify", "nobody", "--password-stdin"], "x\n");
    assert_eq!(out.status.code(), Some(3), "{}", stderr_of(&out));

    let out = dir.run(&["list"], "");
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert_eq!(stdout_of(&out), "alice\nbob\n");
    let out = mothership(dir.tmp.path())
        .args(["htpasswd", "list", "-o", "json", "--file"])
        .arg(dir.file())
        .output()
        .expect("run");
    let users: Vec<String> = serde_json::from_slice(&out.stdout).expect("json list");
    assert_eq!(users, ["alice", "bob"]);

    // Mothership adds to Apache's file, and Apache reads the result.
    dir.add("carol", "carols-pw");
    assert_eq!(apache_verify(&dir.file(), "carol", "carols-pw"), 0);
    assert_eq!(apache_verify(&dir.file(), "alice", "alices-pw"), 0);
}

#[tokio::test]
async fn the_server_accepts_users_from_a_file_apache_wrote() {
    let (dir, config) = test_config();
    let out = apache_htpasswd()
        .args(["-B", "-C", "4", "-c", "-b"])
        .arg(&config.htpasswd)
        .args(["operator", "from-apache"])
        .output()
        .expect("run htpasswd");
    assert!(out.status.success(), "htpasswd: {}", stderr_of(&out));
    let server = TestServer::start_in(dir, config).await;
    let status = |user: &'static str, password: &'static str| {
        let client = server.anon_client();
        let url = format!("{}/v1/info", server.url);
        async move {
            client
                .get(url)
                .basic_auth(user, Some(password))
                .send()
                .await
                .expect("send")
                .status()
        }
    };
    assert_eq!(status("operator", "from-apache").await, 200);
    assert_eq!(status("operator", "wrong").await, 401);
    // The fixture's own user was replaced by Apache's -c.
    assert_eq!(
        status(crate::helper::USER, crate::helper::PASSWORD).await,
        401
    );
}

#[test]
fn add_replaces_a_users_hash_and_leaves_other_lines_untouched() {
    let dir = Dir::new();
    dir.add("alice", "first");
    dir.add("bob", "bobs");
    let before = std::fs::read_to_string(dir.file()).expect("read");
    let mut text = String::from("# managed by hand\n\n");
    text.push_str(&before);
    text.push_str("# trailing comment\n");
    std::fs::write(dir.file(), &text).expect("write");
    std::fs::set_permissions(dir.file(), std::fs::Permissions::from_mode(0o644)).expect("chmod");

    let out = dir.run(
        &["add", "alice", "--password-stdin", "--cost", "5"],
        "second\n",
    );
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert!(stderr_of(&out).contains("Updated password for user alice"));
    let after = std::fs::read_to_string(dir.file()).expect("read");
    let old_lines: Vec<&str> = text.lines().collect();
    let new_lines: Vec<&str> = after.lines().collect();
    assert_eq!(old_lines.len(), new_lines.len(), "{after}");
    for (old, new) in old_lines.iter().zip(&new_lines) {
        if old.starts_with("alice:") {
            assert!(new.starts_with("alice:$2y$05$"), "{new}");
            assert_ne!(old, new);
        } else {
            assert_eq!(old, new, "a line that is not alice's changed");
        }
    }
    // The rewrite is private again whatever the mode was.
    assert_eq!(mode(&dir.file()), 0o600);
    assert_eq!(apache_verify(&dir.file(), "alice", "second"), 0);
    assert_ne!(apache_verify(&dir.file(), "alice", "first"), 0);
    assert_eq!(apache_verify(&dir.file(), "bob", "bobs"), 0);
}

#[test]
fn delete_removes_a_user_and_a_missing_one_is_exit_4() {
    let dir = Dir::new();
    dir.add("alice", "a");
    dir.add("bob", "b");
    let out = dir.run(&["delete", "alice"], "");
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert_eq!(stdout_of(&dir.run(&["list"], "")), "bob\n");
    assert_eq!(mode(&dir.file()), 0o600);
    let out = dir.run(&["delete", "alice"], "");
    assert_eq!(out.status.code(), Some(4), "{}", stderr_of(&out));
    assert!(stderr_of(&out).contains("alice"), "{}", stderr_of(&out));
}

#[test]
fn bad_input_is_refused_without_touching_the_file() {
    let dir = Dir::new();
    dir.add("alice", "a");
    let before = std::fs::read(dir.file()).expect("read");

    // No terminal and no --password-stdin: a clear error, not a hang.
    let out = dir.run(&["add", "bob"], "");
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr_of(&out).contains("--password-stdin"),
        "{}",
        stderr_of(&out)
    );
    let out = dir.run(&["add", "bob", "--password-stdin"], "\n");
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr_of(&out).contains("empty"), "{}", stderr_of(&out));
    let out = dir.run(&["add", "bo:b", "--password-stdin"], "pw\n");
    assert_eq!(out.status.code(), Some(1));
    let out = dir.run(&["add", "bob", "--password-stdin", "--cost", "3"], "pw\n");
    assert_eq!(out.status.code(), Some(2), "a bad --cost is a usage error");
    assert_eq!(std::fs::read(dir.file()).expect("read"), before);

    // A file with an entry Mothership cannot check is not rewritten either.
    std::fs::write(dir.file(), "md5:$apr1$abc$def\n").expect("write");
    let out = dir.run(&["add", "bob", "--password-stdin"], "pw\n");
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr_of(&out).contains(":1:"), "{}", stderr_of(&out));
    assert_eq!(
        std::fs::read_to_string(dir.file()).expect("read"),
        "md5:$apr1$abc$def\n"
    );
}

#[test]
fn verify_and_list_of_a_missing_file_say_which_file() {
    let dir = Dir::new();
    for args in [&["list"][..], &["verify", "alice", "--password-stdin"]] {
        let out = dir.run(args, "pw\n");
        assert_eq!(out.status.code(), Some(1), "{args:?}");
        let err = stderr_of(&out);
        assert!(err.contains(&dir.file().display().to_string()), "{err}");
    }
}
