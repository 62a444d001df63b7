#!/usr/bin/env bash
# Throughput of `lodestone screen` on each engine (docs/benchmarks.md): the same screen (docs/examples/screen-bench.yaml,
# 2,754 cells of 10,000 paths) in local mode on 1 and 2 threads and on Spark local[1] and local[2], each into a fresh
# results directory. The four configurations run in turn, REPEAT rounds, so a change of the machine's load spreads
# over all of them. Prints one line per run: configuration, cells/s and seconds as the engine reports them (computing
# and writing the Parquet, after Spark's start), the process's wall time and CPU time (user + system, all threads;
# less sensitive than wall time to other processes on a shared machine), and the load average when it ended; then the
# same for a second run on the finished results, which computes nothing ("-resume": the fixed cost).
# Usage: tools/bench-screen.sh [REPEAT] [PATHS]   (default 3 rounds; PATHS overrides the spec's paths per cell. The
# first --engine spark call builds the Spark runner, so run `./lodestone screen --engine spark --help` once before.)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
repeat="${1:-3}"
export LODESTONE_DB="${LODESTONE_DB:-/tmp/lodestone-bench.duckdb}"
work="$(mktemp -d "${TMPDIR:-/tmp}/lodestone-bench.XXXXXX")"
trap 'rm -rf "$work"' EXIT
spec="$here/docs/examples/screen-bench.yaml"
if [[ -n ${2:-} ]]; then
    sed "s/^paths: .*/paths: $2/" "$spec" >"$work/spec.yaml"
    spec="$work/spec.yaml"
fi
run() {
    local name="$1" round="$2" out="$3"
    shift 3
    local line cpu
    # GNU time: the process's wall, user and system seconds (the launcher execs java, so they are the JVM's)
    line=$(/usr/bin/time -f '%e %U %S' -o "$work/time" \
        "$here/lodestone" screen "$spec" --out "$out" --top 0 "$@" 2>/dev/null)
    line="${line%%$'\n'*}"
    read -r wall user sys <"$work/time"
    cpu=$(echo "$user + $sys" | bc)
    printf '%-13s round %d: %8s cells/s, engine %6s s, wall %6.1f s, cpu %6.1f s, load %s\n' "$name" "$round" \
        "$(sed -E 's/.*\(([0-9.]+) cells\/s.*/\1/' <<<"$line")" \
        "$(sed -E 's/.*computed in ([0-9.]+) s.*/\1/' <<<"$line")" \
        "$wall" "$cpu" "$(cut -d' ' -f1-3 /proc/loadavg)"
}
# run, then again on the finished results: the second run computes nothing (every cell is done), so its CPU time is the
# configuration's fixed cost (JVM, knowledge base, Spark's start, listing and anti-joining the done cells, ranking)
both() {
    local name="$1" round="$2"
    shift 2
    run "$name" "$round" "$work/out" "$@"
    run "$name-resume" "$round" "$work/out" "$@"
    rm -rf "$work/out"
}
for round in $(seq 1 "$repeat"); do
    both local-1 "$round" --threads 1
    both local-2 "$round" --threads 2
    both spark-local1 "$round" --engine spark --master 'local[1]'
    both spark-local2 "$round" --engine spark --master 'local[2]'
done
