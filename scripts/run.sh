#!/usr/bin/env bash
# The run command: installs what is missing, builds the release site into dist/ and
# serves it on 127.0.0.1 (default port 8000; --port N to change).
set -euo pipefail
cd "$(dirname "$0")/.."
port=8000
while [[ $# -gt 0 ]]; do
  case $1 in
    --port) port=$2; shift 2 ;;
    --port=*) port=${1#--port=}; shift ;;
    *) echo "usage: scripts/run.sh [--port N]" >&2; exit 2 ;;
  esac
done
scripts/setup.sh
scripts/build-web.sh
exec node scripts/serve.mjs --dir dist --port "$port"
