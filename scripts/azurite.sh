#!/usr/bin/env bash
# Throwaway Azure Table and Blob storage for the tests of Azure Table clustering and of note artifacts on Blob storage:
# Azurite, Microsoft's storage emulator, from npm (version pinned in scripts/azurite/package-lock.json, installed into
# scripts/azurite/node_modules if missing). Its table and blob services run, each on 127.0.0.1 on a free port, in
# memory; CONCIERGE_TEST_AZURITE gets the connection string of the emulator's well-known development account (with both
# endpoints), and the processes are stopped on exit.
# The pin, 3.35.0, is the last release that runs on any Node.js from 10 up: 3.36 and later declare Node 21 or 22, newer
# than the machine's Node 20 and than Debian bookworm's nodejs (18), which this script installs when npm is missing.
# Sourced by test.sh; not meant to be run on its own.

source "$(dirname "${BASH_SOURCE[0]}")/as-root.sh"

AZURITE_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/azurite"

# The emulator's one built-in account and its key, published in Azurite's README: a fixed test value, not a secret.
AZURITE_ACCOUNT=devstoreaccount1
AZURITE_KEY='Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=='

azurite_pinned_version() {
  sed -n 's/.*"azurite": *"\([^"]*\)".*/\1/p' "$AZURITE_DIR/package.json" | head -n 1
}

azurite_installed_version() {
  sed -n 's/^ *"version": *"\([^"]*\)".*/\1/p' "$AZURITE_DIR/node_modules/azurite/package.json" 2>/dev/null | head -n 1
}

ensure_azurite_installed() {
  if ! command -v npm >/dev/null; then
    echo "azurite: installing node and npm (apt-get)…"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm >/dev/null
  fi
  # npm ci, not install: the lock file decides every transitive version; a changed pin reinstalls.
  if [ ! -x "$AZURITE_DIR/node_modules/.bin/azurite-table" ] || [ "$(azurite_installed_version)" != "$(azurite_pinned_version)" ]; then
    echo "azurite: installing azurite $(azurite_pinned_version) (npm)…"
    (cd "$AZURITE_DIR" && npm ci --no-audit --no-fund --loglevel=error >/dev/null) \
      || { echo "azurite: npm ci failed in $AZURITE_DIR" >&2; return 1; }
  fi
}

azurite_free_port() {
  local port
  for port in $(seq 56002 56102); do
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "$port"; return 0; fi
  done
  echo "azurite: no free port in 56002-56102" >&2; return 1
}

# Starts one Azurite service (table or blob) on a free port; prints the port.
start_azurite_service() {
  local service=$1 port waited=0 pid
  port=$(azurite_free_port) || return 1
  # In memory (the emulator refuses --location with it), run from the temporary folder so nothing lands in the repository.
  # --disableTelemetry: the emulator reports usage to Microsoft unless told not to. The table service checks the API
  # version: the pinned emulator knows the one Orleans' Azure.Data.Tables speaks, and should a package update outrun it, a
  # refusal that names the version says to update the pin. The blob service cannot: Azure.Storage.Blobs 12.30 speaks
  # 2026-10-06, newer than any Azurite that runs on Node 20 knows (3.35 stops at 2025-11-05), so it skips the check; the
  # operations the app uses (put, get, delete, list, SAS) are older than either version and the tests exercise each.
  local skip=()
  [ "$service" = blob ] && skip=(--skipApiVersionCheck)
  (cd "$AZURITE_TEST_DIR" && exec "$AZURITE_DIR/node_modules/.bin/azurite-$service" "--${service}Host" 127.0.0.1 "--${service}Port" "$port" \
    --inMemoryPersistence --disableTelemetry --silent "${skip[@]}" >"azurite-$service.log" 2>&1) &
  pid=$!
  AZURITE_TEST_PIDS="${AZURITE_TEST_PIDS:-} $pid"
  until (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do
    if ! kill -0 "$pid" 2>/dev/null || [ "$waited" -ge 300 ]; then
      echo "azurite: the $service service did not start on 127.0.0.1:$port" >&2
      cat "$AZURITE_TEST_DIR/azurite-$service.log" >&2
      return 1
    fi
    sleep 0.1
    waited=$((waited + 1))
  done
  echo "$port"
}

start_test_azurite() {
  ensure_azurite_installed
  local table_port blob_port
  AZURITE_TEST_DIR=$(mktemp -d /tmp/concierge-azurite.XXXXXX)
  # Not in $(…): a service started in a command substitution's subshell would hold its output open, and its pid is needed.
  start_azurite_service table >"$AZURITE_TEST_DIR/table.port" || { stop_test_azurite; return 1; }
  table_port=$(cat "$AZURITE_TEST_DIR/table.port")
  start_azurite_service blob >"$AZURITE_TEST_DIR/blob.port" || { stop_test_azurite; return 1; }
  blob_port=$(cat "$AZURITE_TEST_DIR/blob.port")
  export CONCIERGE_TEST_AZURITE="DefaultEndpointsProtocol=http;AccountName=$AZURITE_ACCOUNT;AccountKey=$AZURITE_KEY;TableEndpoint=http://127.0.0.1:$table_port/$AZURITE_ACCOUNT;BlobEndpoint=http://127.0.0.1:$blob_port/$AZURITE_ACCOUNT;"
  echo "azurite: $(azurite_installed_version), table service on 127.0.0.1:$table_port, blob service on 127.0.0.1:$blob_port ($AZURITE_TEST_DIR)"
}

stop_test_azurite() {
  local pid
  for pid in ${AZURITE_TEST_PIDS:-}; do
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  done
  AZURITE_TEST_PIDS=
  if [ -n "${AZURITE_TEST_DIR:-}" ]; then
    rm -rf "$AZURITE_TEST_DIR"
    AZURITE_TEST_DIR=
  fi
}
