#!/usr/bin/env bash
# Runs the real window under Xvfb on the embedded sample (first run, in a throw-away home
# folder) and saves a screenshot of it to docs/screenshots/app-overview.png.
#
#   scripts/screenshot.sh [--release]
#
# Needs: apt-get install -y xvfb xauth imagemagick xdotool
set -euo pipefail
cd "$(dirname "$0")/.."
profile=debug
if [ "${1:-}" = "--release" ]; then profile=release; cargo build --release --quiet; else cargo build --quiet; fi
bin="$(cargo metadata --format-version 1 --no-deps | python3 -c "import json,sys; print(json.load(sys.stdin)[\"target_directory\"])")/$profile/treaty-tracker"
out=docs/screenshots/app-overview.png
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT

inner="$home/inner.sh"
cat > "$inner" <<'INNER'
#!/usr/bin/env bash
set -euo pipefail
HOME="$home" XDG_DATA_HOME="$home/data" XDG_CONFIG_HOME="$home/config" "$bin" &
app=$!
wid=""
for _ in $(seq 60); do
    wid=$(xdotool search --name "Treaty Tracker" 2>/dev/null | head -1 || true)
    [ -n "$wid" ] && break
    sleep 0.5
done
[ -n "$wid" ] || { echo "no window appeared" >&2; kill "$app"; exit 1; }
sleep 3 # first frames and fonts
echo "window title: $(xdotool getwindowname "$wid")"
import -window "$wid" "$out"
kill "$app"
INNER
chmod +x "$inner"
export bin home out
xvfb-run -a -s "-screen 0 1440x900x24" "$inner"
echo "saved $out"
