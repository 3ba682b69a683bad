#!/usr/bin/env bash
# The web interface in a real headless Chromium (Debian's chromium and chromium-driver, which
# scripts/test.sh installs) against a real server in a temporary directory, with N emulated
# instances docked over the uplink (examples/loadgen.rs) and a user `admin`:
#
#   scripts/web-pages.sh render [INSTANCES]         # default 10000: time the Instances page's first page
#   scripts/web-pages.sh screenshots [DIR]          # default docs/screenshots: PNGs of the main pages,
#                                                   # light and dark (NAME-dark.png), the Instances page
#                                                   # with no instances and a page whose server is gone
#
# Environment: PROFILE (release, the default, or debug: which build of mothership and the
# examples to use), PORT (the uplink port, default 18590; the API gets PORT+1 and chromedriver
# PORT+2), RUNS (page loads timed by `render`, default 5). The figures come from
# examples/web_pages.rs, which drives the browser; everything is stopped and removed at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
what=${1:-render}
profile=${PROFILE:-release}
port=${PORT:-18590}
api=$((port + 1))
driver_port=$((port + 2))
case "$what" in
render) n=${2:-10000} ;;
screenshots) n=40; out=${2:-docs/screenshots} ;;
*) echo "usage: $0 render [INSTANCES] | screenshots [DIR]" >&2; exit 2 ;;
esac
for tool in chromium chromedriver curl; do
    command -v "$tool" >/dev/null || { echo "web-pages: no $tool on PATH (apt-get install chromium chromium-driver curl)" >&2; exit 1; }
done

build=()
[ "$profile" = release ] && build=(--release)
cargo build --quiet "${build[@]}" --bin mothership --example loadgen --example web_pages
bin=target/$profile
ulimit -n "$(ulimit -Hn)"

dir=$(mktemp -d)
pids=()
cleanup() {
    for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
    wait 2>/dev/null || true
    rm -rf "$dir"
}
trap cleanup EXIT

password=web-pages-$RANDOM$RANDOM
mkdir -p "$dir/cf"
echo "$password" | "$bin/mothership" htpasswd add admin --cost 4 --password-stdin --file "$dir/cf/.htpasswd" >/dev/null 2>&1
"$bin/mothership" serve --noservertls --nouplinktls --bind 127.0.0.1 --name "web-pages" \
    --uplinkport "$port" --serverport "$api" --uplinktoken webpages-0123456789 \
    --runtime-dir "$dir/rt" --config-dir "$dir/cf" >"$dir/server.log" 2>&1 &
pids+=($!)
for _ in $(seq 100); do
    grep -q "Ready in" "$dir/server.log" 2>/dev/null && break
    sleep 0.1
done
grep -q "Ready in" "$dir/server.log" || { cat "$dir/server.log" >&2; exit 1; }

chromedriver --port="$driver_port" >"$dir/chromedriver.log" 2>&1 &
pids+=($!)
for _ in $(seq 100); do
    grep -q "started successfully" "$dir/chromedriver.log" 2>/dev/null && break
    sleep 0.1
done

chromium=$(command -v chromium)
args=(--webdriver "http://127.0.0.1:$driver_port" --url "http://127.0.0.1:$api" --user admin
    --password "$password" --chromium "$chromium")
if [ "$what" = screenshots ]; then
    # Before any instance docks: the empty Instances page.
    "$bin/examples/web_pages" "${args[@]}" screenshots "$out" --set empty
fi

# The instances stay docked until the end.
"$bin/examples/loadgen" --uplink "127.0.0.1:$port" --token webpages-0123456789 --instances "$n" \
    --hold 3600 --api "http://127.0.0.1:$api" --user admin --password "$password" >"$dir/loadgen.log" 2>&1 &
loadgen=$!
pids+=($loadgen)
for _ in $(seq 1200); do
    grep -q "visible as connected" "$dir/loadgen.log" 2>/dev/null && break
    kill -0 "$loadgen" 2>/dev/null || { cat "$dir/loadgen.log" >&2; exit 1; }
    sleep 0.5
done
grep -q "visible as connected" "$dir/loadgen.log" || { cat "$dir/loadgen.log" >&2; exit 1; }
grep "wave:" "$dir/loadgen.log" >&2

if [ "$what" = screenshots ]; then
    # Something on the Images and NaCl pages: a small ELF as an image, and a NaCl.
    curl -sf -u "admin:$password" -H 'content-type: application/octet-stream' --data-binary @/bin/true \
        "http://127.0.0.1:$api/v1/images?tag=web-demo" >/dev/null || echo "web-pages: uploading an example image failed" >&2
    curl -sf -u "admin:$password" -H 'content-type: application/json' \
        -d '{"name":"edge","content":"Iface eth0 {\n  index: 0,\n  config: dhcp\n}\n"}' \
        "http://127.0.0.1:$api/v1/nacls" >/dev/null || echo "web-pages: storing an example NaCl failed" >&2
fi

echo "web-pages: $n instances, $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $profile build" >&2
case "$what" in
render) "$bin/examples/web_pages" "${args[@]}" render --runs "${RUNS:-5}" ;;
screenshots)
    "$bin/examples/web_pages" "${args[@]}" screenshots "$out"
    "$bin/examples/web_pages" "${args[@]}" screenshots "$out" --theme dark
    # Last: the server stops while a page is open.
    "$bin/examples/web_pages" "${args[@]}" screenshots "$out" --set unreachable \
        --stop-server "kill ${pids[0]}"
    # They are committed: as small as a lossless recompression makes them.
    if command -v optipng >/dev/null; then
        optipng -quiet -o2 -strip all "$out"/*.png
    else
        echo "web-pages: no optipng (apt-get install optipng): the PNGs are as Chromium wrote them" >&2
    fi
    ;;
esac
