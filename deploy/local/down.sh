#!/usr/bin/env bash
# Stop the local Kafka and FerretDB started by up.sh, by the process ids it recorded.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

stop_by_pidfile Kafka "$KAFKA_RUN/kafka.pid"
stop_by_pidfile FerretDB "$FERRETDB_RUN/ferretdb.pid"
