//! `/v1/uplinks`: the settings images are built with so their instances find this Mothership
//! (see the uplink keys of docs/UPLINK.md), and the `"uplink"` object of an image's `config.json`.

use serde::{Deserialize, Deserializer, Serialize};
use time::OffsetDateTime;

/// Why an IncludeOS instance cannot dock at an uplink url. The uplink client decides that a host
/// is an IPv4 address when its *last character is a digit* and then parses it as one (see
/// docs/UPLINK.md): a host name ending in a digit or an IPv6 literal makes it throw inside its
/// auth, and the instance panics and reboots forever (an IPv6 literal ending in a–f goes to DNS
/// and retries forever instead). Usable: an IPv4 address, or a host name that ends in a letter.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum UnusableUplinkUrl {
    #[error(
        "{url}: the host {host} is an IPv6 address, and IncludeOS instances cannot use one (the \
         uplink client has no IPv6 path: it panics and reboots, or retries forever); use the \
         server's IPv4 address, e.g. {scheme}://10.0.0.1:9090, or a host name that ends in a letter"
    )]
    Ipv6 {
        url: String,
        scheme: String,
        host: String,
    },
    #[error(
        "{url}: the host name {host} ends in a digit: the IncludeOS uplink client takes every \
         host whose last character is a digit for an IPv4 address, fails to parse it, and the \
         instance panics and reboots forever; use the server's IPv4 address, or a host name that \
         ends in a letter (a DNS alias will do)"
    )]
    EndsInDigit { url: String, host: String },
    #[error("{url}: {why}; write it as https://<IPv4 address or host name>:9090")]
    Unreadable { url: String, why: String },
}

/// Whether IncludeOS instances can dock at `url` (an uplink url as stored: `scheme://host[:port]`).
/// The one rule uplink creation and changes, the default uplink and the start-up check share.
pub fn check_instance_url(url: &str) -> Result<(), UnusableUplinkUrl> {
    let unreadable = |why: String| UnusableUplinkUrl::Unreadable {
        url: url.to_owned(),
        why,
    };
    let parsed = url::Url::parse(url.trim()).map_err(|e| unreadable(format!("not a URL ({e})")))?;
    match parsed.host() {
        None => Err(unreadable("no host".into())),
        Some(url::Host::Ipv4(_)) => Ok(()),
        Some(url::Host::Ipv6(a)) => Err(UnusableUplinkUrl::Ipv6 {
            url: url.to_owned(),
            scheme: parsed.scheme().to_owned(),
            host: format!("[{a}]"),
        }),
        Some(url::Host::Domain(name)) => {
            // A trailing dot (a rooted name) does not change what the name ends in.
            let bare = name.strip_suffix('.').unwrap_or(name);
            match bare.chars().last() {
                None => Err(unreadable(format!("the host {name:?} has no name in it"))),
                // The url crate turns every IPv4 form into Host::Ipv4, so a name ending in a digit
                // is never an address the client could parse.
                Some(c) if c.is_ascii_digit() => Err(UnusableUplinkUrl::EndsInDigit {
                    url: url.to_owned(),
                    host: name.to_owned(),
                }),
                Some(_) => Ok(()),
            }
        }
    }
}

/// Which network interface the instance uses for the uplink: a number or a name.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq, utoipa::ToSchema)]
#[serde(
    untagged,
    expecting = "expected an interface number (0 or more) or name (a string such as \"eth0\")"
)]
pub enum UplinkIndex {
    Number(u32),
    Name(String),
}

impl std::fmt::Display for UplinkIndex {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            UplinkIndex::Number(n) => write!(f, "{n}"),
            UplinkIndex::Name(s) => f.write_str(s),
        }
    }
}

/// The largest `send_stats`: the split-out uplink library reads it as a 32-bit signed int of
/// milliseconds (2^31−1 ms, about 24.8 days).
pub const MAX_SEND_STATS_MS: u64 = i32::MAX as u64;

/// The optional keys of the uplink configuration; `None` leaves the instance's default.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq, Eq, utoipa::ToSchema)]
pub struct UplinkOptions {
    /// Interface (default 0).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub index: Option<UplinkIndex>,
    /// Image name the instances report.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tag: Option<String>,
    /// Path of CA certificates on the image's memdisk (default `/certs`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub certs: Option<String>,
    /// Verify the server certificate (default true).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verify: Option<bool>,
    /// Reboot on panic (default true).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reboot: Option<bool>,
    /// Send logs over the uplink (default true).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ws_logging: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub serialize_ct: Option<bool>,
    /// Stats interval in ms; 0 = never (the default). Read only by the split-out uplink library
    /// (IncludeOS v0.13–v0.14's built-in one ignores it), as a 32-bit signed int: at most
    /// [`MAX_SEND_STATS_MS`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub send_stats: Option<u64>,
    /// PEM certificate(s) of the CA that signs the uplink's certificate. Images built for an
    /// `https` uplink carry it in `certs` on their memdisk; without it they carry the
    /// certificate the server's uplink port presents. Not part of `config.json`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ca: Option<String>,
}

/// A stored uplink.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq, utoipa::ToSchema)]
pub struct Uplink {
    pub id: String,
    pub name: String,
    /// `https://host:port` or `http://host:port` of the hangar.
    pub url: String,
    /// The secret instances prove themselves with. The API shows it only where it is asked for:
    /// in the answer to `POST /v1/uplinks` and to `GET /v1/uplinks/{id}/token`; elsewhere it is
    /// left out (empty here).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub token: String,
    #[serde(flatten)]
    pub options: UplinkOptions,
    #[serde(with = "crate::protocol::timestamp")]
    pub created: OffsetDateTime,
    /// When it was last changed (`created` until then).
    #[serde(with = "crate::protocol::timestamp")]
    pub updated: OffsetDateTime,
    /// For an `https` uplink: SHA-256 fingerprint of the certificate this server's uplink port
    /// presents, which the uplink's instances must trust. Filled in by the API, not stored.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub presented_certificate: Option<String>,
    /// Why instances cannot dock with this uplink (see [`check_instance_url`]), or why its
    /// token is weak (shorter than [`MIN_TOKEN_LEN`]); empty when all is well. Only uplinks
    /// stored before these checks existed have any.
    #[serde(default)]
    pub problems: Vec<String>,
}

/// `GET /v1/uplinks/{id}/token`: an uplink's token, on a request for it alone.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq, utoipa::ToSchema)]
pub struct UplinkToken {
    pub id: String,
    pub name: String,
    pub token: String,
}

/// Shortest uplink token accepted when one is set by hand (generated tokens are 64 hex digits,
/// 256 random bits).
pub const MIN_TOKEN_LEN: usize = 16;

impl Uplink {
    /// What is wrong with a token stored before [`MIN_TOKEN_LEN`] was enforced, as `problems`
    /// shows it.
    pub fn token_problems(token: &str) -> Vec<String> {
        if token.len() < MIN_TOKEN_LEN {
            vec![format!(
                "the token is {} characters, shorter than the {MIN_TOKEN_LEN} now required: \
                 anyone who guesses it can dock as any of this uplink's instances; create an \
                 uplink with a generated token, build and deploy its images, then delete this one",
                token.len()
            )]
        } else {
            Vec::new()
        }
    }

    /// What [`check_instance_url`] says about this uplink's url, as `problems` shows it.
    pub fn url_problems(url: &str) -> Vec<String> {
        check_instance_url(url)
            .err()
            .map(|e| e.to_string())
            .into_iter()
            .collect()
    }

    /// The `"uplink"` object for an image's `config.json`; `tag` (the image's name) wins over
    /// the uplink's own tag.
    pub fn config_json(&self, tag: Option<&str>) -> serde_json::Value {
        let mut options = self.options.clone();
        if let Some(tag) = tag {
            options.tag = Some(tag.to_owned());
        }
        // The CA goes on the memdisk, not into the configuration.
        options.ca = None;
        let mut value = serde_json::json!({ "url": self.url, "token": self.token });
        if let (Some(map), Ok(serde_json::Value::Object(extra))) =
            (value.as_object_mut(), serde_json::to_value(&options))
        {
            map.extend(extra);
        }
        value
    }
}

/// `POST /v1/uplinks`. A missing token is generated (256 random bits, hex).
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct UplinkCreate {
    pub name: String,
    pub url: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token: Option<String>,
    #[serde(flatten)]
    pub options: UplinkOptions,
}

/// `PATCH /v1/uplinks/{id}`: absent fields stay; for the optional keys `null` clears.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq, Eq, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct UplinkUpdate {
    #[serde(
        default,
        deserialize_with = "crate::protocol::not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub name: Option<String>,
    #[serde(
        default,
        deserialize_with = "crate::protocol::not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub url: Option<String>,
    #[serde(
        default,
        deserialize_with = "crate::protocol::not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub token: Option<String>,
    #[serde(
        default,
        deserialize_with = "some",
        skip_serializing_if = "Option::is_none"
    )]
    pub index: Option<Option<UplinkIndex>>,
    #[serde(
        default,
        deserialize_with = "some",
        skip_serializing_if = "Option::is_none"
    )]
    pub tag: Option<Option<String>>,
    #[serde(
        default,
        deserialize_with = "some",
        skip_serializing_if = "Option::is_none"
    )]
    pub certs: Option<Option<String>>,
    #[serde(
        default,
        deserialize_with = "some",
        skip_serializing_if = "Option::is_none"
    )]
    pub verify: Option<Option<bool>>,
    #[serde(
        default,
        deserialize_with = "some",
        skip_serializing_if = "Option::is_none"
    )]
    pub reboot: Option<Option<bool>>,
    #[serde(
        default,
        deserialize_with = "some",
        skip_serializing_if = "Option::is_none"
    )]
    pub ws_logging: Option<Option<bool>>,
    #[serde(
        default,
        deserialize_with = "some",
        skip_serializing_if = "Option::is_none"
    )]
    pub serialize_ct: Option<Option<bool>>,
    #[serde(
        default,
        deserialize_with = "some",
        skip_serializing_if = "Option::is_none"
    )]
    pub send_stats: Option<Option<u64>>,
    #[serde(
        default,
        deserialize_with = "some",
        skip_serializing_if = "Option::is_none"
    )]
    pub ca: Option<Option<String>>,
}

/// A present field (even `null`) becomes `Some`, so absent and `null` differ.
fn some<'de, D, T>(d: D) -> Result<Option<Option<T>>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    Option::<T>::deserialize(d).map(Some)
}

impl UplinkUpdate {
    /// Applies the changes to `uplink` (name, url and token unchecked: the store validates).
    pub fn apply(&self, uplink: &mut Uplink) {
        if let Some(v) = &self.name {
            uplink.name = v.clone();
        }
        if let Some(v) = &self.url {
            uplink.url = v.clone();
        }
        if let Some(v) = &self.token {
            uplink.token = v.clone();
        }
        let o = &mut uplink.options;
        if let Some(v) = &self.index {
            o.index = v.clone();
        }
        if let Some(v) = &self.tag {
            o.tag = v.clone();
        }
        if let Some(v) = &self.certs {
            o.certs = v.clone();
        }
        if let Some(v) = self.verify {
            o.verify = v;
        }
        if let Some(v) = self.reboot {
            o.reboot = v;
        }
        if let Some(v) = self.ws_logging {
            o.ws_logging = v;
        }
        if let Some(v) = self.serialize_ct {
            o.serialize_ct = v;
        }
        if let Some(v) = self.send_stats {
            o.send_stats = v;
        }
        if let Some(v) = &self.ca {
            o.ca = v.clone();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn update_tells_absent_from_null() {
        let u: UplinkUpdate =
            serde_json::from_str(r#"{"tag": null, "verify": false}"#).expect("parses");
        assert_eq!(u.tag, Some(None));
        assert_eq!(u.verify, Some(Some(false)));
        assert_eq!(u.certs, None);
    }

    #[test]
    fn config_json_has_only_set_keys_and_the_image_tag() {
        let uplink = Uplink {
            id: "x".into(),
            name: "default".into(),
            url: "https://10.0.0.1:9090".into(),
            token: "t".into(),
            options: UplinkOptions {
                send_stats: Some(1000),
                tag: Some("old".into()),
                ca: Some("-----BEGIN CERTIFICATE-----".into()),
                ..Default::default()
            },
            created: OffsetDateTime::UNIX_EPOCH,
            updated: OffsetDateTime::UNIX_EPOCH,
            presented_certificate: None,
            problems: Vec::new(),
        };
        let v = uplink.config_json(Some("web"));
        assert_eq!(
            v,
            serde_json::json!({"url": "https://10.0.0.1:9090", "token": "t", "tag": "web",
                               "send_stats": 1000})
        );
    }

    #[test]
    fn instance_urls_need_an_ipv4_address_or_a_name_ending_in_a_letter() {
        for good in [
            "https://10.0.0.1:9090",
            "http://10.0.0.1",
            "https://mothership:9090",
            "https://mothership",
            "https://host.example.com:9090",
            "https://host.example.com.:9090",
            "http://host.example.com.",
            "https://mothership-a",
        ] {
            assert_eq!(check_instance_url(good), Ok(()), "{good}");
        }
        for (bad, says) in [
            ("https://mothership2:9090", "ends in a digit"),
            ("https://mothership2", "ends in a digit"),
            ("https://mothership2.:9090", "ends in a digit"),
            ("http://ip-10-0-0-12:9090", "ends in a digit"),
            ("http://host.example.com2", "ends in a digit"),
            ("http://[::1]:9090", "IPv6"),
            ("http://[::1]", "IPv6"),
            ("http://[fe80::a]:9090", "IPv6"),
            ("https://[2001:db8::1]", "IPv6"),
            ("not a url", "not a URL"),
        ] {
            let err = check_instance_url(bad).expect_err(bad).to_string();
            assert!(err.contains(says), "{bad}: {err}");
            assert!(
                err.contains("IPv4 address"),
                "{bad}: says what to use instead: {err}"
            );
        }
    }

    #[test]
    fn ipv4_forms_the_url_crate_normalizes_are_addresses() {
        // WHATWG parsing turns these into 10.0.0.1: stored urls are normalized, so the instance
        // gets the dotted form.
        assert_eq!(check_instance_url("http://10.0.0.1.:9090"), Ok(()));
        assert_eq!(check_instance_url("http://0x0a.0.0.1:9090"), Ok(()));
    }
}
