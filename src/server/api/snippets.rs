//! `/v1/snippets`: reusable NaCl pieces (the shared document routes of [`super::documents`]).

use super::{AppState, Route};

pub fn routes(state: AppState) -> Route {
    super::documents::routes(state, "snippets", crate::store::Store::snippets)
}
