#!/usr/bin/env bash
# A newcomer's first hour, in the real window under Xvfb, driven by xdotool (window 1440x900,
# default fonts; the click positions are those of that layout): a blank project (Ctrl+N), its
# title, four principles, three sessions, nine states from the UN roster, a bloc whose six
# members are added by keyboard, a workers' organisation, ten statements logged with the quick
# entry (a sticky source, @SESSION switches, a d: date, a quote), Save as by typing
# ~/plastics.ron; then `treaty-tracker check` on the file and counts of what it holds.
# The statements are illustrative, made for this walkthrough: not sourced positions.
#
#   scripts/walkthrough-new-negotiation.sh [SCREENSHOT_DIR]
#
# Needs: apt-get install -y xvfb xauth imagemagick xdotool
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --quiet
shots="${1:-}"
bin="$(cargo metadata --format-version 1 --no-deps | python3 -c "import json,sys; print(json.load(sys.stdin)[\"target_directory\"])")/debug/treaty-tracker"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

inner="$work/inner.sh"
cat > "$inner" <<'INNER'
#!/usr/bin/env bash
set -euo pipefail
shot() { if [ -n "$shots" ]; then import -window root "$shots/$1.png"; fi; }
click() { xdotool mousemove "$1" "$2" click 1; sleep "${3:-0.4}"; }
fill() { click "$1" "$2" 0.2; xdotool key ctrl+a; xdotool type --delay 12 "$3"; sleep 0.2; }
HOME="$work" XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config" "$bin" &
app=$!
wid=""
for _ in $(seq 120); do
    wid=$(xdotool search --name "Treaty Tracker" 2>/dev/null | head -1 || true)
    [ -n "$wid" ] && break
    sleep 0.5
done
[ -n "$wid" ] || { echo "no window appeared" >&2; kill "$app"; exit 1; }
sleep 3
xdotool windowsize "$wid" 1440 900
xdotool windowfocus --sync "$wid"
xdotool key ctrl+n; sleep 1                        # a blank project
fill 891 127 "Global plastics treaty (INC)"         # Overview: title, treaty, short name, framework
fill 891 151 "Instrument on plastic pollution, including in the marine environment"
fill 891 174 "Plastics treaty"
fill 891 263 "Our seven asks"
click 60 305 0.6                                    # Principles
principle() { click 281 106 0.6; fill 622 154 "$1"; xdotool key Return; sleep 0.4; fill 995 180 "$2"; }
principle CAP "Cap on plastic production"
principle CHEM "Phase out chemicals of concern"
principle FIN "Dedicated finance mechanism"
principle JT "Just transition for waste pickers"
shot new-principles
click 40 328 0.6                                    # Sessions
session() {
    click 281 106 0.6; fill 613 154 "$1"; xdotool key Return; sleep 0.4
    fill 990 180 "$2"; fill 613 232 "$3"; xdotool key Return; sleep 0.3
    fill 613 258 "$4"; xdotool key Return; sleep 0.3; fill 990 284 "$5"
}
session INC4 "Fourth session" 2024-04-23 2024-04-29 Ottawa
session INC5 "Fifth session" 2024-11-25 2024-12-01 Busan
session INC5.2 "Resumed fifth session" 2025-08-05 2025-08-14 Geneva
shot new-sessions
click 53 351 0.8                                    # Stakeholders
click 318 129 0.8                                   # Add from the UN roster…
for n in Rwanda Peru Norway Kenya "Saudi Arabia" China India France Germany; do
    fill 158 100 "$n"; sleep 0.3; click 30 146 0.3
done
fill 158 100 ""; xdotool key BackSpace; sleep 0.5  # the whole list again, then Add 9 states
click 66 518 0.8
click 290 106 0.7                                   # Add stakeholder: the bloc
fill 660 154 HAC; xdotool key Return; sleep 0.4
fill 1016 180 "High Ambition Coalition to End Plastic Pollution"
click 651 206 0.6; click 629 257 0.7                # Kind: Bloc
click 824 364 0.3                                   # Add a member: by keyboard
for n in Rwa Nor Per Fra Germ Ken; do xdotool type --delay 20 "$n"; sleep 0.3; xdotool key Return; sleep 0.4; done
shot new-bloc-members
click 290 106 0.7                                   # Add stakeholder: waste pickers
fill 660 154 IAWP; xdotool key Return; sleep 0.4
fill 1016 180 "International Alliance of Waste Pickers"
click 651 206 0.6; click 690 418 0.6                # Kind: Workers and trade unions
click 250 37 0.6; click 237 156 0.5                 # Source: Media, for every line
xdotool key ctrl+2; sleep 0.5                       # the statement log
logline() { xdotool key ctrl+l; sleep 0.3; xdotool type --delay 12 "$1"; sleep 0.4; xdotool key Return; sleep 0.5; }
logline "@INC4"
logline "RWA CAP++ CHEM++ Calls for a global production cap"
logline "SAU CAP-- FIN+ Opposes any production target"
logline "HAC CAP++ CHEM+ JT+ Coalition statement for binding global rules"
logline "IAWP JT++ \"Nothing about us without us\" Asks for a just transition article"
logline "CHN CAP- FIN++ Prefers national plans and new finance"
logline "@INC5"
logline "IND CAP-- CHEM- Rejects production limits"
logline "NOR CAP++ FIN~ Supports a cap, open on finance"
logline "KEN JT+ FIN++ d:2024-11-26 Wants a dedicated fund"
logline "@inc5.2"
logline "PER CAP++ CHEM++ Joins the call for a cap"
logline "SAU CAP-- CHEM-- Blocks consensus on chemicals"
shot new-logged
xdotool key ctrl+shift+s; sleep 4                   # no portal here: the path prompt
xdotool key ctrl+a; xdotool type --delay 15 "~/plastics.ron"; xdotool key Return; sleep 1.5
echo "title after saving: $(xdotool getwindowname "$wid")"
xdotool key ctrl+3; sleep 1; shot new-matrix
xdotool key ctrl+4; sleep 1; shot new-trends
xdotool key ctrl+7; sleep 1; shot new-coalition
xdotool key ctrl+q
for _ in $(seq 20); do kill -0 "$app" 2>/dev/null || break; sleep 0.5; done
kill "$app" 2>/dev/null || true
INNER
chmod +x "$inner"
export bin work shots
xvfb-run -a -s "-screen 0 1440x900x24" "$inner"

file="$work/plastics.ron"
"$bin" check "$file"
count() { grep -c "$1" "$file" || true; }
echo "statements in the saved file: $(count 'summary: ')"
grep -q 'members: \["RWA", "NOR", "PER", "FRA", "DEU", "KEN"\]' "$file" \
    || { echo "the bloc does not have its six members" >&2; exit 1; }
[ "$(count 'summary: ')" = 10 ] || { echo "expected 10 statements" >&2; exit 1; }
grep -q 'quote: "Nothing about us without us"' "$file" || { echo "the quote is missing" >&2; exit 1; }
grep -q 'date: "2024-11-26"' "$file" || { echo "the d: date is missing" >&2; exit 1; }
echo "walkthrough passed: a new negotiation set up, ten statements logged, saved and valid"
