#!/usr/bin/env bash
# The full run behind BENCHMARKS.md: every JMH benchmark with its own annotations (1 fork, 5 warm-up
# and 5 measured iterations of 1 s), the flow-count scale runs, the heap footprint of a million
# one-call accounts, and the HTTP load run. Roughly 25 minutes on a 2-core machine.
# Results land in flow-benchmarks/target/results/full-<time>/.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
kind=full
# shellcheck source=machine.sh
source "$here/machine.sh"

java -jar "$jar" -foe true -rf csv -rff "$out/jmh.csv" > "$out/jmh.txt" 2>&1

for path in quota getflow nonces; do
  java -Xmx4g -cp "$jar" io.flowhex.benchmarks.heap.HeapFootprint "$path" 1000000 2>&1 | grep '^path=' \
    | tee -a "$out/heap.txt"
done

java -Xmx2g -cp "$jar" io.flowhex.benchmarks.load.LoadGenerator serverLog="$out/server.log" requests=60000 seconds=10 warmup=15000 \
  2>&1 | tee "$out/load.txt" | grep -E '^\||^RESULT' || true

echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$out/machine.txt"
java -cp "$jar" io.flowhex.benchmarks.Summary "$out/jmh.csv" "$out/load.txt" | tee "$out/summary.md"
