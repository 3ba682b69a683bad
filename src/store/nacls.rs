//! NaCls: IncludeOS configurations, stored by ID with a unique name (see [`super::documents`]).

use super::Store;
use super::documents::{Documents, Kind, document_schema};

pub(super) const SCHEMA: &str = document_schema!("nacls");

impl Store {
    /// The NaCls: `store.nacls().create(..)`, `.get(id_or_name)`, `.list(..)`, ...
    pub fn nacls(&self) -> Documents {
        Documents::new(
            self,
            Kind {
                table: "nacls",
                kind: "NaCl",
            },
        )
    }
}
