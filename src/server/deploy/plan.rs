//! Before a deploy starts: which instances it targets, whether the image fits them (built for
//! the uplink url the instance reports, for the IncludeOS version it runs, small enough for its
//! RAM to hold during a live update), and what could not be checked. Everything here refuses early, before a byte goes to an instance.

use std::collections::HashSet;

use crate::protocol::deploys::MAX_TARGETS;
use crate::protocol::images::Image;
use crate::protocol::instances::{Instance, InstanceStatus};
use crate::server::uplink::Hangar;
use crate::store::instances::{self, ListQuery, Resolved};
use crate::store::uplinks::normalize_url;
use crate::store::{Store, StoreError};

/// Warnings kept per deploy; more are summed up in one line.
const MAX_WARNINGS: usize = 20;
/// Mismatching instances named in a refusal.
const MAX_NAMED: usize = 10;

/// Which instances a deploy goes to.
#[derive(Debug, Clone)]
pub enum Selection {
    /// One instance (UUID, alias or unique prefix), which must be docked.
    One(String),
    /// Instance ids; unknown ones refuse the deploy, undocked ones fail as targets.
    Ids(Vec<String>),
    /// Instances of the registry matching all given criteria.
    Filter {
        status: InstanceStatus,
        tag: Option<String>,
        search: Option<String>,
    },
}

/// Why a deploy cannot start.
#[derive(Debug, thiserror::Error)]
pub enum DeployError {
    #[error(transparent)]
    Store(#[from] StoreError),
    /// An instance named by ID, alias or prefix does not exist.
    #[error("no instance {0}")]
    UnknownInstance(String),
    #[error("instance {0} is not connected: a deploy needs a docked instance")]
    NotConnected(String),
    #[error("no instance matches {0}")]
    NoTargets(String),
    /// The list of targets is empty or longer than a deploy takes.
    #[error("{0}")]
    InvalidTargets(String),
    #[error("image {id} is {size} bytes, over the image size limit of {limit} bytes")]
    TooLarge { id: String, size: u64, limit: u64 },
    #[error("the image does not fit: {}", .0.join("; "))]
    Mismatch(Vec<String>),
    #[error("the image is too large for the instances' memory: {}", .0.join("; "))]
    NoRoom(Vec<String>),
    #[error("{0} deploys are running already; wait for one to end")]
    Busy(usize),
    #[error("failed to read image {id} from {path}: {source}")]
    ReadImage {
        id: String,
        path: std::path::PathBuf,
        source: std::io::Error,
    },
}

/// The effective status of an instance: the hangar's live view wins over the store's.
fn status_of(hangar: &Hangar, i: &Instance) -> InstanceStatus {
    if hangar.live(&i.id).is_some() {
        InstanceStatus::Connected
    } else if i.status == InstanceStatus::Connected {
        InstanceStatus::Disconnected
    } else {
        i.status
    }
}

/// The instances a selection names, each once, in a stable order.
pub async fn select(
    store: &Store,
    hangar: &Hangar,
    selection: &Selection,
) -> Result<Vec<Instance>, DeployError> {
    // IDENT and UPLINK of instances that docked a moment ago may still be queued for the store.
    hangar.flush().await;
    let found = match selection.clone() {
        Selection::One(id) => {
            let found = resolve_all(store, vec![id.clone()]).await?;
            if found.iter().all(|i| hangar.live(&i.id).is_none()) {
                let uuid = found.first().map_or(id, |i| i.id.clone());
                return Err(DeployError::NotConnected(uuid));
            }
            found
        }
        Selection::Ids(ids) => {
            if ids.is_empty() {
                return Err(DeployError::InvalidTargets(
                    "`instances` is empty: name at least one instance".into(),
                ));
            }
            if ids.len() > MAX_TARGETS {
                return Err(DeployError::InvalidTargets(format!(
                    "at most {MAX_TARGETS} instances per deploy"
                )));
            }
            resolve_all(store, ids).await?
        }
        Selection::Filter {
            status,
            tag,
            search,
        } => {
            let query = ListQuery {
                search: search.clone(),
                ..Default::default()
            };
            let (all, _) = store.call(move |c| instances::list(c, &query)).await?;
            let picked: Vec<Instance> = all
                .into_iter()
                .filter(|i| tag.is_none() || i.tag == tag)
                .filter(|i| status_of(hangar, i) == status)
                .collect();
            if picked.is_empty() {
                let mut what = vec![format!("status {status}")];
                if let Some(t) = &tag {
                    what.push(format!("tag {t:?}"));
                }
                if let Some(s) = &search {
                    what.push(format!("search {s:?}"));
                }
                return Err(DeployError::NoTargets(what.join(", ")));
            }
            if picked.len() > MAX_TARGETS {
                return Err(DeployError::InvalidTargets(format!(
                    "{} instances match; at most {MAX_TARGETS} per deploy: narrow the filter",
                    picked.len()
                )));
            }
            picked
        }
    };
    let mut seen = HashSet::new();
    Ok(found
        .into_iter()
        .filter(|i| seen.insert(i.id.clone()))
        .collect())
}

/// Resolves ids (UUID, alias, unique prefix) to instances in one store call.
async fn resolve_all(store: &Store, ids: Vec<String>) -> Result<Vec<Instance>, DeployError> {
    let outcome = store
        .call(move |c| {
            let mut found = Vec::with_capacity(ids.len());
            let mut missing = Vec::new();
            for id in ids {
                match instances::resolve(c, &id)? {
                    Resolved::Found(uuid, _) => match instances::get(c, &uuid)? {
                        Some(i) => found.push(i),
                        None => missing.push(id),
                    },
                    Resolved::NotFound => missing.push(id),
                }
            }
            Ok((found, missing))
        })
        .await?;
    let (found, missing) = outcome;
    if !missing.is_empty() {
        return Err(DeployError::UnknownInstance(named(&missing)));
    }
    Ok(found)
}

/// `a, b, c and 7 more`.
pub fn named(items: &[String]) -> String {
    let shown: Vec<&str> = items.iter().take(MAX_NAMED).map(String::as_str).collect();
    let mut s = shown.join(", ");
    if items.len() > MAX_NAMED {
        s.push_str(&format!(" and {} more", items.len() - MAX_NAMED));
    }
    s
}

/// What the fit checks found.
#[derive(Debug, Default)]
pub struct Fit {
    /// Reasons to refuse (unless forced).
    pub mismatches: Vec<String>,
    /// What could not be checked, or was overridden.
    pub warnings: Vec<String>,
}

fn same_url(a: &str, b: &str) -> bool {
    match (normalize_url(a), normalize_url(b)) {
        (Ok(a), Ok(b)) => a.eq_ignore_ascii_case(&b),
        _ => a
            .trim()
            .trim_end_matches('/')
            .eq_ignore_ascii_case(b.trim().trim_end_matches('/')),
    }
}

/// Checks that `image` was built for the uplink url and IncludeOS version of every target.
pub fn check_fit(image: &Image, targets: &[Instance]) -> Fit {
    let mut fit = Fit::default();
    let short = &image.id[..image.id.len().min(12)];
    match (&image.uplink_id, &image.includeos_version) {
        (None, None) => fit.warnings.push(format!(
            "image {short} has unknown origin (uploaded, no uplink or IncludeOS version \
             recorded): whether it fits the instances was not checked"
        )),
        (None, Some(_)) => fit.warnings.push(format!(
            "image {short} records no uplink: the uplink url was not checked"
        )),
        (Some(_), None) => fit.warnings.push(format!(
            "image {short} records no IncludeOS version: the version was not checked"
        )),
        (Some(_), Some(_)) => {}
    }
    if let (Some(uplink), None) = (&image.uplink_id, &image.uplink_url) {
        fit.warnings.push(format!(
            "image {short} was built for uplink {uplink}, which no longer exists: the uplink url \
             was not checked"
        ));
    }
    let mut no_url = Vec::new();
    let mut no_version = Vec::new();
    for inst in targets {
        if let Some(want) = &image.uplink_url {
            match inst.uplink.as_ref().and_then(|u| u.url.as_deref()) {
                Some(have) if !same_url(want, have) => fit.mismatches.push(format!(
                    "image {short} was built for uplink url {want}, instance {} reports {have}",
                    inst.id
                )),
                Some(_) => {}
                None => no_url.push(inst.id.clone()),
            }
        }
        if let Some(want) = &image.includeos_version {
            match inst.version.as_deref() {
                Some(have) if have.trim() != want.trim() => fit.mismatches.push(format!(
                    "image {short} is for IncludeOS {want}, instance {} runs {have}",
                    inst.id
                )),
                Some(_) => {}
                None => no_version.push(inst.id.clone()),
            }
        }
    }
    if !no_url.is_empty() {
        fit.warnings.push(format!(
            "not reported an uplink url, so not checked: {}",
            named(&no_url)
        ));
    }
    if !no_version.is_empty() {
        fit.warnings.push(format!(
            "not reported an IncludeOS version, so not checked: {}",
            named(&no_version)
        ));
    }
    fit
}

/// RAM a live update needs besides the image's copies: LiveUpdate's own quarter of RAM aside,
/// the running kernel and service, their heap and network buffers (an estimate).
pub const UPDATE_HEADROOM: u64 = 16 * 1024 * 1024;

/// The largest image an instance with `physical_ram` bytes can take in a live update. The
/// uplink client holds the image three times (the websocket message, the transport, the update
/// copy) and LiveUpdate keeps a quarter of RAM for itself, so an image fits when
/// `3 × size + UPDATE_HEADROOM ≤ physical_ram × 3/4`. An image that does not fit makes the
/// instance panic before it acks.
pub fn max_image_for(physical_ram: u64) -> u64 {
    (physical_ram / 4 * 3).saturating_sub(UPDATE_HEADROOM) / 3
}

fn mib(bytes: u64) -> String {
    format!("{:.1} MiB", bytes as f64 / (1024.0 * 1024.0))
}

/// Checks that every target's RAM can hold `image` during a live update ([`max_image_for`]):
/// reasons to refuse (unless forced) go to `mismatches`, instances that did not report their
/// RAM to `warnings`.
pub fn check_room(image: &Image, targets: &[Instance]) -> Fit {
    let mut fit = Fit::default();
    let short = &image.id[..image.id.len().min(12)];
    let mut unknown = Vec::new();
    for inst in targets {
        match inst.physical_ram {
            Some(ram) if image.size > max_image_for(ram) => fit.mismatches.push(format!(
                "image {short} is {}, instance {} has {} of RAM and takes at most {} (a live \
                 update holds the image 3 times, next to LiveUpdate's quarter of RAM and {} for \
                 the running service)",
                mib(image.size),
                inst.id,
                mib(ram),
                mib(max_image_for(ram)),
                mib(UPDATE_HEADROOM)
            )),
            Some(_) => {}
            None => unknown.push(inst.id.clone()),
        }
    }
    if !unknown.is_empty() {
        fit.warnings.push(format!(
            "not reported their RAM, so whether the image fits in memory was not checked: {}",
            named(&unknown)
        ));
    }
    fit
}

/// What an image's instances would meet at the uplink now, for [`check_trust`].
#[derive(Debug, Clone, Default)]
pub struct PresentedNow {
    /// Fingerprint of the certificate the uplink port presents, when it could be read.
    pub uplink: Option<String>,
    /// Fingerprint of the `ca` of the uplink the image was built for (`None`: it has none, or
    /// the uplink is gone).
    pub ca: Option<String>,
}

/// A warning when the certificate an image trusts for its `https` uplink is no longer the one
/// the uplink presents (or the uplink's CA was changed): instances running it could not dock
/// after a reboot.
pub fn check_trust(image: &Image, now: &PresentedNow) -> Option<String> {
    let trusted = image.trusted_certificate.as_ref()?;
    let short = &image.id[..image.id.len().min(12)];
    let (current, what) = if trusted.source == crate::protocol::images::TRUST_CA {
        (now.ca.as_deref(), "the CA of its uplink")
    } else {
        (now.uplink.as_deref(), "the certificate the uplink presents")
    };
    if current == Some(trusted.fingerprint.as_str()) {
        return None;
    }
    Some(format!(
        "image {short} trusts certificate {} but {what} is {}: its instances could not dock \
         again after a restart; build the image again (`mothership build` or `mothership \
         upgrade`) so it carries the current certificate",
        trusted.fingerprint,
        current.unwrap_or("unknown or gone")
    ))
}

/// The refusal message for mismatches: a few named, the rest counted.
pub fn summarize(mismatches: &[String]) -> Vec<String> {
    let mut out: Vec<String> = mismatches.iter().take(MAX_NAMED).cloned().collect();
    if mismatches.len() > MAX_NAMED {
        out.push(format!("and {} more", mismatches.len() - MAX_NAMED));
    }
    out
}

/// Bounds a list of warnings.
pub fn bound_warnings(mut warnings: Vec<String>) -> Vec<String> {
    if warnings.len() > MAX_WARNINGS {
        let extra = warnings.len() - (MAX_WARNINGS - 1);
        warnings.truncate(MAX_WARNINGS - 1);
        warnings.push(format!("and {extra} more warnings"));
    }
    warnings
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::protocol::transport::UplinkConfig;

    fn image(uplink: Option<&str>, version: Option<&str>) -> Image {
        Image {
            id: "0123456789abcdef0123456789abcdef01234567".into(),
            tag: None,
            size: 10,
            created: time::OffsetDateTime::UNIX_EPOCH,
            service: None,
            builder_id: None,
            includeos_version: version.map(Into::into),
            nacl_id: None,
            nacl_name: None,
            uplink_id: uplink.map(|_| "u1".into()),
            uplink_url: uplink.map(Into::into),
            trusted_certificate: None,
        }
    }

    fn instance(url: Option<&str>, version: Option<&str>) -> Instance {
        let mut i: Instance = serde_json::from_value(serde_json::json!({
            "id": "inst-1", "status": "connected", "panicked": false,
            "first_seen": "2025-01-01T00:00:00Z"
        }))
        .expect("instance");
        i.version = version.map(Into::into);
        i.uplink = url.map(|u| UplinkConfig {
            url: Some(u.into()),
            ..Default::default()
        });
        i
    }

    #[test]
    fn matching_image_passes_without_warnings() {
        let fit = check_fit(
            &image(Some("https://m.example:9090"), Some("v0.14.0")),
            &[instance(Some("https://M.example:9090/"), Some("v0.14.0"))],
        );
        assert!(fit.mismatches.is_empty(), "{:?}", fit.mismatches);
        assert!(fit.warnings.is_empty(), "{:?}", fit.warnings);
    }

    #[test]
    fn other_url_or_version_is_a_mismatch() {
        let fit = check_fit(
            &image(Some("https://m.example:9090"), Some("v0.14.0")),
            &[instance(Some("https://other:9090"), Some("v0.12.0"))],
        );
        assert_eq!(fit.mismatches.len(), 2, "{:?}", fit.mismatches);
        assert!(fit.mismatches[0].contains("https://other:9090"));
        assert!(fit.mismatches[1].contains("v0.12.0"));
    }

    #[test]
    fn unknown_origin_and_unreported_facts_are_warnings() {
        let fit = check_fit(&image(None, None), &[instance(None, None)]);
        assert!(fit.mismatches.is_empty());
        assert_eq!(fit.warnings.len(), 1);
        assert!(fit.warnings[0].contains("unknown origin"));
        let fit = check_fit(
            &image(Some("https://m:1"), Some("v1")),
            &[instance(None, None)],
        );
        assert!(fit.mismatches.is_empty());
        assert_eq!(fit.warnings.len(), 2, "{:?}", fit.warnings);
    }

    #[test]
    fn an_image_must_fit_three_times_in_three_quarters_of_ram() {
        let ram = 128 * 1024 * 1024;
        let max = max_image_for(ram);
        assert_eq!(max, (96 - 16) * 1024 * 1024 / 3);
        let mut small = image(None, None);
        small.size = max;
        let mut inst = instance(None, None);
        inst.physical_ram = Some(ram);
        let fit = check_room(&small, std::slice::from_ref(&inst));
        assert!(fit.mismatches.is_empty() && fit.warnings.is_empty());
        let mut big = small.clone();
        big.size = max + 1;
        let fit = check_room(&big, std::slice::from_ref(&inst));
        assert_eq!(fit.mismatches.len(), 1);
        assert!(
            fit.mismatches[0].contains("128.0 MiB of RAM"),
            "{:?}",
            fit.mismatches
        );
        inst.physical_ram = None;
        let fit = check_room(&big, &[inst]);
        assert!(fit.mismatches.is_empty());
        assert!(fit.warnings[0].contains("RAM"), "{:?}", fit.warnings);
        assert_eq!(max_image_for(0), 0);
    }

    #[test]
    fn a_rotated_uplink_certificate_is_a_warning() {
        use crate::protocol::images::TrustedCertificate;
        let mut img = image(Some("https://a:9090"), Some("v0.14.2"));
        let now = PresentedNow {
            uplink: Some("AA".into()),
            ca: Some("CC".into()),
        };
        assert_eq!(
            check_trust(&img, &now),
            None,
            "no https build, nothing to say"
        );
        img.trusted_certificate = Some(TrustedCertificate {
            fingerprint: "AA".into(),
            source: "uplink".into(),
        });
        assert_eq!(check_trust(&img, &now), None);
        img.trusted_certificate = Some(TrustedCertificate {
            fingerprint: "BB".into(),
            source: "uplink".into(),
        });
        let w = check_trust(&img, &now).expect("a warning");
        assert!(w.contains("BB") && w.contains("AA"), "{w}");
        img.trusted_certificate = Some(TrustedCertificate {
            fingerprint: "CC".into(),
            source: "ca".into(),
        });
        assert_eq!(check_trust(&img, &now), None);
        assert!(check_trust(&img, &PresentedNow::default()).is_some());
    }

    #[test]
    fn long_lists_are_bounded() {
        let many: Vec<String> = (0..30).map(|i| format!("w{i}")).collect();
        let bounded = bound_warnings(many.clone());
        assert_eq!(bounded.len(), MAX_WARNINGS);
        assert_eq!(
            bounded.last().map(String::as_str),
            Some("and 11 more warnings")
        );
        let s = summarize(&many);
        assert_eq!(s.len(), MAX_NAMED + 1);
        assert_eq!(s.last().map(String::as_str), Some("and 20 more"));
    }
}
