# Shared by scripts/measure_cli.sh and scripts/scaling-anchors.sh (sourced, not run): the
# generated projects' shapes, and wall time and peak memory of a command (GNU time).
# Expects DIR (a working folder) and RUNS (runs per figure) to be set.

# The shape of a size: stakeholders principles sessions statements (as benches/engine.rs).
shape() {
    case "$1" in
        1k) echo "60 10 8 1000" ;;
        10k) echo "150 20 12 10000" ;;
        100k) echo "300 30 20 100000" ;;
        1m) echo "300 30 20 1000000" ;;
        *) echo "unknown size $1" >&2; exit 2 ;;
    esac
}

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

# Prints "seconds kilobytes": the medians of RUNS runs of the command.
measure() {
    local times=() mems=()
    for _ in $(seq "$RUNS"); do
        local out
        /usr/bin/time -o "$DIR/time.out" -f "%e %M" "$@" >/dev/null 2>&1
        out=$(tail -1 "$DIR/time.out")
        times+=("${out% *}")
        mems+=("${out#* }")
    done
    echo "$(printf '%s\n' "${times[@]}" | median) $(printf '%s\n' "${mems[@]}" | median)"
}
