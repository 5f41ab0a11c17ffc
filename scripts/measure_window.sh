#!/usr/bin/env bash
# Times the real window opening a large generated project under Xvfb: from the window being
# asked for to its first frame (the window appears), and to the first frame showing the
# project, as the app logs them (RUST_LOG=info: "first frame … s after start"). Also saves a
# screenshot taken while the file is read (the progress bar) to docs/screenshots/.
#
#   scripts/measure_window.sh [SIZE] [RUNS]     SIZE: 100k or 1m (default 1m), RUNS (default 3)
#
# Needs: apt-get install -y xvfb xauth imagemagick xdotool. Builds the release binary first.
# See docs/BENCHMARKS.md.
set -euo pipefail
cd "$(dirname "$0")/.."
size=${1:-1m}
runs=${2:-3}
case "$size" in
    100k) statements=100000 ;;
    1m) statements=1000000 ;;
    *) echo "unknown size $size (100k or 1m)" >&2; exit 2 ;;
esac
cargo build --release --quiet
bin="$(cargo metadata --format-version 1 --no-deps | python3 -c "import json,sys; print(json.load(sys.stdin)[\"target_directory\"])")/release/treaty-tracker"
dir=${BENCH_DIR:-$(mktemp -d)}
file="$dir/$size.ron"
[ -f "$file" ] || "$bin" generate --stakeholders 300 --principles 30 --sessions 20 \
    --statements "$statements" --seed 2024 -o "$file"
echo "$size: $(du -m "$file" | cut -f1) MB"

inner="$dir/inner.sh"
cat > "$inner" <<'INNER'
#!/usr/bin/env bash
set -euo pipefail
home=$(mktemp -d)
log="$home/app.log"
HOME="$home" XDG_DATA_HOME="$home/data" XDG_CONFIG_HOME="$home/config" \
    RUST_LOG=treaty_tracker=info "$bin" "$file" 2>"$log" &
app=$!
shot_taken=""
for _ in $(seq 600); do
    if grep -q "first frame showing the project" "$log"; then break; fi
    if [ -z "$shot_taken" ] && [ -n "$shot" ] && grep -q "^.*first frame [0-9]" "$log"; then
        sleep 1.5
        wid=$(xdotool search --name "Treaty Tracker" 2>/dev/null | head -1 || true)
        if [ -n "$wid" ]; then import -window "$wid" "$shot"; shot_taken=1; fi
    fi
    sleep 0.05
done
kill "$app" 2>/dev/null || true
wait "$app" 2>/dev/null || true
grep -oE "(loading: .*|first frame.*after start)" "$log" || { cat "$log" >&2; exit 1; }
rm -rf "$home"
INNER
chmod +x "$inner"
export bin file
for run in $(seq "$runs"); do
    if [ "$run" = 1 ]; then export shot="docs/screenshots/opening-$size.png"; else export shot=""; fi
    echo "run $run:"
    xvfb-run -a -s "-screen 0 1440x900x24" "$inner"
done
