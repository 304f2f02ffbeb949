# Sourced by the benchmark scripts: Node 24 on the PATH, and Kafka/MongoDB from
# KAFKA_BROKERS/MONGO_URL when both are set, else the local servers of deploy/local.
export PATH="$(scripts/ensure-node.sh):$PATH" KAFKAJS_NO_PARTITIONER_WARNING=1
if [ -z "${KAFKA_BROKERS:-}" ] || [ -z "${MONGO_URL:-}" ]; then
  output="$(deploy/local/up.sh)"
  export KAFKA_BROKERS MONGO_URL
  KAFKA_BROKERS="$(printf '%s\n' "$output" | sed -n 's/^KAFKA_BROKERS=//p')"
  MONGO_URL="$(printf '%s\n' "$output" | sed -n 's/^MONGO_URL=//p')"
fi
