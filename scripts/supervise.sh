#!/usr/bin/env bash
# Keeps one service running: starts COMMAND, and when it exits without being asked to, starts it
# again after a back-off (1 s, 2 s, 4 s … capped). Too many restarts in a short window is a crash
# loop: it gives up, writes the log's tail to the .failed file and exits non-zero.
#
#   scripts/supervise.sh RUN_DIR SERVICE -- COMMAND...
#
# Files in RUN_DIR: SERVICE.pid (the running process, rewritten on each restart), SERVICE.log
# (the service's output, appended), SERVICE.supervisor.log (this script's lines), SERVICE.state
# (one line for `./dev status`) and SERVICE.failed (the log tail, once it gave up).
# SIGTERM/SIGINT stop the service (TERM, then KILL after 10 s) and this script, with no restart.
# Tunable: TN_RESTART_LIMIT (5 restarts) within TN_RESTART_WINDOW (300 s); TN_RESTART_MAX_DELAY (30 s).
set -uo pipefail
RUN_DIR="$1" SERVICE="$2"
shift 3
LIMIT="${TN_RESTART_LIMIT:-5}" WINDOW="${TN_RESTART_WINDOW:-300}" MAX_DELAY="${TN_RESTART_MAX_DELAY:-30}"
LOG="$RUN_DIR/$SERVICE.log" PID_FILE="$RUN_DIR/$SERVICE.pid" STATE="$RUN_DIR/$SERVICE.state"

note() {
  local line
  line="[supervisor $(date -u +%FT%TZ)] $SERVICE: $*"
  printf '%s\n' "$line" >>"$LOG"
  printf '%s\n' "$line"
}

child="" stopping=0
stop() {
  stopping=1
  if [ -n "$child" ] && kill -TERM "$child" 2>/dev/null; then
    for _ in $(seq 1 100); do kill -0 "$child" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$child" 2>/dev/null || true
  fi
  note "stopped on request"
  rm -f "$PID_FILE" "$STATE"
  exit 0
}
trap stop TERM INT

# How the process ended, from bash's wait status (128+N means killed by signal N).
describe_exit() {
  if [ "$1" -gt 128 ] && [ "$1" -le 192 ]; then echo "killed by signal SIG$(kill -l $(($1 - 128)))"
  else echo "exit code $1"; fi
}

restarts=() attempt=0
rm -f "$RUN_DIR/$SERVICE.failed"
while :; do
  "$@" >>"$LOG" 2>&1 </dev/null &
  child=$!
  echo "$child" >"$PID_FILE"
  echo "running pid=$child restarts=$attempt" >"$STATE"
  # A trapped TERM/INT interrupts `wait` and the trap exits, so reaching the next line means it ended.
  wait "$child"
  code=$?
  [ "$stopping" = 1 ] && exit 0
  child=""

  now=$SECONDS recent=()
  for at in "${restarts[@]}"; do [ $((now - at)) -lt "$WINDOW" ] && recent+=("$at"); done
  restarts=("${recent[@]}")
  if [ "${#restarts[@]}" -ge "$LIMIT" ]; then
    tail -n 30 "$LOG" >"$RUN_DIR/$SERVICE.failed"
    note "$(describe_exit "$code"); $LIMIT restarts within ${WINDOW}s: crash loop, giving up. Last 30 log lines:"
    cat "$RUN_DIR/$SERVICE.failed"
    echo "failed after $attempt restarts ($(describe_exit "$code"))" >"$STATE"
    rm -f "$PID_FILE"
    exit 1
  fi
  delay=$((1 << ${#restarts[@]}))
  [ "$delay" -gt "$MAX_DELAY" ] && delay="$MAX_DELAY"
  attempt=$((attempt + 1))
  restarts+=("$SECONDS")
  note "$(describe_exit "$code"); restart attempt $attempt in ${delay}s"
  echo "restarting attempt=$attempt in ${delay}s after $(describe_exit "$code")" >"$STATE"
  sleep "$delay" &
  wait $!
done
