#!/bin/sh
# A stand-in IncludeOS builder implementing the builder container contract (BUILDERS.md) with
# busybox, for tests and benchmarks.
#
#   build <Service>   builds /service/build/<Service> from /service/nacl.txt,
#                     /service/config.json and the memdisk folder /service/disk/: the ELF magic
#                     followed by text naming the service, this builder's version, both inputs
#                     and each memdisk file, so tests can check what went in. When /service
#                     holds a CMakeLists.txt (a stored service's sources), that is built
#                     instead of a bundled copy, and its CMakeLists.txt goes into the output.
#   validate          checks /service/nacl.txt; each error is `nacl.txt:<line>:<col>: <message>`.
#
# The NaCl rules of this stand-in: a line containing ERROR is invalid, braces must balance.
# A line `SLEEP <seconds>` makes a build take that long (for timeout and cancel tests); a line
# `FAIL` makes the build exit 3 after printing some log (for failure tests). A build prints the
# BUILDER_OPT_* environment variables and its memory limit (to check --dockeroptions).
export PATH=/bin

VERSION=$(cat /builder/version)

validate() {
    awk '
        {
            col = index($0, "ERROR")
            if (col > 0) {
                printf "nacl.txt:%d:%d: unexpected ERROR token\n", NR, col
                bad = 1
            }
            for (i = 1; i <= length($0); i++) {
                c = substr($0, i, 1)
                if (c == "{") { depth++; open_line[depth] = NR; open_col[depth] = i }
                else if (c == "}") {
                    if (depth == 0) {
                        printf "nacl.txt:%d:%d: unmatched closing brace\n", NR, i
                        bad = 1
                    } else depth--
                }
            }
        }
        END {
            while (depth > 0) {
                printf "nacl.txt:%d:%d: unclosed brace\n", open_line[depth], open_col[depth]
                depth--
                bad = 1
            }
            exit bad
        }' /service/nacl.txt
}

case "$1" in
build)
    service=$2
    [ -n "$service" ] || { echo "usage: build <Service>" >&2; exit 2; }
    echo "IncludeOS builder $VERSION: building $service"
    # What the container was given through --dockeroptions, for tests to check.
    env | grep '^BUILDER_OPT_' | sort
    for f in /sys/fs/cgroup/memory/memory.limit_in_bytes /sys/fs/cgroup/memory.max; do
        [ -r "$f" ] && echo "memory limit: $(cat "$f")" && break
    done
    # A service's sources in /service (a stored service) are built instead of a bundled copy.
    if [ -f /service/CMakeLists.txt ]; then
        echo "building $service from the sources in /service"
    elif [ ! -d "/services/$service" ]; then
        echo "error: this builder does not bundle a service named $service (it has: $(ls /services | tr '\n' ' '))" >&2
        exit 2
    fi
    [ -f /service/nacl.txt ] || { echo "error: /service/nacl.txt is missing" >&2; exit 2; }
    [ -f /service/config.json ] || { echo "error: /service/config.json is missing" >&2; exit 2; }
    echo "validating NaCl"
    if ! validate >&2; then
        echo "error: the NaCl is invalid" >&2
        exit 1
    fi
    seconds=$(awk '$1 == "SLEEP" { print $2; exit }' /service/nacl.txt)
    if [ -n "$seconds" ]; then
        echo "compiling (takes ${seconds}s)"
        sleep "$seconds"
    fi
    if grep -qx FAIL /service/nacl.txt; then
        echo "compiling $service: step 1 of 2"
        echo "error: the compiler failed (FAIL in nacl.txt)" >&2
        exit 3
    fi
    mkdir -p /service/build
    out=/service/build/$service
    {
        printf '\177ELF'
        printf '\nservice=%s\nbuilder=%s\n' "$service" "$VERSION"
        if [ -f /service/CMakeLists.txt ]; then
            printf -- '--- CMakeLists.txt ---\n'
            cat /service/CMakeLists.txt
        fi
        printf -- '--- nacl.txt ---\n'
        cat /service/nacl.txt
        printf -- '\n--- config.json ---\n'
        cat /service/config.json
        printf '\n'
        if [ -d /service/disk ]; then
            find /service/disk -type f | sort | while read -r f; do
                printf -- '--- memdisk %s ---\n' "${f#/service/disk}"
                cat "$f"
            done
        fi
    } >"$out"
    echo "linked $out ($(wc -c <"$out") bytes)"
    ;;
validate)
    [ -f /service/nacl.txt ] || { echo "error: /service/nacl.txt is missing" >&2; exit 2; }
    validate
    ;;
*)
    echo "usage: build <Service> | validate" >&2
    exit 2
    ;;
esac
