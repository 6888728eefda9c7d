#!/usr/bin/env bash
# Load test: the panel's REST read against Jira's status endpoint, on one sandbox, in one run.
#
#   bench/panel-vs-status.sh [ISSUES] [SECONDS]
#
# Starts the sandbox jar on a fresh embedded H2 database with ISSUES generated issues (default 100000), waits for
# /jira/status, then drives each endpoint with wrk (Debian's HTTP benchmarking tool; installed if missing) for
# SECONDS (default 20) after a warm-up, and prints both throughputs and their ratio. The panel read is spread over
# many generated issues (a Lua script picks a random key per request) so the database, not a cache, answers.
# Besides requests/s it prints the server's CPU time per request (from /proc/PID/stat), which says what each request
# costs even when other processes share the machine's cores and make requests/s noisy.
# Then it stops the sandbox and measures the floor: bench/JaxRsFloor.java serves the same StatusServlet next to a
# JAX-RS GET that does no work (same Jetty, Jersey and providers), so the panel's ratio can be read against the best
# any JAX-RS resource reaches on this machine.
# Loopback only; the run stops by itself.
set -euo pipefail
cd "$(dirname "$0")/.."
issues=${1:-100000}
seconds=${2:-20}
port=${BENCH_PORT:-2995}
threads=${BENCH_THREADS:-2}
connections=${BENCH_CONNECTIONS:-16}
warmup=${BENCH_WARMUP:-30}   # seconds per endpoint before measuring: JIT and H2's page cache (about 30 s at 20k issues)
jar=sandbox/target/accountability-sandbox.jar

command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
[ -f "$jar" ] || mvn -B -q -pl sandbox -am package -DskipTests

data=$(mktemp -d)
java ${BENCH_JAVA_OPTS:--Xmx1g} -jar "$jar" --port "$port" --data-dir "$data" --generate "$issues" \
  >"$data/sandbox.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null || true; rm -rf "$data"' EXIT

base="http://127.0.0.1:$port/jira"
for _ in $(seq 1 600); do
  curl -sf "$base/status" >/dev/null && break
  kill -0 $server 2>/dev/null || { cat "$data/sandbox.log"; exit 1; }
  sleep 1
done
curl -sf "$base/status" >/dev/null || { echo "sandbox did not start"; cat "$data/sandbox.log"; exit 1; }

auth="Authorization: Basic $(printf 'alice:alice' | base64)"
cat >"$data/panel.lua" <<LUA
math.randomseed(os.time())
request = function()
  local key = "GEN-" .. math.random(1, $issues)
  return wrk.format("GET", "/jira/rest/accountability/1.0/issues/" .. key)
end
LUA

cpu_ticks() { awk '{print $14 + $15}' "/proc/$server/stat"; }   # utime + stime of the JVM under test
ticks_per_second=$(getconf CLK_TCK)

run() { # name, url, extra wrk args...
  local name=$1 url=$2; shift 2
  wrk -t"$threads" -c"$connections" -d"${warmup}s" -H "$auth" "$@" "$url" >/dev/null   # warm-up
  local out rps requests before after
  before=$(cpu_ticks)
  out=$(wrk -t"$threads" -c"$connections" -d"${seconds}s" --latency -H "$auth" "$@" "$url")
  after=$(cpu_ticks)
  rps=$(printf '%s\n' "$out" | awk '/Requests\/sec/ {print $2}')
  requests=$(printf '%s\n' "$out" | awk '/requests in/ {print $1}')
  printf '%s\n' "$out" | grep -E 'Latency|50%|99%|requests in|Non-2xx' | sed "s/^/  [$name] /" >&2
  awk -v c=$((after - before)) -v t="$ticks_per_second" -v n="$requests" -v name="$name" \
    'BEGIN { printf "  [%s] server CPU per request: %.3f ms\n", name, 1000 * c / t / n }' >&2
  echo "$rps"
}

sample=$(curl -s -o /dev/null -w '%{http_code}' -H "$auth" "$base/rest/accountability/1.0/issues/GEN-1")
[ "$sample" = 200 ] || { echo "panel endpoint answered $sample for GEN-1"; exit 1; }

status_rps_first=$(run status "$base/status"); status_rps=$status_rps_first
panel_rps=$(run panel "$base/rest/accountability/1.0/issues/GEN-1" -s "$data/panel.lua")
# Once more in the other order, so a change in the machine's load during the run shows.
panel_rps2=$(run panel "$base/rest/accountability/1.0/issues/GEN-1" -s "$data/panel.lua")
status_rps2=$(run status "$base/status")
status_rps=$(awk -v a="$status_rps" -v b="$status_rps2" 'BEGIN { printf "%.2f", (a + b) / 2 }')
panel_rps=$(awk -v a="$panel_rps" -v b="$panel_rps2" 'BEGIN { printf "%.2f", (a + b) / 2 }')
ratio=$(awk -v p="$panel_rps" -v s="$status_rps" 'BEGIN { printf "%.1f", 100 * p / s }')

# The floor: the same measurement against a JAX-RS resource that does no work, in its own JVM, the sandbox stopped.
kill $server; wait $server 2>/dev/null || true
java ${BENCH_JAVA_OPTS:--Xmx1g} -cp "$jar" bench/JaxRsFloor.java "$port" >"$data/floor.log" 2>&1 &
server=$!
for _ in $(seq 1 120); do
  curl -sf "$base/status" >/dev/null && break
  kill -0 $server 2>/dev/null || { cat "$data/floor.log"; exit 1; }
  sleep 1
done
floor_status_rps=$(run floor-status "$base/status")
floor_rps=$(run floor "$base/rest/accountability/1.0/floor/GEN-1")
floor_status_rps2=$(run floor-status "$base/status")
floor_status_rps=$(awk -v a="$floor_status_rps" -v b="$floor_status_rps2" 'BEGIN { printf "%.2f", (a + b) / 2 }')
floor_ratio=$(awk -v p="$floor_rps" -v s="$floor_status_rps" 'BEGIN { printf "%.1f", 100 * p / s }')

echo "generation: $(grep -o 'Sandbox started in [0-9]* ms' "$data/sandbox.log")"
echo "issues=$issues threads=$threads connections=$connections seconds=$seconds warmup=$warmup"
echo "status_rps=$status_rps (runs: $status_rps_first $status_rps2)"
echo "panel_rps=$panel_rps"
echo "panel/status=${ratio}%"
echo "floor: status_rps=$floor_status_rps noop_jaxrs_rps=$floor_rps noop/status=${floor_ratio}%"
