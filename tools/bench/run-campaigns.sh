#!/usr/bin/env bash
# npm run bench:campaigns: issue 5's benchmark. (a) an attendance upload through the gateway
# (records accepted per second, time until myHours is correct); (b) the unit activity/campaign
# list under load with BENCH_ACTIVITIES activities seeded into the gateway's read models.
# Sizes: BENCH_CHECKINS, BENCH_VOLUNTEERS, BENCH_BATCH, BENCH_ACTIVITIES, BENCH_SECONDS, BENCH_CONNECTIONS.
# Uses KAFKA_BROKERS/MONGO_URL when both are set, else the local servers of deploy/local.
# The databases bench_campaigns{,_registry,_campaigns} are dropped at the start of every run.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
source tools/bench/local-servers.sh
export MONGO_DATABASE=bench_campaigns
key32() { node -e "process.stdout.write(require('node:crypto').randomBytes(32).toString('base64'))"; }
AUTH_TOKEN_SECRET="$(key32)"
DATA_KEY_ENCRYPTION_KEY="$(key32)"
# Topics of this run only: the gateway projects only this run's events.
KAFKA_TOPIC_PREFIX="bench.$(date +%s)."
export AUTH_TOKEN_SECRET DATA_KEY_ENCRYPTION_KEY KAFKA_TOPIC_PREFIX
# Certificate keys, when the services' configuration asks for them: a fresh Ed25519 pair.
if grep -qs 'CERTIFICATE_SIGNING_KEY' apps/*/src/config.ts libs/shared/config/src/*.ts; then
  eval "$(node -e "
    const { generateKeyPairSync } = require('node:crypto');
    const { privateKey, publicKey } = generateKeyPairSync('ed25519');
    const der = (key, type) => key.export({ format: 'der', type }).toString('base64');
    console.log('export CERTIFICATE_SIGNING_KEY=' + der(privateKey, 'pkcs8') + ' CERTIFICATE_VERIFY_KEY=' + der(publicKey, 'spki'));
  ")"
fi
exec node -r @swc-node/register tools/bench/campaigns-bench.ts "$@"
