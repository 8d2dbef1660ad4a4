#!/usr/bin/env bash
# Prints, one NAME=value a line, the variables a client needs to reach the local broker as the
# admin, and where its TLS listener and test CA are. Read by the e2e tests' global setup.
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

kafka_client_env
