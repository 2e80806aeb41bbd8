#!/bin/sh
# Renders the app icons in client/public/icons from the two SVGs here (Debian's ImageMagick:
# `apt-get install -y imagemagick`). The PNGs are committed; run this again only when an SVG changes.
# The maskable icon fills its square and keeps the letter inside the central 80% safe zone.
set -e
cd "$(dirname "$0")"
out=../public/icons
for size in 192 512; do
  convert -background none -density 1200 icon.svg -resize ${size}x${size} -depth 8 -strip "PNG32:$out/icon-$size.png"
  convert -background none -density 1200 icon-maskable.svg -resize ${size}x${size} -depth 8 -strip "PNG32:$out/maskable-$size.png"
done
convert -background none -density 1200 icon.svg -resize 180x180 -background "#1d3b6f" -flatten -depth 8 -strip "PNG32:$out/apple-touch-icon.png"
