#!/usr/bin/env bash
# Runs every hostile case of docs/reliability.md against a built sepa and writes, or checks, the
# table of them in that file (between its "bench/hostile.sh" markers), so the table says what
# the binary really does, not what we expect of it. The cases are in bench/hostile_cases.sh.
#
#   bench/hostile.sh [--check | --write] [--doc FILE] [SEPA]      (default: --check build/sepa)
#
# --check (CTest runs it as Hostile.TableIsTrue): every case must pass, and the table in the
# document must list exactly these cases with these expectations; a case this machine cannot
# run (no root for another user's files, no mounts) is reported as skipped with the reason.
# --write: the same, then the table in the document is replaced by this run's (cases that fail
# are written as failed, and the script still exits 1).
# Needs bash, coreutils, util-linux (setpriv, unshare, flock), python3, faketime and cmark-gfm;
# a case whose tool is missing is skipped with the reason. About 30 s.
set -uo pipefail

mode=--check
doc=""
while [ $# -gt 0 ]; do
  case "$1" in
    --check | --write) mode=$1; shift ;;
    --doc) doc=$2; shift 2 ;;
    -*) echo "usage: $0 [--check | --write] [--doc FILE] [SEPA]" >&2; exit 2 ;;
    *) break ;;
  esac
done
here=$(cd "$(dirname "$0")" && pwd)
doc=${doc:-$here/../docs/reliability.md}
sepa=$(realpath "${1:-$here/../build/sepa}")
[ -x "$sepa" ] || { echo "hostile.sh: no sepa binary at $sepa (build it first)" >&2; exit 2; }

work=$(mktemp -d)
trap 'chmod -R u+rwx "$work" 2>/dev/null; rm -rf "$work"' EXIT
chmod 0755 "$work" # another user runs sepa in some cases
# A copy another user can reach (a build under /root is not), run for every case.
cp "$sepa" "$work/sepa" && sepa=$work/sepa
export TZ=UTC HOME=/nonexistent-sepa-hostile LC_ALL=C.UTF-8
# faketime preloads its library ahead of the sanitizer runtime in an ASan build.
export ASAN_OPTIONS=${ASAN_OPTIONS:+$ASAN_OPTIONS:}verify_asan_link_order=0
unset SEPA_FILE XDG_DATA_HOME NO_COLOR

# shellcheck source=bench/hostile_cases.sh
. "$here/hostile_cases.sh"

rows=()
failed=0
# hostile NAME EXPECTED FUNCTION: runs FUNCTION in a fresh folder of its own. It returns 0 when
# sepa did what EXPECTED says, 77 (printing why) when this machine cannot run the case, and
# anything else (printing what went wrong) when sepa did not.
hostile() {
  local name=$1 expected=$2 fn=$3 dir out rc result started=$SECONDS
  dir=$(mktemp -d "$work/case.XXXXXX")
  chmod 0755 "$dir"
  out=$(cd "$dir" && "$fn" 2>&1)
  rc=$?
  case $rc in
    0) result=checked ;;
    77) result="skipped here: ${out//$'\n'/ }" ;;
    *) result="FAILED: ${out//$'\n'/ }"; failed=$((failed + 1)) ;;
  esac
  rows+=("| $name | $expected | $result |")
  printf '%-8s %3d s  %s\n' "${result%%:*}" $((SECONDS - started)) "$name" >&2
}

run_cases

begin='<!-- bench/hostile.sh: begin -->'
end='<!-- bench/hostile.sh: end -->'
table=$(
  echo "| Case | What sepa does (checked by the run) | Last run |"
  echo "|---|---|---|"
  printf '%s\n' "${rows[@]}"
)
echo "$table"

# The table in the document, without its last column (which says how the last run went).
cases_of() { sed -E 's/\| [^|]*\|$//'; }
in_doc=$(awk -v b="$begin" -v e="$end" '$0 == b { on = 1; next } $0 == e { on = 0 } on && /^\|/' "$doc")
if [ "$mode" = --write ]; then
  python3 - "$doc" "$begin" "$end" "$table" <<'EOF'
import sys
path, begin, end, table = sys.argv[1:]
text = open(path, encoding="utf-8").read()
start, stop = text.index(begin) + len(begin), text.index(end)
open(path, "w", encoding="utf-8").write(text[:start] + "\n" + table + "\n" + text[stop:])
EOF
  echo "hostile.sh: wrote the table into $doc" >&2
elif [ "$(cases_of <<<"$in_doc")" != "$(cases_of <<<"$table")" ]; then
  echo "hostile.sh: the table in $doc is not the list of cases run here; run $0 --write" >&2
  diff <(cases_of <<<"$in_doc") <(cases_of <<<"$table") >&2
  failed=$((failed + 1))
fi
echo "hostile.sh: ${#rows[@]} cases, $failed failed" >&2
[ "$failed" = 0 ]
