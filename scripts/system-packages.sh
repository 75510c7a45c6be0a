#!/usr/bin/env bash
# The Debian packages the test corpus renders with (and the fonts it renders in).
# Installs only what is missing; needs root (CI and the development machines run as root).
set -euo pipefail
PACKAGES=(
  libreoffice-writer-nogui hyphen-id  # .docx -> PDF (the replica and the corpus), Indonesian hyphenation
  chromium                   # HTML -> PDF, and the audit page's browser test
  wkhtmltopdf                # HTML -> PDF through Qt WebKit
  texlive-latex-base texlive-latex-recommended texlive-fonts-recommended texlive-luatex lmodern texlive-lang-other  # pdflatex, lualatex, Indonesian hyphenation
  fonts-crosextra-carlito fonts-liberation fonts-dejavu-core fonts-noto-core
  poppler-utils
  tesseract-ocr tesseract-ocr-ind   # OCR of scanned reports (the `ocr` extra), with the Indonesian model
)
missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "installing: ${missing[*]}" >&2
  if [ "$(id -u)" -ne 0 ]; then
    echo "error: these Debian packages are missing and installing them needs root: ${missing[*]}" >&2
    exit 1
  fi
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null
fi
