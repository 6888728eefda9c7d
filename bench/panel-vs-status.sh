#!/usr/bin/env bash
# Load test: the panel's REST read against Jira's status endpoint, on one sandbox, in one run.
#
#   bench/panel-vs-status.sh [ISSUES] [SECONDS]
#
# Starts the sandbox jar on a fresh embedded H2 database with ISSUES generated issues (default 100000), waits for
# /jira/status, then drives each endpoint with wrk (Debian's HTTP benchmarking tool; installed if missing) for
# SECONDS (default 20) after a warm-up, and prints both throughputs and their ratio. The panel read is spread over
# many generated issues (a Lua script picks a random key per request) so the database, not a cache, answers.
# Loopback only; the run stops by itself.
set -euo pipefail
cd "$(dirname "$0")/.."
issues=${1:-100000}
seconds=${2:-20}
port=${BENCH_PORT:-2995}
threads=${BENCH_THREADS:-2}
connections=${BENCH_CONNECTIONS:-16}
jar=sandbox/target/accountability-sandbox.jar

command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
[ -f "$jar" ] || mvn -B -q -pl sandbox -am package -DskipTests

data=$(mktemp -d)
java ${BENCH_JAVA_OPTS:--Xmx1g} -jar "$jar" --port "$port" --data-dir "$data" --generate "$issues" \
  >"$data/sandbox.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null; rm -rf "$data"' EXIT

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

run() { # name, url, extra wrk args...
  local name=$1 url=$2; shift 2
  wrk -t"$threads" -c"$connections" -d5s -H "$auth" "$@" "$url" >/dev/null   # warm-up
  local out rps
  out=$(wrk -t"$threads" -c"$connections" -d"${seconds}s" --latency -H "$auth" "$@" "$url")
  rps=$(printf '%s\n' "$out" | awk '/Requests\/sec/ {print $2}')
  printf '%s\n' "$out" | grep -E 'Latency|50%|99%|requests in|Non-2xx' | sed "s/^/  [$name] /" >&2
  echo "$rps"
}

sample=$(curl -s -o /dev/null -w '%{http_code}' -H "$auth" "$base/rest/accountability/1.0/issues/GEN-1")
[ "$sample" = 200 ] || { echo "panel endpoint answered $sample for GEN-1"; exit 1; }

status_rps=$(run status "$base/status")
panel_rps=$(run panel "$base/rest/accountability/1.0/issues/GEN-1" -s "$data/panel.lua")
ratio=$(awk -v p="$panel_rps" -v s="$status_rps" 'BEGIN { printf "%.1f", 100 * p / s }')
echo "issues=$issues threads=$threads connections=$connections seconds=$seconds"
echo "status_rps=$status_rps"
echo "panel_rps=$panel_rps"
echo "panel/status=${ratio}%"
