#!/usr/bin/env bash
# The Debian package from `cpack -G DEB`: lists its contents and control fields, checks that
# Depends names the Debian package of every shared library the binary links (and only packages
# Debian has), that the unpacked files are where they should be and work, and that the copyright
# file and both changelogs are there and say what they should.
# Usage: check_deb.sh BUILD_DIR. Exits 77 (skipped) when dpkg-dev is not installed.
set -euo pipefail
build=$1
for tool in dpkg-deb dpkg-shlibdeps; do
  command -v "$tool" >/dev/null || { echo "SKIP: $tool is missing (install dpkg-dev)"; exit 77; }
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

cpack --config "$build/CPackConfig.cmake" -G DEB -B "$work" >/dev/null
debs=("$work"/sepa_*.deb)
[ ${#debs[@]} = 1 ] && [ -f "${debs[0]}" ] || fail "cpack made no sepa_*.deb"
deb=${debs[0]}
echo "== $(basename "$deb")"
dpkg-deb -I "$deb"
echo "== contents"
dpkg-deb -c "$deb" | tee "$work/contents"

field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = sepa ] || fail "Package is not sepa"
[ "$(field Section)" = utils ] || fail "Section is not utils"
[ "$(field Priority)" = optional ] || fail "Priority is not optional"
maintainer=$(sed -n 's/^SEPA_MAINTAINER:[A-Z]*=//p' "$build/CMakeCache.txt")
[ "$(field Maintainer)" = "$maintainer" ] || fail "Maintainer is not SEPA_MAINTAINER ($maintainer)"
[[ $maintainer =~ ^[^\<\>@]+\ \<[^\<\>@\ ]+@[^\<\>@\ ]+\.[a-z]+\>$ ]] ||
  fail "Maintainer is not 'Name <address>': $maintainer"
[ -n "$(field Description)" ] || fail "no Description"
depends=$(field Depends)
names=$(echo "$depends" | tr ',' '\n' | sed -E 's/^ *//; s/[ (].*//')

# Every library the binary needs, by the Debian package that ships it.
dpkg-deb -x "$deb" "$work/root"
binary=$work/root/usr/bin/sepa
while read -r lib; do
  owner=$(dpkg -S "$(readlink -f "$lib")" 2>/dev/null | head -1 | cut -d: -f1) ||
    owner=$(dpkg -S "$lib" | head -1 | cut -d: -f1)
  [ -n "$owner" ] || fail "no Debian package ships $lib"
  grep -qxF "$owner" <<<"$names" || fail "Depends lacks $owner (for $lib)"
done < <(ldd "$binary" | awk '/=> \// { print $3 }')
# Display widths come from libutf8proc, a shared library the package must pull in.
grep -q '^libutf8proc' <<<"$names" || fail "Depends lacks libutf8proc (display widths)"
# And nothing else: each dependency is a runtime package Debian has.
for pkg in $names; do
  case $pkg in *-dev) fail "Depends names a development package: $pkg" ;; esac
  apt-cache show "$pkg" >/dev/null 2>&1 || fail "Debian has no package $pkg"
done

# Installable as it stands: apt resolves every dependency (a simulation; nothing is installed).
apt-get install --simulate --no-install-recommends "$deb" >"$work/apt" 2>&1 ||
  { cat "$work/apt" >&2; fail "apt cannot install the package"; }

for f in ./usr/bin/sepa ./usr/share/man/man1/sepa.1.gz ./usr/share/bash-completion/completions/sepa \
    ./usr/share/fish/vendor_completions.d/sepa.fish ./usr/share/zsh/vendor-completions/_sepa; do
  grep -q " $f\$" "$work/contents" || fail "$f is not in the package"
done
grep -q ' root/root ' "$work/contents" || fail "files are not owned by root"

# Who made it and under what licence: Debian's machine-readable copyright file, whose licence
# is the one in LICENSE, with the text in Debian's common-licenses.
doc=$work/root/usr/share/doc/sepa
source_dir=$(cd "$(dirname "$0")/../.." && pwd)
copyright=$doc/copyright
[ -f "$copyright" ] || fail "no usr/share/doc/sepa/copyright"
head -1 "$copyright" | grep -qxF 'Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/' ||
  fail "the copyright file is not machine-readable (no Format: line)"
grep -qxF 'Upstream-Name: sepa' "$copyright" || fail "the copyright file has no Upstream-Name"
grep -A2 -xF 'Files: *' "$copyright" | grep -qxF 'Copyright: 2026 The sepa developers' ||
  fail "the copyright file does not name The sepa developers for every file"
grep -A2 -xF 'Files: *' "$copyright" | grep -qxF 'License: GPL-3+' ||
  fail "the copyright file does not give GPL-3+ for every file"
grep -qF '"/usr/share/common-licenses/GPL-3"' "$copyright" ||
  fail "the copyright file does not point to common-licenses/GPL-3"
cmp -s "$source_dir/LICENSE" /usr/share/common-licenses/GPL-3 ||
  fail "LICENSE is not the GNU GPL version 3 that the copyright file names"
# Every paragraph of the file parses as deb822 (one field per line, continuations indented).
awk '/^$/ { next } /^[ ]/ { next } /^[A-Za-z-]+: ?/ { next } { print "line " NR ": " $0; bad = 1 }
     END { exit bad }' "$copyright" || fail "the copyright file has lines that are not fields"

# What changed: CHANGELOG.md as it is, and Debian's own changelog, both compressed at the
# maximum, the Debian one naming this package's version at the top.
for f in changelog.gz changelog.Debian.gz; do
  [ -f "$doc/$f" ] || fail "no usr/share/doc/sepa/$f"
  file -b "$doc/$f" | grep -q 'max compression' || fail "$f is not compressed with gzip -9"
done
cmp -s <(gzip -dc "$doc/changelog.gz") "$source_dir/CHANGELOG.md" ||
  fail "changelog.gz is not CHANGELOG.md"
gzip -dc "$doc/changelog.Debian.gz" >"$work/changelog.Debian"
[ "$(dpkg-parsechangelog -l "$work/changelog.Debian" -S Version)" = "$(field Version)" ] ||
  fail "changelog.Debian.gz does not start with version $(field Version)"
[ "$(dpkg-parsechangelog -l "$work/changelog.Debian" -S Maintainer)" = "$maintainer" ] ||
  fail "changelog.Debian.gz is not signed by the Maintainer"
"$binary" --version | grep -q '^sepa ' || fail "the packaged binary does not run"
echo "OK: Depends: $depends"
