#!/usr/bin/env bash
# A rollout (issue 15) of a 4 MiB image to N emulated instances (examples/loadgen.rs, plain
# uplink, loopback) in waves of 10 %, 30 %, 60 % with no soak time: starts `mothership serve`,
# docks the instances, rolls the image out through `POST /v1/rollouts`, waits until every
# instance is verified, and prints the wall time and the server's peak RSS (VmHWM).
#
#   scripts/bench-rollout.sh [INSTANCES]          # default 1000, release build
#   PROFILE=debug scripts/bench-rollout.sh 200    # a dev build (to check it works; slower)
#
# Environment: PROFILE (release or debug, default release), MIB (image size, default 4), WAVES
# (default 10%,30%,60%), PORT (uplink port, default 18790; the API gets PORT+1).
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-1000}
profile=${PROFILE:-release}
mib=${MIB:-4}
waves=${WAVES:-10%,30%,60%}
port=${PORT:-18790}
api=$((port + 1))

case "$profile" in
release) cargo build --quiet --release --bin mothership --example loadgen; bin=target/release ;;
debug) cargo build --quiet --bin mothership --example loadgen; bin=target/debug ;;
*) echo "bench-rollout: PROFILE is release or debug, not $profile" >&2; exit 2 ;;
esac
ulimit -n "$(ulimit -Hn)"

dir=$(mktemp -d)
pid=
cleanup() {
    [ -n "$pid" ] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null
    rm -rf "$dir"
}
trap cleanup EXIT
"$bin/mothership" serve --noservertls --serverauth none --bind 127.0.0.1 --nouplinktls \
    --uplinkport "$port" --serverport "$api" --uplinktoken loadtoken-0123456789 \
    --runtime-dir "$dir/rt" --config-dir "$dir/cf" >"$dir/server.log" 2>&1 &
pid=$!
for _ in $(seq 300); do
    grep -q "Ready in" "$dir/server.log" 2>/dev/null && break
    sleep 0.1
done
grep -q "Ready in" "$dir/server.log" || { cat "$dir/server.log" >&2; exit 1; }
echo "bench-rollout: $profile build, $n instances, ${mib} MiB, waves $waves, $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
"$bin/examples/loadgen" --uplink "127.0.0.1:$port" --token loadtoken-0123456789 \
    --instances "$n" --hold 0 --api "http://127.0.0.1:$api" --server-pid "$pid" \
    --rollout-mib "$mib" --rollout-waves "$waves"
