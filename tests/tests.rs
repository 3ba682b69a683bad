//! The integration tests: one binary, one module per area, shared fixtures in `helper/`.

mod helper;

mod api_basics;
mod auth;
mod cli;
mod connections;
mod generated;
mod htpasswd;
mod startup;
mod cli_content;
mod images;
mod images_failures;
mod nacls;
mod uplinks;
