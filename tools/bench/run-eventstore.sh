#!/usr/bin/env bash
# npm run bench:eventstore [-- --scale 0.5 --json out.json]: the event-sourcing core benchmark.
# Uses KAFKA_BROKERS/MONGO_URL when both are set, else the local servers of deploy/local.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
source tools/bench/local-servers.sh
# Emmett, for comparison only, lives outside the workspace's dependencies.
if [ ! -d tools/bench/emmett/node_modules ]; then
  (cd tools/bench/emmett && npm install --no-audit --no-fund --legacy-peer-deps --loglevel=error)
fi
exec node -r @swc-node/register tools/bench/eventstore.ts "$@"
