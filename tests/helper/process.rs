//! `mothership serve` as a child process in a temporary directory: its output read line by line,
//! waited on with a bound, stopped by SIGTERM or killed when dropped.

use std::io::BufRead;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use super::cli::BIN;

/// How long start-up may take before a test gives up (a debug build on a busy machine).
pub const START_TIMEOUT: Duration = Duration::from_secs(60);

/// A `mothership serve` child process.
pub struct ServeProcess {
    child: Child,
    lines: mpsc::Receiver<String>,
    /// Every line printed so far (stdout and stderr interleaved as they arrived).
    pub output: Vec<String>,
}

/// The directories a server runs in.
pub struct ServeDirs {
    pub tmp: tempfile::TempDir,
}

impl ServeDirs {
    pub fn new() -> Self {
        ServeDirs {
            tmp: tempfile::tempdir().expect("tempdir"),
        }
    }

    pub fn config_dir(&self) -> PathBuf {
        self.tmp.path().join("config_files")
    }

    pub fn runtime_dir(&self) -> PathBuf {
        self.tmp.path().join("runtime_files")
    }

    /// `mothership serve` in this directory with its config and runtime directories, on free
    /// loopback ports, with no `MOTHERSHIP_*` variables from the environment the tests run in.
    pub fn command(&self) -> Command {
        self.command_on(0, 0)
    }

    /// [`Self::command`] on the given API and uplink ports (0: any free port).
    pub fn command_on(&self, serverport: u16, uplinkport: u16) -> Command {
        let mut cmd = Command::new(BIN);
        for (key, _) in std::env::vars_os() {
            if key.to_string_lossy().starts_with("MOTHERSHIP_") {
                cmd.env_remove(key);
            }
        }
        cmd.current_dir(self.tmp.path())
            .arg("serve")
            .arg("--config-dir")
            .arg(self.config_dir())
            .arg("--runtime-dir")
            .arg(self.runtime_dir())
            .args(["--bind", "127.0.0.1", "--serverport"])
            .arg(serverport.to_string())
            .arg("--uplinkport")
            .arg(uplinkport.to_string());
        cmd
    }
}

impl ServeProcess {
    /// Starts the command with its output piped.
    pub fn spawn(mut cmd: Command) -> Self {
        cmd.stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        let mut child = cmd.spawn().expect("spawn mothership serve");
        let (tx, rx) = mpsc::channel();
        let stdout = child.stdout.take().expect("stdout");
        let stderr = child.stderr.take().expect("stderr");
        for stream in [
            Box::new(stdout) as Box<dyn std::io::Read + Send>,
            Box::new(stderr),
        ] {
            let tx = tx.clone();
            std::thread::spawn(move || {
                for line in std::io::BufReader::new(stream).lines() {
                    let Ok(line) = line else { break };
                    if tx.send(line).is_err() {
                        break;
                    }
                }
            });
        }
        ServeProcess {
            child,
            lines: rx,
            output: Vec::new(),
        }
    }

    /// The process id.
    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// Reads lines until one satisfies `want` (returned), the output ends or the time is up
    /// (`None`).
    pub fn wait_for_line(
        &mut self,
        timeout: Duration,
        want: impl Fn(&str) -> bool,
    ) -> Option<String> {
        if let Some(line) = self.output.iter().find(|l| want(l)) {
            return Some(line.clone());
        }
        let deadline = Instant::now() + timeout;
        loop {
            let left = deadline.checked_duration_since(Instant::now())?;
            match self.lines.recv_timeout(left) {
                Ok(line) => {
                    self.output.push(line.clone());
                    if want(&line) {
                        return Some(line);
                    }
                }
                Err(_) => return None,
            }
        }
    }

    /// Waits for "Ready" and returns the API port, read from "Setting up server ... on :PORT".
    pub fn wait_ready(&mut self) -> u16 {
        if self
            .wait_for_line(START_TIMEOUT, |l| l.contains("Ready in"))
            .is_none()
        {
            let _ = self.child.kill();
            self.drain(Duration::from_secs(5));
            panic!(
                "mothership serve did not get ready; its output:\n{}",
                self.output.join("\n")
            );
        }
        self.port_of("Setting up server")
    }

    /// The port at the end of the first output line containing `prefix`.
    pub fn port_of(&self, prefix: &str) -> u16 {
        self.output
            .iter()
            .find(|l| l.contains(prefix))
            .and_then(|l| l.rsplit(':').next())
            .and_then(|p| p.trim().parse().ok())
            .unwrap_or_else(|| panic!("no {prefix:?} line in:\n{}", self.output.join("\n")))
    }

    /// Collects what is left of the output, for at most `timeout`.
    fn drain(&mut self, timeout: Duration) {
        let deadline = Instant::now() + timeout;
        while let Some(left) = deadline.checked_duration_since(Instant::now()) {
            match self.lines.recv_timeout(left) {
                Ok(line) => self.output.push(line),
                Err(_) => return,
            }
        }
    }

    /// Waits for the process to exit on its own, for at most `timeout`; returns its status and
    /// the whole output.
    pub fn wait_exit(&mut self, timeout: Duration) -> (ExitStatus, String) {
        let deadline = Instant::now() + timeout;
        loop {
            if let Some(status) = self.child.try_wait().expect("try_wait") {
                // The pipes close with the process; read what is left.
                self.drain(Duration::from_secs(5));
                return (status, self.output.join("\n"));
            }
            if Instant::now() >= deadline {
                let _ = self.child.kill();
                self.drain(Duration::from_secs(5));
                panic!(
                    "mothership serve did not exit within {timeout:?}; its output:\n{}",
                    self.output.join("\n")
                );
            }
            // Poll the child's state: there is no portable way to wait for it with a timeout.
            std::thread::sleep(Duration::from_millis(10));
        }
    }

    /// Sends SIGTERM (what `docker stop` and systemd send).
    pub fn terminate(&self) {
        let pid = libc::pid_t::try_from(self.child.id()).expect("pid");
        // SAFETY: kill(2) on the pid of a child this fixture started and has not reaped.
        let rc = unsafe { libc::kill(pid, libc::SIGTERM) };
        assert_eq!(rc, 0, "kill -TERM {pid}");
    }
}

impl Drop for ServeProcess {
    fn drop(&mut self) {
        if let Ok(None) = self.child.try_wait() {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

/// Runs `mothership serve` expecting it to fail at start-up; returns its exit code and output.
pub fn serve_fails(cmd: Command) -> (Option<i32>, String) {
    let mut process = ServeProcess::spawn(cmd);
    let (status, output) = process.wait_exit(START_TIMEOUT);
    assert!(
        !output.contains("Ready in"),
        "expected start-up to fail, but it got ready:\n{output}"
    );
    (status.code(), output)
}

/// A reqwest client trusting the certificate in `cert` (a PEM file).
pub fn client_trusting(cert: &Path) -> reqwest::Client {
    mothership::client::install_crypto_provider();
    let pem = std::fs::read(cert).expect("read cert");
    let certs = mothership::tlsutil::certs_from_pem(&pem).expect("parse cert");
    let tls = mothership::client::tls::client_config(mothership::client::tls::Trust::Certs(certs))
        .expect("tls config");
    reqwest::Client::builder()
        .tls_backend_preconfigured(tls)
        .build()
        .expect("client")
}
