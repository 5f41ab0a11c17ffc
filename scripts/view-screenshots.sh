#!/usr/bin/env bash
# Runs the real window under Xvfb on the sample project (in a throw-away home folder) and saves
# a screenshot of each analysis view (Ctrl+3 … Ctrl+8, and the profile's Compare tab) to
# docs/screenshots/view-<name>.png. The clicks of the compare shot are screen positions for
# the 1440 × 900 window.
#
#   scripts/view-screenshots.sh [--release] [view ...]    # views: matrix trends gaps shifts coalition profile compare
#
# Needs: apt-get install -y xvfb xauth imagemagick xdotool
set -euo pipefail
cd "$(dirname "$0")/.."
profile=debug
if [ "${1:-}" = "--release" ]; then profile=release; shift; cargo build --release --quiet; else cargo build --quiet; fi
bin="$(cargo metadata --format-version 1 --no-deps | python3 -c "import json,sys; print(json.load(sys.stdin)[\"target_directory\"])")/$profile/treaty-tracker"
views="${*:-matrix trends gaps shifts coalition profile compare}"
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
sample="$PWD/sample_positions/ahc_cybercrime.ron"
out="$PWD/docs/screenshots"

inner="$home/inner.sh"
cat > "$inner" <<'INNER'
#!/usr/bin/env bash
set -euo pipefail
HOME="$home" XDG_DATA_HOME="$home/data" XDG_CONFIG_HOME="$home/config" "$bin" "$sample" &
app=$!
wid=""
for _ in $(seq 60); do
    wid=$(xdotool search --name "Treaty Tracker" 2>/dev/null | head -1 || true)
    [ -n "$wid" ] && break
    sleep 0.5
done
[ -n "$wid" ] || { echo "no window appeared" >&2; kill "$app"; exit 1; }
sleep 3 # first frames and fonts
xdotool windowsize --sync "$wid" 1440 900 || true
xdotool windowmove --sync "$wid" 0 0 || true
sleep 1
for view in $views; do
    case "$view" in
        matrix) key=3 ;; trends) key=4 ;; gaps) key=5 ;; shifts) key=6 ;; coalition) key=7 ;; profile|compare) key=8 ;;
        *) echo "unknown view $view" >&2; continue ;;
    esac
    xdotool windowfocus --sync "$wid"
    xdotool key --window "$wid" "ctrl+$key"
    sleep 2
    # Shifts: step back to the sixth session (against the one before it), where more moved.
    if [ "$view" = shifts ]; then for _ in 1 2; do xdotool key --window "$wid" alt+Left; sleep 1; done; fi
    # Compare: the Compare tab, then "Add an actor" three times (it moves right each time).
    if [ "$view" = compare ]; then
        for xy in "324 89" "589 121" "914 121" "1239 121"; do
            # shellcheck disable=SC2086
            xdotool mousemove $xy click 1
            sleep 1
        done
    fi
    # Move the pointer out of the way (or onto something worth a tooltip).
    case "$view" in
        matrix) xdotool mousemove 487 378 ;;
        coalition) xdotool mousemove 1435 895 ;;
        *) xdotool mousemove 1435 895 ;;
    esac
    sleep 1.5
    import -window root "$out/view-$view.png"
    echo "saved $out/view-$view.png"
done
kill "$app"
INNER
chmod +x "$inner"
export bin home out sample views
xvfb-run -a -s "-screen 0 1440x900x24" "$inner"
