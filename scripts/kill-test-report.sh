#!/usr/bin/env bash
# Crash test of the export writer: `report -o` on a 20,000-statement project, killed with
# SIGKILL at a random moment, again and again. After every kill the output is either the
# previous complete report or the new complete one (never a part), and after the next
# uninterrupted write no temporary file of the output is left beside it.
#
#   scripts/kill-test-report.sh [KILLS]      (default 40)
set -euo pipefail
cd "$(dirname "$0")/.."
kills="${1:-40}"
cargo build --quiet
bin="${CARGO_TARGET_DIR:-target}/debug/treaty-tracker"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$bin" generate --stakeholders 150 --principles 20 --sessions 12 --statements 20000 --seed 7 -o "$work/p.ron" >/dev/null
export SOURCE_DATE_EPOCH=1767225600
start=$(date +%s%N)
"$bin" report "$work/p.ron" --format html -o "$work/new.html"
took_ms=$(( ($(date +%s%N) - start) / 1000000 ))
old="$work/old.html"
printf 'the previous report\n' > "$old"
out="$work/out.html"
cp "$old" "$out"
whole=0; previous=0
for i in $(seq "$kills"); do
    "$bin" report "$work/p.ron" --format html -o "$out" &
    pid=$!
    # A random moment within the run, most of them near its end, where the file is written.
    ms=$(( took_ms / 2 + RANDOM % (took_ms * 6 / 10 + 1) ))
    sleep "$((ms / 1000)).$(printf '%03d' $((ms % 1000)))"
    kill -9 "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    if cmp -s "$out" "$work/new.html"; then
        whole=$((whole + 1)); cp "$old" "$out"
    elif cmp -s "$out" "$old"; then
        previous=$((previous + 1))
    else
        echo "kill $i: $out is neither the old nor the new report" >&2; exit 1
    fi
done
left=$(find "$work" -name '.out.html.tmp-*' | wc -l)
"$bin" report "$work/p.ron" --format html -o "$out"
after=$(find "$work" -name '.out.html.tmp-*' | wc -l)
cmp -s "$out" "$work/new.html" || { echo "the last write is not the report" >&2; exit 1; }
echo "a whole run takes $took_ms ms; $kills kills: the previous report $previous times, the complete new one $whole times, never a part;"
echo "temporaries left by the kills: $left; after the next write: $after"
[ "$after" -eq 0 ] || { echo "temporaries were left after the next write" >&2; exit 1; }
