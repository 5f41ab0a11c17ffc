#!/usr/bin/env bash
# Crash test of Save in the real window, under Xvfb, driven by xdotool: a 30,000-statement
# project (13 MB) is opened, its title edited, Ctrl+S pressed, and the app killed with SIGKILL
# at a random moment of the save, again and again. After every kill the file must pass
# `treaty-tracker check` and be either the previous version or the saved one (never a part);
# after a last, uninterrupted save no temporary file may be left beside it.
#
#   scripts/kill-test-save.sh [KILLS]      (default 20)
#
# Needs: apt-get install -y xvfb xauth xdotool
set -euo pipefail
cd "$(dirname "$0")/.."
kills="${1:-20}"
cargo build --quiet
bin="${CARGO_TARGET_DIR:-target}/debug/treaty-tracker"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
file="$work/p.ron"
"$bin" generate --stakeholders 150 --principles 20 --sessions 12 --statements 30000 --seed 7 -o "$file" >/dev/null

inner="$work/inner.sh"
cat > "$inner" <<'INNER'
#!/usr/bin/env bash
set -euo pipefail
start_app() {
    HOME="$work" XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config" "$bin" "$file" >/dev/null 2>&1 &
    app=$!
    wid=""
    for _ in $(seq 120); do
        wid=$(xdotool search --name "p.ron" 2>/dev/null | head -1 || true)
        [ -n "$wid" ] && break
        sleep 0.25
    done
    [ -n "$wid" ] || { echo "no window appeared" >&2; kill -9 "$app"; exit 1; }
    sleep 2
    xdotool windowsize "$wid" 1440 900; xdotool windowfocus "$wid"; sleep 0.3
}
edit_and_save() {
    # The project title, on the Overview the app opens on.
    xdotool mousemove 891 127 click 1; sleep 0.2; xdotool key End; xdotool type --delay 5 " x"
    sleep 0.2; xdotool key ctrl+s
}
old="$work/old.ron"; cp "$file" "$old"
previous=0; saved=0
for i in $(seq "$kills"); do
    start_app
    edit_and_save
    # A random moment in the 4 s after Ctrl+S (a save of this file takes about 1 to 2 s here).
    ms=$((RANDOM % 4000))
    sleep "$((ms / 1000)).$(printf '%03d' $((ms % 1000)))"
    kill -9 "$app" 2>/dev/null || true
    wait "$app" 2>/dev/null || true
    "$bin" check "$file" >/dev/null 2>&1 || { echo "kill $i: the file does not pass check" >&2; exit 1; }
    if cmp -s "$file" "$old"; then
        previous=$((previous + 1))
    elif grep -q '^    title: ".* x",$' "$file"; then
        saved=$((saved + 1)); cp "$file" "$old"
    else
        echo "kill $i: the file is neither the previous version nor a saved one" >&2; exit 1
    fi
    # The next start must not offer this run's work on top: drop the recovery of the test.
    rm -rf "$work/data"
done
left=$(find "$work" -maxdepth 1 -name '.p.ron*.tmp-*' | wc -l)
start_app
edit_and_save
sleep 6
xdotool key ctrl+q; sleep 2; kill -9 "$app" 2>/dev/null || true
after=$(find "$work" -maxdepth 1 -name '.p.ron*.tmp-*' | wc -l)
echo "$kills kills during Ctrl+S: the previous version $previous times, the saved one $saved times, never a part;"
echo "temporaries left by the kills: $left; after the next save: $after"
[ "$after" -eq 0 ] || { echo "temporaries were left after the next save" >&2; exit 1; }
INNER
chmod +x "$inner"
export bin work file kills
xvfb-run -a -s "-screen 0 1440x900x24" "$inner"
