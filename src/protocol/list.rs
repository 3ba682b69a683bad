//! Paging for list endpoints: the query every list takes and the page it answers with.
//!
//! Every list answers `{"items": [...], "total": N}`; `total` counts every match of the search, so
//! a client pages with `offset` until it has seen `total` items. Every list takes `limit` and
//! `offset` with the same default and range; the lists of stored content take `search` and `sort`
//! too ([`ListQuery`]), the others only paging ([`PageQuery`]).

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
#[serde(deny_unknown_fields)]
pub struct ListQuery {
    /// Case-insensitive substring matched against the resource's searchable fields.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub search: Option<String>,
    /// A field name, `-` in front for descending (e.g. `-created`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sort: Option<String>,
    /// Items per page, 1-1000, default 100.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u64>,
    /// Items to skip, default 0.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<u64>,
}

/// `?limit=&offset=`: the paging of a list that has no search or sort (bob providers, bobs,
/// builders, services, builds, an instance's panics).
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
#[serde(deny_unknown_fields)]
pub struct PageQuery {
    /// Items per page, 1-1000, default 100.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u64>,
    /// Items to skip, default 0.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<u64>,
}

impl From<PageQuery> for ListQuery {
    fn from(q: PageQuery) -> Self {
        ListQuery {
            limit: q.limit,
            offset: q.offset,
            ..ListQuery::default()
        }
    }
}

impl ListQuery {
    /// `(limit, offset)` with the defaults filled in, or why the request is out of range: the
    /// parameter's name and a sentence naming the value (`limit` is 1-[`MAX_LIMIT`]).
    pub fn bounds(&self) -> Result<(u64, u64), (&'static str, String)> {
        let limit = self.limit.unwrap_or(u64::from(DEFAULT_LIMIT));
        if limit == 0 || limit > u64::from(MAX_LIMIT) {
            return Err((
                "limit",
                format!("must be between 1 and {MAX_LIMIT}, got {limit}"),
            ));
        }
        let offset = self.offset.unwrap_or(0);
        if offset > i64::MAX as u64 {
            return Err((
                "offset",
                format!("must be at most {}, got {offset}", i64::MAX),
            ));
        }
        Ok((limit, offset))
    }
}

impl<T> Page<T> {
    /// The page `q` asks for of `all` (every match, in order): for lists held in memory.
    /// `q` must have passed [`ListQuery::bounds`]; out-of-range values give an empty page.
    pub fn of(all: Vec<T>, q: &ListQuery) -> Page<T> {
        let total = all.len() as u64;
        let (limit, offset) = q.bounds().unwrap_or((0, 0));
        let items = all
            .into_iter()
            .skip(usize::try_from(offset).unwrap_or(usize::MAX))
            .take(usize::try_from(limit).unwrap_or(usize::MAX))
            .collect();
        Page { items, total }
    }
}

/// One page of a list.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq, utoipa::ToSchema)]
pub struct Page<T> {
    pub items: Vec<T>,
    /// Matches in all pages.
    pub total: u64,
}
