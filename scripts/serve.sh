#!/usr/bin/env bash
# Builds Mothership and runs `mothership serve` from the repository root with the embedded
# defaults (TLS with a generated certificate, basic auth with a generated admin password, API on
# :8080, uplink on :9090). Extra arguments go to `serve`, e.g. scripts/serve.sh --verboselogging
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/ensure-toolchain.sh
cargo build --release --locked --bin mothership
exec ./target/release/mothership serve "$@"
