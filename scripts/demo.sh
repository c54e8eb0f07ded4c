#!/usr/bin/env bash
# Serves the API at http://localhost:5080/graphql with West Midlands demo data, on a private
# PostgreSQL cluster kept under .data/ (installing PostgreSQL and PostGIS first if they are missing).
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/prerequisites.sh
dotnet build server/Network.Server --nologo -clp:ErrorsOnly
dotnet run --no-build --project server/Network.Server -- seed --demo
echo "Serving GraphQL at http://localhost:5080/graphql (open it in a browser for GraphiQL; schema: http://localhost:5080/graphql/schema.graphql). Ctrl+C stops it and its PostgreSQL cluster."
exec dotnet run --no-build --project server/Network.Server
