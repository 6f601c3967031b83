#!/usr/bin/env bash
# The test command (npm test): starts the local PostgreSQL when it is installed, so the store's
# contract suite runs on both backends, then runs every test file with node's test runner.
# Without PostgreSQL those tests skip, saying so.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${MARSAD_TEST_PG:-}" ] && command -v pg_lsclusters >/dev/null 2>&1; then
  MARSAD_TEST_PG="$(bash scripts/setup-postgres.sh 2>/dev/null | tail -n 1)" || MARSAD_TEST_PG=""
  export MARSAD_TEST_PG
fi
files=$(find test -name '*.test.ts' | sort)
exec node --import tsx --test --test-reporter=spec ${MARSAD_TEST_CONCURRENCY:+--test-concurrency=$MARSAD_TEST_CONCURRENCY} $files "$@"
