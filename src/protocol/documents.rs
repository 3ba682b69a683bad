//! `/v1/nacls` and `/v1/snippets`: named text documents (a NaCl is an IncludeOS configuration, a
//! snippet a reusable piece of one). Both resources use these same shapes.

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;

/// The largest content a NaCl or snippet may have (bytes of UTF-8).
pub const MAX_CONTENT: usize = 1 << 20;
/// The longest name.
pub const MAX_NAME: usize = 128;

/// A NaCl or snippet with its content.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq, utoipa::ToSchema)]
pub struct Document {
    pub id: String,
    pub name: String,
    pub content: String,
    #[serde(with = "crate::protocol::timestamp")]
    pub created: OffsetDateTime,
    #[serde(with = "crate::protocol::timestamp")]
    pub updated: OffsetDateTime,
}

/// What lists show: everything but the content.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq, utoipa::ToSchema)]
pub struct DocumentSummary {
    pub id: String,
    pub name: String,
    /// Bytes of content.
    pub size: u64,
    #[serde(with = "crate::protocol::timestamp")]
    pub created: OffsetDateTime,
    #[serde(with = "crate::protocol::timestamp")]
    pub updated: OffsetDateTime,
}

/// `POST /v1/nacls`, `POST /v1/snippets`.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct DocumentCreate {
    pub name: String,
    pub content: String,
}

/// `?force=true` of `POST /v1/nacls` and `PATCH /v1/nacls/{id}`: store a NaCl even when
/// Mothership's checks find errors in it (they are refused with `422 invalid_nacl` otherwise).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StoreParams {
    #[serde(default, deserialize_with = "super::query::flag")]
    pub force: bool,
}

/// `PATCH /v1/nacls/{id}`, `PATCH /v1/snippets/{id}`: the fields to change (absent ones stay;
/// `null` is refused: neither can be cleared).
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq, Eq, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct DocumentUpdate {
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
    pub content: Option<String>,
}
