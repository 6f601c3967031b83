#!/usr/bin/env bash
# Installs (if missing) and starts PostgreSQL from Debian's packages, then creates the
# `marsad` role and the `marsad` / `marsad_test` databases. Idempotent: safe to run again.
# Prints the connection URL of the test database on the last line of stdout, so CI can do:
#   export MARSAD_TEST_PG="$(scripts/setup-postgres.sh | tail -n 1)"
set -euo pipefail

PG_USER="${MARSAD_PG_USER:-marsad}"
PG_PASS="${MARSAD_PG_PASSWORD:-marsad}"
PG_PORT="${MARSAD_PG_PORT:-5432}"
SUDO=""
AS_PG=(runuser -u postgres --)
if [ "$(id -u)" != "0" ]; then SUDO="sudo"; AS_PG=(sudo -u postgres); fi

log() { echo "setup-postgres: $*" >&2; }

if ! command -v pg_ctlcluster >/dev/null 2>&1 || [ -z "$(ls /usr/lib/postgresql 2>/dev/null)" ]; then
  log "installing postgresql from Debian packages"
  $SUDO apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq postgresql >&2
fi

VERSION="$(ls /usr/lib/postgresql | sort -V | tail -n 1)"
if ! pg_lsclusters -h 2>/dev/null | awk '{print $1" "$2}' | grep -q "^${VERSION} main$"; then
  log "creating cluster ${VERSION}/main"
  $SUDO pg_createcluster "$VERSION" main --port "$PG_PORT" >&2
fi
if ! pg_lsclusters -h | awk -v v="$VERSION" '$1==v && $2=="main" {print $4}' | grep -q online; then
  log "starting cluster ${VERSION}/main"
  $SUDO pg_ctlcluster "$VERSION" main start >&2 || $SUDO service postgresql start >&2
fi

# wait until the server accepts connections
for _ in $(seq 1 30); do
  if "${AS_PG[@]}" psql -qtAc "select 1" >/dev/null 2>&1; then break; fi
  sleep 1
done

psql_admin() { "${AS_PG[@]}" psql -v ON_ERROR_STOP=1 -qtAc "$1"; }

if [ "$(psql_admin "select 1 from pg_roles where rolname='${PG_USER}'")" != "1" ]; then
  log "creating role ${PG_USER}"
  psql_admin "create role ${PG_USER} login password '${PG_PASS}'"
else
  psql_admin "alter role ${PG_USER} login password '${PG_PASS}'"
fi
for db in marsad marsad_test; do
  if [ "$(psql_admin "select 1 from pg_database where datname='${db}'")" != "1" ]; then
    log "creating database ${db}"
    psql_admin "create database ${db} owner ${PG_USER} encoding 'UTF8' template template0"
  fi
  # pg_trgm must be created by a superuser; the store uses it when present
  "${AS_PG[@]}" psql -qtAc "create extension if not exists pg_trgm" -d "$db" >/dev/null 2>&1 || true
done

log "ready: postgres://${PG_USER}:***@127.0.0.1:${PG_PORT}/marsad"
echo "postgres://${PG_USER}:${PG_PASS}@127.0.0.1:${PG_PORT}/marsad_test"
