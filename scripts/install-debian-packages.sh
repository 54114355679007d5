#!/bin/sh
# Install the Debian packages listed in debian-packages.txt (LibreOffice for .doc/.wps,
# Chromium for the review page, CJK fonts for rendered test scans) when any is missing.
# Uses sudo when not run as root; does nothing when every package is already installed.
set -eu
here="$(cd "$(dirname "$0")" && pwd)"
pkgs="$(grep -v '^[[:space:]]*#' "$here/debian-packages.txt" | tr -s ' \n' ' ' | sed 's/^ *//; s/ *$//')"
[ -n "$pkgs" ] || exit 0
missing=""
for p in $pkgs; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
[ -n "$missing" ] || exit 0
sudo=""
[ "$(id -u)" = 0 ] || sudo="sudo"
echo "installing Debian packages:$missing" >&2
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $missing >/dev/null
