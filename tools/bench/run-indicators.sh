#!/usr/bin/env bash
# npm run bench:indicators: issue 16's indicator engine benchmark
# (tools/bench/indicators/indicators-bench.ts). Seeds the registry's, campaigns', training's,
# network's and reporting's event stores (the national hierarchy and activities of
# tools/bench/national at BENCH_SCALE, with dedicated cadres, their training, coordination models,
# groups, partners and declared figures), lets a gateway's reporting slice project the indicator
# facts from the topics, then measures the rebuild, K1–K5 for the whole country for a year, and one
# new event → the updated value, each beside the plain driver on the same store.
# Knobs (environment):
#   BENCH_SCALE                   share of the country, (0, 1]; default 0.2 (1 = 34 provinces,
#                                 3,300 communes, 30,000 grassroots units, 100,000 activities).
#                                 Here 0.2 takes ~10 minutes in all; 0.4 builds in ~10 minutes
#                                 but its country reads take the run to ~25 (docs/benchmarks.md)
#   BENCH_ONLY=seed               seed the stores with the relays publishing, and stop
#   BENCH_RUNS (3), BENCH_WARMUP (0)   country-wide evaluations timed per side (the check that
#                                 GraphQL answers what the function does runs each side once first)
#   BENCH_SAMPLES (50)            one new event → updated value samples
#   BENCH_RAW_EVENTS (30000)      events the raw consume + bulkWrite limit reads (the first ones)
#   BENCH_REBUILD_TIMEOUT_SECONDS (1800), BENCH_KEEP=1 (keep databases and topics afterwards),
#   BENCH_JSON (figures file; default .run/bench/indicators-<time>.json), BENCH_GATEWAY_PORT (4370)
# Uses KAFKA_BROKERS/MONGO_URL when both are set, else the local servers of deploy/local.
# The databases bench_indicators{,_registry,_campaigns,_training,_network,_reporting} are dropped at
# the start and at the end of every run.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
source tools/bench/local-servers.sh
export MONGO_DATABASE=bench_indicators
key32() { node -e "process.stdout.write(require('node:crypto').randomBytes(32).toString('base64'))"; }
AUTH_TOKEN_SECRET="$(key32)"
DATA_KEY_ENCRYPTION_KEY="$(key32)"
export AUTH_TOKEN_SECRET DATA_KEY_ENCRYPTION_KEY
# The gateway verifies certificate codes with a public key: the public half of a throwaway pair.
CERTIFICATE_VERIFY_KEY="$(node -e "
  const { generateKeyPairSync } = require('node:crypto');
  const { publicKey } = generateKeyPairSync('ed25519');
  process.stdout.write(publicKey.export({ format: 'der', type: 'spki' }).toString('base64'));
")"
export CERTIFICATE_VERIFY_KEY
exec node -r @swc-node/register tools/bench/indicators/indicators-bench.ts "$@"
