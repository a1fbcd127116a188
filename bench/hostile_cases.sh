# The hostile cases bench/hostile.sh runs (sourced by it, which sets $sepa and a fresh working
# folder per case). Each function returns 0 when sepa did what its line in run_cases says, 77
# (printing why) when this machine cannot run it, anything else (printing what went wrong)
# otherwise. Most came from a hostile test of the first release; docs/reliability.md has the
# table.

s() { "$sepa" --file "$PWD/ladder.json" "$@"; }
need() { command -v "$1" >/dev/null || { echo "$1 is not installed"; return 77; }; }
need_root() { [ "$(id -u)" = 0 ] || { echo "needs root (another user's files, or a mount)"; return 77; }; }
need_mounts() {
  need_root || return
  unshare -m true 2>/dev/null || { echo "no private mount namespace here"; return 77; }
}
as_nobody() { setpriv --reuid=65534 --regid=65534 --clear-groups "$@"; }
mode() { stat -c %a "$1"; }
# expect STATUS CMD...: runs CMD, keeps its stderr in ./err, and says so when the exit differs.
expect() {
  local want=$1 got
  shift
  "$@" >out 2>err
  got=$?
  [ "$got" = "$want" ] || { echo "exit $got, not $want: $(head -c 300 err)"; return 1; }
}
in_err() { grep -qF -- "$1" err || { echo "stderr lacks '$1': $(head -c 300 err)"; return 1; }; }
no_controls() {
  ! LC_ALL=C grep -q $'[\x01-\x08\x0b-\x1f\x7f]' "$@" && ! grep -q $'\u009b' "$@" ||
    { echo "a control character in $*"; return 1; }
}
unchanged() { cmp -s "$1" "$2" || { echo "$2 changed"; return 1; }; }

c_concurrent() {
  s plan >/dev/null 2>&1 || return 1
  local pids=() i rc n
  for i in $(seq 1 50); do
    s plan strength "writer $i" >/dev/null 2>&1 &
    pids+=($!)
  done
  for i in $(seq 1 50); do
    wait "${pids[i - 1]}"
    rc=$?
    n=$(grep -c "\"writer $i\"" ladder.json)
    if { [ "$rc" = 0 ] && [ "$n" != 1 ]; } || { [ "$rc" != 0 ] && [ "$n" != 0 ]; } ||
      { [ "$rc" != 0 ] && [ "$rc" != 75 ]; }; then
      echo "writer $i: exit $rc, in the file $n times"
      return 1
    fi
  done
}

c_kill() {
  s plan >/dev/null 2>&1 || return 1
  local i pid f temps
  for i in $(seq 1 50); do
    s plan strength "kill $i" >/dev/null 2>&1 &
    pid=$!
    sleep "0.00$((RANDOM % 10))"
    kill -9 "$pid" 2>/dev/null
    wait "$pid" 2>/dev/null
    for f in ladder.json ladder.json.[123]; do
      [ -e "$f" ] || continue
      "$sepa" --file "$PWD/$f" status >/dev/null 2>&1 || { echo "$f unreadable after kill $i"; return 1; }
    done
    temps=$(find . -maxdepth 1 -name '.ladder.json.tmp-*' | wc -l)
    [ "$temps" -le 1 ] || { echo "$temps temp files after kill $i"; return 1; }
  done
  s plan strength "after the kills" >/dev/null 2>&1 || return 1
  [ -z "$(find . -maxdepth 1 -name '.ladder.json.tmp-*')" ] || { echo "temp file not cleared"; return 1; }
}

c_file_size_limit() {
  s plan >/dev/null 2>&1 && cp ladder.json before || return 1
  (ulimit -f 1 && expect 74 s plan strength "$(printf '%3000s' x)") || return 1
  in_err "File too large" && unchanged before ladder.json || return 1
  [ -z "$(find . -maxdepth 1 -name '.ladder.json.tmp-*')" ] || { echo "temp file left"; return 1; }
}

c_full_disk() {
  need_mounts || return
  mkdir disk
  unshare -m --propagation private bash -c '
    mount -t tmpfs -o size=256k,mode=0700 tmpfs "$2" || exit 77
    "$1" --file "$2/ladder.json" plan >/dev/null 2>&1 && cp "$2/ladder.json" before || exit 1
    "$1" --file "$2/ladder.json" plan strength first >/dev/null 2>&1 && cp "$2/ladder.json" before
    dd if=/dev/zero of="$2/filler" bs=4k >/dev/null 2>&1
    "$1" --file "$2/ladder.json" plan strength "$(printf "%3000s" x)" 2>err
    [ $? = 74 ] && grep -q "No space left on device" err && cmp -s before "$2/ladder.json" &&
      [ -z "$(find "$2" -name ".ladder.json.tmp-*")" ] || { cat err; exit 1; }
  ' _ "$sepa" "$PWD/disk"
}

c_dev_full() {
  s plan strength Calm >/dev/null 2>&1 || return 1
  local args
  for args in "report" "status" "plan strength Funny"; do
    # shellcheck disable=SC2086
    "$sepa" --file "$PWD/ladder.json" $args >/dev/full 2>err
    [ $? = 74 ] || { echo "$args: not exit 74"; return 1; }
    in_err "could not write the output: No space left on device" || return 1
  done
  grep -q '"Funny"' ladder.json || { echo "the edit itself was lost"; return 1; }
}

c_damaged() {
  local kind
  while IFS='|' read -r kind text; do
    printf '%b' "$text" >ladder.json
    cp ladder.json before
    expect 65 s plan strength Calm || { echo "$kind: $(cat err)"; return 1; }
    in_err "ladder.json" && unchanged before ladder.json || return 1
    grep -q "sepa: hint: " err || { echo "$kind: no hint"; return 1; }
  done <<'EOF'
empty|
whitespace|  \n\t\n
NUL bytes|{"schema": 1,\0\0\0}
cut short|{"schema": 1, "created": "2026-11-01T09:00:00+01:00", "rungs": [
not JSON|<html>sync error</html>
trailing comma|{"schema": 1, "created": "", "wait": "20m", "message": "Hi", "rungs": [], "strengths": [], "emergencies": [], "separations": [],}
too large a number|{"schema": 1e400}
EOF
}

c_newer_schema() {
  s plan >/dev/null 2>&1 && sed -i 's/"schema": [0-9]*,/"schema": 99,/' ladder.json && cp ladder.json before || return 1
  expect 65 s plan strength Calm && unchanged before ladder.json || return 1
  ! grep -q "cp -p" err || { echo "offers a restore: $(cat err)"; return 1; }
}

c_backups_private() {
  s plan >/dev/null 2>&1 && chmod 0644 ladder.json || return 1
  local strength f
  for strength in Calm Funny Patient Kind; do
    s plan strength "$strength" >/dev/null 2>&1 || return 1
    for f in ladder.json ladder.json.[123]; do
      [ "$(mode "$f")" = 600 ] || { echo "after adding $strength, $f is $(mode "$f")"; return 1; }
    done
  done
}

c_failed_save_sticky() {
  need_root || return
  need setpriv || return
  s plan strength Calm >/dev/null 2>&1 || return 1
  rm -f ladder.json.1 ladder.json.lock
  chmod 0644 ladder.json && chmod 1777 . && cp ladder.json "$work/sticky-before" || return 1
  local before i
  before=$(ls -A)
  for i in 1 2 3; do
    expect 74 as_nobody "$sepa" --file "$PWD/ladder.json" plan strength Kind || return 1
    in_err "Operation not permitted" || return 1
  done
  unchanged "$work/sticky-before" ladder.json || return 1
  [ "$(ls -A | grep -v -e '^err$' -e '^out$' -e '\.lock$')" = "$(grep -v '\.lock$' <<<"$before")" ] ||
    { echo "the folder now holds: $(ls -A)"; return 1; }
}

c_failed_save_busy() {
  need_mounts || return
  local g
  for g in 0 1 2 3; do s plan strength "generation $g" >/dev/null 2>&1 || return 1; done
  md5sum ladder.json ladder.json.[123] >before
  unshare -m --propagation private bash -c '
    mount --bind "$2" "$2" || exit 77
    for i in 1 2 3; do
      "$1" --file "$2" plan strength "try $i" 2>err
      [ $? = 74 ] && grep -q "Device or resource busy" err || { cat err; exit 1; }
    done
  ' _ "$sepa" "$PWD/ladder.json" || return
  md5sum -c --quiet before || { echo "a backup or the ladder changed"; return 1; }
  [ ! -e ladder.json.4 ] && [ ! -e .ladder.json.bak ] || { echo "litter: $(ls -A)"; return 1; }
}

c_lock_link() {
  s plan >/dev/null 2>&1 && cp ladder.json before && echo notes >other && cp other other.before || return 1
  rm -f ladder.json.lock && ln -s ladder.json ladder.json.lock || return 1
  expect 74 s plan strength Calm && in_err "is a symbolic link" && in_err "sepa: hint: " || return 1
  unchanged before ladder.json || return 1
  rm ladder.json.lock && ln -s other ladder.json.lock || return 1
  expect 74 s plan strength Calm && unchanged other.before other
}

c_lock_odd() {
  s plan >/dev/null 2>&1 && rm -f ladder.json.lock || return 1
  mkdir ladder.json.lock && expect 74 s plan strength Calm && in_err "is a folder" || return 1
  rmdir ladder.json.lock && mkfifo ladder.json.lock || return 1
  expect 74 timeout 5 "$sepa" --file "$PWD/ladder.json" plan strength Calm && in_err "is a pipe"
}

c_dev_null() {
  [ ! -e /dev/null.lock ] || { echo "/dev/null.lock exists already"; return 77; }
  expect 65 "$sepa" --file /dev/null plan strength Calm && in_err "is a device, not a ladder file" ||
    return 1
  [ ! -e /dev/null.lock ] || { rm -f /dev/null.lock; echo "/dev/null.lock was made"; return 1; }
}

c_odd_ladder_path() {
  mkdir ladder.json && expect 65 s plan && in_err "is a folder" || return 1
  [ -z "$(ls -A | grep -v -e '^ladder.json$' -e '^err$' -e '^out$')" ] || { echo "made: $(ls -A)"; return 1; }
  rmdir ladder.json && mkfifo ladder.json || return 1
  expect 65 timeout 5 "$sepa" --file "$PWD/ladder.json" plan && in_err "is a pipe (FIFO)" || return 1
  [ ! -e ladder.json.lock ] || { echo "a lock file was made beside the pipe"; return 1; }
}

c_symlinked_ladder() {
  mkdir sync && ln -s sync/ladder.json ladder.json || return 1
  s plan >/dev/null 2>&1 && s plan strength Calm >/dev/null 2>&1 || return 1
  [ -L ladder.json ] && [ -f sync/ladder.json ] && [ -f sync/ladder.json.1 ] ||
    { echo "the link did not survive: $(ls -lA . sync)"; return 1; }
}

c_symlink_loop() {
  ln -s loop.json ladder.json && ln -s ladder.json loop.json || return 1
  expect 74 s plan && in_err "Too many levels of symbolic links"
}

c_lock_held() {
  need flock || return
  s plan >/dev/null 2>&1 && cp ladder.json before || return 1
  flock ladder.json.lock sleep 6 &
  local holder=$! started=$SECONDS
  sleep 0.3
  expect 75 s plan strength Calm && in_err "has been using" && unchanged before ladder.json || return 1
  [ $((SECONDS - started)) -ge 4 ] || { echo "gave up after $((SECONDS - started)) s"; return 1; }
  wait "$holder"
}

c_folder_not_writable() {
  need_root || return
  need setpriv || return
  mkdir data && s plan >/dev/null 2>&1 || return 1
  mv ladder.json* data/ && chown -R 65534 data && chmod 0500 data && cp data/ladder.json before
  expect 74 as_nobody "$sepa" --file "$PWD/data/ladder.json" plan strength "$(printf '%3000s' x)" ||
    return 1
  in_err "Permission denied" && unchanged before data/ladder.json
}

c_umask() {
  (umask 0 && "$sepa" --file "$PWD/new/ladder.json" plan >/dev/null 2>&1 &&
    "$sepa" --file "$PWD/new/ladder.json" plan strength Calm >/dev/null 2>&1) || return 1
  [ "$(mode new)" = 700 ] || { echo "folder $(mode new)"; return 1; }
  local f
  for f in new/ladder.json new/ladder.json.1 new/ladder.json.lock; do
    [ "$(mode "$f")" = 600 ] || { echo "$f is $(mode "$f")"; return 1; }
  done
}

c_hostile_text() {
  local evil=$'\e[2J\e]0;title\a\b\r\x7f\u009b \u202eevil $(touch pwned) `touch pwned` ; touch pwned'
  s plan strength "$evil" >out 2>err && s plan emergency "$evil" >>out 2>>err &&
    s start 15m "$evil" --predict "$evil" >>out 2>>err && s status >>out 2>>err || return 1
  s done --no-input --note "$evil" --praise "$evil" >>out 2>>err || return 1
  s report >>out 2>>err && s report --format markdown >>out 2>>err || return 1
  no_controls out err || return 1
  ! grep -q $'\u202e' out err || { echo "a bidi override was printed"; return 1; }
  [ ! -e pwned ] || { echo "a shell ran"; return 1; }
  python3 -c '
import json, sys
l = json.load(open("ladder.json"))
s = l["separations"][0]
want = sys.argv[1]
sys.exit(0 if [l["strengths"][0], l["emergencies"][0], s["activity"], s["prediction"], s["note"],
                s["praise"]] == [want] * 6 else 1)' "$evil" || { echo "not stored byte for byte"; return 1; }
}

c_bad_text() {
  s plan >/dev/null 2>&1 && cp ladder.json before || return 1
  expect 2 s plan strength $'caf\xe9' && in_err "not valid UTF-8" || return 1
  local word big=""
  word=$(head -c 100000 /dev/zero | tr '\0' w)
  for _ in 1 2 3 4 5 6 7 8 9 10; do big+="$word "; done
  # shellcheck disable=SC2086
  expect 2 s plan strength $big && in_err "sepa keeps at most 10000" && unchanged before ladder.json
}

c_dst_hint() {
  need faketime || return
  [ -e /usr/share/zoneinfo/Europe/London ] || { echo "tzdata is not installed"; return 77; }
  export TZ=Europe/London FAKETIME_FMT=%s
  # Out at 00:50 BST (23:50 UTC) on 24 Oct 2026; back long after, at 01:25 GMT.
  faketime -f @1792885800 "$sepa" --file "$PWD/ladder.json" start 30m >/dev/null 2>&1 || return 1
  expect 1 faketime -f @1792891500 "$sepa" --file "$PWD/ladder.json" done --no-input || return 1
  in_err 'e.g. `sepa done --at 2026-10-25T01:20:00+01:00`' || return 1
  expect 2 faketime -f @1792891500 "$sepa" --file "$PWD/ladder.json" done --at 01:20 --no-input || return 1
  in_err "--at 2026-10-25T01:20:00+01:00 (the first) or --at 2026-10-25T01:20:00+00:00" || return 1
  expect 0 faketime -f @1792891500 "$sepa" --file "$PWD/ladder.json" done --no-input \
    --at 2026-10-25T01:20:00+01:00 || return 1
  grep -q '"ended": "2026-10-25T01:20:00+01:00"' ladder.json || { echo "wrong end recorded"; return 1; }
}

c_clock_2300() {
  need faketime || return
  FAKETIME_FMT=%s faketime -f @10426874400 "$sepa" --file "$PWD/ladder.json" start 15m >/dev/null 2>&1 ||
    return 1
  grep -q '"started": "2300-06-01T10:00:00+00:00"' ladder.json || { echo "$(grep started ladder.json)"; return 1; }
}

c_years() {
  expect 2 s start 15m --at 1960-05-01T10:00:00Z && in_err "from 1970 on" || return 1
  s start 15m --at -20m >/dev/null 2>&1 && sed -i -E 's/"started": "[0-9]{4}/"started": "1969/' ladder.json &&
    cp ladder.json before || return 1
  expect 65 s status && unchanged before ladder.json
}

c_escapes_in_arguments() {
  expect 2 s plan add $'5m\n\e[2J' && no_controls err || return 1
  expect 2 "$sepa" $'\e[2J' && no_controls err && in_err "^["
}

c_markdown_links() {
  need cmark-gfm || return
  s start 15m --at -20m >/dev/null 2>&1 || return 1
  s done --no-input --note "see https://example.com, www.example.org or me@example.com" \
    --praise "wrote to gran@example.com" >/dev/null 2>&1 || return 1
  s report --format markdown >report.md && cmark-gfm -e table -e autolink report.md >report.html || return 1
  ! grep -q '<a ' report.html || { echo "a link: $(grep -o '<a [^>]*>' report.html | head -3)"; return 1; }
  grep -q '<code>me@example.com</code>' report.html || { echo "the address is not shown"; return 1; }
}

c_merge_twice() {
  need python3 || return
  "$sepa" --file "$PWD/copy.json" start 30m --at -60m >/dev/null 2>&1 &&
    "$sepa" --file "$PWD/copy.json" checkin --emergency >/dev/null 2>&1 &&
    "$sepa" --file "$PWD/copy.json" done --no-input >/dev/null 2>&1 || return 1
  python3 -c '
import json
l = json.load(open("copy.json"))
s = l["separations"][0]
s["checkins"].append({"at": s["started"], "outcome": "texted"})
json.dump(l, open("copy.json", "w"), indent=2)' || return 1
  s merge copy.json >/dev/null 2>&1 && cp ladder.json once || return 1
  s merge copy.json >out 2>&1 && s merge copy.json >>out 2>&1 || return 1
  unchanged once ladder.json && grep -q "already holds everything" out ||
    { echo "$(cat out)"; return 1; }
}

c_blank_text() {
  s plan >/dev/null 2>&1 && cp ladder.json before || return 1
  expect 2 s plan emergency $'\u00a0' && expect 2 s plan add 20m "  " && expect 2 s start 15m $'\u3000' ||
    return 1
  s start 15m >/dev/null 2>&1 && cp ladder.json before || return 1
  expect 2 s done --no-input --praise " " && in_err "is blank" && unchanged before ladder.json
}

c_duration_spill() {
  s plan >/dev/null 2>&1 && cp ladder.json before || return 1
  expect 2 s plan add 1h60m && in_err "did you mean 2h?" && unchanged before ladder.json
}

c_dash_dash() {
  s plan strength Very -- --calm >/dev/null 2>&1 && s start 15m Walk -- --peak 3 >/dev/null 2>&1 || return 1
  grep -q '"Very --calm"' ladder.json && grep -q '"activity": "Walk --peak 3"' ladder.json ||
    { echo "not kept as text"; return 1; }
}

c_empty_file_option() {
  mkdir xdg
  XDG_DATA_HOME=$PWD/xdg expect 2 "$sepa" --file "" plan && in_err "--file is empty" || return 1
  [ -z "$(ls -A xdg)" ] || { echo "the default ladder was made"; return 1; }
}

c_unknown_zone() {
  TZ=Europe/Londn expect 0 s plan && in_err "warning: TZ=Europe/Londn is not a time zone" || return 1
  TZ=Europe/London expect 0 s plan && ! grep -q warning err || { echo "warned for a real zone"; return 1; }
}

c_wide_text() {
  local family=$'\U0001F468\u200D\U0001F469\u200D\U0001F467' thumb=$'\U0001F44D\U0001F3FD' plain wide
  s plan add 20m "$family walk" >/dev/null 2>&1 && s plan add 25m "$thumb walk" >/dev/null 2>&1 &&
    s plan add 40m "ab walk" >/dev/null 2>&1 || return 1
  s plan >out 2>&1 || return 1
  plain=$(grep 'ab walk' out)
  plain=${plain%%ahead*}
  for wide in "$family" "$thumb"; do
    local line
    line=$(grep -F "$wide walk" out)
    line=${line%%ahead*}
    line=${line/"$wide"/ab} # two columns, as the terminal draws it
    [ "${#line}" = "${#plain}" ] || { echo "misaligned: '$line' vs '$plain'"; return 1; }
  done
}

run_cases() {
  hostile "Concurrent writers" "50 processes add to one ladder at once: each that says it saved is in the file exactly once, each other one waited past the lock (exit 75)" c_concurrent
  hostile "Killed with SIGKILL" "50 changes killed 0–9 ms in: the ladder and every backup always read as a ladder; at most one temp file, cleared by the next change" c_kill
  hostile "Past the file-size limit" "exit 74 naming the cause; the ladder byte-identical; no temp file" c_file_size_limit
  hostile "A full disk (tmpfs)" "exit 74 naming the cause; the ladder byte-identical; no temp file" c_full_disk
  hostile "Output to a full disk (/dev/full)" "report, status and a plan edit exit 74 naming the cause; the edit itself is saved" c_dev_full
  hostile "A damaged ladder, 7 kinds" "empty, whitespace, NUL bytes, cut short, not JSON, a trailing comma, 1e400: exit 65 naming the file, a hint, the file byte-identical" c_damaged
  hostile "A ladder from a newer sepa" "exit 65 with no restore offered; the file byte-identical" c_newer_schema
  hostile "A world-readable ladder (0644)" "after each of four changes, the ladder and every backup are 0600" c_backups_private
  hostile "A change refused in a sticky folder (another user's ladder)" "three tries, exit 74 each; the ladder unchanged and no backup made" c_failed_save_sticky
  hostile "A change refused at the rename (ladder mounted in place)" "three tries, exit 74 each; the ladder and its three backups byte-identical" c_failed_save_busy
  hostile "The lock file is a link (to the ladder, to another file)" "exit 74 with a hint; nothing written through the link" c_lock_link
  hostile "The lock file is a folder or a pipe" "exit 74 with a hint, at once" c_lock_odd
  hostile "--file /dev/null" "exit 65 (a device, not a ladder); no /dev/null.lock" c_dev_null
  hostile "A folder or a pipe at the ladder's path" "exit 65 at once; nothing made beside it" c_odd_ladder_path
  hostile "The ladder is a symlink (into a sync folder)" "saved where it points; the link survives" c_symlinked_ladder
  hostile "A symlink loop at the ladder's path" "exit 74 naming the loop" c_symlink_loop
  hostile "Another process holds the lock" "exit 75 after 5 s, naming it; nothing changed" c_lock_held
  hostile "A folder it may not write (another user, 0500)" "exit 74 naming the cause; the ladder byte-identical" c_folder_not_writable
  hostile "A permissive umask (0)" "the new folder 0700; the ladder, its backup and the lock file 0600" c_umask
  hostile "Escapes, bidi overrides and shell syntax in every field" "stored byte for byte; no control character or bidi override printed; nothing run" c_hostile_text
  hostile "Invalid UTF-8, and 1 MB of text, in a field" "exit 2 naming the problem; nothing saved" c_bad_text
  hostile "The hint the night the clocks go back" "London, out 00:50 BST for 30m, done at 01:25 GMT: the hint is --at 2026-10-25T01:20:00+01:00 and records 30m; --at 01:20 is refused (exit 2) showing both" c_dst_hint
  hostile "A clock past 2262" "2300-06-01 10:00 is recorded as 2300-06-01T10:00:00+00:00" c_clock_2300
  hostile "Times before 1970" "--at 1960-… is exit 2; a file holding 1969-… is exit 65" c_years
  hostile "Escapes and line breaks in bad arguments" "exit 2; no control character on stderr" c_escapes_in_arguments
  hostile "Web and e-mail addresses in a note or praise" "shown as code in the Markdown report; cmark-gfm makes no link" c_markdown_links
  hostile "Merging the same copy again (check-ins out of order)" "the second and third merges change nothing" c_merge_twice
  hostile "Blank praise, emergency or activity" "spaces, a no-break or ideographic space: exit 2, nothing saved" c_blank_text
  hostile "plan add 1h60m" "exit 2: did you mean 2h?" c_duration_spill
  hostile "-- after the first words" "every word after it is text: plan strength Very -- --calm saves 'Very --calm'" c_dash_dash
  hostile "--file \"\"" "exit 2; the default ladder is not touched" c_empty_file_option
  hostile "TZ=Europe/Londn (a typo)" "a warning naming it, times in UTC, exit 0; none for a real zone" c_unknown_zone
  hostile "Emoji with a skin tone or zero-width joiners" "sepa plan keeps its columns aligned" c_wide_text
}
