//! `/v1/snippets`: reusable NaCl pieces (the shared document routes of [`super::documents`]).

use super::{AppState, Route};
use crate::protocol::routes;

pub fn routes(state: AppState) -> Route {
    super::documents::routes(
        state,
        routes::SNIPPETS,
        routes::SNIPPET,
        crate::store::Store::snippets,
    )
}
