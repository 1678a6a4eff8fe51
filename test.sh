#!/usr/bin/env bash
# Runs the whole test suite on a fresh machine with only the .NET 10 SDK: installs and starts what the
# tests need (a throwaway PostgreSQL server; the Azurite emulator's table service for Azure Table clustering;
# Debian's Chromium for the dashboard's browser tests), lints the
# deployment files (scripts/lint-deploy.sh, tools from npm), runs every test project, and ends with "N passed, N failed".
set -euo pipefail
cd "$(dirname "$0")"
source scripts/postgres.sh
source scripts/azurite.sh
source scripts/chromium.sh

results=artifacts/test-results
rm -rf "$results"
mkdir -p "$results"

trap 'stop_test_azurite; stop_test_postgres' EXIT
start_test_postgres
start_test_azurite
ensure_chromium_installed

scripts/lint-deploy.sh
dotnet build Concierge.sln -c Release -nologo -v quiet
# The fault tests (Concierge.Faults.Tests) run alone, after the rest: they put an app process under load, which would
# skew the timing-sensitive tests if both ran at once on a small machine.
set +e
dotnet test Concierge.sln -c Release --no-build -nologo --filter "FullyQualifiedName!~Concierge.Faults.Tests" \
  --logger "trx" --logger "console;verbosity=normal" --results-directory "$results"
status=$?
dotnet test tests/Concierge.Faults.Tests -c Release --no-build -nologo \
  --logger "trx" --logger "console;verbosity=normal" --results-directory "$results"
faults_status=$?
set -e
if [ "$faults_status" -ne 0 ]; then status=$faults_status; fi

passed=0; failed=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")
  f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0}))
done
# The failed tests' names and first message lines, just above the summary, so the end of a CI log says what failed.
if [ "$failed" -ne 0 ]; then
  perl -0777 -ne 'while (/<UnitTestResult [^>]*?testName="([^"]*)"[^>]*?outcome="Failed".*?(?:<Message>([^<]*)<\/Message>|<\/UnitTestResult>)/gs) {
    my ($name, $message) = ($1, $2 // ""); $message =~ s/\s+/ /g;
    for ($name, $message) { s/&lt;/</g; s/&gt;/>/g; s/&quot;/"/g; s/&apos;/\x27/g; s/&amp;/&/g }
    print "FAILED $name: ", substr($message, 0, 400), "\n" }' "$results"/*.trx || true
fi
echo "$passed passed, $failed failed"
if [ "$status" -ne 0 ] || [ "$failed" -ne 0 ] || [ "$passed" -eq 0 ]; then exit 1; fi
