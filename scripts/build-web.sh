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
cp "$BUILD/src/app/app.wasm" dist/
# Emscripten's own minifier here only strips white space (Closure is not in Debian);
# terser also shortens local names. Top-level names stay: the page and EM_JS use them.
node_modules/.bin/terser "$BUILD/src/app/app.js" --compress --mangle -o dist/app.js
if [[ -f scripts/stamp-dist.mjs ]]; then node scripts/stamp-dist.mjs dist; else cp -r web/. dist/; fi
echo "built dist/ ($(du -sh dist | cut -f1))"
