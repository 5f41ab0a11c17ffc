#!/usr/bin/env bash
# Renders the sample's HTML report in headless Chromium: a screenshot of the page, and pages of
# its print to PDF (the first two, and the one with the stakeholder table and blocs), in
# docs/screenshots/.
#
#   scripts/report-screenshots.sh
#
# Needs: apt-get install -y chromium poppler-utils
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --quiet
bin="$(cargo metadata --format-version 1 --no-deps | python3 -c "import json,sys; print(json.load(sys.stdin)[\"target_directory\"])")/debug/treaty-tracker"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
SOURCE_DATE_EPOCH=1767225600 "$bin" report sample_positions/ahc_cybercrime.ron --format html -o "$tmp/report.html"
# Flags this machine needs: no sandbox as root, and no background connections (closed network).
flags=(--headless --no-sandbox --disable-gpu --disable-quic --no-first-run
    --disable-background-networking --disable-component-update --disable-sync
    --user-data-dir="$tmp/profile" --hide-scrollbars)
chromium "${flags[@]}" --window-size=1200,2200 --screenshot="docs/screenshots/report-html.png" \
    "file://$tmp/report.html" 2>/dev/null
chromium "${flags[@]}" --no-pdf-header-footer --print-to-pdf="$tmp/report.pdf" \
    "file://$tmp/report.html" 2>/dev/null
pdftoppm -png -r 70 -f 1 -l 2 "$tmp/report.pdf" "$tmp/page"
pages=("$tmp"/page-*.png)
cp "${pages[0]}" docs/screenshots/report-print-page1.png
cp "${pages[1]}" docs/screenshots/report-print-page2.png
# The printed page with the sortable stakeholder table and the blocs.
page=$(for n in $(seq "$(pdfinfo "$tmp/report.pdf" | sed -n 's/^Pages: *//p')"); do
    if pdftotext -f "$n" -l "$n" "$tmp/report.pdf" - | grep -q "^Blocs$"; then echo "$n"; break; fi
done)
pdftoppm -png -r 70 -f "$page" -l "$page" "$tmp/report.pdf" "$tmp/blocs"
cp "$tmp"/blocs-*.png docs/screenshots/report-print-stakeholders.png
echo "PDF pages: $(pdfinfo "$tmp/report.pdf" | sed -n 's/^Pages: *//p')"
echo "saved docs/screenshots/report-html.png, report-print-page1.png, report-print-page2.png, report-print-stakeholders.png (page $page)"
