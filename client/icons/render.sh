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
# The tab's icon is a PNG: Chrome draws an SVG favicon by building an SVG document on the page's main
# thread, a long task on a slow phone right after the first paint.
convert -background none -density 1200 icon.svg -resize 32x32 -depth 8 -strip "PNG32:$out/favicon-32.png"
convert -background none -density 1200 icon.svg -resize 180x180 -background "#1d3b6f" -flatten -depth 8 -strip "PNG32:$out/apple-touch-icon.png"
