#!/usr/bin/env bash
# Installs PostgreSQL and PostGIS from the distribution's packages when they are missing.
# Debian and Ubuntu; uses sudo unless already root.
set -euo pipefail

postgis_ready() {
  local bin
  for bin in /usr/lib/postgresql/*/bin/initdb; do
    [ -x "$bin" ] || continue
    local version
    version=$(basename "$(dirname "$(dirname "$bin")")")
    [ -f "/usr/share/postgresql/$version/extension/postgis.control" ] && return 0
  done
  return 1
}

if postgis_ready; then
  exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "PostgreSQL with PostGIS is needed, and this is not a Debian or Ubuntu machine: install PostgreSQL 15+ and PostGIS 3." >&2
  exit 1
fi

as_root=()
[ "$(id -u)" -eq 0 ] || as_root=(sudo)

echo "Installing PostgreSQL and PostGIS (apt-get)..."
export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get update -qq
if apt-cache show postgresql-15-postgis-3 >/dev/null 2>&1; then
  "${as_root[@]}" apt-get install -y -qq postgresql-15 postgresql-15-postgis-3 >/dev/null
else
  "${as_root[@]}" apt-get install -y -qq postgresql >/dev/null
  version=$(ls /usr/lib/postgresql | sort -n | tail -n 1)
  "${as_root[@]}" apt-get install -y -qq "postgresql-$version-postgis-3" >/dev/null
fi

postgis_ready || { echo "PostGIS could not be installed." >&2; exit 1; }
echo "PostgreSQL and PostGIS are installed."
