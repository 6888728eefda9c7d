#!/usr/bin/env bash
# The project report at growing scale, in one run, with a small heap.
#
#   bench/report-scale.sh [STEPS] [RUNS]
#
# STEPS is a list of issue totals (default "1000 10000 100000"). For each step the sandbox jar is started with
# -Xmx256m on the same fresh H2 directory with --generate for the issues still missing (the generator adds to GEN), then
# GET /jira/rest/accountability/1.0/reports/projects/GEN?from=..&to=.. is timed RUNS times (default 5, after one
# warm-up) as alice, who may browse GEN. The period runs from 400 days ago to 200 days ahead, so it covers every
# generated issue (created within the last year, due dates within 60 days back and 90 ahead). Prints ms per run, the
# median, and the median per issue; fails if the report is not 200 or the log shows an OutOfMemoryError.
# Loopback only; the sandbox stops after each step and the data directory is removed at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
steps=${1:-"1000 10000 100000"}
runs=${2:-5}
port=${BENCH_PORT:-2997}
heap=${BENCH_HEAP:--Xmx256m}
jar=sandbox/target/accountability-sandbox.jar
[ -f "$jar" ] || mvn -B -q -pl sandbox -am package -DskipTests

data=$(mktemp -d)
server=
stop() { if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi; server=; }
trap 'stop; rm -rf "$data"' EXIT

base="http://127.0.0.1:$port/jira"
auth="Authorization: Basic $(printf 'alice:alice' | base64)"
from=$(date -u -d '-400 days' +%F)
to=$(date -u -d '+200 days' +%F)
url="$base/rest/accountability/1.0/reports/projects/GEN?from=$from&to=$to"
echo "heap=$heap from=$from to=$to runs=$runs"

have=0
for total in $steps; do
  add=$((total - have))
  log="$data/sandbox-$total.log"
  started=$(date +%s%N)
  java $heap -jar "$jar" --port "$port" --data-dir "$data/db" --generate "$add" >"$log" 2>&1 &
  server=$!
  for _ in $(seq 1 1800); do
    curl -sf "$base/status" >/dev/null && break
    kill -0 "$server" 2>/dev/null || { cat "$log"; exit 1; }
    sleep 1
  done
  curl -sf "$base/status" >/dev/null || { echo "sandbox did not start"; tail -20 "$log"; exit 1; }
  echo "issues=$total (generated $add in $(( ($(date +%s%N) - started) / 1000000 )) ms including start-up)"
  have=$total

  code=$(curl -s -o "$data/report.json" -w '%{http_code}' -H "$auth" "$url")   # warm-up, and a check
  [ "$code" = 200 ] || { echo "report answered $code"; cat "$data/report.json"; exit 1; }
  times=()
  for _ in $(seq 1 "$runs"); do
    ms=$(curl -s -o /dev/null -w '%{time_total}' -H "$auth" "$url" | awk '{ printf "%d", $1 * 1000 }')
    times+=("$ms")
  done
  median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')
  printf '  report ms: %s  median=%s  per issue=%s ms\n' "${times[*]}" "$median" \
    "$(awk -v m="$median" -v n="$total" 'BEGIN { printf "%.4f", m / n }')"
  printf '  report size: %s bytes\n' "$(wc -c <"$data/report.json")"
  if grep -q OutOfMemoryError "$log"; then
    echo "  OutOfMemoryError in the sandbox log"; exit 1
  fi
  echo "  no OutOfMemoryError (heap $heap)"
  stop
done
