#!/usr/bin/env bash
# Times `--generate N` on a fresh store (issue 12, P6): the sandbox jar starts on a new H2 directory, or with --db on a
# new PostgreSQL database it creates (role sandbox_test from .ci/setup-postgres.sh, which may create databases) and
# drops afterwards. Prints the sandbox's own "started in" figure, which includes the generation, and the wall time.
#
#   bench/generate-time.sh 100000          # H2
#   bench/generate-time.sh 100000 --db     # PostgreSQL on 127.0.0.1:5432
#
# BENCH_JAR (sandbox/target/accountability-sandbox.jar), BENCH_PORT (2997), BENCH_HEAP (-Xmx1g).
set -euo pipefail
count=${1:?usage: generate-time.sh N [--db]}
db=${2:-}
cd "$(dirname "$0")/.."
jar=${BENCH_JAR:-sandbox/target/accountability-sandbox.jar}
[ -f "$jar" ] || mvn -B -q -o -pl sandbox -am package -DskipTests
port=${BENCH_PORT:-2997}
data=$(mktemp -d)
args=(--port "$port" --data-dir "$data/db" --generate "$count")
dbname=""
if [ "$db" = "--db" ]; then
  dbname="gen_bench_$$"
  PGPASSWORD=sandbox_test psql -q -h 127.0.0.1 -U sandbox_test postgres -c "CREATE DATABASE $dbname"
  args+=(--db "jdbc:postgresql://127.0.0.1:5432/$dbname" --db-user sandbox_test --db-password sandbox_test)
fi
log="$data/sandbox.log"
started=$(date +%s%N)
java ${BENCH_HEAP:--Xmx1g} -jar "$jar" "${args[@]}" >"$log" 2>&1 &
pid=$!
cleanup() {
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  if [ -n "$dbname" ]; then
    PGPASSWORD=sandbox_test psql -q -h 127.0.0.1 -U sandbox_test postgres -c "DROP DATABASE IF EXISTS $dbname" || true
  fi
  rm -rf "$data"
}
trap cleanup EXIT
until grep -q "Sandbox started in" "$log"; do
  if ! kill -0 "$pid" 2>/dev/null; then echo "sandbox exited:"; tail -30 "$log"; exit 1; fi
  sleep 1
done
wall=$(( ($(date +%s%N) - started) / 1000000 ))
echo "generate $count on ${db:-H2}: $(grep -o 'Sandbox started in [0-9]* ms' "$log"), wall ${wall} ms, load $(cut -d' ' -f1-3 /proc/loadavg)"
