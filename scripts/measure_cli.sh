#!/usr/bin/env bash
# Measures the command line on generated projects: file size, then wall time and peak memory
# (maximum resident set size) of `check` (load + validate) and `report --format json` (load +
# validate + full analysis + report), each the median of RUNS runs.
#
#   scripts/measure_cli.sh [SIZES...]      SIZES among 1k 10k 100k 1m (default: 1k 10k 100k)
#
# Needs GNU time (/usr/bin/time). Builds the release binary first. See docs/BENCHMARKS.md.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-5}
cargo build --release --quiet
BIN=target/release/treaty-tracker
DIR=${BENCH_DIR:-$(mktemp -d)}
sizes=("$@")
[ ${#sizes[@]} -eq 0 ] && sizes=(1k 10k 100k)

# shape, median, measure
. scripts/bench-common.sh

printf '| size | file | check: time | check: peak memory | report json: time | report json: peak memory | memory / file |\n'
printf '|---|---|---|---|---|---|---|\n'
for size in "${sizes[@]}"; do
    read -r stakeholders principles sessions statements <<<"$(shape "$size")"
    file="$DIR/$size.ron"
    [ -f "$file" ] || "$BIN" generate --stakeholders "$stakeholders" --principles "$principles" \
        --sessions "$sessions" --statements "$statements" --seed 2024 -o "$file"
    bytes=$(stat -c %s "$file")
    read -r ct cm <<<"$(measure "$BIN" check "$file")"
    read -r rt rm <<<"$(measure "$BIN" report "$file" -o "$DIR/$size.json")"
    awk -v s="$size" -v b="$bytes" -v ct="$ct" -v cm="$cm" -v rt="$rt" -v rm="$rm" 'BEGIN {
        printf "| %s | %.1f MB | %.2f s | %.0f MB | %.2f s | %.0f MB | %.1f× |\n",
            s, b / 1e6, ct, cm / 1024, rt, rm / 1024, rm * 1024 / b }'
done
