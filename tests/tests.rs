//! The integration tests: one binary, one module per area, shared fixtures in `helper/`.

mod helper;

mod api_basics;
mod auth;
mod cli;
mod cli_content;
mod connections;
mod generated;
mod htpasswd;
mod images;
mod images_failures;
mod nacls;
mod startup;
mod uplinks;
mod hangar;
mod hangar_update;
mod instances_api;
mod instances_cli;
