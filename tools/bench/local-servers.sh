# Sourced by the benchmark scripts: Node 24 on the PATH, and Kafka/MongoDB from
# KAFKA_BROKERS/MONGO_URL when both are set, else the local servers of deploy/local, which read
# TN_MONGO_BACKEND (postgresql, the default, or sqlite), TN_RUN_DIR and the TN_*_PORT settings.
# BENCH_STORE names the store for the figures' headers.
export PATH="$(scripts/ensure-node.sh):$PATH" KAFKAJS_NO_PARTITIONER_WARNING=1
if [ -z "${KAFKA_BROKERS:-}" ] || [ -z "${MONGO_URL:-}" ]; then
  output="$(deploy/local/up.sh)"
  export KAFKA_BROKERS MONGO_URL BENCH_STORE
  KAFKA_BROKERS="$(printf '%s\n' "$output" | sed -n 's/^KAFKA_BROKERS=//p')"
  MONGO_URL="$(printf '%s\n' "$output" | sed -n 's/^MONGO_URL=//p')"
  BENCH_STORE="FerretDB, ${TN_MONGO_BACKEND:-postgresql} backend (deploy/local)"
else
  export BENCH_STORE="${BENCH_STORE:-the server at MONGO_URL}"
fi
