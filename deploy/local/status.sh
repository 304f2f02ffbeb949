#!/usr/bin/env bash
# Report whether the local servers are running; exits 0 only when both are up and answering.
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
report FerretDB "$FERRETDB_RUN/ferretdb.pid" "$MONGO_PORT"
exit "$status"
