//! `--dockeroptions`: docker-run style options applied to every build and validate container,
//! e.g. `--privileged --memory 2g -e CC=clang`. Anything not understood stops start-up with a
//! message naming it, rather than being silently ignored.

use bollard::models::{ContainerCreateBody, DeviceMapping, HostConfig};

/// The options understood, parsed.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DockerOptions {
    pub privileged: bool,
    /// Memory limit in bytes.
    pub memory: Option<i64>,
    /// CPU limit in billionths of a CPU.
    pub nano_cpus: Option<i64>,
    /// Network mode; builds run without a network unless this says otherwise.
    pub network: Option<String>,
    pub user: Option<String>,
    pub env: Vec<String>,
    pub cap_add: Vec<String>,
    pub cap_drop: Vec<String>,
    pub devices: Vec<String>,
    pub security_opt: Vec<String>,
    /// Size of /dev/shm in bytes.
    pub shm_size: Option<i64>,
}

/// Why `--dockeroptions` was refused.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum DockerOptionsError {
    #[error(
        "--dockeroptions: unknown option {0:?} (understood: --privileged, --memory/-m, --cpus, \
         --network/--net, --user/-u, --env/-e, --cap-add, --cap-drop, --device, --security-opt, \
         --shm-size)"
    )]
    Unknown(String),
    #[error("--dockeroptions: {0} needs a value")]
    MissingValue(String),
    #[error("--dockeroptions: invalid value {value:?} for {option}: {why}")]
    Invalid {
        option: String,
        value: String,
        why: String,
    },
    #[error("--dockeroptions: cannot split {0:?} into words: unbalanced quotes")]
    Quotes(String),
}

impl DockerOptions {
    /// Parses a docker-run style option string (shell quoting rules).
    pub fn parse(text: &str) -> Result<Self, DockerOptionsError> {
        let words =
            shell_words::split(text).map_err(|_| DockerOptionsError::Quotes(text.to_owned()))?;
        let mut options = DockerOptions::default();
        let mut iter = words.into_iter();
        while let Some(word) = iter.next() {
            let (name, inline) = match word.split_once('=') {
                Some((n, v)) if n.starts_with("--") => (n.to_owned(), Some(v.to_owned())),
                _ => (word.clone(), None),
            };
            // Boolean flags first: they take no value.
            if name == "--privileged" {
                options.privileged = match inline.as_deref() {
                    None | Some("true") => true,
                    Some("false") => false,
                    Some(v) => return Err(invalid(&name, v, "expected true or false")),
                };
                continue;
            }
            let canonical = match name.as_str() {
                "--memory" | "-m" => "--memory",
                "--cpus" => "--cpus",
                "--network" | "--net" => "--network",
                "--user" | "-u" => "--user",
                "--env" | "-e" => "--env",
                "--cap-add" => "--cap-add",
                "--cap-drop" => "--cap-drop",
                "--device" => "--device",
                "--security-opt" => "--security-opt",
                "--shm-size" => "--shm-size",
                _ => return Err(DockerOptionsError::Unknown(word)),
            };
            let value = match inline {
                Some(v) => v,
                None => iter
                    .next()
                    .ok_or_else(|| DockerOptionsError::MissingValue(name.clone()))?,
            };
            match canonical {
                "--memory" => options.memory = Some(parse_bytes(&name, &value)?),
                "--shm-size" => options.shm_size = Some(parse_bytes(&name, &value)?),
                "--cpus" => {
                    let cpus: f64 = value
                        .parse()
                        .ok()
                        .filter(|c: &f64| c.is_finite() && *c > 0.0 && *c <= 1024.0)
                        .ok_or_else(|| invalid(&name, &value, "expected a number of CPUs"))?;
                    options.nano_cpus = Some((cpus * 1e9) as i64);
                }
                "--network" => options.network = Some(value),
                "--user" => options.user = Some(value),
                "--env" => {
                    if !value.contains('=') {
                        return Err(invalid(&name, &value, "expected NAME=value"));
                    }
                    options.env.push(value)
                }
                "--cap-add" => options.cap_add.push(value),
                "--cap-drop" => options.cap_drop.push(value),
                "--device" => options.devices.push(value),
                _ => options.security_opt.push(value),
            }
        }
        Ok(options)
    }

    /// Applies the options to a container about to be created. Without `--network` the
    /// container has no network at all: a build needs none and should not reach out.
    pub fn apply(&self, body: &mut ContainerCreateBody) {
        let host = body.host_config.get_or_insert_with(HostConfig::default);
        host.privileged = Some(self.privileged);
        host.memory = self.memory;
        host.nano_cpus = self.nano_cpus;
        host.shm_size = self.shm_size;
        host.network_mode = Some(self.network.clone().unwrap_or_else(|| "none".into()));
        if !self.cap_add.is_empty() {
            host.cap_add = Some(self.cap_add.clone());
        }
        if !self.cap_drop.is_empty() {
            host.cap_drop = Some(self.cap_drop.clone());
        }
        if !self.security_opt.is_empty() {
            host.security_opt = Some(self.security_opt.clone());
        }
        if !self.devices.is_empty() {
            host.devices = Some(self.devices.iter().map(|d| device(d)).collect());
        }
        if self.network.is_none() {
            body.network_disabled = Some(true);
        }
        if let Some(user) = &self.user {
            body.user = Some(user.clone());
        }
        if !self.env.is_empty() {
            body.env
                .get_or_insert_with(Vec::new)
                .extend(self.env.iter().cloned());
        }
    }
}

fn invalid(option: &str, value: &str, why: &str) -> DockerOptionsError {
    DockerOptionsError::Invalid {
        option: option.to_owned(),
        value: value.to_owned(),
        why: why.to_owned(),
    }
}

/// `HOST[:CONTAINER[:PERMISSIONS]]`, as `docker run --device` takes it.
fn device(spec: &str) -> DeviceMapping {
    let mut parts = spec.splitn(3, ':');
    let host = parts.next().unwrap_or_default().to_owned();
    let container = parts.next().map_or_else(|| host.clone(), str::to_owned);
    let permissions = parts.next().unwrap_or("rwm").to_owned();
    DeviceMapping {
        path_on_host: Some(host),
        path_in_container: Some(container),
        cgroup_permissions: Some(permissions),
    }
}

/// `512m`, `2g`, `1024k`, `1048576`, `2gb`: a size in bytes, as docker run reads it.
fn parse_bytes(option: &str, value: &str) -> Result<i64, DockerOptionsError> {
    let lower = value.trim().to_ascii_lowercase();
    let trimmed = lower.strip_suffix('b').unwrap_or(&lower);
    let (digits, unit) = match trimmed
        .char_indices()
        .find(|(_, c)| c.is_ascii_alphabetic())
    {
        Some((i, _)) => trimmed.split_at(i),
        None => (trimmed, ""),
    };
    let shift = match unit {
        "" => 0,
        "k" => 10,
        "m" => 20,
        "g" => 30,
        "t" => 40,
        _ => return Err(invalid(option, value, "expected a size like 512m or 2g")),
    };
    let number: f64 = digits
        .parse()
        .ok()
        .filter(|n: &f64| n.is_finite() && *n > 0.0)
        .ok_or_else(|| invalid(option, value, "expected a size like 512m or 2g"))?;
    let bytes = number * (1u64 << shift) as f64;
    if bytes >= i64::MAX as f64 {
        return Err(invalid(option, value, "too large"));
    }
    Ok(bytes as i64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_the_usual_options() {
        let o = DockerOptions::parse(
            "--privileged --memory 2g --cpus=1.5 --network host -u 1000:1000 -e A=1 --env 'B=x y'",
        )
        .expect("parses");
        assert!(o.privileged);
        assert_eq!(o.memory, Some(2 << 30));
        assert_eq!(o.nano_cpus, Some(1_500_000_000));
        assert_eq!(o.network.as_deref(), Some("host"));
        assert_eq!(o.user.as_deref(), Some("1000:1000"));
        assert_eq!(o.env, vec!["A=1".to_owned(), "B=x y".to_owned()]);
    }

    #[test]
    fn unknown_option_is_named() {
        let err = DockerOptions::parse("--privileged --rm").expect_err("refused");
        assert_eq!(err, DockerOptionsError::Unknown("--rm".into()));
        assert!(err.to_string().contains("\"--rm\""), "{err}");
        let err = DockerOptions::parse("--memory").expect_err("refused");
        assert!(err.to_string().contains("--memory needs a value"), "{err}");
        let err = DockerOptions::parse("-m lots").expect_err("refused");
        assert!(err.to_string().contains("\"lots\""), "{err}");
    }

    #[test]
    fn no_network_unless_asked() {
        let mut body = ContainerCreateBody::default();
        DockerOptions::default().apply(&mut body);
        assert_eq!(body.network_disabled, Some(true));
        let host = body.host_config.expect("host config");
        assert_eq!(host.network_mode.as_deref(), Some("none"));
    }
}
