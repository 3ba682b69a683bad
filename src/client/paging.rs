//! Reading a whole list endpoint, page by page.

use anyhow::Context;
use serde::de::DeserializeOwned;

use super::ApiClient;
use crate::cli::content::ListArgs;
use crate::protocol::list::{MAX_LIMIT, Page};

/// Every item of the list at `path` that matches `args` (up to `args.limit`).
pub async fn fetch_all<T: DeserializeOwned>(
    client: &ApiClient,
    path: &str,
    args: &ListArgs,
) -> anyhow::Result<Vec<T>> {
    let filters = [("search", args.search.clone()), ("sort", args.sort.clone())];
    let filters: Vec<(&str, String)> = filters
        .into_iter()
        .filter_map(|(k, v)| v.map(|v| (k, v)))
        .collect();
    fetch_pages(client, path, &filters, args.limit).await
}

/// Every item of the list at `path` (a list without search or sort: builders, bobs, panics...).
pub async fn fetch_every<T: DeserializeOwned>(
    client: &ApiClient,
    path: &str,
) -> anyhow::Result<Vec<T>> {
    fetch_pages(client, path, &[], None).await
}

/// The items of the list at `path` with the query parameters `filters`, up to `cap`: every list
/// answers `{"items", "total"}` pages of at most [`MAX_LIMIT`], read with `offset` until `total`.
pub async fn fetch_pages<T: DeserializeOwned>(
    client: &ApiClient,
    path: &str,
    filters: &[(&str, String)],
    cap: Option<u64>,
) -> anyhow::Result<Vec<T>> {
    let cap = cap.unwrap_or(u64::MAX);
    let mut items: Vec<T> = Vec::new();
    while (items.len() as u64) < cap {
        let want = (cap - items.len() as u64).min(u64::from(MAX_LIMIT));
        let mut query = filters.to_vec();
        query.push(("limit", want.to_string()));
        query.push(("offset", items.len().to_string()));
        let page: Page<T> = client
            .send(client.request(reqwest::Method::GET, path).query(&query))
            .await?
            .json()
            .await
            .with_context(|| format!("the server's answer to GET {path} is not a list page"))?;
        let n = page.items.len();
        items.extend(page.items);
        if n == 0 || items.len() as u64 >= page.total {
            break;
        }
    }
    Ok(items)
}

/// A date for tables: `2025-05-01 12:00:00` (UTC).
pub fn date(t: &time::OffsetDateTime) -> String {
    let format = time::macros::format_description!("[year]-[month]-[day] [hour]:[minute]:[second]");
    t.format(&format).unwrap_or_default()
}
