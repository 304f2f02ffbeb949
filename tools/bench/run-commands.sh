#!/usr/bin/env bash
# npm run bench:commands: the sustained command rate through the gateway of a running platform
# with the demo data (start one with ./dev up --detach; BENCH_GATEWAY_URL for another). Settings:
# BENCH_RATES, BENCH_STEP_SECONDS, BENCH_HOLD_SECONDS, BENCH_ACCOUNT (see tools/bench/command-rate.ts).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
PATH="$(scripts/ensure-node.sh):$PATH"
export PATH
exec node -r @swc-node/register tools/bench/command-rate.ts "$@"
