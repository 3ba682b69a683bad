//! The real `mothership serve` binary as a child process in a temporary directory, on free
//! loopback ports, without TLS or auth: for tests that kill the server.

use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

/// A server process; killed when dropped.
pub struct ServerProcess {
    pub dir: tempfile::TempDir,
    pub child: Child,
    pub url: String,
    port: u16,
    uplink_port: u16,
}

/// A plain-HTTP client (installs the TLS provider reqwest needs even so).
pub fn client() -> reqwest::Client {
    mothership::client::install_crypto_provider();
    reqwest::Client::new()
}

/// A port that was free a moment ago (bound to 0 and released).
pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("free port")
        .port()
}

impl ServerProcess {
    /// Starts a server in a new temporary directory.
    pub async fn start() -> Self {
        let dir = tempfile::tempdir().expect("tempdir");
        Self::start_in(dir, free_port(), free_port()).await
    }

    fn spawn(dir: &tempfile::TempDir, port: u16, uplink_port: u16) -> Child {
        Command::new(env!("CARGO_BIN_EXE_mothership"))
            .arg("serve")
            .arg("--runtime-dir")
            .arg(dir.path().join("runtime_files"))
            .arg("--config-dir")
            .arg(dir.path().join("config_files"))
            .args([
                "--bind",
                "127.0.0.1",
                "--serverauth",
                "none",
                "--noservertls",
            ])
            .args(["--nouplinktls", "--serverport", &port.to_string()])
            .args(["--uplinkport", &uplink_port.to_string()])
            .env_remove("MOTHERSHIP_LOG")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("spawn mothership serve")
    }

    async fn start_in(dir: tempfile::TempDir, port: u16, uplink_port: u16) -> Self {
        let child = Self::spawn(&dir, port, uplink_port);
        let server = ServerProcess {
            dir,
            child,
            url: format!("http://127.0.0.1:{port}"),
            port,
            uplink_port,
        };
        server.wait_ready().await;
        server
    }

    /// Polls `/v1/health` (bounded) until the server answers.
    pub async fn wait_ready(&self) {
        let client = client();
        for _ in 0..500 {
            if let Ok(r) = client.get(format!("{}/v1/health", self.url)).send().await
                && r.status().is_success()
            {
                return;
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        panic!("mothership serve did not become ready on {}", self.url);
    }

    pub fn runtime_dir(&self) -> PathBuf {
        self.dir.path().join("runtime_files")
    }

    /// SIGKILL, then wait for the process to be gone.
    pub fn kill(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }

    /// Kills the server and starts it again on the same directory and ports.
    pub async fn kill_and_restart(mut self) -> Self {
        self.kill();
        let child = Self::spawn(&self.dir, self.port, self.uplink_port);
        let old = std::mem::replace(&mut self.child, child);
        drop(old);
        self.wait_ready().await;
        self
    }
}

impl Drop for ServerProcess {
    fn drop(&mut self) {
        self.kill();
    }
}
