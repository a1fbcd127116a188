#!/usr/bin/env bash
# One version everywhere: the project() line of CMakeLists.txt is the only place it is written,
# and `sepa --version`, the package version CPack was configured with and the top release of
# CHANGELOG.md must all say the same. Given a .deb as well, its Version, its changelog.gz
# (CHANGELOG.md as it is) and the top entry of its changelog.Debian.gz are compared too.
# CHANGELOG.md may hold an "## [Unreleased]" section above the top release, as Keep a Changelog
# suggests; every release heading must read "## [X.Y.Z] - YYYY-MM-DD", newest first.
# Usage: check_version.sh BUILD_DIR [DEB]
set -euo pipefail
build=$1
deb=${2:-}
source_dir=$(cd "$(dirname "$0")/../.." && pwd)
fail() { echo "FAIL: $*" >&2; exit 1; }

version=$(sed -nE 's/^project\(sepa VERSION ([0-9]+\.[0-9]+\.[0-9]+)[ )].*/\1/p' "$source_dir/CMakeLists.txt")
[ -n "$version" ] || fail "CMakeLists.txt has no 'project(sepa VERSION X.Y.Z ...)' line"
echo "CMakeLists.txt:          $version"

printed=$("$build/sepa" --version)
echo "sepa --version:          $printed"
[ "$printed" = "sepa $version" ] || fail "sepa --version says '$printed', not 'sepa $version' (rebuild?)"

packaged=$(sed -nE 's/^set\(CPACK_PACKAGE_VERSION "([^"]*)"\)/\1/p' "$build/CPackConfig.cmake")
echo "CPack package version:   $packaged"
[ "$packaged" = "$version" ] || fail "CPack packages version '$packaged', not $version (reconfigure?)"

changelog=$source_dir/CHANGELOG.md
mapfile -t headings < <(grep -E '^## ' "$changelog" | grep -v '^## \[Unreleased\]$')
[ ${#headings[@]} -gt 0 ] || fail "CHANGELOG.md has no release heading"
releases=()
for h in "${headings[@]}"; do
  [[ $h =~ ^'## ['([0-9]+\.[0-9]+\.[0-9]+)'] - '([0-9]{4}-[0-9]{2}-[0-9]{2})$ ]] ||
    fail "CHANGELOG.md: '$h' is not '## [X.Y.Z] - YYYY-MM-DD'"
  [ "$(date -u -d "${BASH_REMATCH[2]}" +%F 2>/dev/null)" = "${BASH_REMATCH[2]}" ] ||
    fail "CHANGELOG.md: '$h' has no such date"
  releases+=("${BASH_REMATCH[1]}")
done
echo "CHANGELOG.md top entry:  ${headings[0]}"
[ "${releases[0]}" = "$version" ] ||
  fail "the top release of CHANGELOG.md is ${releases[0]}, not $version"
newest_first=$(printf '%s\n' "${releases[@]}" | sort -rVu)
[ "$newest_first" = "$(printf '%s\n' "${releases[@]}")" ] ||
  fail "CHANGELOG.md's releases are not newest first, each once: ${releases[*]}"

if [ -n "$deb" ]; then
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
  deb_version=$(dpkg-deb -f "$deb" Version)
  echo "package Version:         $deb_version"
  [ "${deb_version%-*}" = "$version" ] || fail "the package is version $deb_version, not $version-N"
  dpkg-deb -x "$deb" "$work/root"
  doc=$work/root/usr/share/doc/sepa
  cmp -s <(gzip -dc "$doc/changelog.gz") "$changelog" ||
    fail "the package's changelog.gz is not CHANGELOG.md as it is"
  gzip -dc "$doc/changelog.Debian.gz" >"$work/changelog.Debian"
  debian_top=$(dpkg-parsechangelog -l "$work/changelog.Debian" -S Version)
  echo "changelog.Debian.gz top: $debian_top"
  [ "$debian_top" = "$deb_version" ] ||
    fail "the top of changelog.Debian.gz is $debian_top, not the package's $deb_version"
fi
echo "OK: $version everywhere"
