#!/usr/bin/env bash
# npm run bench:training: issue 14's benchmark (tools/bench/training-bench.ts). Seeds the gateway's
# training read models (and the registry unit read models the unit view walks) through the
# projections' own evolve, starts a gateway on them, and measures `trainedDownstream` (first page,
# and the last page that reads a 100,000-person tree) and `unitQualifications` as of a date
# (a province of 50,000 cadres, and a commune), each beside the raw driver queries that fetch the
# same documents.
# Knobs (environment):
#   BENCH_TRAINEES (100000), BENCH_CADRES (50000), BENCH_COMMUNES (60), BENCH_BRANCHES (5 per commune)
#   BENCH_RUNS (30: the first page and the commune), BENCH_WALK_RUNS (10: the whole tree and the province)
#   BENCH_GATEWAY_PORT (4340), BENCH_KEEP=1 (keep the database and topics), BENCH_JSON (figures file;
#   default .run/bench/training-<time>.json)
# Uses KAFKA_BROKERS/MONGO_URL when both are set, else the local servers of deploy/local.
# The database bench_training is dropped at the start and at the end of every run.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
source tools/bench/local-servers.sh
export MONGO_DATABASE=bench_training
AUTH_TOKEN_SECRET="$(node -e "process.stdout.write(require('node:crypto').randomBytes(32).toString('base64'))")"
export AUTH_TOKEN_SECRET
# The gateway verifies certificate codes with a public key: the public half of a throwaway pair.
CERTIFICATE_VERIFY_KEY="$(node -e "
  const { generateKeyPairSync } = require('node:crypto');
  const { publicKey } = generateKeyPairSync('ed25519');
  process.stdout.write(publicKey.export({ format: 'der', type: 'spki' }).toString('base64'));
")"
export CERTIFICATE_VERIFY_KEY
exec node -r @swc-node/register tools/bench/training-bench.ts "$@"
