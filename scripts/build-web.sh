#!/usr/bin/env bash
# Builds the release site into dist/: app.js + app.wasm from the Emscripten build, then
# the page, worker, manifest and icons from web/ (scripts/stamp-dist.mjs).
set -euo pipefail
cd "$(dirname "$0")/.."
. ./emsdk.env
BUILD=${BUILD_DIR:-build-web}
emcmake cmake -S . -B "$BUILD" -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$BUILD" --target app -j"$(nproc)"
rm -rf dist && mkdir -p dist
cp "$BUILD/src/app/app.js" "$BUILD/src/app/app.wasm" dist/
if [[ -f scripts/stamp-dist.mjs ]]; then node scripts/stamp-dist.mjs dist; else cp -r web/. dist/; fi
echo "built dist/ ($(du -sh dist | cut -f1))"
