#!/usr/bin/env bash
# Runs the benchmark suites on this machine, with a throwaway PostgreSQL server for the shared-store figures.
# Usage: ./bench.sh [suite]   (default: runtime). Prints markdown tables; report figures from one run.
#   runtime   grain calls/s in memory; durable writes/s and p50/p99 on SQLite and PostgreSQL
#   webhooks  the built app as a process, driven by the call simulator at 64 concurrent callers on SQLite and
#             PostgreSQL: latency per webhook kind, calls/s, CPU per webhook, peak memory, memory per active call, and
#             each rate as a fraction of the floor (a bare endpoint answering the same TwiML, measured in the same run)
set -euo pipefail
cd "$(dirname "$0")"
source scripts/postgres.sh
trap stop_test_postgres EXIT
start_test_postgres
dotnet run -c Release --project bench/Concierge.Benchmarks -- "${1:-runtime}" "$CONCIERGE_TEST_POSTGRES"
