#!/usr/bin/env bash
# Renders the gallery's pictures of the two-date map (1 February 2016 and 5 June 2017) and of the web app into
# docs/gallery, from a fresh demo store: one command after the model or the styles change.
#   tools/gallery.sh            the print maps (PNG in English, Dutch and Arabic dark, SVG) and the app's screenshot
#   tools/gallery.sh maps       the print maps only
# The app's screenshot needs Debian's chromium and chromium-driver (see /docs or the browser tests); it is taken by
# GalleryBrowserTest, which runs the real server on a copy of the demo store.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
out="$root/docs/gallery"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

frontline() { "$root/frontline" "$@"; }

(cd "$work" && frontline demo >/dev/null)
cd "$work"
two=(--date 2016-02-01 --date 2017-06-05)
frontline map "${two[@]}" --actor "Islamic State" --lang en --size 1200x900 --out "$out/is-2016-2017-en.png"
frontline map "${two[@]}" --actor "Islamic State" --lang en --size 1200x900 --out "$out/is-2016-2017-en.svg"
frontline map "${two[@]}" --actor "Islamic State" --lang nl --size 1200x900 --out "$out/is-2016-2017-nl.png"
frontline map "${two[@]}" --actor IS --lang ar --theme dark --size 1200x900 --out "$out/is-2016-2017-ar-dark.png"
frontline map "${two[@]}" --size 1200x900 --out "$out/all-2016-2017-en.png"

if [ "${1:-}" != "maps" ]; then
  cd "$root"
  mvn -q -B -o -pl frontline-server -am verify -Dtest=GalleryBrowserTest -Dsurefire.failIfNoSpecifiedTests=false \
    -Dsurefire.excludedGroups= -Dfrontline.gallery="$out"
fi
chmod 644 "$out"/*.png "$out"/*.svg
ls -l "$out"
