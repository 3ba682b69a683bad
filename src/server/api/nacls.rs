//! `/v1/nacls`: IncludeOS configurations (the shared document routes of [`super::documents`]).

use super::{AppState, Route};
use crate::protocol::routes;

pub fn routes(state: AppState) -> Route {
    super::documents::routes(
        state,
        routes::NACLS,
        routes::NACL,
        crate::store::Store::nacls,
    )
}
