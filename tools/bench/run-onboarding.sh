#!/usr/bin/env bash
# npm run bench:onboarding: a national hierarchy onboarded through the gateway of a running platform
# with the demo data (start one with ./dev up --detach; BENCH_GATEWAY_URL for another). Settings:
# BENCH_PROVINCES, BENCH_COMMUNES_PER_PROVINCE, BENCH_BRANCHES_PER_COMMUNE, BENCH_IMPORT_SIZE, BENCH_CONCURRENCY, BENCH_SINGLE_UNITS (see tools/bench/onboarding.ts).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
PATH="$(scripts/ensure-node.sh):$PATH"
export PATH
exec node -r @swc-node/register tools/bench/onboarding.ts "$@"
