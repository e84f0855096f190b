#!/usr/bin/env bash
# Regenerates the README's screenshots in assets/screenshots from the sample comparison (assets/sample), headless
# (Monocle, as the GUI tests run): every main view, light and dark, the welcome page, every view in Chinese, an
# exported market chart, review mode's banner and changes, and the report's first page and first offer's page
# (rendered from the PDF with poppler's pdftoppm, installed from Debian's packages if missing). Then look at each PNG.
#   tools/screenshots.sh            # into assets/screenshots
#   tools/screenshots.sh /tmp/shots # somewhere else
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(realpath -m "${1:-assets/screenshots}")
mvn -o -q test -Dtest=ReadmeScreenshots -Dsurefire.failIfNoSpecifiedTests=false -Dscreenshots.dir="$out"
pdf="$out/report.pdf"
if [[ -f $pdf ]]; then
  if ! command -v pdftoppm >/dev/null 2>&1; then
    apt-get update -qq >/dev/null 2>&1
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends poppler-utils >/dev/null 2>&1 \
      || echo "could not install poppler-utils: the report pages were not redrawn" >&2
  fi
  if command -v pdftoppm >/dev/null 2>&1; then
    pdftoppm -r 70 -png -singlefile -f 1 -l 1 "$pdf" "$out/report-first-page"
    # The first offer's page: the first page after the first whose text holds the section "1. <offer>".
    pages=$(pdfinfo "$pdf" | sed -n 's/^Pages: *//p')
    for ((p = 2; p <= pages; p++)); do
      if pdftotext -f "$p" -l "$p" "$pdf" - | grep -qE '^1\. '; then
        pdftoppm -r 70 -png -singlefile -f "$p" -l "$p" "$pdf" "$out/report-offer-page"
        break
      fi
    done
  fi
  rm -f "$pdf"
fi
ls -1 "$out"/*.png
