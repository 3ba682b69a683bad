#!/usr/bin/env bash
# Checks Mothership's NaCl transpiler against IncludeOS's own: transpiles every
# examples/X.nacl of a checkout of https://github.com/includeos/NaCl with
# `mothership nacl transpile` and compares the C++ with goldenfiles/X.cpp, ignoring trailing
# whitespace (at line ends and at the end of the file). Prints a diff summary per mismatch and
# `N of M examples match`; exits 1 unless all match.
#
#   scripts/nacl-golden.sh ~/src/NaCl
#   MOTHERSHIP=target/release/mothership scripts/nacl-golden.sh ~/src/NaCl   # a built binary
set -euo pipefail

if [ $# -ne 1 ] || [ ! -d "$1/examples" ] || [ ! -d "$1/goldenfiles" ]; then
    echo "usage: $0 PATH_TO_NACL_CHECKOUT (a directory with examples/ and goldenfiles/)" >&2
    exit 2
fi
checkout=$(cd "$1" && pwd)
cd "$(dirname "$0")/.."

bin=${MOTHERSHIP:-}
if [ -z "$bin" ]; then
    cargo build --quiet --bin mothership
    bin=target/debug/mothership
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# Trailing whitespace off every line, trailing blank lines off the end.
normalise() { sed -e 's/[[:space:]]*$//' "$1" | sed -e ':a' -e '/^\n*$/{$d;N;ba' -e '}'; }

total=0
matched=0
for nacl in "$checkout"/examples/*.nacl; do
    name=$(basename "$nacl" .nacl)
    golden="$checkout/goldenfiles/$name.cpp"
    [ -f "$golden" ] || continue
    total=$((total + 1))
    if ! "$bin" nacl transpile "$nacl" > "$work/$name.cpp" 2> "$work/$name.err"; then
        echo "MISMATCH $name: not transpiled:"
        sed 's/^/    /' "$work/$name.err" | head -20
        continue
    fi
    normalise "$work/$name.cpp" > "$work/$name.ours"
    normalise "$golden" > "$work/$name.theirs"
    if diff -u "$work/$name.theirs" "$work/$name.ours" > "$work/$name.diff"; then
        matched=$((matched + 1))
    else
        changed=$(grep -c '^[-+][^-+]' "$work/$name.diff" || true)
        echo "MISMATCH $name: $changed lines differ (- golden, + ours):"
        sed -n '3,40p' "$work/$name.diff" | sed 's/^/    /'
    fi
done

echo "$matched of $total examples match"
[ "$matched" -eq "$total" ]
