#!/usr/bin/env bash
# Builds the share-link fuzzers (libFuzzer with AddressSanitizer and UndefinedBehaviorSanitizer,
# clang) from the link sources of src/core only, and runs each for a bounded time.
#
#   scripts/fuzz.sh            # 30 s in all, shared between the targets (what the tests run)
#   scripts/fuzz.sh 600        # a longer hunt
#   FUZZ_SECONDS=60 FUZZ_BUILD_DIR=/tmp/fz scripts/fuzz.sh
#
# Exits non-zero when a target crashes, trips a sanitizer or breaks a link invariant; the
# input that did it is saved under $FUZZ_BUILD_DIR/artifacts/. Keep it as a regression: copy
# it to tests/fuzz/regressions/ (as a fragment, the way decodeFragment reads it) so the unit
# tests replay it. Needs no network; the repository is only read (the growing corpus lives
# in the build folder), so running it twice is safe.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
total_seconds="${1:-${FUZZ_SECONDS:-30}}"
build="${FUZZ_BUILD_DIR:-$root/build-fuzz}"
targets=(fuzz_decode fuzz_body fuzz_roundtrip)

# -------------------------------------------------------------- the compiler
cxx="${FUZZ_CXX:-}"
if [[ -z "$cxx" ]]; then
  for candidate in clang++-14 clang++; do
    if command -v "$candidate" >/dev/null 2>&1; then cxx="$candidate"; break; fi
  done
fi
if [[ -z "$cxx" ]]; then
  echo "fuzz.sh: clang++ not found (Debian: apt-get install clang-14 libclang-rt-14-dev)" >&2
  exit 2
fi

# -------------------------------------------------------------- build (only what changed)
core_sources=("$root/src/core/links.cpp" "$root/src/core/base64url.cpp" "$root/src/core/checksum.cpp")
headers=("$root"/src/core/links.hpp "$root"/src/core/base64url.hpp "$root"/src/core/checksum.hpp
         "$root"/tests/fuzz/invariants.hpp)
# _GLIBCXX_SANITIZE_VECTOR lets ASan see a read past a vector's size but inside its capacity
# (the decoders read through raw pointers into vectors); _GLIBCXX_ASSERTIONS checks operator[].
flags=(-std=c++17 -g -O1 -fno-omit-frame-pointer
       -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all
       -D_GLIBCXX_SANITIZE_VECTOR=1 -D_GLIBCXX_ASSERTIONS
       -I"$root/src" -I"$root/tests/fuzz")
mkdir -p "$build/bin" "$build/artifacts" "$build/logs"

# True when $1 is missing or older than any of the other files (or this script).
stale() {
  local out="$1"; shift
  [[ -e "$out" ]] || return 0
  local input
  for input in "$@" "${BASH_SOURCE[0]}"; do
    [[ "$input" -nt "$out" ]] && return 0
  done
  return 1
}

for target in "${targets[@]}"; do
  source_file="$root/tests/fuzz/$target.cpp"
  binary="$build/bin/$target"
  if stale "$binary" "$source_file" "${core_sources[@]}" "${headers[@]}"; then
    echo "fuzz.sh: building $target with $cxx"
    "$cxx" "${flags[@]}" "$source_file" "${core_sources[@]}" -o "$binary.tmp"
    mv "$binary.tmp" "$binary"  # a failed build never leaves a binary that looks current
  fi
done

# -------------------------------------------------------------- run, each for its share of time
seconds_each=$(( total_seconds / ${#targets[@]} ))
(( seconds_each >= 1 )) || seconds_each=1

max_len_of() {
  case "$1" in
    fuzz_decode) echo 2600 ;;     # past kLinkMaxFragmentChars, to reach Oversized
    fuzz_body) echo 2100 ;;       # bodies up to the largest payload and a little more
    *) echo 1400 ;;
  esac
}

export ASAN_OPTIONS="${ASAN_OPTIONS:-abort_on_error=0:detect_leaks=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"

failed=()
for target in "${targets[@]}"; do
  work="$build/corpus/$target"   # libFuzzer adds what it finds here, never to the repository
  mkdir -p "$work"
  seeds=()
  [[ -d "$root/tests/fuzz/corpus/$target" ]] && seeds+=("$root/tests/fuzz/corpus/$target")
  # The kept crash inputs are fragments: replayed by the fragment decoder on every run.
  [[ "$target" == fuzz_decode && -d "$root/tests/fuzz/regressions" ]] && seeds+=("$root/tests/fuzz/regressions")
  log="$build/logs/$target.log"
  set +e
  "$build/bin/$target" -max_total_time="$seconds_each" -timeout=10 -rss_limit_mb=2048 \
    -max_len="$(max_len_of "$target")" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$target-" "$work" "${seeds[@]}" >"$log" 2>&1
  status=$?
  set -e
  runs="$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)"
  rate="$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)"
  if (( status == 0 )); then
    echo "fuzz.sh: $target ok: ${runs:-?} runs in ${seconds_each}s (${rate:-?}/s), corpus $(ls "$work" | wc -l) inputs"
  else
    echo "fuzz.sh: $target FAILED (exit $status); last lines of $log:" >&2
    tail -n 40 "$log" >&2
    ls -1 "$build/artifacts/$target-"* 2>/dev/null | sed 's/^/fuzz.sh: saved input: /' >&2 || true
    failed+=("$target")
  fi
done

if (( ${#failed[@]} > 0 )); then
  echo "fuzz.sh: ${#failed[@]} of ${#targets[@]} fuzz targets failed: ${failed[*]}" >&2
  exit 1
fi
echo "fuzz.sh: all ${#targets[@]} fuzz targets passed (${total_seconds}s budget)"
