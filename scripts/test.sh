#!/usr/bin/env bash
# Builds with warnings as errors, checks formatting and runs every test suite against a throwaway
# PostgreSQL cluster (installing PostgreSQL, PostGIS, Chromium for the browser tests, and redis-server and nginx
# for the tests of several instances, first if they are missing).
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/prerequisites.sh --browser --servers
dotnet restore Network.sln --nologo -v quiet
dotnet build Network.sln --no-restore --nologo -clp:ErrorsOnly
dotnet format Network.sln --verify-no-changes --no-restore

log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0
dotnet test Network.sln --no-build --nologo 2>&1 | tee "$log" || status=$?

# One closing line over all test projects, from each project's "Failed: N, Passed: N" summary.
awk -F'[:,]' '/Failed: *[0-9]+, Passed: *[0-9]+/ { for (i = 1; i < NF; i++) { if ($i ~ /Failed$/) f += $(i + 1); if ($i ~ /Passed$/) p += $(i + 1) } }
  END { printf "%d passed, %d failed\n", p, f }' "$log"
exit "$status"
