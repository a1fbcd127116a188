#!/usr/bin/env bash
# lintian, Debian's package checker, on the .deb: no error and no warning. Informational tags
# are shown but do not fail (the one seen on Debian 12 is binary-has-unneeded-section: CPack
# strips with plain `strip`, which keeps the compiler's .comment section).
# Usage: check_lintian.sh DEB
set -euo pipefail
deb=$1
fail() { echo "FAIL: $*" >&2; exit 1; }
command -v lintian >/dev/null || fail "lintian is missing (Debian: apt-get install lintian)"
echo "== lintian $(lintian --print-version) on $(basename "$deb")"
# lintian warns on stderr when it runs as root, as CI does; that line is not about the package.
lintian --info --display-info --fail-on error,warning "$deb" \
  2> >(grep -v '^running with root privileges is not recommended!$' >&2) ||
  fail "lintian reports errors or warnings (above)"
echo "OK: lintian reports no error and no warning"
