#!/usr/bin/env bash
# One JMH selection with each benchmark's own annotations, recorded as the other scripts record their
# runs (machine.txt, during.txt), with the ratios of this one run at the end (Summary). Arguments go
# to JMH: benchmark patterns and options, e.g.
#   flow-benchmarks/run-jmh.sh LifecycleBenchmark
#   flow-benchmarks/run-jmh.sh LifecycleBenchmark -prof gc
# Results land in flow-benchmarks/target/results/jmh-<time>/.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
kind=jmh
# shellcheck source=machine.sh
source "$here/machine.sh"
echo "JMH arguments: $*" | tee -a "$out/machine.txt"

java -jar "$jar" -foe true -rf csv -rff "$out/jmh.csv" "$@" > "$out/jmh.txt" 2>&1

echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$out/machine.txt"
java -cp "$jar" io.flowhex.benchmarks.Summary "$out/jmh.csv" | tee "$out/summary.md"
