#!/usr/bin/env bash
# Runs the whole test suite on a Debian machine as root: installs what the tests need (Rust, a C
# compiler, Apache's htpasswd, the Docker engine, a registry, busybox), starts a private Docker
# engine and a local registry for the builder tests, runs every test, and stops them again.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/ensure-toolchain.sh

# htpasswd for the Apache-format tests; curl for the Dockerfile check; promtool (package
# prometheus) for the /metrics check; influxd (package influxdb, 1.x) for the InfluxDB reporter
# tests, which start their own on free ports (the package's own service is not needed).
apt_install apache2-utils curl
apt_install prometheus
apt_install influxdb
# A headless Chromium and its WebDriver for the web interface tests (tests/web_ui.rs).
apt_install chromium chromium-driver
# openapi-spec-validator (PyPI; Debian bookworm has no package of it) for the OpenAPI 3.1 check
# of /v1/openapi.json (tests/openapi.rs).
if ! command -v openapi-spec-validator >/dev/null 2>&1; then
    apt_install python3-pip
    python3 -m pip install --quiet openapi-spec-validator==0.9.0 2>/dev/null ||
        python3 -m pip install --quiet --break-system-packages openapi-spec-validator==0.9.0
fi

if [ -x scripts/docker-test-env.sh ] && [ -z "${MOTHERSHIP_SKIP_DOCKER_TESTS:-}" ]; then
    # Prints `export VAR=...` lines for DOCKER_HOST and the registry address.
    eval "$(scripts/docker-test-env.sh start)"
    trap 'scripts/docker-test-env.sh stop >/dev/null 2>&1 || true' EXIT
    # The Dockerfile test (tests/dockerfile.rs) builds the image's runtime stage FROM
    # debian:bookworm-slim, which Docker Hub would give; here a stand-in made from Debian's
    # mirror, in the background while cargo builds (mostly download and unpacking).
    STANDINS_LOG=$(mktemp)
    scripts/dockerfile-standins.sh "${MOTHERSHIP_STANDINS_DIR:-/var/cache/mothership-standins}" \
        debian >"$STANDINS_LOG" 2>&1 &
    STANDINS_PID=$!
fi

export CARGO_TERM_COLOR=never
cargo build --locked --all-targets
if [ -n "${STANDINS_PID:-}" ] && ! wait "$STANDINS_PID"; then
    tail -30 "$STANDINS_LOG" >&2
    echo "test.sh: making the debian:bookworm-slim stand-in failed (log above)" >&2
    exit 1
fi
cargo test --locked --no-fail-fast --all-targets -- --test-threads="${MOTHERSHIP_TEST_THREADS:-4}"
