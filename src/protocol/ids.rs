//! The one rule for naming an object in a path (`/v1/nacls/{id}`) or a field (`"nacl": "..."`),
//! the same for every resource with IDs: images, NaCls, snippets, uplinks, instances, builds,
//! deploys, upgrades and webhooks (docs/API.md "Identifiers").
//!
//! A key names an object when it is, in this order:
//! 1. its whole ID (hex IDs case-insensitively; an instance's uuid as the instance reports it);
//! 2. its name (NaCls, snippets, uplinks) or alias (instances), exactly;
//! 3. a prefix of its ID of at least [`MIN_PREFIX`] characters, case-insensitively, that no other
//!    object's ID starts with. A prefix of several IDs is a `409 ambiguous_id` listing them in
//!    `candidates`; a key of fewer characters that could start an ID (hex digits and `-`) is a
//!    `400 bad_request` asking for more; anything else that matches nothing is a `404`.
//!
//! So that step 2 never hides step 3, a name that could be read as an ID or an ID prefix
//! ([`reads_as_id`]) is refused where it is set, with a `422 invalid_field` that says why.

/// The fewest characters of an ID that name it in place of the whole ID.
pub const MIN_PREFIX: usize = 6;

/// The most IDs an ambiguous prefix's answer lists in `candidates`.
pub const MAX_CANDIDATES: usize = 10;

/// What a key that is neither a whole ID nor a name is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PrefixKey {
    /// At least [`MIN_PREFIX`] characters: look for IDs that start with it (lowercased).
    Prefix(String),
    /// Fewer characters, all of which an ID may hold: too short to be a prefix.
    TooShort,
    /// Fewer characters, some of which no ID holds: it names nothing.
    NotAnId,
}

/// True for the characters an ID may hold: hex digits (of either case) and the `-` of uuids.
fn id_char(c: char) -> bool {
    c.is_ascii_hexdigit() || c == '-'
}

/// Reads `key` as an ID prefix (see the module documentation).
pub fn as_prefix(key: &str) -> PrefixKey {
    if key.chars().count() >= MIN_PREFIX {
        PrefixKey::Prefix(key.to_ascii_lowercase())
    } else if !key.is_empty() && key.chars().all(id_char) {
        PrefixKey::TooShort
    } else {
        PrefixKey::NotAnId
    }
}

/// True when `name` could be read as an ID or an ID prefix: [`MIN_PREFIX`] or more characters,
/// each a hex digit or `-`. Such a name is refused, so a name and an ID never shadow each other.
pub fn reads_as_id(name: &str) -> bool {
    name.chars().count() >= MIN_PREFIX && name.chars().all(id_char)
}

/// Why `name` may not be a name (of a NaCl, a snippet, an uplink; an instance's alias), or
/// `None` when it may.
pub fn name_problem(name: &str) -> Option<String> {
    reads_as_id(name).then(|| {
        format!(
            "{name:?} could be read as an ID or an ID prefix ({MIN_PREFIX} or more hex digits \
             and dashes), which a name may not be: put a letter other than a-f in it"
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_read_as_prefixes_by_length_and_characters() {
        for (key, expected) in [
            ("abcdef", PrefixKey::Prefix("abcdef".into())),
            ("ABCDEF0123", PrefixKey::Prefix("abcdef0123".into())),
            ("webserver", PrefixKey::Prefix("webserver".into())),
            ("550e84-", PrefixKey::Prefix("550e84-".into())),
            ("abcde", PrefixKey::TooShort),
            ("0", PrefixKey::TooShort),
            ("ab-c", PrefixKey::TooShort),
            ("web", PrefixKey::NotAnId),
            ("", PrefixKey::NotAnId),
        ] {
            assert_eq!(as_prefix(key), expected, "{key}");
        }
    }

    #[test]
    fn names_that_read_as_ids_are_refused() {
        for name in [
            "abcdef",
            "0123456789abcdef",
            "DEADBEEF",
            "550e8400-e29b",
            "------",
        ] {
            assert!(reads_as_id(name), "{name}");
            let problem = name_problem(name).expect(name);
            assert!(problem.contains(name), "{problem}");
        }
        for name in ["cafe", "abcde", "web-01", "deadbeefx", "my nacl", "facade!"] {
            assert!(!reads_as_id(name), "{name}");
            assert_eq!(name_problem(name), None, "{name}");
        }
    }
}
