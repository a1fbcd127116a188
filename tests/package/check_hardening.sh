#!/usr/bin/env bash
# hardening-check (Debian's devscripts) on the sepa of an optimised build and, given a .deb, on
# the sepa it installs: PIE, stack protector, FORTIFY, full RELRO, immediate binding, stack
# clash protection and control-flow protection, as cmake/Hardening.cmake builds them.
#
# Control-flow protection is marked on a program only when every object linked into it carries
# the IBT and SHSTK note. Debian 12's C library start files (Scrt1.o, crti.o, crtn.o) carry none,
# so no program linked on Debian 12 can pass that line (ls, git and cmake all fail it). Where
# the start files lack the note, the line is skipped and each object compiled from sepa's own
# sources is checked for the note instead; where they have it, the line is checked as it is.
# Usage: check_hardening.sh BUILD_DIR [DEB]
set -euo pipefail
build=$1
deb=${2:-}
fail() { echo "FAIL: $*" >&2; exit 1; }
command -v hardening-check >/dev/null ||
  fail "hardening-check is missing (Debian: apt-get install devscripts)"
cache() { sed -n "s/^$1:[A-Z]*=//p" "$build/CMakeCache.txt"; }
[ "$(cache SEPA_HARDENING)" = ON ] || fail "$build was configured with SEPA_HARDENING=OFF"
case $(cache CMAKE_BUILD_TYPE) in
  Release | RelWithDebInfo | MinSizeRel) ;;
  *) fail "$build is a $(cache CMAKE_BUILD_TYPE) build; hardening is in the optimised builds" ;;
esac

binaries=("$build/sepa")
if [ -n "$deb" ]; then
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
  dpkg-deb -x "$deb" "$work/root"
  binaries+=("$work/root/usr/bin/sepa")
fi

cet_note='x86 feature: IBT, SHSTK'
options=()
if [ -z "$(cache SEPA_CXX_HAS_fcf_protection)" ]; then
  echo "The compiler has no -fcf-protection on this machine: the control-flow line is skipped."
  options+=(--nocfprotection)
else
  cxx=$(cache CMAKE_CXX_COMPILER)
  lacking=()
  for f in Scrt1.o crti.o crtn.o; do
    readelf -n "$("$cxx" -print-file-name="$f")" | grep -q "$cet_note" || lacking+=("$f")
  done
  if [ ${#lacking[@]} -gt 0 ]; then
    objects=()
    while IFS= read -r -d '' o; do objects+=("$o"); done < <(
      find "$build/CMakeFiles/sepa.dir" "$build/CMakeFiles/sepa_lib.dir" -name '*.o' -print0)
    [ ${#objects[@]} -gt 1 ] || fail "no objects of sepa in $build/CMakeFiles"
    for o in "${objects[@]}"; do
      readelf -n "$o" | grep -q "$cet_note" || fail "$o was compiled without -fcf-protection"
    done
    echo "The C library's ${lacking[*]} carry no control-flow note, so no program linked here can;"
    echo "that line is skipped, and all ${#objects[@]} objects compiled from sepa's sources carry"
    echo "'$cet_note'."
    options+=(--nocfprotection)
  fi
fi

for b in "${binaries[@]}"; do
  hardening-check "${options[@]}" "$b" || fail "hardening-check: $b is not hardened (above)"
done
echo "OK: hardened"
