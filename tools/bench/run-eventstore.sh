#!/usr/bin/env bash
# npm run bench:eventstore [-- --scale 0.5 --json out.json]: the event-sourcing core benchmark.
# Uses KAFKA_BROKERS/MONGO_URL when both are set, else the local servers of deploy/local.
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
# Emmett, for comparison only, lives outside the workspace's dependencies.
if [ ! -d tools/bench/emmett/node_modules ]; then
  (cd tools/bench/emmett && npm install --no-audit --no-fund --legacy-peer-deps --loglevel=error)
fi
exec node -r @swc-node/register tools/bench/eventstore.ts "$@"
