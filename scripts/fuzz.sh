#!/usr/bin/env bash
# Fuzzes sepa's parsers: builds the libFuzzer targets in tests/fuzz (clang, ASan+UBSan) into
# build-fuzz/, then runs each for SECONDS (default 60) over a scratch copy of its seed corpus
# (tests/fuzz/corpus/NAME), so a run never adds files to the repository. Prints one line per
# target with the executions it made; a crash keeps its input in build-fuzz/artifacts/, shows
# the report, and makes the script fail.
#
#   bash scripts/fuzz.sh         # 60 s per target, as CI does
#   bash scripts/fuzz.sh 600     # longer, by hand
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-60}
targets=(duration time ladder text)

cmake -S . -B build-fuzz -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DSEPA_FUZZ=ON -DSEPA_BUILD_TESTS=OFF >/dev/null
cmake --build build-fuzz -j "$(nproc)" --target "${targets[@]/#/fuzz_}"

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
mkdir -p build-fuzz/artifacts
failed=0
for name in "${targets[@]}"; do
  cp -r "tests/fuzz/corpus/$name" "$scratch/$name"
  options=(-max_total_time="$seconds" -print_final_stats=1 -max_len=65536 -timeout=10
    -artifact_prefix="build-fuzz/artifacts/$name-")
  if [ -f "tests/fuzz/$name.dict" ]; then
    options+=(-dict="tests/fuzz/$name.dict")
  fi
  log="build-fuzz/fuzz_$name.log"
  if "build-fuzz/tests/fuzz/fuzz_$name" "${options[@]}" "$scratch/$name" >"$log" 2>&1; then
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
    corpus=$(find "$scratch/$name" -type f | wc -l)
    echo "fuzz_$name: $runs executions in ${seconds} s, corpus grew to $corpus inputs, no crash"
  else
    echo "fuzz_$name: FAILED; the report follows, the input is in build-fuzz/artifacts/" >&2
    tail -n 60 "$log" >&2
    failed=1
  fi
done
exit "$failed"
