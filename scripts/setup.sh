#!/usr/bin/env bash
# Installs what Marsad needs on a fresh machine (Debian, Node 20):
#   - npm packages (npm ci);
#   - with --services: PostgreSQL (for the PostgreSQL store and its tests) and Chromium (for
#     the dashboard's browser tests), from Debian's packages when they are missing.
# Idempotent: a second run changes nothing.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi
if [ "${1:-}" = "--services" ]; then
  bash scripts/setup-postgres.sh >/dev/null
  if [ -f scripts/setup-chromium.sh ]; then bash scripts/setup-chromium.sh; fi
fi
