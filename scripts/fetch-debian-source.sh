#!/usr/bin/env bash
# Downloads one Debian source package's .orig tarball with the ordinary apt client and a
# private sources list (the system's apt configuration is not touched), checks its
# sha256, and unpacks it. Usage: fetch-debian-source.sh PACKAGE SUITE TARBALL SHA256 DEST
# apt-get may exit non-zero when a side file (.debian.tar.xz) is missing upstream, so we
# trust the checksum of the one file we need, not apt-get's exit code.
set -euo pipefail
pkg=$1 suite=$2 tarball=$3 sha=$4 dest=$5

if [[ -f "$dest/.fetched-$tarball" ]]; then exit 0; fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/lists/partial"
uri=$(awk '/^URIs:/{print $2; exit}' /etc/apt/sources.list.d/debian.sources 2>/dev/null || true)
uri=${uri:-http://deb.debian.org/debian}
echo "deb-src [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] $uri $suite main" > "$work/sources.list"
opts=(-o "Dir::Etc::SourceList=$work/sources.list" -o Dir::Etc::SourceParts=/dev/null -o "Dir::State::Lists=$work/lists")
apt-get "${opts[@]}" -qq update
(cd "$work" && apt-get "${opts[@]}" -qq source --download-only "$pkg" >/dev/null 2>&1) || true
if [[ ! -f "$work/$tarball" ]]; then
  echo "fetch-debian-source: $tarball did not arrive (is $pkg still in $suite?)" >&2; exit 1
fi
echo "$sha  $work/$tarball" | sha256sum -c --quiet - || { echo "fetch-debian-source: checksum mismatch for $tarball" >&2; exit 1; }
rm -rf "$dest" && mkdir -p "$dest"
tar -xf "$work/$tarball" -C "$dest" --strip-components=1
touch "$dest/.fetched-$tarball"
echo "fetched $tarball into $dest"
