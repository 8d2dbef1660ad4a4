#!/usr/bin/env bash
# `npm run bench`: compiles the apps and the benchmark into dist/bench, starts the local Kafka
# broker unless KAFKA_BROKERS names a cluster, runs the scenarios (each app a process of its own)
# and prints the results table; raw results go to bench/results/. See docs/performance.md.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
export PATH="$ROOT/node_modules/.bin:$PATH"

STARTED_KAFKA=0
cleanup() {
  if ((STARTED_KAFKA)); then bash scripts/kafka/stop.sh; fi
}
trap cleanup EXIT

echo "==> Compiling into dist/bench"
rm -rf dist/bench
tsc -p bench/tsconfig.json
tsc-alias -p bench/tsconfig.json
# The ops page's assets, which the gateway reads at start, as `npm run build` copies them.
cp -R apps/gateway/src/ops/assets dist/bench/apps/gateway/src/ops/

if [[ -n "${KAFKA_BROKERS:-}" ]]; then
  echo "==> Using the Kafka cluster at KAFKA_BROKERS=$KAFKA_BROKERS"
else
  echo "==> Local Kafka broker"
  bash scripts/kafka/status.sh >/dev/null || STARTED_KAFKA=1
  bash scripts/kafka/start.sh
  # The benchmark's own clients connect as the admin; each app it starts as its own principal.
  while IFS='=' read -r name value; do export "$name=$value"; done < <(bash scripts/kafka/client-env.sh)
  # This project's own broker: its CPU time is counted, and old records are trimmed (main.ts).
  export BENCH_LOCAL_BROKER=1
fi

echo "==> Running the benchmark"
node dist/bench/bench/src/main.js
