#!/usr/bin/env bash
# Start-up of the command line (docs/benchmarks.md, "Command-line start-up"; issue #17): end-to-end times of a few
# commands through ./lodestone, measured with hyperfine in one run together with `java -version`, so that the ratio to
# a bare JVM start holds on a loaded machine where absolute times do not. Also runs the same question as
# `java -jar lodestone-app.jar` without the launcher's JVM options (no class-data-sharing archive, both compilers), to
# show what those options buy. Prints the load average before and after, and the JDK.
# Usage: tools/bench-cli.sh [RUNS]   (default 10 runs per command after 2 warm-up runs; needs hyperfine:
# apt-get install hyperfine). Uses $LODESTONE_DB, else a database of its own in the temp folder.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${1:-10}"
export LODESTONE_DB="${LODESTONE_DB:-${TMPDIR:-/tmp}/lodestone-bench-cli.duckdb}"
cd "$here"
# Builds if needed, creates the database, unpacks DuckDB's library and writes the archive: none of it is measured.
./lodestone minerals >/dev/null
java -version 2>&1 | head -n 1
nproc
echo "load average before: $(cut -d ' ' -f 1-3 /proc/loadavg)"
hyperfine -N --warmup 2 --runs "$runs" --ignore-failure --export-markdown "${TMPDIR:-/tmp}/bench-cli.md" \
    "java -version" \
    "./lodestone mineral rare-earths" \
    "./lodestone mineral galium" \
    "./lodestone minerals --list usgs-2025" \
    "./lodestone risk rare-earths" \
    "./lodestone simulate china-ree-2025-10-reinstated --paths 1000" \
    "java -jar lodestone-app/target/lodestone-app.jar mineral rare-earths"
echo "load average after: $(cut -d ' ' -f 1-3 /proc/loadavg)"
echo "table: ${TMPDIR:-/tmp}/bench-cli.md"
