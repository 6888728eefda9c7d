#!/usr/bin/env bash
# Makes the local PostgreSQL ready for the tests: installed (Debian's package) and running; for the Active Objects store
# tests the role ao_user (password ao_password), the database ao_test owned by it and the schema ao_schema inside it;
# for the sandbox's PostgreSQL tests the role sandbox_test (password sandbox_test), which may create the databases it
# uses and drops. Passwords, not trust: a freshly installed PostgreSQL asks for one on TCP.
# Idempotent: safe to run again on a machine that is already set up. Runs as root on Debian (or with sudo).
set -euo pipefail

PG_HOST=127.0.0.1
PG_PORT=5432

pg_is_up() {
    if command -v pg_isready >/dev/null 2>&1; then
        pg_isready -q -h "$PG_HOST" -p "$PG_PORT"
    else
        (exec 3<>"/dev/tcp/$PG_HOST/$PG_PORT") 2>/dev/null
    fi
}

SUDO=""
if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi

if ! pg_is_up; then
    if ! ls /etc/postgresql/*/main >/dev/null 2>&1; then
        echo "Installing PostgreSQL (Debian's package)"
        export DEBIAN_FRONTEND=noninteractive
        if ! apt-cache show postgresql >/dev/null 2>&1; then
            $SUDO apt-get update
        fi
        $SUDO apt-get install -y --no-install-recommends postgresql
    fi
    version=$(ls /etc/postgresql | sort -V | tail -n 1)
    if ! pg_is_up; then   # the package's own start may already have brought it up
        echo "Starting PostgreSQL $version cluster 'main'"
        $SUDO pg_ctlcluster --skip-systemctl-redirect "$version" main start
    fi
    for _ in $(seq 1 30); do
        pg_is_up && break
        sleep 1
    done
    pg_is_up || { echo "PostgreSQL did not come up on $PG_HOST:$PG_PORT" >&2; exit 1; }
fi

# Run SQL as the postgres superuser: through the OS user where we can switch to it (peer auth on the socket), else
# over TCP (needs trust or a password in ~/.pgpass).
as_postgres() {
    local database=$1
    shift
    if [ "$(id -u)" = 0 ] && id postgres >/dev/null 2>&1; then
        su postgres -c "psql -v ON_ERROR_STOP=1 -q -X -d $database $*"
    elif command -v sudo >/dev/null 2>&1 && id postgres >/dev/null 2>&1; then
        sudo -u postgres psql -v ON_ERROR_STOP=1 -q -X -d "$database" "$@"
    else
        psql -v ON_ERROR_STOP=1 -q -X -h "$PG_HOST" -p "$PG_PORT" -U postgres -d "$database" "$@"
    fi
}

as_postgres postgres <<'SQL'
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'ao_user') THEN
        CREATE ROLE ao_user LOGIN PASSWORD 'ao_password';
    ELSE
        ALTER ROLE ao_user LOGIN PASSWORD 'ao_password';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'sandbox_test') THEN
        CREATE ROLE sandbox_test LOGIN CREATEDB PASSWORD 'sandbox_test';
    ELSE
        ALTER ROLE sandbox_test LOGIN CREATEDB PASSWORD 'sandbox_test';
    END IF;
END
$$;
SQL

# CREATE DATABASE cannot run inside a DO block, so ask first.
if [ "$(as_postgres postgres -tA <<<"SELECT 1 FROM pg_database WHERE datname = 'ao_test'")" != "1" ]; then
    as_postgres postgres <<<"CREATE DATABASE ao_test OWNER ao_user"
fi

as_postgres ao_test <<'SQL'
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS ao_schema AUTHORIZATION ao_user;
ALTER SCHEMA ao_schema OWNER TO ao_user;
SQL

echo "PostgreSQL ready: jdbc:postgresql://$PG_HOST:$PG_PORT/ao_test user ao_user schema ao_schema"
