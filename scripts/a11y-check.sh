#!/usr/bin/env bash
# What a screen reader reads of the window, through the real AT-SPI bus: a D-Bus session, the
# accessibility bus with its "screen reader on" flag, the window on the sample under Xvfb,
# then scripts/a11y_tree.py walks the tree and checks it in the view the window opens on and
# in every other view, reached by its shortcut: the window title, combo boxes named with their
# value, no unnamed focusable node; in the matrix (Ctrl+3) a named column for every principle
# and a named cell for every stakeholder in scope on every principle, at the latest session,
# on screen or not. .ci/run runs it.
#
#   scripts/a11y-check.sh [--dump]
#   VIEWS="ctrl+2 ctrl+3" scripts/a11y-check.sh     (only these views)
#
# Needs: apt-get install -y xvfb xauth xdotool dbus-x11 at-spi2-core python3-pyatspi
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --quiet
bin="${CARGO_TARGET_DIR:-target}/debug/treaty-tracker"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp sample_positions/ahc_cybercrime.ron "$work/ahc.ron"
# What the matrix must name: the stakeholders in scope and the principles at the latest session.
"$bin" report "$work/ahc.ron" --format json -o "$work/report.json"
inner="$work/inner.sh"
cat > "$inner" <<'INNER'
#!/usr/bin/env bash
set -euo pipefail
eval "$(dbus-launch --sh-syntax)"
/usr/libexec/at-spi-bus-launcher --launch-immediately &
launcher=$!
sleep 1
dbus-send --session --print-reply --dest=org.a11y.Bus /org/a11y/bus \
    org.freedesktop.DBus.Properties.Set string:org.a11y.Status string:IsEnabled variant:boolean:true >/dev/null
HOME="$work" XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config" "$bin" "$work/ahc.ron" >/dev/null 2>&1 &
app=$!
for _ in $(seq 60); do
    xdotool search --name "Treaty Tracker" >/dev/null 2>&1 && break
    sleep 1
done
sleep 3
status=0
echo "the window as it opens:"
/usr/bin/python3 scripts/a11y_tree.py "$@" || status=$?
for keys in ${VIEWS:-ctrl+1 ctrl+2 ctrl+3 ctrl+4 ctrl+5 ctrl+6 ctrl+7}; do
    wid=$(xdotool search --name "Treaty Tracker" | head -1)
    xdotool windowfocus "$wid"; sleep 0.3; xdotool key "$keys"; sleep 2
    echo "after $keys:"
    extra=()
    if [ "$keys" = ctrl+3 ]; then extra=(--cells "$work/report.json"); fi
    /usr/bin/python3 scripts/a11y_tree.py "$@" "${extra[@]}" || status=$?
done
kill "$app" "$launcher" 2>/dev/null || true
kill "$DBUS_SESSION_BUS_PID" 2>/dev/null || true
exit "$status"
INNER
chmod +x "$inner"
export bin work VIEWS
xvfb-run -a -s "-screen 0 1440x900x24" "$inner" "$@"
