//! Snippets: small reusable NaCl pieces, stored like NaCls (see [`super::documents`]).

use super::Store;
use super::documents::{Documents, Kind, document_schema};

pub(super) const SCHEMA: &str = document_schema!("snippets");

impl Store {
    /// The snippets: `store.snippets().create(..)`, `.get(id_or_name)`, `.list(..)`, ...
    pub fn snippets(&self) -> Documents {
        Documents::new(
            self,
            Kind {
                table: "snippets",
                kind: "snippet",
            },
        )
    }
}
