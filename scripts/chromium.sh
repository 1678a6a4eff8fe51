#!/usr/bin/env bash
# Debian's Chromium for the dashboard's browser tests: installs it if missing (apt-get; Playwright's own browser
# download cannot work on these machines) and exports CONCIERGE_CHROMIUM with its path.
# Sourced by test.sh; not meant to be run on its own.

source "$(dirname "${BASH_SOURCE[0]}")/as-root.sh"

ensure_chromium_installed() {
  local chromium=${CONCIERGE_CHROMIUM:-/usr/bin/chromium}
  if [ ! -x "$chromium" ]; then
    echo "chromium: installing Debian's chromium (apt-get)…"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
    chromium=/usr/bin/chromium
  fi
  [ -x "$chromium" ] || { echo "chromium: $chromium not found after install" >&2; return 1; }
  export CONCIERGE_CHROMIUM=$chromium
  echo "chromium: $("$chromium" --version 2>/dev/null || echo "$chromium")"
}
