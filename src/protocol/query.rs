//! Query-string flags: `?follow`, `?wait=1`, `?force=yes` and `?force=true` all mean the same, as
//! scripts and people write them every way.

use serde::{Deserialize, Deserializer};

/// A boolean query parameter: `true`, `1`, `yes`, `on` or empty (`?follow`) are true; `false`,
/// `0`, `no`, `off` false, in any case. Anything else is an error naming what is accepted.
pub fn flag<'de, D: Deserializer<'de>>(deserializer: D) -> Result<bool, D::Error> {
    let text = String::deserialize(deserializer)?;
    parse_flag(&text).ok_or_else(|| {
        serde::de::Error::custom(format!(
            "`{text}` is not a flag: use true or false (1/0, yes/no also work)"
        ))
    })
}

/// An optional boolean query parameter (`#[serde(default, deserialize_with = ...)]`): absent is
/// `None`, else read as [`flag`].
pub fn flag_opt<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<bool>, D::Error> {
    flag(deserializer).map(Some)
}

/// The value of a flag's text, `None` when it is not one.
pub fn parse_flag(text: &str) -> Option<bool> {
    match text.to_ascii_lowercase().as_str() {
        "" | "1" | "true" | "yes" | "on" => Some(true),
        "0" | "false" | "no" | "off" => Some(false),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, Deserialize)]
    struct Params {
        #[serde(default, deserialize_with = "flag")]
        follow: bool,
    }

    /// Query strings reach the deserializer as strings, as they do through warp.
    fn parse(value: Option<&str>) -> Result<bool, String> {
        let json = match value {
            Some(v) => serde_json::json!({ "follow": v }),
            None => serde_json::json!({}),
        };
        serde_json::from_value::<Params>(json)
            .map(|p| p.follow)
            .map_err(|e| e.to_string())
    }

    #[test]
    fn every_common_spelling_is_accepted() {
        for yes in ["", "1", "true", "YES", "on"] {
            assert_eq!(parse(Some(yes)), Ok(true), "{yes}");
        }
        for no in [None, Some("0"), Some("false"), Some("No"), Some("off")] {
            assert_eq!(parse(no), Ok(false), "{no:?}");
        }
        let err = parse(Some("maybe")).expect_err("refused");
        assert!(
            err.contains("maybe") && err.contains("true or false"),
            "{err}"
        );
    }
}
