#!/bin/sh
# Makes the web fonts in public/fonts from @fontsource's IBM Plex Sans Arabic (SIL OFL 1.1), then prints
# the lines for lib/fonts.ts. Run it again only when the font package changes; the files are committed.
#
# What is cut, and why (bytes a phone downloads before the home page is complete):
# - Arabic: the Arabic block (U+0600-06FF) plus the joiners; every contextual form and ligature it
#   needs comes along (layout closure). Supplement/Extended blocks and presentation-form code points
#   fall to the system font: Marsad's Arabic text never uses them.
# - both: TrueType hinting (modern phones ignore it) and glyph names.
# Arabic 400 went from 43 KB to 25 KB. Needs Debian's python3-fonttools and python3-brotli.
set -eu
cd "$(dirname "$0")/.."
SRC=node_modules/@fontsource/ibm-plex-sans-arabic/files
OUT=public/fonts
ARABIC='U+0600-06FF,U+200C-200F'
LATIN='U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD'
rm -f "$OUT"/*.woff2
for script in arabic latin; do
  for weight in 400 600; do
    if [ "$script" = arabic ]; then range=$ARABIC; else range=$LATIN; fi
    tmp="$OUT/tmp.woff2"
    /usr/bin/python3 -m fontTools.subset "$SRC/ibm-plex-sans-arabic-$script-$weight-normal.woff2" \
      --unicodes="$range" --layout-features='*' --no-hinting --glyph-names=false --flavor=woff2 --output-file="$tmp"
    hash=$(sha256sum "$tmp" | cut -c1-10)
    mv "$tmp" "$OUT/plex-$script-$weight.$hash.woff2"
    echo "$script $weight /fonts/plex-$script-$weight.$hash.woff2 $(stat -c %s "$OUT/plex-$script-$weight.$hash.woff2") bytes"
  done
done
cp node_modules/@fontsource/ibm-plex-sans-arabic/LICENSE "$OUT/OFL.txt"
