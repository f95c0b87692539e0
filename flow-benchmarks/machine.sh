#!/usr/bin/env bash
# Sourced by run-short.sh, run-full.sh, run-jmh.sh and compare.sh: builds target/benchmarks.jar when it is missing
# (or when REBUILD=1; never for compare.sh, which is given its two jars), makes the results directory
# $out, and records the machine and what else is running.
# Needs $here (flow-benchmarks) and $kind (short, full, jmh or compare).
# BENCH_JAR: a jar built elsewhere (e.g. the build before a change), run as it is
jar="${BENCH_JAR:-$here/target/benchmarks.jar}"
if [[ "$kind" != compare && ( ! -f "$jar" || "${REBUILD:-0}" == 1 ) ]]; then
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
  echo "busiest processes before (top, CPU now):"
  top -b -n 1 -o %CPU | sed -n '7,12p' | cut -c1-120
} > "$out/machine.txt"
cat "$out/machine.txt"
# what else runs while the benchmarks do: the busiest processes every 20 s, with their command lines
(while sleep 20; do
  echo "--- $(date -u +%T) load $(cut -d' ' -f1-3 /proc/loadavg)"
  top -b -n 1 -o %CPU | sed -n '8,11p' | awk '$9 > 20 {print $1, $9"%"}' | while read -r pid cpu; do
    echo "$cpu $(tr '\0' ' ' < "/proc/$pid/cmdline" 2>/dev/null | cut -c1-140)"
  done
done) > "$out/during.txt" 2>/dev/null &
sampler=$!
trap 'kill "$sampler" 2>/dev/null || true' EXIT
