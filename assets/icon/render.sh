#!/usr/bin/env bash
# Renders the PNG sizes of the icon from offerbench.svg (needs rsvg-convert: apt-get install librsvg2-bin).
# The PNGs are committed, so building the app never needs this tool.
set -euo pipefail
cd "$(dirname "$0")"
for size in 16 32 48 64 96 128 256 512; do
  rsvg-convert -w "$size" -h "$size" offerbench.svg -o "offerbench-$size.png"
done
