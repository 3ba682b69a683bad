#!/usr/bin/env bash
# Builds the image and runs the original Mothership's two documented `docker run` lines against
# it: a user's own config_files/ (config.yaml, .htpasswd, cert.pem, key.pem) bind-mounted at
# /home/ubuntu/mothership/config_files must be used, and state must land in the named volume
# mounted at /home/ubuntu/mothership/runtime_files (and survive a new container).
#
#   eval "$(scripts/docker-test-env.sh start)"     # or any engine DOCKER_HOST points at
#   scripts/docker-seed-check.sh [--no-build | --prebuilt BINARY]
#
# A full image build compiles Mothership in the image (a cold build takes about 15 minutes).
# `--prebuilt BINARY` builds only the Dockerfile's `runtime` stage and puts BINARY (built on this
# Debian bookworm host) on top of it, as the Dockerfile's last stage does with the binary it
# compiles: this is how the test suite runs the check (tests/dockerfile.rs). The image is tagged
# `mothership`, the container is named `mothership` and the volume `mothership_storage`, as in
# the documentation; the script refuses to run when such a container or volume already exists
# (set SEED_CHECK_VOLUME to use another volume name). It needs curl, openssl and a built
# `mothership` binary (target/debug or target/release, for `htpasswd add`).
#
# Where the engine's containers have no network of their own (`dockerd --bridge=none`, as the
# private test engine runs), set SEED_CHECK_NETWORK=host: the image is built with
# `--network host` and the two lines run with `--network host` in place of their `-p` options
# (the ports then come from the mounted config.yaml). When DOCKER_HOST is a unix socket other
# than /var/run/docker.sock, that socket is mounted in its place (the lines are otherwise
# unchanged).
set -euo pipefail

log() { echo "docker-seed-check: $*" >&2; }
die() {
    log "FAILED: $*"
    exit 1
}

REPO=$(cd "$(dirname "$0")/.." && pwd)
BUILD=1
PREBUILT=""
case "${1:-}" in
--no-build) BUILD=0 ;;
--prebuilt)
    PREBUILT=${2:-}
    [ -x "$PREBUILT" ] || { echo "docker-seed-check: --prebuilt needs an executable" >&2; exit 2; }
    ;;
"") ;;
*) echo "usage: $0 [--no-build | --prebuilt BINARY]" >&2; exit 2 ;;
esac
VOLUME=${SEED_CHECK_VOLUME:-mothership_storage}
NETWORK=${SEED_CHECK_NETWORK:-}
SEED=/home/ubuntu/mothership

command -v docker >/dev/null || die "no docker client on PATH"
command -v curl >/dev/null || die "no curl on PATH"
command -v openssl >/dev/null || die "no openssl on PATH"
docker version >/dev/null 2>&1 || die "no Docker engine answers at ${DOCKER_HOST:-the default socket}"
MOTHERSHIP=""
for candidate in "$REPO/target/release/mothership" "$REPO/target/debug/mothership"; do
    [ -x "$candidate" ] && MOTHERSHIP=$candidate && break
done
[ -n "$MOTHERSHIP" ] || die "no mothership binary in target/: run cargo build first"
if docker container inspect mothership >/dev/null 2>&1; then
    die "a container named mothership exists; remove it first (docker rm -f mothership)"
fi
if docker volume inspect "$VOLUME" >/dev/null 2>&1; then
    die "volume $VOLUME exists; remove it (docker volume rm $VOLUME) or set SEED_CHECK_VOLUME"
fi

SOCKET=/var/run/docker.sock
case "${DOCKER_HOST:-}" in unix://*) SOCKET=${DOCKER_HOST#unix://} ;; esac

build_network=()
[ "$NETWORK" = host ] && build_network=(--network host)
if [ -n "$PREBUILT" ]; then
    log "building the Dockerfile's runtime stage, with $PREBUILT on top"
    (cd "$REPO" && docker build -q "${build_network[@]}" --target runtime -t mothership-runtime .) >&2
    CONTEXT=$(mktemp -d)
    cp "$PREBUILT" "$CONTEXT/mothership"
    printf 'FROM mothership-runtime\nCOPY mothership /usr/local/bin/mothership\n' >"$CONTEXT/Dockerfile"
    build_ok=1
    docker build -q -t mothership "$CONTEXT" >&2 || build_ok=0
    rm -rf "$CONTEXT"
    [ "$build_ok" = 1 ] || die "building the image from the runtime stage failed"
elif [ "$BUILD" = 1 ]; then
    log "building the image (nice'd; slow on a cold cache)"
    (cd "$REPO" && nice -n 10 docker build "${build_network[@]}" -t mothership .) >&2
fi

WORK=$(mktemp -d)
CREATED_VOLUME=0
cleanup() {
    docker rm -f mothership >/dev/null 2>&1 || true
    [ "$CREATED_VOLUME" = 1 ] && docker volume rm "$VOLUME" >/dev/null 2>&1 || true
    rm -rf "$WORK"
}
trap cleanup EXIT

free_port() {
    local port
    for _ in $(seq 1 200); do
        port=$((30000 + RANDOM % 10000))
        if ! ss -ltnH "sport = :$port" 2>/dev/null | grep -q .; then
            echo "$port"
            return
        fi
    done
    die "no free port found"
}

# The user's own configuration: a certificate for localhost, one user, a name and (with host
# networking) ports of its own.
mkdir "$WORK/config_files"
openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj /CN=localhost \
    -addext subjectAltName=DNS:localhost,IP:127.0.0.1 \
    -keyout "$WORK/config_files/key.pem" -out "$WORK/config_files/cert.pem" 2>/dev/null
PASSWORD=seed-check-$RANDOM$RANDOM
echo "$PASSWORD" | "$MOTHERSHIP" htpasswd add seeduser --cost 4 --password-stdin \
    --file "$WORK/config_files/.htpasswd" >/dev/null
NAME=seed-check-$RANDOM
if [ "$NETWORK" = host ]; then
    API_PORT=$(free_port)
    UPLINK_PORT=$(free_port)
    printf 'name: %s\nserverport: %s\nuplinkport: %s\n' "$NAME" "$API_PORT" "$UPLINK_PORT" \
        >"$WORK/config_files/config.yaml"
    publish=(--network host)
else
    API_PORT=8080
    printf 'name: %s\n' "$NAME" >"$WORK/config_files/config.yaml"
fi
chmod -R a+rX "$WORK/config_files"
HTPASSWD_BEFORE=$(sha256sum "$WORK/config_files/.htpasswd")
VOLUMES_BEFORE=$(docker volume ls -q | sort)
CREATED_VOLUME=1

API=https://localhost:$API_PORT
api() { curl -sS --cacert "$WORK/config_files/cert.pem" "$@"; }

wait_ready() {
    for _ in $(seq 1 120); do
        if api -o /dev/null "$API/v1/health" 2>/dev/null; then return; fi
        # A container that `docker run &` has created but not yet started is not running
        # either: only one that has exited (or died) has stopped.
        case "$(docker inspect -f '{{.State.Status}}' mothership 2>/dev/null)" in
        exited | dead)
            docker logs mothership >&2 || true
            cat "$WORK"/run*.log >&2 2>/dev/null || true
            die "the container stopped"
            ;;
        esac
        sleep 0.5
    done
    docker logs mothership >&2 || true
    die "the server did not answer $API/v1/health within 60 s"
}

cd "$WORK"
log "seed line 1 (in $WORK)"
# Line 1 of the seed runs in the foreground; here it runs in the background and is stopped below.
if [ "$NETWORK" = host ]; then
    docker run \
        --name mothership \
        "${publish[@]}" \
        -v $PWD/config_files:/home/ubuntu/mothership/config_files \
        -v $VOLUME:/home/ubuntu/mothership/runtime_files \
        -v $SOCKET:/var/run/docker.sock \
        mothership serve >"$WORK/run1.log" 2>&1 &
else
    docker run \
        --name mothership \
        -p 8080:8080 \
        -p 9090:9090 \
        -v $PWD/config_files:/home/ubuntu/mothership/config_files \
        -v $VOLUME:/home/ubuntu/mothership/runtime_files \
        -v $SOCKET:/var/run/docker.sock \
        mothership serve >"$WORK/run1.log" 2>&1 &
fi
wait_ready
info=$(api -u "seeduser:$PASSWORD" "$API/v1/info")
echo "$info" | grep -q "\"name\":\"$NAME\"" ||
    die "/v1/info as seeduser did not report the mounted config.yaml's name $NAME: $info"
log "seeduser from the mounted .htpasswd logs in over the mounted cert.pem; name is $NAME"
code=$(api -o /dev/null -w '%{http_code}' -u "seeduser:wrong" "$API/v1/info")
[ "$code" = 401 ] || die "a wrong password got $code, not 401"
created=$(api -u "seeduser:$PASSWORD" -H 'content-type: application/json' \
    -d '{"name":"seed-check","content":"Iface eth0 {\n  index: 0,\n  config: dhcp\n}\n"}' "$API/v1/nacls")
echo "$created" | grep -q '"name":"seed-check"' || die "creating a NaCl failed: $created"
mounts=$(docker inspect -f '{{range .Mounts}}{{.Type}}:{{.Name}}:{{.Destination}} {{end}}' mothership)
log "mounts: $mounts"
echo "$mounts" | grep -q "volume:$VOLUME:$SEED/runtime_files" ||
    die "$VOLUME is not mounted at $SEED/runtime_files: $mounts"
[ "$(echo "$mounts" | wc -w)" = 3 ] || die "expected exactly the three mounts given: $mounts"
docker stop mothership >/dev/null
wait || true
docker rm mothership >/dev/null
grep -q 'Created .*admin' "$WORK/run1.log" && die "the server made its own admin user: $(cat "$WORK/run1.log")"
[ "$(sha256sum "$WORK/config_files/.htpasswd")" = "$HTPASSWD_BEFORE" ] ||
    die "the mounted .htpasswd was changed"

log "seed line 2 (a new container on the same volume, serve --verboselogging)"
if [ "$NETWORK" = host ]; then
    docker run --name mothership "${publish[@]}" \
        -v $PWD/config_files:/home/ubuntu/mothership/config_files \
        -v $VOLUME:/home/ubuntu/mothership/runtime_files \
        -v $SOCKET:/var/run/docker.sock \
        mothership serve --verboselogging >"$WORK/run2.log" 2>&1 &
else
    docker run --name mothership --publish 9090:9090 --publish 8080:8080 \
        -v $PWD/config_files:/home/ubuntu/mothership/config_files \
        -v $VOLUME:/home/ubuntu/mothership/runtime_files \
        -v $SOCKET:/var/run/docker.sock \
        mothership serve --verboselogging >"$WORK/run2.log" 2>&1 &
fi
wait_ready
nacls=$(api -u "seeduser:$PASSWORD" "$API/v1/nacls")
echo "$nacls" | grep -q '"name":"seed-check"' ||
    die "the NaCl made by the first container is not in the volume: $nacls"
log "the second container sees the first one's NaCl"
docker stop mothership >/dev/null
wait || true
grep -q 'DEBUG' "$WORK/run2.log" || die "--verboselogging did not take: $(cat "$WORK/run2.log")"
docker rm mothership >/dev/null
grep -q 'not a mounted volume' "$WORK/run1.log" "$WORK/run2.log" &&
    die "the server warned about a missing mount although both were given"

stored=$(docker run --rm --entrypoint ls -v "$VOLUME:/data" mothership -A /data)
log "in volume $VOLUME: $(echo $stored)"
[ -n "$stored" ] || die "volume $VOLUME is empty"
VOLUMES_AFTER=$(docker volume ls -q | sort)
new_volumes=$(comm -13 <(echo "$VOLUMES_BEFORE") <(echo "$VOLUMES_AFTER") | grep -vx "$VOLUME" || true)
[ -z "$new_volumes" ] || die "anonymous volumes appeared: $new_volumes"

log "without mounts: the server warns that state would be lost"
docker run --name mothership --rm --network none --entrypoint mothership mothership \
    serve --serverauth none --noservertls --nouplinktls >"$WORK/run3.log" 2>&1 &
for _ in $(seq 1 60); do
    grep -q 'runtime_files is not a mounted volume' "$WORK/run3.log" && break
    sleep 0.5
done
docker stop mothership >/dev/null 2>&1 || true
wait || true
grep -q 'runtime_files is not a mounted volume' "$WORK/run3.log" ||
    die "no warning about the unmounted runtime_files: $(cat "$WORK/run3.log")"
log "OK: the seed's docker run lines use the mounted config_files and the named volume"
