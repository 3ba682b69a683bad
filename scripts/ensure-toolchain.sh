#!/usr/bin/env bash
# Makes sure a Rust toolchain, a C compiler and OpenSSL's headers are present (Debian, as root). Sourced by
# scripts/serve.sh and scripts/test.sh.
set -euo pipefail

apt_install() {
    # Installs the Debian packages that are missing; retries while another apt holds the lock.
    local missing=()
    for pkg in "$@"; do
        dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "installing: ${missing[*]}" >&2
    local tries=0
    export DEBIAN_FRONTEND=noninteractive
    until { [ -n "${MOTHERSHIP_APT_UPDATED:-}" ] || apt-get update -qq; } &&
          apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null; do
        tries=$((tries + 1))
        if [ $tries -ge 10 ]; then
            echo "error: apt-get could not install ${missing[*]}" >&2
            return 1
        fi
        sleep 3
    done
    export MOTHERSHIP_APT_UPDATED=1
}

if ! command -v cc >/dev/null 2>&1; then
    apt_install gcc libc6-dev
fi
# The uplink listener speaks TLS through the system's OpenSSL (the openssl crate links it).
apt_install libssl-dev pkg-config
if ! command -v cargo >/dev/null 2>&1 && [ -x "$HOME/.cargo/bin/cargo" ]; then
    export PATH="$HOME/.cargo/bin:$PATH"
fi
if ! command -v cargo >/dev/null 2>&1; then
    apt_install curl ca-certificates
    echo "installing the Rust toolchain with rustup" >&2
    curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh -s -- -y --profile minimal
    export PATH="$HOME/.cargo/bin:$PATH"
fi
