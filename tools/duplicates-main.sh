#!/usr/bin/env bash
# Issue #11's duplication count on "the main sources" (docs/architecture.md, "Duplication"): the production code of
# every module (each lodestone-*/src/main, the spark profile's module included, resources too) read as ONE tree, so
# that pairs across modules count; tests, the news corpus and docs are out. Copies the files git tracks under those
# folders (at REV, or as they are in the working tree with no REV) to a temporary folder and runs `duplicates` on it.
# The first line printed is the full count ("N pairs of places (F files read) ..."), whatever --most cuts.
# Usage: tools/duplicates-main.sh [REV] [MOST]   (MOST rows listed, default 200; needs the `duplicates` tool)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
rev="${1:-}"
most="${2:-200}"
tree="$(mktemp -d "${TMPDIR:-/tmp}/lodestone-main.XXXXXX")"
trap 'rm -rf "$tree"' EXIT
cd "$here"
if [[ -n "$rev" ]]; then
    git archive --format=tar "$rev" | tar -x -C "$tree" --wildcards 'lodestone-*/src/main/*'
else
    git ls-files -z --cached --others --exclude-standard -- 'lodestone-*/src/main/*' \
        | tar -c --null -T - | tar -x -C "$tree"
fi
echo "scope: $(find "$tree" -type f | wc -l) files under lodestone-*/src/main at ${rev:-the working tree}"
# Rows name paths inside the copy; strip its folder so that they read as the repository's paths.
(cd "$tree" && duplicates --repo . --most "$most" --seconds 600) | sed "s|$tree/||g"
