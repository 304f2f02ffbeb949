#!/usr/bin/env bash
# Stop the local Kafka and FerretDB started by up.sh, by the process ids it recorded, and the
# PostgreSQL behind FerretDB when up.sh started one (TN_MONGO_BACKEND=postgresql) in this run folder.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

stop_by_pidfile Kafka "$KAFKA_RUN/kafka.pid"
stop_by_pidfile FerretDB "$FERRETDB_RUN/ferretdb.pid"
# After FerretDB, its only client; SIGINT is PostgreSQL's "fast" shutdown (TERM would wait for clients).
if [ -f "$POSTGRES_RUN/postgres.pid" ]; then
  stop_by_pidfile PostgreSQL "$POSTGRES_RUN/postgres.pid" INT
fi
