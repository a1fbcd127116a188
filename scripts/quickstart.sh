#!/usr/bin/env bash
# The README's quick start. On Debian 12 (root, or a user with sudo) it installs whatever build
# dependencies are missing, builds sepa into build/, then either shows your ladder (`run`) or
# runs the whole test suite (`test`).
set -euo pipefail
cd "$(dirname "$0")/.."

mode=${1:-run}
case "$mode" in
  run | test) ;;
  *) echo "usage: $0 run|test" >&2; exit 2 ;;
esac

packages=(g++ make cmake libcli11-dev nlohmann-json3-dev libfmt-dev libutf8proc-dev)
if [ "$mode" = test ]; then
  packages+=(libgtest-dev libbenchmark-dev python3)
  # Install, man page, completions and the Debian package are tested too (docs/install.md);
  # cpack reads the binary's library needs with `file`.
  packages+=(man-db zsh fish dpkg-dev file)
  # End-to-end tests run sepa at fixed times in real zones, and render its Markdown report as
  # GitHub does.
  packages+=(faketime tzdata cmark-gfm)
fi

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'ok installed'; then
    missing+=("$p")
  fi
done
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo=sudo; fi
  echo "Installing what is missing: ${missing[*]}"
  # apt's and dpkg's hundreds of lines go to a log, shown only if something fails.
  log=$(mktemp)
  if ! { $sudo apt-get update -qq &&
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends \
      "${missing[@]}"; } >"$log" 2>&1; then
    cat "$log" >&2
    echo "quickstart: installing the packages above failed (the output is above)" >&2
    exit 1
  fi
  rm -f "$log"
  echo "Installed."
fi

jobs=$(nproc 2>/dev/null || echo 2)
if [ "$mode" = run ]; then
  cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DSEPA_BUILD_TESTS=OFF >/dev/null
  cmake --build build -j "$jobs"
  echo
  build/sepa plan
else
  cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DSEPA_BUILD_TESTS=ON >/dev/null
  cmake --build build -j "$jobs"
  ctest --test-dir build --output-on-failure -j "$jobs"
fi
