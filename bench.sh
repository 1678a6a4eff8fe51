#!/usr/bin/env bash
# Runs the benchmark suites on this machine, with a throwaway PostgreSQL server for the shared-store figures.
# Usage: ./bench.sh [suite]   (default: runtime). Prints markdown tables; report figures from one run.
set -euo pipefail
cd "$(dirname "$0")"
source scripts/postgres.sh
trap stop_test_postgres EXIT
start_test_postgres
dotnet run -c Release --project bench/Concierge.Benchmarks -- "${1:-runtime}" "$CONCIERGE_TEST_POSTGRES"
