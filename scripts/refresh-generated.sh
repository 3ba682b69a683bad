#!/usr/bin/env bash
# Regenerates the committed shell completions (completions/) and man pages (man/) from the
# binary itself (`mothership completions <shell>`, `mothership man <dir>`). Run it after changing
# the command tree (src/cli.rs or any subcommand's flags); tests/generated.rs fails while the
# committed copies are stale.
set -euo pipefail
cd "$(dirname "$0")/.."

cargo build --quiet --bin mothership
run() { cargo run --quiet --bin mothership -- "$@"; }

mkdir -p completions
for pair in bash:bash zsh:zsh fish:fish powershell:ps1 elvish:elv; do
    shell=${pair%%:*}
    ext=${pair##*:}
    run completions "$shell" > "completions/mothership.$ext"
done

# Start from an empty directory so pages of removed subcommands go away.
rm -rf man
run man man/

echo "Refreshed completions/ and man/; commit them."
