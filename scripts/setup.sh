#!/usr/bin/env bash
# Installs everything the build and the tests need on a fresh Debian 12 machine, and
# nothing that is already there. Idempotent: the run and test commands call it each time.
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES=(
  emscripten          # 3.1.6 with clang-14, lld, binaryen (see emsdk.env for its fixes)
  cmake g++ clang python3 xz-utils ca-certificates
  libcereal-dev rapidjson-dev doctest-dev
  fonts-inter fonttools  # the UI font and pyftsubset to cut it down
  chromium            # browser tests and benchmark (Debian's build, no download)
  libclang-rt-14-dev  # libFuzzer and sanitizer runtimes for the link fuzzers
  nodejs npm
)

missing=()
for p in "${APT_PACKAGES[@]}"; do
  # node/npm may come from elsewhere on a machine (e.g. Node 20); only install if absent.
  if [[ $p == nodejs && -x "$(command -v node)" ]]; then continue; fi
  if [[ $p == npm && -x "$(command -v npm)" ]]; then continue; fi
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "setup: installing ${missing[*]}"
  SUDO=""; [[ $(id -u) -ne 0 ]] && SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# Dear ImGui and Nayuki's QR code generator come as Debian *source* packages (trixie),
# pinned by version and checked by sha256.
scripts/fetch-debian-source.sh imgui trixie imgui_1.90.1+ds.orig.tar.xz \
  ecce377df0f90b292f15dcbd83d438bddc162b2388c881132bde18c787572a1c third_party/imgui
scripts/fetch-debian-source.sh qr-code-generator trixie qr-code-generator_1.8.0.orig.tar.gz \
  2ec0a4d33d6f521c942eeaf473d42d5fe139abcfa57d2beffe10c5cf7d34ae60 third_party/qrcodegen

# npm packages pinned in package-lock.json: playwright-core (drives Debian's Chromium; it
# never downloads a browser) and terser (minifies the page's JavaScript).
if [[ ! -d node_modules/playwright-core || ! -d node_modules/terser ]] ||
   [[ package-lock.json -nt node_modules/.package-lock.json ]]; then
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error
fi
