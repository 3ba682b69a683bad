#!/usr/bin/env bash
# Runs the whole test suite on a Debian machine as root: installs what the tests need (Rust, a C
# compiler, Apache's htpasswd, the Docker engine, a registry, busybox), starts a private Docker
# engine and a local registry for the builder tests, runs every test, and stops them again.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/ensure-toolchain.sh

apt_install apache2-utils

if [ -x scripts/docker-test-env.sh ] && [ -z "${MOTHERSHIP_SKIP_DOCKER_TESTS:-}" ]; then
    # Prints `export VAR=...` lines for DOCKER_HOST and the registry address.
    eval "$(scripts/docker-test-env.sh start)"
    trap 'scripts/docker-test-env.sh stop >/dev/null 2>&1 || true' EXIT
fi

export CARGO_TERM_COLOR=never
cargo build --locked --all-targets
cargo test --locked --no-fail-fast --all-targets -- --test-threads="${MOTHERSHIP_TEST_THREADS:-4}"
