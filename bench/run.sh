#!/usr/bin/env bash
# Times whole sepa processes on synthetic ladders of 1k, 10k and 100k separations and writes the
# table, with the machine it ran on, into docs/performance.md (between its "bench/run.sh" markers;
# the rest of that file is left alone).
#
#   bench/run.sh [--build DIR] [--sizes "1000 10000 100000"] [--runs N] [--doc FILE] [--no-doc]
#
# Needs a Release build (build/sepa and build/sepa-synth), hyperfine, /usr/bin/time and python3
# (Debian: apt-get install hyperfine time python3). Commands this sepa does not have yet are
# skipped. A command that changes the ladder runs on a fresh copy each time (hyperfine
# --prepare), with a backup beside it as in daily use, on the disk of the build folder (not a
# RAM disk), so every figure includes the real fsync.
set -euo pipefail
cd "$(dirname "$0")/.."

build=build
sizes="1000 10000 100000"
runs=""
doc=docs/performance.md
while [ $# -gt 0 ]; do
  case "$1" in
    --build) build=$2; shift 2 ;;
    --sizes) sizes=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --doc) doc=$2; shift 2 ;;
    --no-doc) doc=""; shift ;;
    *) echo "usage: $0 [--build DIR] [--sizes \"1000 10000 100000\"] [--runs N] [--doc FILE] [--no-doc]" >&2
       exit 2 ;;
  esac
done

for tool in hyperfine /usr/bin/time python3; do
  if ! command -v "$tool" >/dev/null; then
    echo "bench/run.sh: $tool is missing (Debian: apt-get install hyperfine time python3)" >&2
    exit 1
  fi
done
sepa=$(realpath "$build/sepa")
synth=$(realpath "$build/sepa-synth")
if [ ! -x "$sepa" ] || [ ! -x "$synth" ]; then
  echo "bench/run.sh: build sepa first: cmake -S . -B $build -DCMAKE_BUILD_TYPE=Release && cmake --build $build" >&2
  exit 1
fi

work=$(mktemp -d "$(realpath "$build")/bench-run.XXXXXX")
trap 'rm -rf "$work"' EXIT
# The prompt line's cache (and anything else sepa keeps) stays in the work folder.
export XDG_CACHE_HOME="$work/cache" XDG_STATE_HOME="$work/state"
results="$work/results.tsv"
: >"$results"

# Listed among the subcommands of `sepa --help`.
has_command() { "$sepa" --help | grep -q "^  $1 "; }

# name | needs an open separation (1) or not (0) | changes the file (1) or not (0) |
# exit status | arguments. `checkin --no-wait` opens the wait window and says it is open: 3.
commands=(
  "start|0|1|0|start 15m"
  "checkin --no-wait|1|1|3|checkin --no-wait"
  "done|1|1|0|done --peak 3 --after 1"
  "status|0|0|0|status"
  "status --format short|0|0|0|status --format short"
  "status --format short (open)|1|0|0|status --format short"
  "plan|0|0|0|plan"
  "report|0|0|0|report"
  "report --format json|0|0|0|report --format json"
)

available=()
for entry in "${commands[@]}"; do
  IFS='|' read -r name _ _ _ args <<<"$entry"
  if has_command "${args%% *}"; then
    available+=("$entry")
  else
    echo "skipping '$name': this sepa does not have it yet" >&2
  fi
done

# Peak resident memory of one run, in KiB.
peak_kib() {
  /usr/bin/time -f '%M' -o "$work/rss" "$@" >/dev/null 2>&1 || true
  tail -n 1 "$work/rss"
}

for n in $sizes; do
  closed="$work/$n.json"
  open="$work/$n-open.json"
  "$synth" --separations "$n" >"$closed"
  cp "$closed" "$open"
  "$sepa" --no-input --file "$open" start 15m >/dev/null
  rm -f "$open".[0-9] "$open.lock"
  size=$(stat -c %s "$closed")
  r=${runs:-$([ "$n" -ge 100000 ] && echo 10 || echo 30)}
  for entry in "${available[@]}"; do
    IFS='|' read -r name needs_open changes status args <<<"$entry"
    source_file=$closed
    [ "$needs_open" = 1 ] && source_file=$open
    target=$source_file
    prepare=(true)
    if [ "$changes" = 1 ]; then
      target="$work/target.json"
      prepare=(sh -c "cp '$source_file' '$target' && cp '$source_file' '$target.1'")
    fi
    # shellcheck disable=SC2206
    cmd=("$sepa" --no-input --file "$target" $args)
    # One run first, to be sure the command does what is timed.
    "${prepare[@]}"
    got=0
    "${cmd[@]}" >/dev/null 2>"$work/err" || got=$?
    if [ "$got" != "$status" ]; then
      echo "bench/run.sh: '$name' at $n exited $got, not $status:" >&2
      cat "$work/err" >&2
      exit 1
    fi
    ignore=()
    [ "$status" = 0 ] || ignore=(--ignore-failure)
    hyperfine -N --style none --warmup 2 --runs "$r" --prepare "${prepare[*]@Q}" "${ignore[@]}" \
      --export-json "$work/h.json" "${cmd[*]@Q}" >/dev/null
    read -r median cpu < <(python3 -c 'import json,sys; r = json.load(open(sys.argv[1]))["results"][0]; print(r["median"], r["user"] + r["system"])' "$work/h.json")
    "${prepare[@]}"
    rss=$(peak_kib "${cmd[@]}")
    printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$name" "$n" "$median" "$cpu" "$rss" "$size" >>"$results"
    python3 -c 'import sys; name, n, median, cpu, rss = sys.argv[1:]
print(f"{name:22} {n:>7}  median {float(median) * 1000:8.1f} ms  cpu {float(cpu) * 1000:8.1f} ms  peak {int(rss) / 1024:6.1f} MiB")' \
      "$name" "$n" "$median" "$cpu" "$rss"
  done
done

machine=$(python3 - <<'EOF'
import os, platform, re
cpu = "unknown CPU"
for line in open("/proc/cpuinfo"):
    if line.startswith("model name"):
        cpu = line.split(":", 1)[1].strip()
        break
mem = 0
for line in open("/proc/meminfo"):
    if line.startswith("MemTotal"):
        mem = int(line.split()[1]) // 1024 // 1024
        break
print(f"{cpu}, {os.cpu_count()} cores, {mem} GiB RAM, {platform.system()} {platform.release()}")
EOF
)
fs=$(df -PT "$work" | awk 'NR == 2 { print $2 }')

if [ -n "$doc" ]; then
  python3 bench/write_table.py "$results" "$doc" "$machine; files on $fs" "$(date -u +%Y-%m-%d)"
  echo "wrote $doc"
fi
