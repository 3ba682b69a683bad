//! Reading a whole list endpoint, page by page.

use anyhow::Context;
use serde::de::DeserializeOwned;

use super::ApiClient;
use crate::cli::content::ListArgs;
use crate::protocol::list::{ListQuery, MAX_LIMIT, Page};

/// Every item of the list at `path` that matches `args` (up to `args.limit`).
pub async fn fetch_all<T: DeserializeOwned>(
    client: &ApiClient,
    path: &str,
    args: &ListArgs,
) -> anyhow::Result<Vec<T>> {
    let cap = args.limit.unwrap_or(u64::MAX);
    let mut items: Vec<T> = Vec::new();
    while (items.len() as u64) < cap {
        let want = (cap - items.len() as u64).min(u64::from(MAX_LIMIT)) as u32;
        let query = ListQuery {
            search: args.search.clone(),
            sort: args.sort.clone(),
            limit: Some(want),
            offset: Some(items.len() as u64),
        };
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
