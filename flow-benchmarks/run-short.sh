#!/usr/bin/env bash
# A short run of the in-process JMH benchmarks (a-e), the JDBC comparison, the flow lifecycle on
# PostgreSQL and the HTTP load run, with the ratios of this one run at the end. About 8 minutes on a
# 2-core machine once the jar is built.
# Results land in flow-benchmarks/target/results/short-<time>/. Run from anywhere:
#   flow-benchmarks/run-short.sh            (builds target/benchmarks.jar first if it is missing)
#   REBUILD=1 flow-benchmarks/run-short.sh  (rebuilds it)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
kind=short
# shellcheck source=machine.sh
source "$here/machine.sh"

# forked, warmed up, 5 measured iterations each, 99.9% error bars in the table
java -jar "$jar" -f 1 -wi 4 -w 1s -i 5 -r 500ms -foe true -rf csv -rff "$out/jmh.csv" \
  'inprocess\.' 'JdbcGetFlowBenchmark\.(getFlow|rawSelect)' 'LifecycleBenchmark' > "$out/jmh.txt" 2>&1

java -Xmx2g -cp "$jar" io.flowhex.benchmarks.load.LoadGenerator serverLog="$out/server.log" requests=30000 seconds=8 warmup=8000 \
  2>&1 | tee "$out/load.txt" | grep -E '^\||^RESULT' || true

echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$out/machine.txt"
java -cp "$jar" io.flowhex.benchmarks.Summary "$out/jmh.csv" "$out/load.txt" | tee "$out/summary.md"
