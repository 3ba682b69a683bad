#!/usr/bin/env bash
# Docking wave and steady state of N emulated instances (examples/loadgen.rs) against a release
# build of `mothership serve`, over the uplink TLS that real instances speak (TLS 1.2,
# AES256-SHA, RSA key exchange), over modern TLS, or without TLS. Loopback only.
#
#   scripts/bench-uplink.sh [instance|modern|plain] [INSTANCES]     # defaults: instance 10000
#
# Environment: HOLD (seconds of steady state, default 20), PORT (uplink port, default 18490;
# the API gets PORT+1), CONCURRENCY (docks set up at once, default 2000; lower it on a busy
# machine, where RSA handshakes queued behind each other run into the 10 s handshake timeout),
# CONFIG (YAML for the server's config.yaml, e.g. CONFIG='hangar: {idle_loop: false}' to measure
# without the idle loop). Prints the load generator's figures: the wave's wall time, the server's
# CPU for it (docks per second of server CPU) and its RSS, then the steady state's CPU and RSS
# per docked instance.
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:-instance}
n=${2:-10000}
hold=${HOLD:-20}
concurrency=${CONCURRENCY:-2000}
port=${PORT:-18490}
api=$((port + 1))

serve_args=()
load_args=()
case "$mode" in
instance) load_args=(--tls instance) ;;
modern) load_args=(--tls modern) ;;
plain) serve_args=(--nouplinktls) ;;
*) echo "bench-uplink: mode is instance, modern or plain, not $mode" >&2; exit 2 ;;
esac

cargo build --quiet --release --bin mothership --example loadgen
# Every docked instance is a socket on each side.
ulimit -n "$(ulimit -Hn)"

dir=$(mktemp -d)
pid=
cleanup() {
    [ -n "$pid" ] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null
    rm -rf "$dir"
}
trap cleanup EXIT
mkdir -p "$dir/cf"
[ -n "${CONFIG:-}" ] && printf '%s\n' "$CONFIG" >"$dir/cf/config.yaml"
target/release/mothership serve --noservertls --serverauth none --bind 127.0.0.1 \
    --uplinkport "$port" --serverport "$api" --uplinktoken loadtoken-0123456789 \
    --runtime-dir "$dir/rt" --config-dir "$dir/cf" "${serve_args[@]}" >"$dir/server.log" 2>&1 &
pid=$!
for _ in $(seq 100); do
    grep -q "Ready in" "$dir/server.log" 2>/dev/null && break
    sleep 0.1
done
grep -q "Ready in" "$dir/server.log" || { cat "$dir/server.log" >&2; exit 1; }
echo "bench-uplink: $mode, $n instances, $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
target/release/examples/loadgen --uplink "127.0.0.1:$port" --token loadtoken-0123456789 \
    --instances "$n" --hold "$hold" --concurrency "$concurrency" --api "http://127.0.0.1:$api" --server-pid "$pid" \
    "${load_args[@]}"
