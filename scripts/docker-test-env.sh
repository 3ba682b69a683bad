#!/usr/bin/env bash
# A private Docker engine and a local registry for the builder tests and benchmarks.
#
#   eval "$(scripts/docker-test-env.sh start)"   # prints `export DOCKER_HOST=... MOTHERSHIP_TEST_REGISTRY=...`
#   scripts/docker-test-env.sh status
#   scripts/docker-test-env.sh stop              # kills both, removes their directories
#
# The engine gets its own socket, data root and exec root under a temporary directory, so it never
# touches a system dockerd. The registry (`docker-registry serve`) listens on 127.0.0.1 with
# filesystem storage and no authentication (Debian's default config enables htpasswd: not used).
#
# Environment:
#   MOTHERSHIP_TEST_REGISTRY_PORT  registry port (default: a free port between 20000 and 29999)
#   MOTHERSHIP_DOCKER_ENV_FILE     where the running environment is recorded
#                                  (default: ${TMPDIR:-/tmp}/mothership-docker-test-env)
# Everything this script says goes to stderr; stdout carries only the export lines.
set -euo pipefail

STATE_FILE=${MOTHERSHIP_DOCKER_ENV_FILE:-${TMPDIR:-/tmp}/mothership-docker-test-env}

log() { echo "docker-test-env: $*" >&2; }
die() { log "$*"; exit 1; }

# apt-get may be busy (another process holds the dpkg lock): retry for a while.
apt_install() {
    local tries=0
    export DEBIAN_FRONTEND=noninteractive
    until apt-get install -y -q "$@" >&2; do
        tries=$((tries + 1))
        [ "$tries" -ge 30 ] && die "apt-get install $* kept failing; install them by hand"
        if [ "$tries" -eq 1 ]; then apt-get update -q >&2 || true; fi
        sleep 5
    done
}

ensure_packages() {
    local missing=()
    command -v dockerd >/dev/null || missing+=(docker.io)
    command -v docker-registry >/dev/null || missing+=(docker-registry)
    [ -x /bin/busybox ] && /bin/busybox --list 2>/dev/null | grep -qx sh || missing+=(busybox-static)
    if [ ${#missing[@]} -gt 0 ]; then
        log "installing ${missing[*]}"
        apt_install "${missing[@]}"
    fi
    # The docker.io package enables a system dockerd through systemd where systemd runs; ours is
    # separate from it either way.
}

free_port() {
    local port
    for _ in $(seq 1 200); do
        port=$((20000 + RANDOM % 10000))
        if ! ss -ltnH "sport = :$port" 2>/dev/null | grep -q .; then
            echo "$port"
            return
        fi
    done
    die "no free port found for the registry; set MOTHERSHIP_TEST_REGISTRY_PORT"
}

wait_for() { # wait_for SECONDS DESCRIPTION COMMAND...
    local limit=$1 what=$2
    shift 2
    local deadline=$((SECONDS + limit))
    until "$@" >/dev/null 2>&1; do
        [ $SECONDS -ge $deadline ] && return 1
        sleep 0.1
    done
    log "$what is ready"
}

start_dockerd() { # start_dockerd RUN DRIVER
    local run=$1 driver=$2
    mkdir -p "$run/data" "$run/exec"
    # exec-root and socket paths must stay short (unix socket paths are limited to 108 bytes).
    nohup dockerd --host "unix://$run/docker.sock" --data-root "$run/data" --exec-root "$run/exec" \
        --pidfile "$run/docker.pid" --iptables=false --ip6tables=false --bridge=none \
        --storage-driver="$driver" >"$run/dockerd.log" 2>&1 &
    echo $! >"$run/dockerd.launch.pid"
    if wait_for 30 "dockerd ($driver)" docker -H "unix://$run/docker.sock" version; then
        return 0
    fi
    kill "$(cat "$run/dockerd.launch.pid")" 2>/dev/null || true
    wait "$(cat "$run/dockerd.launch.pid")" 2>/dev/null || true
    return 1
}

cmd_start() {
    if [ -f "$STATE_FILE" ]; then
        # shellcheck disable=SC1090
        . "$STATE_FILE"
        if [ -n "${RUN:-}" ] && docker -H "$DOCKER_HOST" version >/dev/null 2>&1; then
            log "already running (engine $DOCKER_HOST, registry $MOTHERSHIP_TEST_REGISTRY)"
            print_exports
            return
        fi
        log "cleaning up a stale environment recorded in $STATE_FILE"
        cmd_stop
    fi
    ensure_packages
    RUN=$(mktemp -d "${TMPDIR:-/tmp}/ms-docker.XXXXXX")
    DOCKER_HOST="unix://$RUN/docker.sock"
    if ! start_dockerd "$RUN" overlay2; then
        log "overlay2 did not work here (see $RUN/dockerd.log); falling back to vfs"
        rm -rf "$RUN/data" "$RUN/exec"
        start_dockerd "$RUN" vfs || {
            tail -20 "$RUN/dockerd.log" >&2
            rm -rf "$RUN"
            die "dockerd did not start with overlay2 nor vfs"
        }
    fi

    local port=${MOTHERSHIP_TEST_REGISTRY_PORT:-$(free_port)}
    mkdir -p "$RUN/registry"
    cat >"$RUN/registry.yml" <<EOF
version: 0.1
log:
  level: warn
storage:
  filesystem:
    rootdirectory: $RUN/registry
  delete:
    enabled: true
http:
  addr: 127.0.0.1:$port
EOF
    nohup docker-registry serve "$RUN/registry.yml" >"$RUN/registry.log" 2>&1 &
    echo $! >"$RUN/registry.pid"
    MOTHERSHIP_TEST_REGISTRY="127.0.0.1:$port"
    if ! wait_for 30 "registry on $MOTHERSHIP_TEST_REGISTRY" \
        curl -sf "http://$MOTHERSHIP_TEST_REGISTRY/v2/"; then
        tail -20 "$RUN/registry.log" >&2
        write_state
        cmd_stop
        die "the registry did not start on $MOTHERSHIP_TEST_REGISTRY"
    fi
    write_state
    print_exports
}

write_state() {
    cat >"$STATE_FILE" <<EOF
RUN='$RUN'
DOCKER_HOST='$DOCKER_HOST'
MOTHERSHIP_TEST_REGISTRY='${MOTHERSHIP_TEST_REGISTRY:-}'
EOF
}

print_exports() {
    echo "export DOCKER_HOST='$DOCKER_HOST'"
    echo "export MOTHERSHIP_TEST_REGISTRY='$MOTHERSHIP_TEST_REGISTRY'"
}

kill_pidfile() { # kill_pidfile FILE NAME
    local file=$1 name=$2 pid
    [ -f "$file" ] || return 0
    pid=$(cat "$file")
    [ -n "$pid" ] || return 0
    if kill "$pid" 2>/dev/null; then
        for _ in $(seq 1 100); do
            kill -0 "$pid" 2>/dev/null || { log "stopped $name"; return 0; }
            sleep 0.1
        done
        kill -9 "$pid" 2>/dev/null || true
        log "killed $name"
    fi
}

cmd_stop() {
    [ -f "$STATE_FILE" ] || { log "nothing recorded in $STATE_FILE: nothing to stop"; return 0; }
    # shellcheck disable=SC1090
    . "$STATE_FILE"
    [ -n "${RUN:-}" ] || { rm -f "$STATE_FILE"; return 0; }
    if [ -S "$RUN/docker.sock" ]; then
        # Containers left behind by an interrupted test would keep mounts busy.
        local leftover
        leftover=$(docker -H "unix://$RUN/docker.sock" ps -aq 2>/dev/null || true)
        [ -n "$leftover" ] && docker -H "unix://$RUN/docker.sock" rm -f $leftover >/dev/null 2>&1 || true
    fi
    kill_pidfile "$RUN/registry.pid" registry
    kill_pidfile "$RUN/docker.pid" dockerd
    kill_pidfile "$RUN/dockerd.launch.pid" dockerd
    # dockerd's containerd and overlay mounts must be gone before the directory can be removed.
    { grep -o " $RUN[^ ]*" /proc/mounts 2>/dev/null || true; } | sort -r | while read -r m; do
        umount -l "$m" 2>/dev/null || true
    done
    rm -rf "$RUN"
    rm -f "$STATE_FILE"
    log "removed $RUN"
}

cmd_status() {
    [ -f "$STATE_FILE" ] || { log "not running"; return 1; }
    # shellcheck disable=SC1090
    . "$STATE_FILE"
    docker -H "$DOCKER_HOST" version --format 'engine {{.Server.Version}} (API {{.Server.APIVersion}})' >&2 ||
        { log "engine at $DOCKER_HOST is not answering"; return 1; }
    curl -sf "http://$MOTHERSHIP_TEST_REGISTRY/v2/" >/dev/null ||
        { log "registry at $MOTHERSHIP_TEST_REGISTRY is not answering"; return 1; }
    print_exports
}

case "${1:-start}" in
start) cmd_start ;;
stop) cmd_stop ;;
status) cmd_status ;;
*) die "usage: $0 start|stop|status" ;;
esac
