#!/usr/bin/env bash
# The browser tests drive Debian's Chromium; install it when missing (Debian, as root), else explain.
set -euo pipefail
browser="${CHROMIUM_PATH:-/usr/bin/chromium}"
[ -x "$browser" ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian's chromium for the browser tests…"
  apt-get update -qq && apt-get install -y -qq chromium
  exit 0
fi
echo "The browser tests need Chromium at $browser: run 'apt-get install -y chromium' as root, or set CHROMIUM_PATH." >&2
exit 1
