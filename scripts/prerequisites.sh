#!/usr/bin/env bash
# Installs PostgreSQL and PostGIS, and Node.js 18+ with npm (the build bundles the GraphQL IDE), from the
# distribution's packages when they are missing, with --browser Chromium too (the browser the tests drive),
# and with --servers redis-server and nginx (the tests run several instances behind them; neither is started
# as a system service). Debian and Ubuntu; uses sudo unless already root.
set -euo pipefail

browser=false
servers=false
for argument in "$@"; do
  case "$argument" in
    --browser) browser=true ;;
    --servers) servers=true ;;
    *) echo "usage: $0 [--browser] [--servers]" >&2; exit 2 ;;
  esac
done

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

chromium_ready() {
  [ -x /usr/bin/chromium ]
}

redis_ready() {
  command -v redis-server >/dev/null 2>&1 || [ -x /usr/bin/redis-server ]
}

nginx_ready() {
  [ -x /usr/sbin/nginx ] || command -v nginx >/dev/null 2>&1
}

node_ready() {
  command -v npm >/dev/null 2>&1 && node -e 'process.exit(Number(process.versions.node.split(".")[0]) >= 18 ? 0 : 1)' 2>/dev/null
}

need_postgis=true
postgis_ready && need_postgis=false
need_node=true
node_ready && need_node=false
need_chromium=false
if [ "$browser" = true ] && ! chromium_ready; then
  need_chromium=true
fi

need_redis=false
need_nginx=false
if [ "$servers" = true ]; then
  redis_ready || need_redis=true
  nginx_ready || need_nginx=true
fi

if [ "$need_postgis" = false ] && [ "$need_node" = false ] && [ "$need_chromium" = false ] && [ "$need_redis" = false ] && [ "$need_nginx" = false ]; then
  exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
  [ "$need_postgis" = false ] || echo "PostgreSQL with PostGIS is needed, and this is not a Debian or Ubuntu machine: install PostgreSQL 15+ and PostGIS 3." >&2
  [ "$need_node" = false ] || echo "Node.js 18 or later with npm is needed to build the GraphQL IDE, and this is not a Debian or Ubuntu machine." >&2
  [ "$need_chromium" = false ] || echo "Chromium is needed at /usr/bin/chromium for the browser tests, and this is not a Debian or Ubuntu machine." >&2
  [ "$need_redis" = false ] || echo "redis-server is needed for the tests of several instances, and this is not a Debian or Ubuntu machine." >&2
  [ "$need_nginx" = false ] || echo "nginx is needed for the tests of several instances, and this is not a Debian or Ubuntu machine." >&2
  exit 1
fi

as_root=()
[ "$(id -u)" -eq 0 ] || as_root=(sudo)

export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get update -qq

if [ "$need_postgis" = true ]; then
  echo "Installing PostgreSQL and PostGIS (apt-get)..."
  if apt-cache show postgresql-15-postgis-3 >/dev/null 2>&1; then
    "${as_root[@]}" apt-get install -y -qq postgresql-15 postgresql-15-postgis-3 >/dev/null
  else
    "${as_root[@]}" apt-get install -y -qq postgresql >/dev/null
    version=$(ls /usr/lib/postgresql | sort -n | tail -n 1)
    "${as_root[@]}" apt-get install -y -qq "postgresql-$version-postgis-3" >/dev/null
  fi

  postgis_ready || { echo "PostGIS could not be installed." >&2; exit 1; }
  echo "PostgreSQL and PostGIS are installed."
fi

if [ "$need_node" = true ]; then
  echo "Installing Node.js and npm (apt-get)..."
  "${as_root[@]}" apt-get install -y -qq nodejs npm >/dev/null
  node_ready || { echo "Node.js 18 or later with npm could not be installed." >&2; exit 1; }
  echo "Node.js and npm are installed."
fi

if [ "$need_chromium" = true ]; then
  echo "Installing Chromium (apt-get)..."
  "${as_root[@]}" apt-get install -y -qq chromium >/dev/null
  chromium_ready || { echo "Chromium could not be installed." >&2; exit 1; }
  echo "Chromium is installed."
fi

if [ "$need_redis" = true ] || [ "$need_nginx" = true ]; then
  echo "Installing redis-server and nginx (apt-get)..."
  packages=()
  [ "$need_redis" = true ] && packages+=(redis-server)
  [ "$need_nginx" = true ] && packages+=(nginx)
  # Installed for the tests, which start their own processes on free ports: no system service is started
  # (where an init system runs, policy-rc.d keeps the packages from starting theirs on port 6379 and 80).
  policy=/usr/sbin/policy-rc.d
  if [ ! -e "$policy" ]; then
    printf '#!/bin/sh\nexit 101\n' | "${as_root[@]}" tee "$policy" >/dev/null
    "${as_root[@]}" chmod +x "$policy"
    "${as_root[@]}" apt-get install -y -qq "${packages[@]}" >/dev/null
    "${as_root[@]}" rm -f "$policy"
  else
    "${as_root[@]}" apt-get install -y -qq "${packages[@]}" >/dev/null
  fi
  redis_ready || { echo "redis-server could not be installed." >&2; exit 1; }
  nginx_ready || { echo "nginx could not be installed." >&2; exit 1; }
  echo "redis-server and nginx are installed."
fi
