#!/usr/bin/env bash
# The source tarball of a release: every file git tracks at HEAD, under sepa-X.Y.Z/, written to
# build/sepa-X.Y.Z.tar.gz (or to the folder given), with the version from CMakeLists.txt. The same
# commit always gives the same bytes. Unpacked on a clean Debian 12, it builds with the README's
# commands (tests/package/check_clean_install.sh tries exactly that).
#
#   bash scripts/source-tarball.sh           # build/sepa-0.2.0.tar.gz
#   bash scripts/source-tarball.sh /tmp      # /tmp/sepa-0.2.0.tar.gz
set -euo pipefail
cd "$(dirname "$0")/.."
out_dir=${1:-build}

version=$(sed -nE 's/^project\(sepa VERSION ([0-9]+\.[0-9]+\.[0-9]+)[ )].*/\1/p' CMakeLists.txt)
[ -n "$version" ] || { echo "source-tarball: no version in CMakeLists.txt" >&2; exit 1; }
if ! git diff --quiet HEAD --; then
  echo "source-tarball: there are uncommitted changes, and the tarball holds only what HEAD has" >&2
  echo "source-tarball: commit them first (git status shows them)" >&2
  exit 1
fi

name=sepa-$version
mkdir -p "$out_dir"
git archive --format=tar --prefix="$name/" HEAD | gzip -9n >"$out_dir/$name.tar.gz"
echo "$out_dir/$name.tar.gz ($(git rev-parse --short HEAD), $(tar tzf "$out_dir/$name.tar.gz" | grep -vc '/$') files)"
