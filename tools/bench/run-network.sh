#!/usr/bin/env bash
# npm run bench:network: issue 15's benchmark (tools/bench/network-bench.ts). Seeds the gateway's
# network read models (and the registry unit read models the lineage walks) through the
# projections' own evolve: 10,000 groups and 1,000 partners with their agreements across the 34
# provinces and their communes. Starts a gateway on them and measures `needMatchCandidates` for a
# need in a commune of each measured province, end to end through GraphQL and as the read-model
# function alone, each beside the raw driver `find({ tokens })` over the same lineage tokens.
# Knobs (environment):
#   BENCH_GROUPS (10000), BENCH_PARTNERS (1000), BENCH_NEEDS (600), BENCH_PROVINCES
#   (Hồ Chí Minh,Lào Cai,Cà Mau), BENCH_RUNS (200), BENCH_WARMUP (10),
#   BENCH_GATEWAY_PORT (4350), BENCH_KEEP=1 (keep the database and topics), BENCH_JSON (figures
#   file; default .run/bench/network-<time>.json)
# Uses KAFKA_BROKERS/MONGO_URL when both are set, else the local servers of deploy/local.
# The database bench_network is dropped at the start and at the end of every run.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
source tools/bench/local-servers.sh
export MONGO_DATABASE=bench_network
AUTH_TOKEN_SECRET="$(node -e "process.stdout.write(require('node:crypto').randomBytes(32).toString('base64'))")"
export AUTH_TOKEN_SECRET
# The gateway verifies certificate codes with a public key: the public half of a throwaway pair.
CERTIFICATE_VERIFY_KEY="$(node -e "
  const { generateKeyPairSync } = require('node:crypto');
  const { publicKey } = generateKeyPairSync('ed25519');
  process.stdout.write(publicKey.export({ format: 'der', type: 'spki' }).toString('base64'));
")"
export CERTIFICATE_VERIFY_KEY
exec node -r @swc-node/register tools/bench/network-bench.ts "$@"
