#!/usr/bin/env bash
# What durable commits cost on the sandbox's embedded H2: the same write load (bench/WriteBurst.java, 8 writers, each
# revising its own sample issue) against the jar as shipped (WRITE_DELAY=0: every commit is written before the 200)
# and against H2's default (WRITE_DELAY=500: commits written up to 500 ms later, lost if the process is killed).
#
#   bench/h2-durability.sh [SECONDS] [WRITERS]
#
# Prints acknowledged writes/s, latency percentiles and the server's CPU time per write for each. Loopback only.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-20}
writers=${2:-8}
port=${BENCH_PORT:-2996}
jar=sandbox/target/accountability-sandbox.jar
[ -f "$jar" ] || mvn -B -q -pl sandbox -am package -DskipTests
ticks_per_second=$(getconf CLK_TCK)

measure() { # name, write delay
  local name=$1 delay=$2 data server before after out writes
  data=$(mktemp -d)
  java -Xmx512m -Dsandbox.h2.writeDelay="$delay" -jar "$jar" --port "$port" --data-dir "$data" \
    >"$data/sandbox.log" 2>&1 &
  server=$!
  for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$port/jira/status" >/dev/null && break; sleep 1; done
  before=$(awk '{print $14 + $15}' "/proc/$server/stat")
  out=$(java bench/WriteBurst.java "http://127.0.0.1:$port/jira" "$seconds" "$writers")
  after=$(awk '{print $14 + $15}' "/proc/$server/stat")
  kill $server; wait $server 2>/dev/null || true
  rm -rf "$data"
  writes=$(printf '%s\n' "$out" | sed -n 's/.*writes=\([0-9]*\) .*/\1/p')
  # CPU over warm-up and measurement: the writes of both, about twice the measured count.
  awk -v c=$((after - before)) -v t="$ticks_per_second" -v n="$writes" -v name="$name" -v out="$out" \
    'BEGIN { printf "%s: %s server_cpu_per_write_ms=%.2f\n", name, out, 1000 * c / t / (2 * n) }'
}

measure "durable (WRITE_DELAY=0, shipped)" 0
measure "H2 default (WRITE_DELAY=500)" 500
