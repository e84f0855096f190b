#!/usr/bin/env bash
# Regenerates the README's screenshots in assets/screenshots from the sample comparison (assets/sample), headless
# (Monocle, as the GUI tests run): every main view, light and dark, and the welcome page. Then look at each PNG.
#   tools/screenshots.sh            # into assets/screenshots
#   tools/screenshots.sh /tmp/shots # somewhere else
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(realpath -m "${1:-assets/screenshots}")
mvn -o -q test -Dtest=ReadmeScreenshots -Dsurefire.failIfNoSpecifiedTests=false -Dscreenshots.dir="$out"
ls -1 "$out"/*.png
