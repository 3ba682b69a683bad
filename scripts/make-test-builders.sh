#!/usr/bin/env bash
# Makes test builder images (busybox + scripts/test-builder/entrypoint.sh, which implements the
# builder container contract) and pushes them to a local registry.
#
#   scripts/make-test-builders.sh [--registry HOST:PORT] [--repo REPO] [--no-push] [VERSION...]
#
# VERSION defaults to `v0.14.2 v0.15.0`; each becomes REPO:VERSION (REPO defaults to
# includeos/builder) with the label-schema labels of a builder, and, unless --no-push, is tagged
# REGISTRY/REPO:VERSION and pushed (REGISTRY defaults to $MOTHERSHIP_TEST_REGISTRY).
# Talks to the engine in $DOCKER_HOST (see scripts/docker-test-env.sh).
# Prints one line per image on stdout: `REPO:VERSION sha256:<image id>`.
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
    -h | --help) sed -n '2,12p' "$0"; exit 0 ;;
    -*) echo "make-test-builders: unknown option $1" >&2; exit 2 ;;
    *) versions+=("$1"); shift ;;
    esac
done
[ ${#versions[@]} -gt 0 ] || versions=(v0.14.2 v0.15.0)
if [ "$push" = 1 ] && [ -z "$registry" ]; then
    echo "make-test-builders: no registry: pass --registry HOST:PORT, set MOTHERSHIP_TEST_REGISTRY" \
        "(eval \"\$(scripts/docker-test-env.sh start)\") or use --no-push" >&2
    exit 2
fi
[ -x /bin/busybox ] || { echo "make-test-builders: /bin/busybox missing: apt-get install busybox-static" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

for version in "${versions[@]}"; do
    root=$work/$version
    mkdir -p "$root/bin" "$root/builder" "$root/services/Starbase" "$root/tmp"
    cp /bin/busybox "$root/bin/busybox"
    for applet in $(/bin/busybox --list); do
        [ "$applet" = busybox ] || ln -s busybox "$root/bin/$applet"
    done
    install -m 0755 "$here/test-builder/entrypoint.sh" "$root/builder/entrypoint.sh"
    echo "$version" >"$root/builder/version"
    echo "Starbase sources bundled with $version" >"$root/services/Starbase/README"
    # A stable commit-like reference and date per version, as a real builder's labels carry.
    vcs_ref=$(printf '%s' "$version" | sha1sum | cut -c1-40)
    build_date=2024-0$(( $(printf '%s' "$version" | cksum | cut -d' ' -f1) % 9 + 1 ))-15T12:00:00Z
    # Fixed mtimes and owners keep the layer identical from run to run.
    id=$(tar -C "$root" --sort=name --mtime=2024-01-01 --owner=0 --group=0 --numeric-owner -c . |
        docker import \
            -c "LABEL org.label-schema.schema-version=1.0" \
            -c "LABEL org.label-schema.name=IncludeOS_builder" \
            -c "LABEL org.label-schema.version=$version" \
            -c "LABEL org.label-schema.vcs-ref=$vcs_ref" \
            -c "LABEL org.label-schema.build-date=$build_date" \
            -c "LABEL org.label-schema.vendor=IncludeOS" \
            -c "LABEL org.includeos.services=Starbase" \
            -c 'ENTRYPOINT ["/bin/sh", "/builder/entrypoint.sh"]' \
            -c 'WORKDIR /service' \
            - "$repo:$version")
    if [ "$push" = 1 ]; then
        docker tag "$repo:$version" "$registry/$repo:$version"
        docker push -q "$registry/$repo:$version" >&2
    fi
    echo "$repo:$version $id"
done
