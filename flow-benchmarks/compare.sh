#!/usr/bin/env bash
# Before/after of a product change on the same machine in the same minutes: runs the same JMH
# benchmarks from two builds of benchmarks.jar, alternately and one pattern at a time (pattern 1
# before, after; pattern 2 before, after; ... then the next round), so that a change in what else the
# machine runs falls on both sides of a pair. Results (JMH output and CSV per side and round, the
# machine record, and summary.md from io.flowhex.benchmarks.CompareSummary: median and fastest
# iteration, B/op, after/before) land in flow-benchmarks/target/results/compare-<time>/.
#   flow-benchmarks/compare.sh BEFORE.jar AFTER.jar [rounds] [JMH benchmark regex ...]
# e.g. build the "before" jar from an older commit in a scratch directory:
#   git archive <commit> | tar -x -C /tmp/before && (cd /tmp/before && mvn -B -q -pl flow-benchmarks -am package -DskipTests)
# JMH_OPTS replaces the run options (default below), e.g. a longer warm-up on a busy machine:
#   JMH_OPTS='-f 1 -wi 10 -w 1s -i 10 -r 1s' flow-benchmarks/compare.sh BEFORE.jar AFTER.jar 3 'inprocess\.HandlerBenchmark'
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
before="$1"
after="$2"
rounds="${3:-2}"
shift $(( $# < 3 ? $# : 3 ))
patterns=("$@")
if [[ ${#patterns[@]} -eq 0 ]]; then
  patterns=('BaselineBenchmark' 'inprocess\.GetFlowBenchmark' 'JdbcGetFlowBenchmark\.(getFlowOneThread|rawSelectOneThread)')
fi
kind=compare
# shellcheck source=machine.sh
source "$here/machine.sh"
echo "before: $before; after: $after; JMH options: ${JMH_OPTS:--f 1 -wi 5 -w 1s -i 5 -r 1s}; patterns: ${patterns[*]}" \
  | tee -a "$out/machine.txt"
# each benchmark pattern alternates on its own, so the two sides of a pair run seconds apart, not minutes
for round in $(seq 1 "$rounds"); do
  for index in "${!patterns[@]}"; do
    for side in before after; do
      jar_of_side="$before"
      [[ "$side" == after ]] && jar_of_side="$after"
      echo "round $round, ${patterns[$index]}: $side ($(cut -d' ' -f1-3 /proc/loadavg))" | tee -a "$out/machine.txt"
      # shellcheck disable=SC2086 # JMH_OPTS is a list of options
      java -jar "$jar_of_side" ${JMH_OPTS:--f 1 -wi 5 -w 1s -i 5 -r 1s} -prof gc -foe true -rf csv \
        -rff "$out/$side-$round-$index.csv" "${patterns[$index]}" > "$out/last.txt" 2>&1
      cat "$out/last.txt" >> "$out/$side-$round.txt"
      grep -E '^[A-Z][A-Za-z]+Benchmark\.[A-Za-z]+ ' "$out/last.txt" || true
    done
  done
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$out/machine.txt"
# median and fastest iteration of each side, allocation per operation, after/before per round
java -cp "$after" io.flowhex.benchmarks.CompareSummary "$out" | tee "$out/summary.md" || true
