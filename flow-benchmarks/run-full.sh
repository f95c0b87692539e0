#!/usr/bin/env bash
# The full run behind BENCHMARKS.md: every JMH benchmark with its own annotations (1 fork, 5 warm-up
# and 5 measured iterations of 1 s), the flow-count scale runs, the heap footprint of a million
# one-call accounts, and the HTTP load run. Roughly 25 minutes on a 2-core machine.
# Results land in flow-benchmarks/target/results/full-<time>/.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
jar="$here/target/benchmarks.jar"
if [[ ! -f "$jar" || "${REBUILD:-0}" == 1 ]]; then
  (cd "$here/.." && mvn -B -q -pl flow-benchmarks -am package -DskipTests)
fi
out="$here/target/results/full-$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$out"
{
  echo "date: $(date -u +%FT%TZ)"
  echo "nproc: $(nproc)"
  echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //')"
  echo "memory: $(free -m | awk '/^Mem:/ {print $2 " MiB"}')"
  echo "jdk: $(java -version 2>&1 | head -n 2 | tail -n 1)"
  echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "busiest other processes before:"
  ps -eo pcpu,args --sort=-pcpu | head -n 6 | cut -c1-160
} > "$out/machine.txt"
cat "$out/machine.txt"

java -jar "$jar" -foe true -rf csv -rff "$out/jmh.csv" 2>&1 | tee "$out/jmh.txt" \
  | grep -E '^(Benchmark|[A-Z][A-Za-z]+Benchmark)' || true

for path in quota getflow; do
  java -Xmx4g -cp "$jar" io.flowhex.benchmarks.heap.HeapFootprint "$path" 1000000 2>&1 | grep '^path=' \
    | tee -a "$out/heap.txt"
done

java -Xmx2g -cp "$jar" io.flowhex.benchmarks.load.LoadGenerator requests=60000 seconds=10 warmup=15000 \
  2>&1 | tee "$out/load.txt" | grep -E '^\||^RESULT' || true

echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$out/machine.txt"
java -cp "$jar" io.flowhex.benchmarks.Summary "$out/jmh.csv" "$out/load.txt" | tee "$out/summary.md"
