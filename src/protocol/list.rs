//! Paging for list endpoints: the query every list takes and the page it answers with.
//!
//! A list answers `{"items": [...], "total": N}`; `total` counts every match of the search, so a
//! client pages with `offset` until it has seen `total` items.

use serde::{Deserialize, Serialize};

/// Items a page holds when the request names no `limit`.
pub const DEFAULT_LIMIT: u32 = 100;
/// The largest `limit` a request may ask for.
pub const MAX_LIMIT: u32 = 1000;

/// `?search=&sort=&limit=&offset=`.
#[derive(
    Debug,
    Clone,
    Default,
    Serialize,
    Deserialize,
    PartialEq,
    Eq,
    utoipa::ToSchema,
    utoipa::IntoParams,
)]
#[into_params(parameter_in = Query)]
pub struct ListQuery {
    /// Case-insensitive substring matched against the resource's searchable fields.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub search: Option<String>,
    /// A field name, `-` in front for descending (e.g. `-created`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sort: Option<String>,
    /// Items per page, 1-1000, default 100.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u32>,
    /// Items to skip, default 0.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<u64>,
}

/// One page of a list.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq, utoipa::ToSchema)]
pub struct Page<T> {
    pub items: Vec<T>,
    /// Matches in all pages.
    pub total: u64,
}
