#!/usr/bin/env bash
# The 60 s load run of docs/benchmarks.md: mixed reads with wrk while anonymous clients post scenario runs and
# hostile articles in a loop, and the server's resident memory is sampled every second.
# Usage: tools/load/run.sh PORT [SECONDS]   (a `lodestone serve --port PORT` must be running on 127.0.0.1)
set -euo pipefail
port="$1"; seconds="${2:-60}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
base="http://127.0.0.1:$port"
pid="$(ss -ltnpH "sport = :$port" | sed -n 's/.*pid=\([0-9]*\).*/\1/p' | head -1)"
out="$(mktemp -d "${TMPDIR:-/tmp}/lodestone-load.XXXXXX")"
python3 - "$out/hostile.json" <<'PY'
import json, sys
line = "China world " + " ".join(f"{i % 97 + 1}%" for i in range(2000))
text = "\n".join(line[:2000] for _ in range(24))   # within the size limits, slow for a quadratic extractor
json.dump({"text": text}, open(sys.argv[1], "w"))
json.dump({"text": ("China world " + "7% " * 400_000)[:990_000]}, open(sys.argv[1] + ".1mb", "w"))
PY
attack() {  # one anonymous client posting hostile work until the run ends
  local end=$((SECONDS + seconds))
  while ((SECONDS < end)); do
    curl -s -o /dev/null -w "%{http_code}\n" -H 'Content-Type: application/json' --max-time 30 \
      -d '{"preset": "china-ree-2025-10-reinstated", "paths": 200000, "horizon": 600}' "$base/api/v1/scenarios/runs"
    curl -s -o /dev/null -w "%{http_code}\n" -H 'Content-Type: application/json' --max-time 30 \
      -d '{"preset": "china-ree-2025-10-reinstated", "paths": 20000}' "$base/api/v1/scenarios/runs"
    curl -s -o /dev/null -w "%{http_code}\n" -H 'Content-Type: application/json' --max-time 30 \
      --data-binary @"$out/hostile.json" "$base/api/v1/checks"
    curl -s -o /dev/null -w "%{http_code}\n" -H 'Content-Type: application/json' --max-time 30 \
      --data-binary @"$out/hostile.json.1mb" "$base/api/v1/checks"
    curl -s -o /dev/null -w "%{http_code}\n" -H 'Content-Type: application/json' --max-time 30 \
      -d '{"url": "http://169.254.169.254/latest/meta-data/"}' "$base/api/v1/checks"
  done
}
for i in 1 2 3 4; do attack >"$out/attack-$i.txt" & done
(for ((s = 0; s < seconds + 5; s++)); do
   awk '/VmRSS/ {print $2}' "/proc/$pid/status" 2>/dev/null; sleep 1
 done) >"$out/rss-kb.txt" &
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
wrk -t2 -c16 -d"${seconds}s" --latency -s "$here/reads.lua" "$base" | tee "$out/wrk.txt" | grep -v '^non-2xx'
wait
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "read errors (non-2xx): $(grep -c '^non-2xx' "$out/wrk.txt" || true)"
echo "attack answers (status: count):"; cat "$out"/attack-*.txt | sort | uniq -c | sort -rn
echo "server RSS (MiB) min/max: $(sort -n "$out/rss-kb.txt" | head -1 | awk '{print int($1/1024)}') / $(sort -n "$out/rss-kb.txt" | tail -1 | awk '{print int($1/1024)}')"
echo "raw files: $out"
