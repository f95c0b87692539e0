#!/usr/bin/env bash
# Sourced by run-short.sh and run-full.sh: builds target/benchmarks.jar when it is missing (or when
# REBUILD=1), makes the results directory $out, and records the machine and what else is running.
# Needs $here (flow-benchmarks) and $kind (short or full).
jar="$here/target/benchmarks.jar"
if [[ ! -f "$jar" || "${REBUILD:-0}" == 1 ]]; then
  (cd "$here/.." && mvn -B -q -pl flow-benchmarks -am package -DskipTests)
fi
out="$here/target/results/$kind-$(date -u +%Y%m%dT%H%M%SZ)"
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
