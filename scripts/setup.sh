#!/usr/bin/env bash
# Installs what a fresh Debian machine lacks to build and run `compare`:
# Cairo and Pango headers, libdeflate (the PNG encoder), poppler (PDF reports;
# poppler-utils for the benchmark's pdftotext peer and the tests' page images), a CJK
# font, and LibreOffice Writer (headless), with which the tests open briefing.docx as a
# reader would (83 MB download, 1 min 18 s to install on the project's machine).
# Does nothing when everything is present. Needs root (or sudo) only to install.
set -euo pipefail

packages=(pkg-config libcairo2-dev libpango1.0-dev libfontconfig-dev libdeflate-dev zlib1g-dev libxml2-dev libpoppler-glib-dev poppler-utils fonts-noto-cjk libreoffice-writer-nogui)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}" >&2
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  # New fonts must be in fontconfig's cache before Pango looks for them.
  command -v fc-cache >/dev/null && fc-cache -f >/dev/null 2>&1 || true
fi

if ! command -v swift >/dev/null; then
  echo "setup: the Swift toolchain (swift 6.x) is not on PATH; install it from swift.org" >&2
  exit 1
fi
if ! fc-list :lang=zh family 2>/dev/null | grep -q .; then
  echo "setup: no font with Chinese glyphs is known to fontconfig (expected fonts-noto-cjk)" >&2
  exit 1
fi
