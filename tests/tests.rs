//! The integration tests: one binary, one module per area, shared fixtures in `helper/`.

mod helper;

mod allowed_methods;
mod api_basics;
mod auth;
mod build_inputs;
mod builders;
mod builders_cli;
mod builds;
mod builds_classic;
mod cli;
mod cli_content;
mod connections;
mod deploy;
mod deploy_cli;
mod deploy_client;
mod dockerfile;
mod generated;
mod hangar;
mod hangar_client;
mod hangar_update;
mod htpasswd;
mod identity;
mod images;
mod images_failures;
mod instances_api;
mod instances_cli;
mod nacls;
mod path_segments;
mod request_bodies;
mod startup;
mod upgrade;
mod upgrade_cli;
mod uplink_tls;
mod uplink_urls;
mod uplinks;
