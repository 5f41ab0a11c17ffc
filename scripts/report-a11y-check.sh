#!/usr/bin/env bash
# The sample's HTML report under the two checkers that issue 17 names: axe-core 4.14 (every
# WCAG 2.0, 2.1 and 2.2 A and AA rule, in headless Chromium, at 1280 and 320 CSS pixels wide) and
# the Nu HTML checker (vnu.jar, errors and warnings); and reflow: no horizontal scroll at 320
# pixels. Prints what each found; exits 1 on an axe violation, a Nu error or a horizontal scroll.
#
#   scripts/report-a11y-check.sh [PROJECT.ron]
#
# Needs: chromium, a Java runtime, npm (axe-core and vnu-jar are fetched once into
# ~/.cache/treaty-tracker-checks). It downloads, so .ci/run does not run it.
set -euo pipefail
cd "$(dirname "$0")/.."
project="${1:-sample_positions/ahc_cybercrime.ron}"
tools="${CHECK_TOOLS:-$HOME/.cache/treaty-tracker-checks}"
if [ ! -f "$tools/node_modules/axe-core/axe.min.js" ] || [ ! -f "$tools/node_modules/vnu-jar/build/dist/vnu.jar" ]; then
    mkdir -p "$tools"
    npm install --prefix "$tools" --no-save --no-audit --no-fund axe-core@4.14 vnu-jar >/dev/null
fi
cargo build --quiet
bin="${CARGO_TARGET_DIR:-target}/debug/treaty-tracker"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$bin" report "$project" --format html -o "$work/report.html"
status=0

echo "== Nu HTML checker $(java -jar "$tools/node_modules/vnu-jar/build/dist/vnu.jar" --version)"
if java -jar "$tools/node_modules/vnu-jar/build/dist/vnu.jar" --format text "$work/report.html" 2>"$work/vnu.txt"; then
    echo "no error, no warning"
else
    cat "$work/vnu.txt"
    grep -q '^Error\|: error:' "$work/vnu.txt" && status=1
fi

echo "== axe-core $(node -p "require('$tools/node_modules/axe-core/package.json').version")"
cp "$tools/node_modules/axe-core/axe.min.js" "$work/"
cat > "$work/run-axe.js" <<'JS'
axe.run(document, {
  runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
}).then((r) => {
  const out = {
    width: window.innerWidth,
    scrollWidth: document.documentElement.scrollWidth,
    // The outermost elements that reach past the window's right edge, to mend a scroll.
    wide: [...document.body.querySelectorAll("*")]
      .filter((e) => e.getBoundingClientRect().right > window.innerWidth + 0.5
        && !(e.parentElement && e.parentElement.getBoundingClientRect().right > window.innerWidth + 0.5))
      .slice(0, 6)
      .map((e) => `${e.tagName.toLowerCase()}${e.id ? "#" + e.id : ""}${e.className ? "." + e.className : ""} (${Math.round(e.getBoundingClientRect().right)} px)`),
    passes: r.passes.length,
    incomplete: r.incomplete.map((v) => v.id),
    violations: r.violations.map((v) => ({
      id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.length,
      targets: v.nodes.slice(0, 3).map((n) => n.target.join(" ")),
    })),
  };
  const pre = document.createElement("pre");
  pre.id = "axe-result";
  pre.textContent = JSON.stringify(out);
  document.body.appendChild(pre);
});
JS
# The report with axe added at its end (the copy only; the report itself has no script of ours
# but its sorting).
sed 's#</body>#<script src="axe.min.js"></script><script src="run-axe.js"></script></body>#' \
    "$work/report.html" > "$work/axe.html"
# Headless Chromium's window is at least 500 pixels wide: the report is checked in a frame of
# the width wanted, and the frame's result copied into the page that --dump-dom prints.
for width in 1280 320; do
    cat > "$work/host-$width.html" <<HOST
<!doctype html><html lang="en"><head><meta charset="utf-8"><title>host</title></head><body>
<iframe id="f" title="report" src="axe.html" style="width:${width}px;height:900px;border:0"></iframe>
<script>
const timer = setInterval(() => {
  const pre = document.getElementById("f").contentDocument?.getElementById("axe-result");
  if (pre) {
    clearInterval(timer);
    const out = document.createElement("pre");
    out.id = "axe-result";
    out.textContent = pre.textContent;
    document.body.appendChild(out);
  }
}, 100);
</script></body></html>
HOST
    chromium --headless --no-sandbox --disable-gpu --allow-file-access-from-files \
        --window-size=1400,1000 --virtual-time-budget=30000 \
        --dump-dom "file://$work/host-$width.html" 2>/dev/null > "$work/dom-$width.html"
    python3 - "$work/dom-$width.html" "$width" <<'PY' || status=1
import html, json, re, sys
dom = open(sys.argv[1], encoding="utf-8").read()
m = re.search(r'<pre id="axe-result">(.*?)</pre>', dom, re.S)
if not m:
    print(f"at {sys.argv[2]} px: axe gave no result")
    sys.exit(1)
r = json.loads(html.unescape(m.group(1)))
print(f"at {sys.argv[2]} px: {len(r['violations'])} violations, {r['passes']} rules passed, "
      f"to check by hand: {', '.join(r['incomplete']) or 'none'}; "
      f"page {r['scrollWidth']} px wide in a {r['width']} px window")
for v in r["violations"]:
    print(f"  {v['impact']}: {v['id']} ({v['help']}) on {v['nodes']} nodes, e.g. {v['targets']}")
failed = bool(r["violations"]) or r["scrollWidth"] > r["width"]
if r["scrollWidth"] > r["width"]:
    print(f"  horizontal scroll, from: {'; '.join(r['wide'])}")
sys.exit(1 if failed else 0)
PY
done
exit "$status"
