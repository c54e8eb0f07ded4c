#!/usr/bin/env bash
# Builds the benchmarks in Release and runs their smoke mode: a few seconds on the demo network against a throwaway
# PostgreSQL cluster, failing (exit code 1) when a machine-independent figure (SQL commands or bytes allocated per
# request, throughput against the hand-written floor) is worse than its limit in
# tests/Network.Benchmarks/smoke-thresholds.json. Not part of scripts/test.sh; it assumes the prerequisites that
# script installs (PostgreSQL and PostGIS). Extra arguments go to the benchmark, e.g. --rounds 5.
set -euo pipefail
cd "$(dirname "$0")/.."

dotnet build tests/Network.Benchmarks -c Release --nologo -clp:ErrorsOnly
exec dotnet run -c Release --no-build --project tests/Network.Benchmarks -- --smoke "$@"
