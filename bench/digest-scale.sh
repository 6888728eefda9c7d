#!/usr/bin/env bash
# The digest run at scale (issue 11): N generated issues shared by P generated people and the sample users, the
# sandbox at a small heap, then POST /rest/accountability/1.0/digests/run as alice (the sandbox's administrator), twice:
# the first run reconciles the waiting index and sends every digest that is due (to the outbox table), the second finds
# them sent. Prints each run's wall time and answer, the JVM's CPU seconds, the largest heap in use after a GC, and,
# with --db, how many scans and inserts each table took during the first run (pg_stat_user_tables), so the number of
# queries can be set against the number of pages (200 people a page).
#
#   bench/digest-scale.sh 100000 10000          # H2
#   bench/digest-scale.sh 100000 10000 --db     # PostgreSQL on 127.0.0.1:5432 (a database of its own, dropped after)
#
# BENCH_JAR (sandbox/target/accountability-sandbox.jar), BENCH_PORT (2996), BENCH_HEAP (-Xmx256m).
set -euo pipefail
issues=${1:?usage: digest-scale.sh ISSUES PEOPLE [--db]}
people=${2:?usage: digest-scale.sh ISSUES PEOPLE [--db]}
db=${3:-}
cd "$(dirname "$0")/.."
jar=${BENCH_JAR:-sandbox/target/accountability-sandbox.jar}
[ -f "$jar" ] || mvn -B -q -o -pl sandbox -am package -DskipTests
port=${BENCH_PORT:-2996}
heap=${BENCH_HEAP:--Xmx256m}
data=$(mktemp -d)
args=(--port "$port" --data-dir "$data/db" --generate "$issues" --generate-people "$people" --digest-every 0)
dbname=""
psql_bench() { PGPASSWORD=sandbox_test psql -q -At -h 127.0.0.1 -U sandbox_test "$@"; }
if [ "$db" = "--db" ]; then
  dbname="digest_bench_$$"
  psql_bench postgres -c "CREATE DATABASE $dbname"
  args+=(--db "jdbc:postgresql://127.0.0.1:5432/$dbname" --db-user sandbox_test --db-password sandbox_test)
fi
log="$data/sandbox.log"
java "$heap" "-Xlog:gc:file=$data/gc.log" -jar "$jar" "${args[@]}" >"$log" 2>&1 &
pid=$!
cleanup() {
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  if [ -n "$dbname" ]; then psql_bench postgres -c "DROP DATABASE IF EXISTS $dbname" || true; fi
  rm -rf "$data"
}
trap cleanup EXIT
until grep -q "Sandbox started in" "$log"; do
  if ! kill -0 "$pid" 2>/dev/null; then echo "sandbox exited:"; tail -30 "$log"; exit 1; fi
  sleep 2
done
echo "generated $issues issues, $people people on ${db:-H2}: $(grep -o 'Sandbox started in [0-9]* ms' "$log")"
ticks=$(getconf CLK_TCK)
cpu() { awk '{print $14 + $15}' "/proc/$pid/stat"; }
stats() {
  [ -n "$dbname" ] && psql_bench "$dbname" -F ' ' -c "SELECT relname, coalesce(seq_scan,0), coalesce(idx_scan,0),
    n_tup_ins FROM pg_stat_user_tables" | LC_ALL=C sort > "$1" || true
}
run() {
  local before after started ms answer
  before=$(cpu)
  started=$(date +%s%N)
  answer=$(curl -sf -u alice:alice -H 'X-Atlassian-Token: no-check' -H 'Content-Type: application/json' \
    -d '{}' "http://127.0.0.1:$port/jira/rest/accountability/1.0/digests/run")
  ms=$(( ($(date +%s%N) - started) / 1000000 ))
  after=$(cpu)
  echo "$1: ${ms} ms wall, $(( (after - before) * 1000 / ticks )) ms JVM CPU, answer $answer"
}
sleep 5   # let the pool and the JIT settle after the start
stats "$data/before"
run "first run (reconcile + send)"
sleep 1   # pg_stat counters are flushed asynchronously
stats "$data/after"
run "second run (all sent)"
echo "largest heap in use after a GC: $(grep -o '[0-9]*M->[0-9]*M' "$data/gc.log" | sed 's/.*->//; s/M//' | sort -n \
  | tail -1) MB (limit $heap); load $(cut -d' ' -f1-3 /proc/loadavg)"
if [ -n "$dbname" ]; then
  echo "first run, per table: seq scans, index scans, rows inserted"
  LC_ALL=C join "$data/before" "$data/after" | awk '{ s=$5-$2; i=$6-$3; n=$7-$4; if (s+i+n > 0) printf "  %-32s %8d %8d %8d\n", $1, s, i, n }'
fi
