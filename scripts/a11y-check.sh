#!/usr/bin/env bash
# What a screen reader reads of the window, through the real AT-SPI bus: a D-Bus session, the
# accessibility bus with its "screen reader on" flag, the window on the sample under Xvfb,
# then scripts/a11y_tree.py walks the tree and checks it (window title, combo boxes named
# with their value, no unnamed focusable node).
#
#   scripts/a11y-check.sh [--dump]
#   VIEWS="ctrl+2 ctrl+3" scripts/a11y-check.sh     (check these views too, by their shortcut)
#
# Needs: apt-get install -y xvfb xauth xdotool dbus-x11 at-spi2-core python3-pyatspi
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --quiet
bin="${CARGO_TARGET_DIR:-target}/debug/treaty-tracker"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp sample_positions/ahc_cybercrime.ron "$work/ahc.ron"
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
sleep 6
status=0
/usr/bin/python3 scripts/a11y_tree.py "$@" || status=$?
for keys in ${VIEWS:-}; do
    wid=$(xdotool search --name "Treaty Tracker" | head -1)
    xdotool windowfocus "$wid"; sleep 0.3; xdotool key "$keys"; sleep 2
    echo "after $keys:"
    /usr/bin/python3 scripts/a11y_tree.py "$@" || status=$?
done
kill "$app" "$launcher" 2>/dev/null || true
kill "$DBUS_SESSION_BUS_PID" 2>/dev/null || true
exit "$status"
INNER
chmod +x "$inner"
export bin work VIEWS
xvfb-run -a -s "-screen 0 1440x900x24" "$inner" "$@"
