//! The integration tests: one binary, one module per area, shared fixtures in `helper/`.

mod helper;

mod api_basics;
mod builders;
mod builders_cli;
mod builds;
