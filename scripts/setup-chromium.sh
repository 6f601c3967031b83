#!/bin/sh
# Installs Debian's Chromium for the dashboard's browser tests (test/serve/browser.test.ts),
# which drive /usr/bin/chromium with playwright-core. Does nothing when it is already there.
set -eu
if [ -x /usr/bin/chromium ]; then
  echo "chromium: $(/usr/bin/chromium --version 2>/dev/null || echo present)"
  exit 0
fi
SUDO=""
if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi
$SUDO apt-get update
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y chromium
/usr/bin/chromium --version
