#!/usr/bin/env bash
# npm run bench:gateway: GraphQL gateway read throughput (unit tree, unit search) vs a plain
# Apollo server on the same collection. Sizes: BENCH_UNITS, BENCH_VOLUNTEERS, BENCH_SECONDS.
# Uses KAFKA_BROKERS/MONGO_URL when both are set, else the local servers of deploy/local.
# The database bench_gateway is dropped and reseeded at the start of every run.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
source tools/bench/local-servers.sh
export MONGO_DATABASE=bench_gateway
AUTH_TOKEN_SECRET="$(node -e "process.stdout.write(require('node:crypto').randomBytes(32).toString('base64'))")"
export AUTH_TOKEN_SECRET
# The gateway verifies certificate codes with an Ed25519 public key (a throwaway pair here).
eval "$(node -e "const { generateKeyPairSync } = require('node:crypto'); const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const der = (key, type) => key.export({ format: 'der', type }).toString('base64');
  console.log('export CERTIFICATE_SIGNING_KEY=' + der(privateKey, 'pkcs8') + ' CERTIFICATE_VERIFY_KEY=' + der(publicKey, 'spki'));")"
exec node -r @swc-node/register tools/bench/gateway-bench.ts "$@"
