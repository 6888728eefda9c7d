#!/usr/bin/env bash
# Prepares this machine for the tests and runs all of them: the README's test command, and what CI runs.
#   1. PostgreSQL: installed from Debian if missing, started, with the roles and databases the tests use
#      (.ci/setup-postgres.sh);
#   2. Debian's Chromium and ChromeDriver for the browser tests (.ci/install-browser.sh);
#   3. mvn -B verify: every module's tests, the sandbox's end-to-end, cluster and browser tests, and the plugin jars
#      started in an OSGi container. Extra arguments go to Maven (e.g. ./test.sh -pl accountability-core).
# Idempotent: steps 1 and 2 do nothing on a machine that is ready. Needs root or sudo for the installs.
set -euo pipefail
cd "$(dirname "$0")"

for script in .ci/setup-postgres.sh .ci/install-browser.sh; do
  echo "== $script"
  bash "$script"
done

echo "== mvn -B verify $*"
exec mvn -B verify "$@"
