#!/usr/bin/env bash
# npm run chaos: the chaos suite (issue 11; not part of CI). Starts a PRIVATE platform (its own
# Kafka, FerretDB, six supervised services and the demo data, on free ports, in a temp folder),
# then kills in turn each service, the gateway, Kafka and FerretDB under a steady load of
# mutations with Idempotency-Keys, and checks through GraphQL that no acknowledged write is lost
# or doubled and that each target recovers in time (tools/chaos/chaos.ts; settings CHAOS_* there).
# A developer's running platform and the test servers are left alone. Everything started here is
# stopped at the end, on failure and on Ctrl-C; the logs are kept (path printed) when it fails,
# or always with CHAOS_KEEP=1.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
export NX_DAEMON=false KAFKAJS_NO_PARTITIONER_WARNING=1
say() { printf '[chaos] %s\n' "$*"; }
started=$SECONDS

# Node and the npm dependencies as ./dev provides them (same install stamp).
PATH="$(scripts/ensure-node.sh):$PATH"
export PATH
stamp="node_modules/.tn-install-stamp"
wanted="$(node --version) $(sha256sum package-lock.json | cut -d' ' -f1)"
if [ "$(cat "$stamp" 2>/dev/null)" != "$wanted" ]; then
  say "installing npm dependencies..."
  npm ci --no-audit --no-fund --loglevel=error
  echo "$wanted" >"$stamp"
fi

work="$(mktemp -d "${TMPDIR:-/tmp}/tn-chaos-XXXXXX")"
# Servers and services of this run only: deploy/local and ./dev read these folders' pid files.
export TN_RUN_DIR="$work/servers" TN_SERVICES_RUN_DIR="$work/services"
keep="${CHAOS_KEEP:-0}"
# Each round kills a service once: the supervisors' crash-loop limit (5 in 5 min) must not end a
# long run; their back-off (1, 2, 4 s …) still applies, and recovery is timed from the restart.
export TN_RESTART_LIMIT="${TN_RESTART_LIMIT:-$((${CHAOS_ROUNDS:-3} + 5))}"

suite=""
cleanup() {
  local code=$?
  trap - EXIT INT TERM
  # The suite first, so that it cannot restart a server after the platform is stopped.
  if [ -n "$suite" ]; then kill "$suite" 2>/dev/null || true; wait "$suite" 2>/dev/null || true; fi
  say "stopping the private platform and servers..."
  # TN_RUN_DIR and TN_SERVICES_RUN_DIR point into $work: only this run's processes are stopped.
  ./dev down >"$work/down.log" 2>&1 || cat "$work/down.log" >&2
  if [ "$code" = 0 ] && [ "$keep" != 1 ]; then rm -rf "$work"
  else say "logs kept in $work (services/*.log, servers/kafka/server.log, servers/ferretdb/server.log)"; fi
  say "total $((SECONDS - started)) s (start-up, suite and shut-down)"
  exit "$code"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# Eighteen free ports: Kafka, its controller, FerretDB, each service's HTTP and metrics port, PostgreSQL, the console's two.
read -r -a ports <<<"$(node -e '
  const net = require("node:net");
  const servers = Array.from({ length: 18 }, () => net.createServer());
  Promise.all(servers.map((server) => new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server.address().port)))))
    .then((ports) => { console.log(ports.join(" ")); servers.forEach((server) => server.close()); });
')"
export TN_KAFKA_PORT="${ports[0]}" TN_KAFKA_CONTROLLER_PORT="${ports[1]}" TN_MONGO_PORT="${ports[2]}" TN_POSTGRES_PORT="${ports[15]}"
i=3
for service in gateway registry training campaigns network reporting; do
  export "TN_PORT_${service^^}=${ports[$i]}" "TN_METRICS_PORT_${service^^}=${ports[$((i + 1))]}"
  i=$((i + 2))
done
export TN_PORT_CONSOLE="${ports[16]}" TN_METRICS_PORT_CONSOLE="${ports[17]}"

# Secrets of this run only (nothing is written to the checkout's .run/secrets).
eval "$(node -e '
  const { generateKeyPairSync, randomBytes } = require("node:crypto");
  const pair = generateKeyPairSync("ed25519");
  const der = (key, type) => key.export({ format: "der", type }).toString("base64");
  console.log(`export DATA_KEY_ENCRYPTION_KEY=${randomBytes(32).toString("base64")} AUTH_TOKEN_SECRET=${randomBytes(32).toString("base64")}`);
  console.log(`export CERTIFICATE_SIGNING_KEY=${der(pair.privateKey, "pkcs8")} CERTIFICATE_VERIFY_KEY=${der(pair.publicKey, "spki")}`);
')"

say "starting private Kafka and FerretDB (ports $TN_KAFKA_PORT, $TN_MONGO_PORT)..."
output="$(deploy/local/up.sh)" || { printf '%s\n' "$output"; exit 1; }
export KAFKA_BROKERS MONGO_URL
KAFKA_BROKERS="$(printf '%s\n' "$output" | sed -n 's/^KAFKA_BROKERS=//p')"
MONGO_URL="$(printf '%s\n' "$output" | sed -n 's/^MONGO_URL=//p')"

say "starting a private platform (gateway on port $TN_PORT_GATEWAY) with the demo data..."
./dev up --detach

# In the background and waited for, so that a signal reaches the traps at once.
node -r @swc-node/register tools/chaos/chaos.ts &
suite=$!
wait "$suite"
suite=""
