#!/usr/bin/env bash
# Makes stand-ins of the published IncludeOS builder images ("classic" builders, BUILDERS.md in
# docs/) and pushes them to a local registry, the way scripts/make-test-builders.sh does for
# builders of our own contract.
#
#   scripts/make-classic-builders.sh [--registry HOST:PORT] [--repo REPO] [--no-push] [VERSION...]
#
# VERSION defaults to `v0.13.0 v0.14.1 v0.15.1`. Laid out like the published images: Ubuntu-like
# (/bin/sh is dash, GNU coreutils, sed, grep, findutils and mawk copied from this host with their
# libraries; no busybox), ENTRYPOINT ["/entrypoint.sh"] (exec "$@"), WORKDIR /service, CMD as a
# shell string (`mkdir -p build && cd build && ... && cmake .. && make`), Starbase's sources at
# /root/IncludeOS/lib/uplink/starbase/, `python` running a NaCl.py stand-in at
# /usr/local/includeos/nacl/NaCl.py, and cmake/make stand-ins (scripts/classic-builder/).
# Labels vary as in the wild: v0.13.x say `IncludeOS_builder` with a commit and a date; v0.14.x
# say `IncludeOS builder`, a sentence as vcs-ref and no build-date. v0.15 and later are
# Conan-style instead: no entrypoint, no Starbase, no NaCl.py, a `conan install ...` CMD.
# Talks to the engine in $DOCKER_HOST. Prints `REPO:VERSION sha256:<image id>` per image.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
registry=${MOTHERSHIP_TEST_REGISTRY:-}
repo=includeos/builder
push=1
versions=()
while [ $# -gt 0 ]; do
    case "$1" in
    --registry) registry=$2; shift 2 ;;
    --repo) repo=$2; shift 2 ;;
    --no-push) push=0; shift ;;
    -h | --help) sed -n '2,18p' "$0"; exit 0 ;;
    -*) echo "make-classic-builders: unknown option $1" >&2; exit 2 ;;
    *) versions+=("$1"); shift ;;
    esac
done
[ ${#versions[@]} -gt 0 ] || versions=(v0.13.0 v0.14.1 v0.15.1)
if [ "$push" = 1 ] && [ -z "$registry" ]; then
    echo "make-classic-builders: no registry: pass --registry HOST:PORT, set" \
        "MOTHERSHIP_TEST_REGISTRY (eval \"\$(scripts/docker-test-env.sh start)\") or use --no-push" >&2
    exit 2
fi

# The tools the stand-ins and the default command use, as the host has them (GNU, dash).
tools="dash cat cp mkdir rm mv ls sed grep find sort head tail basename dirname mktemp wc tr cut
    env true false sleep chmod ln touch mawk"

# Copies a host binary and the shared libraries it needs (ldd) into root $1, under /bin.
copy_tool() { # copy_tool ROOT TOOL
    local root=$1 path lib
    path=$(type -P "$2") || { echo "make-classic-builders: $2 is missing on this host" >&2; exit 2; }
    cp -L "$path" "$root/bin/$2"
    for lib in $(ldd "$path" | grep -o '/[^ ]*'); do
        [ -e "$root$lib" ] || { mkdir -p "$root$(dirname "$lib")" && cp -L "$lib" "$root$lib"; }
    done
}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

for version in "${versions[@]}"; do
    root=$work/$version
    mkdir -p "$root/bin" "$root/usr/bin" "$root/tmp" "$root/service" "$root/usr/local/includeos"
    chmod 1777 "$root/tmp"
    for tool in $tools; do copy_tool "$root" "$tool"; done
    ln -s dash "$root/bin/sh"
    ln -s mawk "$root/bin/awk"
    echo "$version" >"$root/ios_version.txt"
    echo "$version" >"$root/custom_tag.txt"
    minor=$(printf '%s' "$version" | cut -d. -f2)
    changes=(-c 'WORKDIR /service' -c "LABEL org.label-schema.schema-version=1.0"
        -c "LABEL org.label-schema.version=$version" -c "LABEL org.label-schema.vendor=IncludeOS")
    if [ "$minor" -ge 15 ]; then
        # Conan-based: nothing of Starbase or NaCl.py; the build needs network.
        changes+=(-c "LABEL org.label-schema.name=\"IncludeOS builder\""
            -c 'CMD ["/bin/sh", "-c", "mkdir -p /service/build && cd /service/build && conan install -g virtualenv .. && . ./activate.sh && cmake .. && cmake --build ."]')
    else
        install -m 0755 "$here/classic-builder/entrypoint.sh" "$root/entrypoint.sh"
        for tool in python cmake make; do
            install -m 0755 "$here/classic-builder/$tool" "$root/usr/bin/$tool"
        done
        mkdir -p "$root/usr/local/includeos/nacl" "$root/root/IncludeOS/lib/uplink"
        install -m 0644 "$here/classic-builder/NaCl.py" "$root/usr/local/includeos/nacl/NaCl.py"
        echo "chainloader of $version (stand-in)" >"$root/usr/local/includeos/chainloader"
        cp -R "$here/classic-builder/starbase" "$root/root/IncludeOS/lib/uplink/starbase"
        changes+=(-c 'ENTRYPOINT ["/entrypoint.sh"]'
            -c "CMD [\"/bin/sh\", \"-c\", \"mkdir -p build && cd build && cp /usr/local/includeos/chainloader /service/build/chainloader && echo 'IncludeOS version:' \$(cat /ios_version.txt) && cmake .. && make\"]")
        if [ "$minor" -ge 14 ]; then
            changes+=(-c "LABEL org.label-schema.name=\"IncludeOS builder\""
                -c "LABEL org.label-schema.vcs-ref=\"Check file /ios_version.txt inside container\"")
        else
            changes+=(-c "LABEL org.label-schema.name=IncludeOS_builder"
                -c "LABEL org.label-schema.vcs-ref=$(printf '%s' "$version" | sha1sum | cut -c1-40)"
                -c "LABEL org.label-schema.build-date=2018-0$((minor % 9 + 1))-20T09:00:00Z")
        fi
    fi
    # Fixed mtimes and owners keep the layer identical from run to run.
    id=$(tar -C "$root" --sort=name --mtime=2024-01-01 --owner=0 --group=0 --numeric-owner -c . |
        docker import "${changes[@]}" - "$repo:$version")
    if [ "$push" = 1 ]; then
        docker tag "$repo:$version" "$registry/$repo:$version"
        docker push -q "$registry/$repo:$version" >&2
    fi
    echo "$repo:$version $id"
done
