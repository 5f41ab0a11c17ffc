#!/usr/bin/env bash
# Live-logging walkthrough in the real window under Xvfb, driven by xdotool:
# open a copy of the sample, Ctrl+L, type a statement, Enter, Ctrl+S; then check that the saved
# file passes `treaty-tracker check` and contains the statement.
#
#   scripts/walkthrough-logging.sh [--release] [SCREENSHOT_DIR]
#
# Needs: apt-get install -y xvfb xauth imagemagick xdotool
set -euo pipefail
cd "$(dirname "$0")/.."
profile=debug
if [ "${1:-}" = "--release" ]; then profile=release; shift; cargo build --release --quiet; else cargo build --quiet; fi
shots="${1:-}"
bin="$(cargo metadata --format-version 1 --no-deps | python3 -c "import json,sys; print(json.load(sys.stdin)[\"target_directory\"])")/$profile/treaty-tracker"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
file="$work/ahc-copy.ron"
cp sample_positions/ahc_cybercrime.ron "$file"
line='RUS P3-- C6-- Wants an article on extremist use of ICT'

inner="$work/inner.sh"
cat > "$inner" <<'INNER'
#!/usr/bin/env bash
set -euo pipefail
shot() { if [ -n "$shots" ]; then import -window root "$shots/$1.png"; fi; }
HOME="$work" XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config" "$bin" "$file" &
app=$!
wid=""
for _ in $(seq 120); do
    wid=$(xdotool search --name "ahc-copy.ron" 2>/dev/null | head -1 || true)
    [ -n "$wid" ] && break
    sleep 0.5
done
[ -n "$wid" ] || { echo "no window appeared" >&2; kill "$app"; exit 1; }
sleep 3
xdotool windowfocus --sync "$wid"
xdotool key --window "$wid" ctrl+2          # the statement log
sleep 1
xdotool key --window "$wid" ctrl+l          # focus the quick entry
sleep 1
xdotool type --window "$wid" --delay 40 "$line"
sleep 1
shot walkthrough-typed
xdotool key --window "$wid" Return
sleep 1
echo "title after Enter: $(xdotool getwindowname "$wid")"
shot walkthrough-logged
xdotool key --window "$wid" ctrl+s
sleep 2
echo "title after Ctrl+S: $(xdotool getwindowname "$wid")"
xdotool key --window "$wid" ctrl+q
for _ in $(seq 20); do kill -0 "$app" 2>/dev/null || break; sleep 0.5; done
kill "$app" 2>/dev/null || true
INNER
chmod +x "$inner"
export bin work file line shots
xvfb-run -a -s "-screen 0 1440x900x24" "$inner"

"$bin" check "$file"
grep -F "summary: \"Wants an article on extremist use of ICT\"" "$file" >/dev/null \
    || { echo "the saved file does not contain the statement" >&2; exit 1; }
grep -c "stakeholder: \"RUS\"" "$file" | sed 's/^/statements of RUS in the saved file: /'
echo "walkthrough passed: the statement was logged, saved, and the file passes check"
