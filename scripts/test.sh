#!/usr/bin/env bash
# The test command: installs what is missing, builds, and runs every test —
# native unit and UI tests (CTest), the bounded link fuzzing, and the browser tests
# against a fresh release build in dist/.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh

echo "== native build and tests (CTest)"
cmake -S . -B build-native -DCMAKE_BUILD_TYPE=Debug >/dev/null
cmake --build build-native -j"$(nproc)"
ctest --test-dir build-native --output-on-failure

if [[ -x scripts/fuzz.sh ]]; then
  echo "== link decoders under libFuzzer (bounded)"
  scripts/fuzz.sh
fi

echo "== release build into dist/"
scripts/build-web.sh

echo "== browser tests (Playwright driving Debian's Chromium)"
node --test --test-concurrency=1 tests/e2e/
