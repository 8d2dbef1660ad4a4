#!/usr/bin/env bash
# `npm test`: lint, formatting, type check, unit tests, then end-to-end tests against a real
# Kafka broker. Stops at the first failing stage. Ends with "<N> passed, <N> failed" (tests).
set -uo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT" || exit 1
export PATH="$ROOT/node_modules/.bin:$PATH"

RESULTS=.run/test-results
STAGES=5
stage=0
started=$SECONDS

# Sums the jest JSON reports written by this run; a suite that crashed before running its tests
# counts as one failure, so a broken file can never look like a pass.
print_summary() {
  # shellcheck disable=SC2016 # JavaScript, not shell
  node -e '
    const fs = require("fs");
    let passed = 0;
    let failed = 0;
    for (const file of process.argv.slice(1)) {
      if (!fs.existsSync(file)) continue;
      const report = JSON.parse(fs.readFileSync(file, "utf8"));
      passed += report.numPassedTests;
      failed += report.numFailedTests + report.numRuntimeErrorTestSuites;
    }
    console.log(`${passed} passed, ${failed} failed`);
  ' "$RESULTS/unit.json" "$RESULTS/e2e.json"
}

run_stage() {
  local name="$1"
  shift
  stage=$((stage + 1))
  printf '\n==> [%d/%d] %s: %s\n' "$stage" "$STAGES" "$name" "$*"
  if ! "$@"; then
    printf '\n!!! FAILED at stage %d/%d (%s): %s\n\n' "$stage" "$STAGES" "$name" "$*" >&2
    print_summary
    exit 1
  fi
}

# A jest that keeps running after its tests (a timer or socket left open) must fail the run, not
# hang it: each jest stage gets this many seconds.
JEST_TIME_LIMIT_S="${JEST_TIME_LIMIT_S:-1500}"
within_limit() {
  timeout --kill-after=10 "$JEST_TIME_LIMIT_S" "$@"
  local status=$?
  if ((status == 124 || status == 137)); then
    printf '\n!!! %s still running after %d s (JEST_TIME_LIMIT_S): something was left open\n' \
      "$1" "$JEST_TIME_LIMIT_S" >&2
  fi
  return "$status"
}

rm -rf "$RESULTS"
mkdir -p "$RESULTS"

run_stage lint eslint .
run_stage format prettier --check .
run_stage typecheck tsc -p tsconfig.json --noEmit
run_stage unit within_limit jest --json --outputFile="$RESULTS/unit.json"
# PGlite loads its WebAssembly build with import(), which jest's module sandbox allows only with
# VM modules on.
E2E_NODE_OPTIONS="--experimental-vm-modules --disable-warning=ExperimentalWarning ${NODE_OPTIONS:-}"
run_stage e2e within_limit env NODE_OPTIONS="$E2E_NODE_OPTIONS" \
  jest --config test/jest-e2e.config.js --runInBand --json --outputFile="$RESULTS/e2e.json"

printf '\nAll %d stages passed in %d s.\n\n' "$STAGES" $((SECONDS - started))
print_summary
