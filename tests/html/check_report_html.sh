#!/usr/bin/env bash
# The HTML report fits a phone and a desktop (docs/report.md): headless Chromium lays it out at
# 390 and 1280 CSS pixels and nothing may reach past the right edge of the page.
#
#   check_report_html.sh SEPA [--install] [--screenshots DIR]
#
# The report itself has no script. The check loads it in an iframe of the chosen width (so its
# media queries see that width) inside a page of our own whose script measures every element.
# Without Chromium it exits 77 (skipped, with the reason), unless --install is given, in which
# case it installs the Debian package first and fails if it cannot.
set -euo pipefail

sepa=$(realpath "$1")
shift
install=0
shots=""
while [ $# -gt 0 ]; do
  case "$1" in
  --install) install=1 ;;
  --screenshots) shots=$(realpath "$2") && shift ;;
  *) echo "check_report_html.sh: unknown argument $1" >&2 && exit 2 ;;
  esac
  shift
done
here=$(cd "$(dirname "$0")" && pwd)

if ! command -v chromium >/dev/null; then
  if [ "$install" = 0 ]; then
    echo "skipped: chromium is not installed (apt-get install chromium, or run with --install)"
    exit 77
  fi
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo=sudo; fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends chromium \
    fonts-dejavu-core >/dev/null
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export HOME="$work" XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config"
# faketime preloads its library ahead of a sanitizer runtime, which ASan accepts only when told.
export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}verify_asan_link_order=0"

# The report fixture (long notes, markup in the text, partner's sides, every outcome), and a
# long practice from the synthetic generator when it was built beside sepa.
cp "$here/../fixtures/report/ladder.json" "$work/fixture.json"
ladders=(fixture)
synth="$(dirname "$sepa")/sepa-synth"
if [ -x "$synth" ]; then
  "$synth" --separations 400 >"$work/long.json"
  ladders+=(long)
fi

chromium_run() {
  timeout 120 chromium --headless --no-sandbox --disable-gpu --hide-scrollbars \
    --allow-file-access-from-files --user-data-dir="$work/profile" "$@" 2>/dev/null
}

failed=0
for name in "${ladders[@]}"; do
  "$sepa" --no-input --file "$work/$name.json" report --format html >"$work/$name.html"
  for width in 390 1280; do
    page="$work/$name-$width-check.html"
    sed -e "s/@WIDTH@/$width/g" -e "s/@REPORT@/$name.html/g" "$here/measure.html" >"$page"
    result=$(chromium_run --window-size=1400,1000 --virtual-time-budget=5000 --dump-dom \
      "file://$page" | grep -o 'data-result="[^"]*"' || true)
    case "$result" in
    'data-result="ok '*) echo "$name at $width px: fits (${result#data-result=})" ;;
    *)
      echo "$name at $width px: does not fit: ${result:-no result from chromium}" >&2
      failed=1
      ;;
    esac
    if [ -n "$shots" ] && [ "$name" = fixture ]; then
      # At the fixture's own evening, so the pictures read as the report a parent would see.
      TZ=Europe/Paris faketime '2026-03-15 20:00:00' "$sepa" --no-input --file "$work/$name.json" \
        report --format html >"$work/$name.html"
      # Headless windows are at least 500 px wide, so the phone's width is a frame in the page.
      printf '<html><body style="margin:0;background:#ccc"><iframe src="%s" style="width:%spx;height:2400px;border:0;background:#fff"></iframe></body></html>' \
        "$name.html" "$width" >"$work/shot.html"
      chromium_run --window-size="$((width < 500 ? 500 : width)),2400" \
        --screenshot="$shots/report-$width.png" "file://$work/shot.html" >/dev/null
    fi
  done
done
exit "$failed"
