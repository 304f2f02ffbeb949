#!/usr/bin/env bash
# npm run bench:national: issue 13's national-scale dataset and benchmark
# (tools/bench/national/national-bench.ts). Seeds the registry's and the campaigns service's event
# stores through the store's batch path, then measures the projection rebuild, the reads a cadre
# uses most, memory, and append → projected latency, each beside the plain driver's figure.
# Knobs (environment):
#   BENCH_SCALE                   share of the country, (0, 1]; default 0.05 (1 = 34 provinces,
#                                 3,300 communes, 30,000 grassroots units, 1,000,000 volunteers,
#                                 100,000 activities with their shifts and attendance)
#   BENCH_ONLY=seed               seed the stores without publishing, and stop (the batch path's rate)
#   BENCH_ONLY=publish            seed with the relays publishing, and stop (the dataset's build time)
#   BENCH_SECONDS (10), BENCH_CONNECTIONS (4)   each read's autocannon run and its raw replay
#   BENCH_RATES (100,500), BENCH_LATENCY_SECONDS (20)   append → projected, offered events/s
#   BENCH_RAW_EVENTS (50000)      events the raw consume + bulkWrite limit reads (the first ones)
#   BENCH_REBUILD_TIMEOUT_SECONDS (3600), BENCH_KEEP=1 (keep databases and topics afterwards),
#   BENCH_JSON (figures file; default .run/bench/national-<time>.json), BENCH_GATEWAY_PORT (4330)
# Uses KAFKA_BROKERS/MONGO_URL when both are set, else the local servers of deploy/local.
# The databases bench_national{,_registry,_campaigns} are dropped at the start of every run.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
source tools/bench/local-servers.sh
export MONGO_DATABASE=bench_national
key32() { node -e "process.stdout.write(require('node:crypto').randomBytes(32).toString('base64'))"; }
AUTH_TOKEN_SECRET="$(key32)"
DATA_KEY_ENCRYPTION_KEY="$(key32)"
export AUTH_TOKEN_SECRET DATA_KEY_ENCRYPTION_KEY
# The campaigns service signs certificate codes, the gateway verifies them: a throwaway Ed25519 pair.
eval "$(node -e "
  const { generateKeyPairSync } = require('node:crypto');
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const der = (key, type) => key.export({ format: 'der', type }).toString('base64');
  console.log('export CERTIFICATE_SIGNING_KEY=' + der(privateKey, 'pkcs8') + ' CERTIFICATE_VERIFY_KEY=' + der(publicKey, 'spki'));
")"
exec node -r @swc-node/register tools/bench/national/national-bench.ts "$@"
