#!/usr/bin/env bash
# `npm run bench:audit`: compiles into dist/bench, starts the local Kafka broker unless
# KAFKA_BROKERS names a cluster, and measures how fast the audit log appends into PGlite and
# into a PostgreSQL server it starts (Debian's package). See docs/audit.md.
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

if [[ -z "${KAFKA_BROKERS:-}" ]]; then
  echo "==> Local Kafka broker"
  bash scripts/kafka/status.sh >/dev/null || STARTED_KAFKA=1
  bash scripts/kafka/start.sh
  # The benchmark's own clients connect as the admin; the audit log as its own principal.
  while IFS='=' read -r name value; do export "$name=$value"; done < <(bash scripts/kafka/client-env.sh)
fi

echo "==> Appending ${BENCH_AUDIT_EVENTS:-100000} events into each store"
node dist/bench/bench/src/audit-append.js
