#!/usr/bin/env bash
# Throwaway PostgreSQL for the tests: installs the server if missing (apt-get), starts a fresh cluster on
# 127.0.0.1 on a free port, exports CONCIERGE_TEST_POSTGRES (and CONCIERGE_TEST_POSTGRES_BIN, the server binaries'
# directory, for tests that run a private cluster they can stop), and stops + deletes it on exit.
# Sourced by test.sh (and the benchmark script); not meant to be run on its own.

source "$(dirname "${BASH_SOURCE[0]}")/as-root.sh"

postgres_bin() {
  ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1
}

ensure_postgres_installed() {
  if [ -z "$(postgres_bin)" ] || [ ! -x "$(postgres_bin)/initdb" ]; then
    echo "postgres: installing the server (apt-get)…"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
  fi
  [ -x "$(postgres_bin)/initdb" ] || { echo "postgres: initdb not found after install" >&2; return 1; }
}

free_port() {
  local port
  for port in $(seq 55432 55532); do
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "$port"; return 0; fi
  done
  echo "postgres: no free port in 55432-55532" >&2; return 1
}

# The server refuses to run as root: when root, the cluster belongs to the 'postgres' system user.
as_cluster_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

start_test_postgres() {
  ensure_postgres_installed
  local bin port password
  bin=$(postgres_bin)
  port=$(free_port)
  password=$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')
  PG_TEST_DIR=$(mktemp -d /tmp/concierge-pg.XXXXXX)
  chmod 755 "$PG_TEST_DIR"
  echo "$password" > "$PG_TEST_DIR/pwfile"
  if [ "$(id -u)" -eq 0 ]; then chown -R postgres:postgres "$PG_TEST_DIR"; fi
  as_cluster_owner "$bin/initdb" -D "$PG_TEST_DIR/data" -U concierge --pwfile="$PG_TEST_DIR/pwfile" \
    --auth=scram-sha-256 --encoding=UTF8 --locale=C.UTF-8 >"$PG_TEST_DIR/initdb.log" 2>&1 \
    || { cat "$PG_TEST_DIR/initdb.log" >&2; return 1; }
  as_cluster_owner "$bin/pg_ctl" -D "$PG_TEST_DIR/data" -l "$PG_TEST_DIR/server.log" -w -t 60 \
    -o "-p $port -k $PG_TEST_DIR -c listen_addresses=127.0.0.1 -c max_connections=400" start >/dev/null \
    || { cat "$PG_TEST_DIR/server.log" >&2; return 1; }
  PG_TEST_BIN=$bin
  export CONCIERGE_TEST_POSTGRES_BIN=$bin
  export CONCIERGE_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=concierge;Password=$password;Database=postgres"
  echo "postgres: throwaway server on 127.0.0.1:$port ($PG_TEST_DIR)"
}

stop_test_postgres() {
  if [ -n "${PG_TEST_DIR:-}" ] && [ -d "$PG_TEST_DIR/data" ]; then
    as_cluster_owner "$PG_TEST_BIN/pg_ctl" -D "$PG_TEST_DIR/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$PG_TEST_DIR"
  fi
}
