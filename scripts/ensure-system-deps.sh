#!/usr/bin/env bash
# The tests need three programs from Debian: Chromium (browser tests, driven by playwright-core),
# LibreOffice Writer (proves the .docx files we write open in another word processor) and
# pdftotext/pdftoppm (read what LibreOffice rendered). Installs the missing ones when it can.
set -euo pipefail

missing=()
[ -x /usr/bin/chromium ] || command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v soffice >/dev/null 2>&1 || missing+=(libreoffice-writer-nogui)
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
# Metric-compatible Times New Roman for LibreOffice's rendering of our documents.
fc-list 2>/dev/null | grep -qi "liberation serif" || missing+=(fonts-liberation)

[ "${#missing[@]}" -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ]; then
  sudo_cmd=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  sudo_cmd=(sudo -n)
else
  echo "Các bài kiểm thử cần / The tests need: ${missing[*]}" >&2
  echo "  sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi

echo "Cài gói Debian / installing Debian packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
