#!/usr/bin/env bash
# Local stand-ins for the Dockerfile's two base images, for machines WITHOUT Docker Hub access.
#
#   scripts/dockerfile-standins.sh [WORKDIR [debian|rust|both]]   # default: both
#   docker build -t mothership .         # --network host when the engine's containers have no network
#
# On a normal machine you do not need this: `docker build .` pulls the real `rust:1-bookworm` and
# `debian:bookworm-slim` from Docker Hub. Here, with only Debian's package mirror and crates.io
# reachable, this script makes images with the same tags in the engine DOCKER_HOST points at:
#
#   debian:bookworm-slim  a debootstrap --variant=minbase rootfs of bookworm (no apt lists, like
#                         the real slim image; its sources point at the mirror below)
#   rust:1-bookworm       the same plus build-essential, pkg-config and ca-certificates (what the
#                         real image, built on buildpack-deps, offers a Rust build), and a copy of
#                         the host's active rustup toolchain (without share/doc) under
#                         /usr/local/rustup, the rustup proxies in /usr/local/cargo/bin on PATH,
#                         RUSTUP_HOME/CARGO_HOME set as the official image sets them
#
# Both get the apt settings of the official images (no package cache files, archives deleted
# after each install, no translations); the slim one also leaves docs, man pages and locales out,
# as the real -slim variant does. Both get the apt sources the real images have (bookworm,
# bookworm-updates, bookworm-security in /etc/apt/sources.list.d/debian.sources).
#
# Behind a TLS-intercepting proxy, cargo in the build stage must trust the proxy's CA: the
# certificates the host added in /usr/local/share/ca-certificates are copied into the rust
# stand-in only (the real rust image has just Debian's CA set, and the runtime image gets
# Debian's ca-certificates, as on a real machine).
#
# Needs root (debootstrap), a rustup toolchain on the host, and about 3 GB in WORKDIR (default
# ${TMPDIR:-/tmp}/mothership-standins; the rootfs trees are deleted after the import, the .deb
# cache is kept for re-runs). Environment: DEBIAN_MIRROR (default http://deb.debian.org/debian),
# DEBIAN_SECURITY_MIRROR (default http://deb.debian.org/debian-security), STANDINS_REFRESH (set:
# bootstrap debian:bookworm-slim anew instead of loading the copy saved in WORKDIR).
#
# scripts/test.sh runs `scripts/dockerfile-standins.sh DIR debian` for the Dockerfile test.
set -euo pipefail

WORK=${1:-${TMPDIR:-/tmp}/mothership-standins}
WHICH=${2:-both}
case "$WHICH" in debian | rust | both) ;; *) echo "usage: $0 [WORKDIR [debian|rust|both]]" >&2; exit 2 ;; esac
MIRROR=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
SECURITY_MIRROR=${DEBIAN_SECURITY_MIRROR:-http://deb.debian.org/debian-security}
SUITE=bookworm

log() { echo "dockerfile-standins: $*" >&2; }
die() { log "$*"; exit 1; }

[ "$(id -u)" -eq 0 ] || die "run as root (debootstrap needs it)"
command -v docker >/dev/null || die "no docker client on PATH"
docker version >/dev/null 2>&1 || die "no Docker engine answers at ${DOCKER_HOST:-the default socket}"

# apt-get may be busy (another process holds the dpkg lock): retry for a while.
if ! command -v debootstrap >/dev/null; then
    tries=0
    until DEBIAN_FRONTEND=noninteractive apt-get install -y -q debootstrap >&2; do
        tries=$((tries + 1))
        [ "$tries" -ge 30 ] && die "apt-get install debootstrap kept failing; install it by hand"
        sleep 10
    done
fi

if [ "$WHICH" != debian ]; then
    command -v rustup >/dev/null || die "no rustup on PATH: the rust stand-in copies the host's toolchain"
    TOOLCHAIN=$(rustup show active-toolchain | awk '{print $1}')
    TOOLCHAIN_DIR=$(rustup show home)/toolchains/$TOOLCHAIN
    RUSTUP_BIN=$(command -v rustup)
    [ -x "$TOOLCHAIN_DIR/bin/cargo" ] ||
        die "no cargo in $TOOLCHAIN_DIR (rustup show active-toolchain said $TOOLCHAIN)"
fi

mkdir -p "$WORK/cache"
WORK=$(cd "$WORK" && pwd)

# debootstrap ROOT [--include=...]: a fresh minbase rootfs, nice'd (this machine is shared).
bootstrap() {
    local root=$1
    shift
    rm -rf "$root"
    log "debootstrap $SUITE into $root $*"
    nice -n 19 debootstrap --variant=minbase --cache-dir="$WORK/cache" "$@" \
        "$SUITE" "$root" "$MIRROR" >"$root.log" 2>&1 || {
        tail -20 "$root.log" >&2
        die "debootstrap failed (full log: $root.log)"
    }
    rm -f "$root/etc/apt/sources.list"
    cat >"$root/etc/apt/sources.list.d/debian.sources" <<EOF
Types: deb
URIs: $MIRROR
Suites: $SUITE $SUITE-updates
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg

Types: deb
URIs: $SECURITY_MIRROR
Suites: $SUITE-security
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
EOF
    # What the official images configure for apt in containers (the images stay small when a
    # Dockerfile installs packages).
    cat >"$root/etc/apt/apt.conf.d/docker-clean" <<'EOF'
DPkg::Post-Invoke { "rm -f /var/cache/apt/archives/*.deb /var/cache/apt/archives/partial/*.deb /var/cache/apt/*.bin || true"; };
APT::Update::Post-Invoke { "rm -f /var/cache/apt/archives/*.deb /var/cache/apt/archives/partial/*.deb /var/cache/apt/*.bin || true"; };
Dir::Cache::pkgcache "";
Dir::Cache::srcpkgcache "";
EOF
    echo 'Acquire::Languages "none";' >"$root/etc/apt/apt.conf.d/docker-no-languages"
    echo 'Apt::AutoRemove::SuggestsImportant "false";' >"$root/etc/apt/apt.conf.d/docker-autoremove-suggests"
    # Like the official images: no package lists or downloaded archives in the image.
    rm -rf "$root"/var/lib/apt/lists/* "$root"/var/cache/apt/archives/*.deb "$root"/var/cache/apt/*.bin
}

# import ROOT TAG CHANGE...: the rootfs as a one-layer image (without /dev, /proc, /sys contents).
import() {
    local root=$1 tag=$2
    shift 2
    local changes=()
    for c in "$@"; do changes+=(--change "$c"); done
    log "importing $root as $tag"
    tar -C "$root" --numeric-owner --exclude='./dev/*' --exclude='./proc/*' --exclude='./sys/*' -c . |
        docker import "${changes[@]}" - "$tag" >/dev/null
}

done_message() {
    log "done; now: docker build -t mothership . (with --network host if this engine's containers have no network)"
}

BASE_PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin

# slim ROOT: what the -slim variant leaves out, now and for packages installed later.
slim() {
    local root=$1
    cat >"$root/etc/dpkg/dpkg.cfg.d/docker" <<'EOF'
path-exclude /usr/share/doc/*
path-include /usr/share/doc/*/copyright
path-exclude /usr/share/groff/*
path-exclude /usr/share/info/*
path-exclude /usr/share/linda/*
path-exclude /usr/share/lintian/overrides/*
path-exclude /usr/share/locale/*
path-include /usr/share/locale/locale.alias
path-exclude /usr/share/man/*
EOF
    find "$root/usr/share/doc" -mindepth 2 ! -name copyright ! -type d -delete
    find "$root/usr/share/doc" -mindepth 1 -type d -empty -delete
    rm -rf "$root"/usr/share/groff/* "$root"/usr/share/info/* "$root"/usr/share/linda/* \
        "$root"/usr/share/lintian/overrides/* "$root"/usr/share/man/*
    find "$root/usr/share/locale" -mindepth 1 -maxdepth 1 ! -name locale.alias -exec rm -rf {} +
}

if [ "$WHICH" != rust ]; then
    # The imported image is saved beside the .deb cache: a later run (a new engine, as every
    # test run starts) loads it in seconds instead of bootstrapping again.
    SAVED=$WORK/debian-bookworm-slim.tar
    if [ -s "$SAVED" ] && [ -z "${STANDINS_REFRESH:-}" ] && docker load -q -i "$SAVED" >&2; then
        log "loaded debian:bookworm-slim from $SAVED (STANDINS_REFRESH=1 makes it anew)"
    else
        DEBIAN_ROOT=$WORK/debian-rootfs
        bootstrap "$DEBIAN_ROOT"
        slim "$DEBIAN_ROOT"
        import "$DEBIAN_ROOT" debian:bookworm-slim "ENV PATH=$BASE_PATH" 'CMD ["bash"]'
        rm -rf "$DEBIAN_ROOT"
        docker save -o "$SAVED.part" debian:bookworm-slim && mv "$SAVED.part" "$SAVED"
    fi
    docker images --format '{{.Repository}}:{{.Tag}} {{.Size}}' debian:bookworm-slim >&2
fi
if [ "$WHICH" = debian ]; then
    done_message
    exit 0
fi

RUST_ROOT=$WORK/rust-rootfs
bootstrap "$RUST_ROOT" --include=build-essential,pkg-config,libssl-dev,ca-certificates
shopt -s nullglob
local_cas=(/usr/local/share/ca-certificates/*.crt)
shopt -u nullglob
if [ ${#local_cas[@]} -gt 0 ]; then
    log "adding the host's local CA certificates to the rust stand-in: ${local_cas[*]}"
    cp "${local_cas[@]}" "$RUST_ROOT/usr/local/share/ca-certificates/"
    chroot "$RUST_ROOT" update-ca-certificates >&2
fi
log "copying toolchain $TOOLCHAIN from $TOOLCHAIN_DIR (without share/doc)"
mkdir -p "$RUST_ROOT/usr/local/rustup/toolchains/$TOOLCHAIN" "$RUST_ROOT/usr/local/cargo/bin"
# The toolchain directory may be a symlink (e.g. 1.95.0-... -> stable-...): copy what it points to.
tar -C "$TOOLCHAIN_DIR/" --exclude=./share/doc -c . |
    tar -C "$RUST_ROOT/usr/local/rustup/toolchains/$TOOLCHAIN" -x
cp "$RUSTUP_BIN" "$RUST_ROOT/usr/local/cargo/bin/rustup"
for proxy in cargo rustc rustdoc rustfmt cargo-fmt cargo-clippy clippy-driver rust-gdb rust-lldb; do
    ln -sf rustup "$RUST_ROOT/usr/local/cargo/bin/$proxy"
done
cat >"$RUST_ROOT/usr/local/rustup/settings.toml" <<EOF
version = "12"
default_toolchain = "$TOOLCHAIN"
profile = "minimal"
auto_self_update = "disable"
EOF
# The official image makes both homes writable for any user.
chmod -R a+w "$RUST_ROOT/usr/local/rustup" "$RUST_ROOT/usr/local/cargo"
RUST_VERSION=$("$TOOLCHAIN_DIR/bin/rustc" --version | awk '{print $2}')
import "$RUST_ROOT" rust:1-bookworm \
    "ENV RUSTUP_HOME=/usr/local/rustup" "ENV CARGO_HOME=/usr/local/cargo" \
    "ENV PATH=/usr/local/cargo/bin:$BASE_PATH" "ENV RUST_VERSION=$RUST_VERSION" 'CMD ["bash"]'
rm -rf "$RUST_ROOT"

docker run --rm --network none rust:1-bookworm sh -c 'cargo --version && rustc --version && cc --version | head -1' >&2 ||
    die "the rust:1-bookworm stand-in does not run cargo/rustc/cc"
docker images --format '{{.Repository}}:{{.Tag}} {{.Size}}' rust:1-bookworm >&2
done_message
