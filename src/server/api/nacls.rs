//! `/v1/nacls`: IncludeOS configurations (the shared document routes of [`super::documents`]).

use super::{AppState, Route};

pub fn routes(state: AppState) -> Route {
    super::documents::routes(state, "nacls", crate::store::Store::nacls)
}
