#!/usr/bin/env bash
# Regenerates Deploy/candor.1, candor's manual page, from the command's own help (swift-argument-parser's
# generate-manual plugin), so the page names every command and option the binary has. Run it after changing
# a command; a test fails when the page misses one.
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
cd "$repo"
swift package plugin --allow-writing-to-directory "$out" generate-manual --configuration debug \
    --authors "The Candor authors" --output-directory "$out" >/dev/null
# The date of the last change to the commands, not today's, so regenerating without a change is no change.
sed -i "s/^\.Dd .*/.Dd $(git log -1 --format=%cs -- Sources\/candor)/" "$out/candor.1"
install -m 0644 "$out/candor.1" Deploy/candor.1
echo "wrote Deploy/candor.1"
