#!/usr/bin/env bash
# Runs the real window under Xvfb on a copy of the sample (in a throw-away home folder) and saves
# the user guide's logging screenshots to docs/screenshots/log-*.png: the quick entry reading a
# line, a line with a problem, a statement opened beside the log, and the statement editor.
# Clicks are screen positions for the 1440 × 900 window.
#
#   scripts/log-screenshots.sh [--release]
#
# Needs: apt-get install -y xvfb xauth imagemagick xdotool
set -euo pipefail
cd "$(dirname "$0")/.."
profile=debug
if [ "${1:-}" = "--release" ]; then profile=release; shift; cargo build --release --quiet; else cargo build --quiet; fi
bin="$(cargo metadata --format-version 1 --no-deps | python3 -c "import json,sys; print(json.load(sys.stdin)[\"target_directory\"])")/$profile/treaty-tracker"
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
cp sample_positions/ahc_cybercrime.ron "$home/ahc-copy.ron"
out="$PWD/docs/screenshots"

inner="$home/inner.sh"
cat > "$inner" <<'INNER'
#!/usr/bin/env bash
set -euo pipefail
HOME="$home" XDG_DATA_HOME="$home/data" XDG_CONFIG_HOME="$home/config" "$bin" "$home/ahc-copy.ron" &
app=$!
wid=""
for _ in $(seq 120); do
    wid=$(xdotool search --name "ahc-copy.ron" 2>/dev/null | head -1 || true)
    [ -n "$wid" ] && break
    sleep 0.5
done
[ -n "$wid" ] || { echo "no window appeared" >&2; kill "$app"; exit 1; }
sleep 3
xdotool windowsize --sync "$wid" 1440 900 || true
xdotool windowmove --sync "$wid" 0 0 || true
sleep 1
xdotool windowfocus --sync "$wid"
key() { xdotool key --window "$wid" "$@"; sleep 0.5; }
typed() { xdotool type --window "$wid" --delay 25 "$1"; sleep 1; }
shot() { sleep 1; import -window root "$out/$1.png"; echo "saved $out/$1.png"; }
key ctrl+2
key ctrl+l
typed "FRA for:EU C3++ !high #ahc7 art:6(2) Human rights safeguards must stay"
shot log-quick-entry
key ctrl+a
key BackSpace
typed "RUS Q9-- Wants"
import -window root -crop 1440x150+0+0 "$out/log-problem.png"; echo "saved $out/log-problem.png"
key ctrl+a
key BackSpace
key Escape
xdotool mousemove 700 300 click 1; sleep 1
xdotool mousemove 1435 895
shot log-detail
# "Edit" at the top right of the detail panel.
xdotool mousemove 1355 80 click 1; sleep 1
xdotool mousemove 1435 895
shot log-statement-editor
kill "$app"
INNER
chmod +x "$inner"
export bin home out
xvfb-run -a -s "-screen 0 1440x900x24" "$inner"
