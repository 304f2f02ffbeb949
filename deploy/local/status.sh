#!/usr/bin/env bash
# Report whether the local servers are running; exits 0 only when all are up and answering
# (PostgreSQL too when TN_MONGO_BACKEND=postgresql or this run folder has one running).
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

status=0
report() { # name pidfile port
  if pid_alive "$2" && port_open "$3"; then
    say "$1: running (pid $(cat "$2"), port $3)"
  else
    say "$1: not running"
    status=1
  fi
}
report Kafka "$KAFKA_RUN/kafka.pid" "$KAFKA_PORT"
report "FerretDB ($(cat "$FERRETDB_RUN/backend" 2>/dev/null || echo "$MONGO_BACKEND") backend)" "$FERRETDB_RUN/ferretdb.pid" "$MONGO_PORT"
if [ "$MONGO_BACKEND" = postgresql ] || pid_alive "$POSTGRES_RUN/postgres.pid"; then
  report PostgreSQL "$POSTGRES_RUN/postgres.pid" "$POSTGRES_PORT"
fi
exit "$status"
