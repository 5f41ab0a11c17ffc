#!/usr/bin/env bash
# The anchor of the scaling table's "open" row that is a process of its own: LibreOffice Calc
# opening the same statements as a CSV file (the statements table, `export … statements
# --format csv --include-confidential`), headless, converting it to CSV again (the reading
# dominates). Beside it, `treaty-tracker check` on the RON file (open and check, the whole
# process). Wall time and peak memory, median of 3 runs, 1 at 1m (RUNS=N to change).
#
#   scripts/scaling-anchors.sh [SIZES...]      SIZES among 1k 10k 100k 1m (default: 1k 10k 100k)
#
# Needs GNU time (/usr/bin/time) and LibreOffice Calc (apt-get install -y libreoffice-calc-nogui).
# Builds the release binary first. See docs/BENCHMARKS.md, "Scaling".
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet
BIN=target/release/treaty-tracker
DIR=${BENCH_DIR:-$(mktemp -d)}
RUNS_WANTED=${RUNS:-}
sizes=("$@")
[ ${#sizes[@]} -eq 0 ] && sizes=(1k 10k 100k)
command -v soffice >/dev/null || { echo "soffice not found: apt-get install -y libreoffice-calc-nogui" >&2; exit 2; }

# shape, median, measure
. scripts/bench-common.sh

# LibreOffice keeps a profile: one of its own, warmed by a first conversion, so that the first
# run does not pay for creating it.
# A script, not a function: GNU time runs programs.
lo="$DIR/lo.sh"
cat > "$lo" <<LO
#!/usr/bin/env bash
exec soffice -env:UserInstallation="file://$DIR/lo-profile" --headless --calc \\
    --infilter="CSV:44,34,76,1" --convert-to csv --outdir "$DIR/lo-out" "\$1"
LO
chmod +x "$lo"

printf '| size | RON | CSV | treaty-tracker check (RON) | peak memory | LibreOffice Calc (CSV) | peak memory | ratio |\n'
printf '|---|---|---|---|---|---|---|---|\n'
for size in "${sizes[@]}"; do
    read -r stakeholders principles sessions statements <<<"$(shape "$size")"
    ron="$DIR/$size.ron"
    csv="$DIR/$size.csv"
    [ -f "$ron" ] || "$BIN" generate --stakeholders "$stakeholders" --principles "$principles" \
        --sessions "$sessions" --statements "$statements" --seed 2024 -o "$ron"
    [ -f "$csv" ] || "$BIN" export "$ron" statements --format csv --include-confidential -o "$csv"
    RUNS=${RUNS_WANTED:-3}
    [ "$size" = 1m ] && RUNS=${RUNS_WANTED:-1}
    "$lo" "$csv" >/dev/null 2>&1 || true # warm the profile
    read -r tt tm <<<"$(measure "$BIN" check "$ron")"
    read -r lt lm <<<"$(measure "$lo" "$csv")"
    [ -s "$DIR/lo-out/$size.csv" ] || { echo "LibreOffice wrote nothing for $csv" >&2; exit 1; }
    awk -v s="$size" -v rb="$(stat -c %s "$ron")" -v cb="$(stat -c %s "$csv")" \
        -v tt="$tt" -v tm="$tm" -v lt="$lt" -v lm="$lm" 'BEGIN {
        printf "| %s | %.1f MB | %.1f MB | %.2f s | %.0f MB | %.2f s | %.0f MB | %.1f× faster |\n",
            s, rb / 1e6, cb / 1e6, tt, tm / 1024, lt, lm / 1024, lt / tt }'
done
