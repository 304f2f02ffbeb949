#!/usr/bin/env bash
# npm run bench:gateway: GraphQL gateway read throughput (unit tree, unit search) vs a plain
# Apollo server on the same collection. Sizes: BENCH_UNITS, BENCH_VOLUNTEERS, BENCH_SECONDS.
# Uses KAFKA_BROKERS/MONGO_URL when both are set, else the local servers of deploy/local.
# The database bench_gateway is dropped and reseeded at the start of every run.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
export PATH="$(scripts/ensure-node.sh):$PATH" KAFKAJS_NO_PARTITIONER_WARNING=1
if [ -z "${KAFKA_BROKERS:-}" ] || [ -z "${MONGO_URL:-}" ]; then
  output="$(deploy/local/up.sh)"
  export KAFKA_BROKERS MONGO_URL
  KAFKA_BROKERS="$(printf '%s\n' "$output" | sed -n 's/^KAFKA_BROKERS=//p')"
  MONGO_URL="$(printf '%s\n' "$output" | sed -n 's/^MONGO_URL=//p')"
fi
export MONGO_DATABASE=bench_gateway
AUTH_TOKEN_SECRET="$(node -e "process.stdout.write(require('node:crypto').randomBytes(32).toString('base64'))")"
export AUTH_TOKEN_SECRET
exec node -r @swc-node/register tools/bench/gateway-bench.ts "$@"
