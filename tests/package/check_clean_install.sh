#!/usr/bin/env bash
# The package on a Debian 12 that has never seen sepa: a minimal root made by debootstrap from
# the machine's configured Debian mirror, where `apt install ./sepa_*.deb` must pull in every
# dependency by itself, `sepa --version` must print the package's version, `sepa plan` must show
# the default ladder, and `apt remove sepa` must take it all away again.
# Given the source tarball (scripts/source-tarball.sh) as well, it is then unpacked in the same
# root and built with the README's first command alone, `bash scripts/quickstart.sh run`.
#
# Needs root (debootstrap, chroot, mounting /proc) and the network to the mirror. When either is
# missing it says so and fails: a check that could not run has not passed.
# Usage: check_clean_install.sh DEB [SOURCE_TARBALL]
set -euo pipefail
deb=$(readlink -f "$1")
tarball=${2:+$(readlink -f "$2")}
suite=bookworm
fail() { echo "FAIL: $*" >&2; exit 1; }

[ "$(id -u)" = 0 ] || fail "the clean install needs root (debootstrap and chroot); it was NOT checked"
command -v debootstrap >/dev/null ||
  fail "debootstrap is missing (Debian: apt-get install debootstrap); the clean install was NOT checked"
# The mirror apt already uses for Debian 12's main archive, else Debian's own.
mirror=$(apt-get indextargets --format '$(SITE) $(RELEASE)' 2>/dev/null |
  awk -v s="$suite" '$2 == s { print $1; exit }')
mirror=${mirror:-http://deb.debian.org/debian}
version=$(dpkg-deb -f "$deb" Version)

root=$(mktemp -d /var/tmp/sepa-clean-debian.XXXXXX)
chmod 755 "$root" # it becomes /, which apt's own user must be able to enter
log=$root.log
cleanup() {
  # Unmount before removing, even after a failure, so nothing outside the root is touched.
  if mountpoint -q "$root/proc"; then umount "$root/proc" || umount -l "$root/proc"; fi
  rm -rf --one-file-system "$root"
  rm -f "$log"
}
trap cleanup EXIT
in_root() { chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root \
  LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive "$@"; }

started=$SECONDS
echo "== a clean Debian 12 ($suite, minbase) from $mirror"
if ! debootstrap --variant=minbase "$suite" "$root" "$mirror" >"$log" 2>&1; then
  tail -n 20 "$log" >&2
  fail "debootstrap could not make a Debian 12 root from $mirror (no network to the mirror?); the clean install was NOT checked"
fi
echo "made in $((SECONDS - started)) s"
cp /etc/resolv.conf "$root/etc/resolv.conf"
mount -t proc proc "$root/proc"

echo "== apt install ./$(basename "$deb")"
cp "$deb" "$root/root/"
in_root sh -c 'cd /root && apt-get update -qq && apt install -y -q ./sepa_*.deb' >"$log" 2>&1 ||
  { cat "$log" >&2; fail "apt could not install the package on a clean Debian 12"; }
sed -n '/^The following NEW packages will be installed:/,/^[0-9]* upgraded/p' "$log"

echo "== sepa --version"
printed=$(in_root sepa --version)
echo "$printed"
[ "$printed" = "sepa ${version%-*}" ] || fail "sepa --version printed '$printed', not 'sepa ${version%-*}'"
echo "== sepa plan (in a throwaway data folder)"
in_root sh -c 'XDG_DATA_HOME=$(mktemp -d) sepa plan' >"$log" 2>&1 ||
  { cat "$log" >&2; fail "sepa plan failed on a clean Debian 12"; }
cat "$log"
for f in /usr/share/doc/sepa/copyright /usr/share/doc/sepa/changelog.gz /usr/share/man/man1/sepa.1.gz; do
  [ -f "$root$f" ] || fail "$f is not installed"
done

echo "== apt remove sepa"
in_root apt-get remove -y -q sepa >"$log" 2>&1 || { cat "$log" >&2; fail "apt could not remove sepa"; }
if [ -e "$root/usr/bin/sepa" ] || [ -e "$root/usr/share/doc/sepa" ]; then
  fail "apt remove left sepa's files behind"
fi
echo "removed, nothing left behind"

if [ -n "$tarball" ]; then
  name=$(basename "$tarball" .tar.gz)
  echo "== $name.tar.gz built with the README's first command alone"
  cp "$tarball" "$root/root/"
  start_build=$SECONDS
  if ! in_root sh -c "cd /root && tar xzf $name.tar.gz && cd $name &&
      XDG_DATA_HOME=\$(mktemp -d) bash scripts/quickstart.sh run" >"$log" 2>&1; then
    tail -n 40 "$log" >&2
    fail "the source tarball does not build on a clean Debian 12 with bash scripts/quickstart.sh run"
  fi
  grep -v '^\[ *[0-9]*%\]' "$log"
  built=$(in_root "/root/$name/build/sepa" --version)
  [ "$built" = "sepa ${version%-*}" ] || fail "the tarball's sepa says '$built'"
  echo "built $built in $((SECONDS - start_build)) s"
fi
echo "OK: installs, runs and goes away cleanly on a clean Debian 12 ($((SECONDS - started)) s)"
