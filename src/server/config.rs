//! Server configuration: `serve` flags, `MOTHERSHIP_*` environment variables and
//! `config_files/config.yaml`, merged in that order of precedence over the defaults.

use std::net::IpAddr;
use std::path::{Path, PathBuf};

use clap::Args;
use serde::Deserialize;

/// How API requests are authenticated.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum AuthMode {
    /// HTTP basic auth against the htpasswd file
    Basic,
    /// No authentication (only behind something that authenticates for us)
    None,
}

/// Options of `mothership serve`. Every option is optional here so that the config file can fill
/// in what neither a flag nor the environment set.
#[derive(Debug, Clone, Default, Args)]
pub struct ServeArgs {
    /// Name this Mothership reports [default: mothership]
    #[arg(long, env = "MOTHERSHIP_NAME")]
    pub name: Option<String>,

    /// TLS certificate (PEM) for the API and the uplink [default: <config-dir>/cert.pem]
    #[arg(long, env = "MOTHERSHIP_CERTFILE", value_name = "FILE")]
    pub certfile: Option<PathBuf>,

    /// TLS private key (PEM) [default: <config-dir>/key.pem]
    #[arg(long, env = "MOTHERSHIP_KEYFILE", value_name = "FILE")]
    pub keyfile: Option<PathBuf>,

    /// Empty the runtime directory (images, instances, builds) before starting
    #[arg(long, env = "MOTHERSHIP_CLEAN", num_args = 0..=1, require_equals = true,
          default_missing_value = "true", value_parser = clap::builder::BoolishValueParser::new(),
          value_name = "BOOL")]
    pub clean: Option<bool>,

    /// API authentication [default: basic]
    #[arg(long, env = "MOTHERSHIP_SERVERAUTH", value_enum, value_name = "METHOD")]
    pub serverauth: Option<AuthMode>,

    /// Port of the HTTPS API [default: 8080]
    #[arg(long, env = "MOTHERSHIP_SERVERPORT", value_name = "PORT")]
    pub serverport: Option<u16>,

    /// Port of the uplink hangar that instances dock to [default: 9090]
    #[arg(long, env = "MOTHERSHIP_UPLINKPORT", value_name = "PORT")]
    pub uplinkport: Option<u16>,

    /// Serve the API over plain HTTP
    #[arg(long, env = "MOTHERSHIP_NOSERVERTLS", num_args = 0..=1, require_equals = true,
          default_missing_value = "true", value_parser = clap::builder::BoolishValueParser::new(),
          value_name = "BOOL")]
    pub noservertls: Option<bool>,

    /// Serve the uplink over plain HTTP/WS
    #[arg(long, env = "MOTHERSHIP_NOUPLINKTLS", num_args = 0..=1, require_equals = true,
          default_missing_value = "true", value_parser = clap::builder::BoolishValueParser::new(),
          value_name = "BOOL")]
    pub nouplinktls: Option<bool>,

    /// Log every request and debug details
    #[arg(long, env = "MOTHERSHIP_VERBOSELOGGING", num_args = 0..=1, require_equals = true,
          default_missing_value = "true", value_parser = clap::builder::BoolishValueParser::new(),
          value_name = "BOOL")]
    pub verboselogging: Option<bool>,

    /// docker-run style options for build containers, e.g. "--privileged --memory 2g"
    #[arg(
        long,
        env = "MOTHERSHIP_DOCKEROPTIONS",
        value_name = "OPTIONS",
        allow_hyphen_values = true
    )]
    pub dockeroptions: Option<String>,

    /// Docker engine for builders: unix:///path or tcp://host:port [default: DOCKER_HOST, else
    /// unix:///var/run/docker.sock]
    #[arg(long, env = "MOTHERSHIP_DOCKERHOST", value_name = "URL")]
    pub dockerhost: Option<String>,

    /// Registry of the DockerHub bob provider [default: https://registry-1.docker.io]
    #[arg(long, env = "MOTHERSHIP_DOCKERHUBURL", value_name = "URL")]
    pub dockerhuburl: Option<String>,

    /// Repository of the DockerHub bob provider [default: includeos/builder]
    #[arg(long, env = "MOTHERSHIP_DOCKERHUBREPO", value_name = "REPOSITORY")]
    pub dockerhubrepo: Option<String>,

    /// Seconds a build may take before it is stopped [default: 1800]
    #[arg(long, env = "MOTHERSHIP_BUILDTIMEOUT", value_name = "SECONDS")]
    pub buildtimeout: Option<u64>,

    /// Builds running at once; more wait in a queue [default: 2]
    #[arg(long, env = "MOTHERSHIP_MAXBUILDS", value_name = "N")]
    pub maxbuilds: Option<usize>,

    /// Config file [default: <config-dir>/config.yaml, if it exists]
    #[arg(long, env = "MOTHERSHIP_CONFIG", value_name = "FILE")]
    pub config: Option<PathBuf>,

    /// Directory of config.yaml, .htpasswd, cert.pem and key.pem [default: config_files]
    #[arg(long, env = "MOTHERSHIP_CONFIG_DIR", value_name = "DIR")]
    pub config_dir: Option<PathBuf>,

    /// Directory of the state that survives restarts [default: runtime_files]
    #[arg(long, env = "MOTHERSHIP_RUNTIME_DIR", value_name = "DIR")]
    pub runtime_dir: Option<PathBuf>,

    /// Address to listen on [default: 0.0.0.0]
    #[arg(long, env = "MOTHERSHIP_BIND", value_name = "ADDR")]
    pub bind: Option<IpAddr>,

    /// htpasswd file of the API users [default: <config-dir>/.htpasswd]
    #[arg(long, env = "MOTHERSHIP_HTPASSWD", value_name = "FILE")]
    pub htpasswd: Option<PathBuf>,
}

/// The keys `config.yaml` may hold; anything else is an error naming the key.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FileConfig {
    pub name: Option<String>,
    pub certfile: Option<PathBuf>,
    pub keyfile: Option<PathBuf>,
    pub clean: Option<bool>,
    pub serverauth: Option<AuthMode>,
    pub serverport: Option<u16>,
    pub uplinkport: Option<u16>,
    pub noservertls: Option<bool>,
    pub nouplinktls: Option<bool>,
    pub verboselogging: Option<bool>,
    pub dockeroptions: Option<String>,
    pub dockerhost: Option<String>,
    pub dockerhuburl: Option<String>,
    pub dockerhubrepo: Option<String>,
    pub buildtimeout: Option<u64>,
    pub maxbuilds: Option<usize>,
    pub runtime_dir: Option<PathBuf>,
    pub bind: Option<IpAddr>,
    pub htpasswd: Option<PathBuf>,
}

/// Why the configuration could not be put together.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("failed to read config file {path}: {source}")]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("invalid config file {path}: {message}")]
    Parse { path: PathBuf, message: String },
}

/// The resolved server configuration.
#[derive(Debug, Clone)]
pub struct ServerConfig {
    pub name: String,
    pub config_dir: PathBuf,
    pub runtime_dir: PathBuf,
    pub certfile: PathBuf,
    pub keyfile: PathBuf,
    pub htpasswd: PathBuf,
    pub clean: bool,
    pub auth: AuthMode,
    pub bind: IpAddr,
    pub serverport: u16,
    pub uplinkport: u16,
    pub server_tls: bool,
    pub uplink_tls: bool,
    pub verbose: bool,
    pub dockeroptions: Option<String>,
    /// `None`: `DOCKER_HOST`, else the default socket.
    pub docker_host: Option<String>,
    pub dockerhub_url: String,
    pub dockerhub_repository: String,
    pub build_timeout_secs: u64,
    pub max_builds: usize,
}

impl ServerConfig {
    /// A configuration with every default, rooted at `config_dir` and `runtime_dir`. Tests start
    /// from this and change what they need.
    pub fn with_dirs(config_dir: PathBuf, runtime_dir: PathBuf) -> Self {
        ServerConfig {
            name: "mothership".into(),
            certfile: config_dir.join("cert.pem"),
            keyfile: config_dir.join("key.pem"),
            htpasswd: config_dir.join(".htpasswd"),
            config_dir,
            runtime_dir,
            clean: false,
            auth: AuthMode::Basic,
            bind: IpAddr::from([0, 0, 0, 0]),
            serverport: 8080,
            uplinkport: 9090,
            server_tls: true,
            uplink_tls: true,
            verbose: false,
            dockeroptions: None,
            docker_host: None,
            dockerhub_url: "https://registry-1.docker.io".into(),
            dockerhub_repository: "includeos/builder".into(),
            build_timeout_secs: 1800,
            max_builds: 2,
        }
    }

    /// Merges flags and environment (already combined by clap) over the config file over the
    /// defaults.
    pub fn resolve(args: &ServeArgs) -> Result<Self, ConfigError> {
        let config_dir = args
            .config_dir
            .clone()
            .unwrap_or_else(|| PathBuf::from("config_files"));
        let (file, _) = match &args.config {
            Some(path) => (load_file(path, true)?, Some(path.clone())),
            None => {
                let path = config_dir.join("config.yaml");
                (load_file(&path, false)?, Some(path))
            }
        };
        let runtime_dir = args
            .runtime_dir
            .clone()
            .or(file.runtime_dir)
            .unwrap_or_else(|| PathBuf::from("runtime_files"));
        let mut config = ServerConfig::with_dirs(config_dir, runtime_dir);
        macro_rules! pick {
            ($field:ident, $target:expr) => {
                if let Some(v) = args.$field.clone().or(file.$field.clone()) {
                    $target = v;
                }
            };
        }
        pick!(name, config.name);
        pick!(certfile, config.certfile);
        pick!(keyfile, config.keyfile);
        pick!(htpasswd, config.htpasswd);
        pick!(clean, config.clean);
        pick!(serverauth, config.auth);
        pick!(bind, config.bind);
        pick!(serverport, config.serverport);
        pick!(uplinkport, config.uplinkport);
        pick!(verboselogging, config.verbose);
        if let Some(v) = args.noservertls.or(file.noservertls) {
            config.server_tls = !v;
        }
        if let Some(v) = args.nouplinktls.or(file.nouplinktls) {
            config.uplink_tls = !v;
        }
        config.dockeroptions = args.dockeroptions.clone().or(file.dockeroptions);
        config.docker_host = args.dockerhost.clone().or(file.dockerhost);
        pick!(dockerhuburl, config.dockerhub_url);
        pick!(dockerhubrepo, config.dockerhub_repository);
        pick!(buildtimeout, config.build_timeout_secs);
        pick!(maxbuilds, config.max_builds);
        Ok(config)
    }
}

/// Loads a config file; a missing file is an error only when it was asked for by name.
fn load_file(path: &Path, required: bool) -> Result<FileConfig, ConfigError> {
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound && !required => {
            return Ok(FileConfig::default());
        }
        Err(source) => {
            return Err(ConfigError::Read {
                path: path.to_owned(),
                source,
            });
        }
    };
    parse_file(&text, path)
}

/// Parses config file text; `path` names the file in errors.
pub fn parse_file(text: &str, path: &Path) -> Result<FileConfig, ConfigError> {
    if text.trim().is_empty() {
        return Ok(FileConfig::default());
    }
    yaml_serde::from_str::<Option<FileConfig>>(text)
        .map(Option::unwrap_or_default)
        .map_err(|e| ConfigError::Parse {
            path: path.to_owned(),
            message: e.to_string(),
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_key_names_key_and_known_keys() {
        let err = parse_file("servreport: 1\n", Path::new("c.yaml")).expect_err("unknown key");
        let msg = err.to_string();
        assert!(msg.contains("c.yaml"), "{msg}");
        assert!(msg.contains("servreport"), "{msg}");
        assert!(msg.contains("serverport"), "{msg}");
    }

    #[test]
    fn flag_beats_file_beats_default() {
        let dir = tempfile::tempdir().expect("tempdir");
        std::fs::write(
            dir.path().join("config.yaml"),
            "serverport: 7000\nuplinkport: 7001\nname: fromfile\n",
        )
        .expect("write");
        let args = ServeArgs {
            config_dir: Some(dir.path().to_owned()),
            serverport: Some(6000),
            ..Default::default()
        };
        let config = ServerConfig::resolve(&args).expect("resolves");
        assert_eq!(config.serverport, 6000);
        assert_eq!(config.uplinkport, 7001);
        assert_eq!(config.name, "fromfile");
        assert!(config.server_tls);
    }
}
