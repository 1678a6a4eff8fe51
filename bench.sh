#!/usr/bin/env bash
# Runs the benchmark suites on this machine, with a throwaway PostgreSQL server for the shared-store figures.
# Usage: ./bench.sh [suite]   (default: runtime). Prints markdown tables; report figures from one run.
#   runtime    grain calls/s in memory; durable writes/s and p50/p99 on SQLite and PostgreSQL
#   webhooks   the built app as a process, driven by the call simulator at 64 concurrent callers on SQLite and
#              PostgreSQL: latency per webhook kind, calls/s, CPU per webhook, peak memory, memory per active call, the
#              mixed run again once about 18,000 calls fill the store and the app has restarted on it (start-up analyses the
#              store, so its query plans are a long-running store's: costs that grow with the data), and
#              each rate as a fraction of the floor (a bare endpoint answering the same TwiML, measured in the same run);
#              call starts also against the grain floor (that endpoint with an Orleans silo, one grain activated per ring);
#              CONCIERGE_BENCH_SQLITE_ONLY=1 measures SQLite and the floor only (no PostgreSQL server, no cluster): quicker
#   screening  the screening corpus (tests/Concierge.TestSupport/Screening) through the offline screener: accuracy on
#              the tuning and held-out parts, per language and group, confusion matrices, scams put through, decision
#              time; the model-backed screener against the fake model (a harness check), and a real model when
#              Concierge__Model__* is set. Needs no database.
#   media      realtime voice: 50, 250 and 500 concurrent Twilio media streams against the built app in realtime mode,
#              the fake realtime model streaming at real-time pace: added latency per frame, barge-in clear, response
#              time heard minus the model's delay, CPU per stream-minute, memory per stream, beside the public sample
#              relay's figures; then the same steps against the floor (a bare relay with no work of its own, as a process),
#              the app's CPU per frame as a multiple of it. CONCIERGE_MEDIA_STEPS=50,250 picks the steps. Needs no
#              database; about seven minutes.
#   notes      WhatsApp/SMS notes: the built app as a process on SQLite, the fake Twilio and fake OpenAI transcription
#              answering at once; 2,000 text notes then 500 voice notes, 32 in flight: notes processed per second,
#              acknowledgement p50/p99, CPU per note. Needs no PostgreSQL; about a minute.
#   train-screener  trains the offline screener's classifier on the corpus's tuning part (five-fold cross-validation
#              there chooses how far to trust it over the rules) and writes src/Grains/Screening/Offline/Learned/
#              screening-model.json; deterministic, so rerunning on the same corpus leaves the file unchanged.
set -euo pipefail
cd "$(dirname "$0")"
suite="${1:-runtime}"
if [ "$suite" = screening ] || [ "$suite" = train-screener ] || [ "$suite" = media ] || [ "$suite" = notes ]; then
  exec dotnet run -c Release --project bench/Concierge.Benchmarks -- "$suite"
fi
if [ "$suite" = webhooks ] && [ "${CONCIERGE_BENCH_SQLITE_ONLY:-}" = 1 ]; then
  exec dotnet run -c Release --project bench/Concierge.Benchmarks -- "$suite"
fi
source scripts/postgres.sh
trap stop_test_postgres EXIT
start_test_postgres
dotnet run -c Release --project bench/Concierge.Benchmarks -- "$suite" "$CONCIERGE_TEST_POSTGRES"
