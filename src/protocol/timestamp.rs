//! Timestamps on the wire: RFC 3339 in UTC with exactly three fractional digits and `Z`
//! (`2026-12-01T18:02:21.000Z`), whatever the instant's precision, so a script can compare them
//! as strings and parse them with one format. Reading accepts any RFC 3339 timestamp.
//!
//! Use as `#[serde(with = "crate::protocol::timestamp")]` (or `timestamp::option`).

use serde::{Deserialize, Deserializer, Serializer};
use time::OffsetDateTime;
use time::format_description::FormatItem;
use time::macros::format_description;

const FORMAT: &[FormatItem<'static>] =
    format_description!("[year]-[month]-[day]T[hour]:[minute]:[second].[subsecond digits:3]Z");

/// `t` in the wire form.
pub fn format(t: OffsetDateTime) -> String {
    t.to_offset(time::UtcOffset::UTC)
        .format(FORMAT)
        .unwrap_or_default()
}

/// Now, in the wire form.
pub fn now() -> String {
    format(OffsetDateTime::now_utc())
}

/// Any RFC 3339 timestamp.
pub fn parse(s: &str) -> Result<OffsetDateTime, time::error::Parse> {
    OffsetDateTime::parse(s, &time::format_description::well_known::Rfc3339)
}

pub fn serialize<S: Serializer>(t: &OffsetDateTime, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(&format(*t))
}

pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<OffsetDateTime, D::Error> {
    let s = String::deserialize(d)?;
    parse(&s).map_err(serde::de::Error::custom)
}

/// A timestamp kept as text (older records may lack the fractional digits), written in the wire
/// form: `#[serde(serialize_with = "crate::protocol::timestamp::text")]`. Text that is not a
/// timestamp is written as it is.
pub fn text<S: Serializer>(t: &str, s: S) -> Result<S::Ok, S::Error> {
    match parse(t) {
        Ok(parsed) => s.serialize_str(&format(parsed)),
        Err(_) => s.serialize_str(t),
    }
}

/// [`text`] for `Option<String>` fields.
pub fn text_option<S: Serializer>(t: &Option<String>, s: S) -> Result<S::Ok, S::Error> {
    match t {
        Some(t) => match parse(t) {
            Ok(parsed) => s.serialize_some(&format(parsed)),
            Err(_) => s.serialize_some(t),
        },
        None => s.serialize_none(),
    }
}

/// For `Option<OffsetDateTime>` fields.
pub mod option {
    use super::*;

    pub fn serialize<S: Serializer>(t: &Option<OffsetDateTime>, s: S) -> Result<S::Ok, S::Error> {
        match t {
            Some(t) => s.serialize_some(&super::format(*t)),
            None => s.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(
        d: D,
    ) -> Result<Option<OffsetDateTime>, D::Error> {
        match Option::<String>::deserialize(d)? {
            Some(s) => super::parse(&s).map(Some).map_err(serde::de::Error::custom),
            None => Ok(None),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn always_three_fractional_digits_in_utc() {
        let whole = parse("2025-05-01T12:25:13Z").expect("parse");
        assert_eq!(format(whole), "2025-05-01T12:25:13.000Z");
        let tenth = parse("2025-05-01T12:25:14.2Z").expect("parse");
        assert_eq!(format(tenth), "2025-05-01T12:25:14.200Z");
        let nanos = parse("2025-05-01T12:25:14.123456789Z").expect("parse");
        assert_eq!(format(nanos), "2025-05-01T12:25:14.123Z");
        let offset = parse("2025-05-01T14:25:14+02:00").expect("parse");
        assert_eq!(format(offset), "2025-05-01T12:25:14.000Z");
    }
}
