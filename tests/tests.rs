//! The integration tests: one binary, one module per area, shared fixtures in `helper/`.

mod helper;

mod api_basics;
mod hangar;
mod hangar_update;
mod instances_api;
mod instances_cli;
