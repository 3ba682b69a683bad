//! `/v1/uplinks`: the settings images are built with so their instances find this Mothership
//! (see the uplink keys of UPLINK.md), and the `"uplink"` object of an image's `config.json`.

use serde::{Deserialize, Deserializer, Serialize};
use time::OffsetDateTime;

/// Which network interface the instance uses for the uplink: a number or a name.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[serde(untagged)]
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

/// The optional keys of the uplink configuration; `None` leaves the instance's default.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq, Eq)]
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
    /// Stats interval in ms; 0 = never (the default).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub send_stats: Option<u64>,
    /// PEM certificate(s) of the CA that signs the uplink's certificate. Images built for an
    /// `https` uplink carry it in `certs` on their memdisk; without it they carry the
    /// certificate the server's uplink port presents. Not part of `config.json`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ca: Option<String>,
}

/// A stored uplink.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct Uplink {
    pub id: String,
    pub name: String,
    /// `https://host:port` or `http://host:port` of the hangar.
    pub url: String,
    /// The secret instances prove themselves with.
    pub token: String,
    #[serde(flatten)]
    pub options: UplinkOptions,
    #[serde(with = "time::serde::rfc3339")]
    pub created: OffsetDateTime,
}

impl Uplink {
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
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
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
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct UplinkUpdate {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
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
        };
        let v = uplink.config_json(Some("web"));
        assert_eq!(
            v,
            serde_json::json!({"url": "https://10.0.0.1:9090", "token": "t", "tag": "web",
                               "send_stats": 1000})
        );
    }
}
