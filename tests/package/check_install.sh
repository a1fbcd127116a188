#!/usr/bin/env bash
# `cmake --install` into a DESTDIR, for /usr and for the default /usr/local: every file lands in
# its standard place with the right mode (the copyright file and the changelogs too), the
# installed man page renders without a warning, and the installed binary runs.
# Usage: check_install.sh BUILD_DIR
set -euo pipefail
build=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

check_prefix() {
  local prefix=$1 zsh_dir=$2 root=$work/root${1//\//_}
  DESTDIR=$root cmake --install "$build" --prefix "$prefix" >/dev/null
  echo "== installed under DESTDIR with prefix $prefix:"
  (cd "$root" && find . -not -type d | sort | tee "$work/list")
  local p=.${prefix}
  for expected in "$p/bin/sepa" "$p/share/man/man1/sepa.1.gz" \
      "$p/share/bash-completion/completions/sepa" "$p/share/fish/vendor_completions.d/sepa.fish" \
      "$p/share/zsh/$zsh_dir/_sepa" "$p/share/doc/sepa/copyright" "$p/share/doc/sepa/changelog.gz" \
      "$p/share/doc/sepa/changelog.Debian.gz"; do
    grep -qxF "$expected" "$work/list" || fail "$expected is missing"
  done
  # Nothing outside the places above and the documents.
  if grep -vE "^\\$p/(bin/sepa|share/(man/man1|bash-completion/completions|fish/vendor_completions\\.d|zsh/$zsh_dir|doc/sepa)/)" "$work/list"; then
    fail "files installed outside the standard places (above)"
  fi
  [ "$(stat -c %a "$root$prefix/bin/sepa")" = 755 ] || fail "the binary is not mode 755"
  while read -r f; do
    case $f in "$p/bin/sepa") continue ;; esac
    [ "$(stat -c %a "$root/$f")" = 644 ] || fail "$f is not mode 644"
  done <"$work/list"
  "$root$prefix/bin/sepa" --version | grep -q '^sepa ' || fail "the installed binary does not run"
  local warnings
  warnings=$(MANWIDTH=80 man --warnings -l "$root$prefix/share/man/man1/sepa.1.gz" 2>&1 >/dev/null)
  [ -z "$warnings" ] || fail "the installed man page warns: $warnings"
}

check_prefix /usr vendor-completions
check_prefix /usr/local site-functions
echo "OK"
