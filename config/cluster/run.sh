#!/usr/bin/env bash
# A local cluster to try: two Payara Micro instances in one data grid (sessions, views and timers shared, on
# 127.0.0.1 only) behind HAProxy on http://127.0.0.1:8080/, on the database the build started. Started by
# `mvn -Prun,cluster package` (member-web's pom passes the variables below); Ctrl-C stops all of it.
#
#   MEMBER_JAVA        the java that runs Payara Micro
#   MEMBER_MICRO_JAR   payara-micro.jar
#   MEMBER_WAR         the demo WAR
#   MEMBER_JDBC_DRIVER the MySQL Connector/J jar
#   MEMBER_PREBOOT     config/micro/preboot.asadmin
#   MEMBER_POSTBOOT    the datasource's post-boot commands
#   MEMBER_DATA        the data folder (logs go to its cluster/ folder)
# and, optional: MEMBER_START_WAIT (seconds before an instance that is not serving counts as hung, default 180),
# MEMBER_CLUSTER_PORT (HAProxy's port, default 8080; the instances take the next two), MEMBER_MODE
# (default demo; the cluster tests run it in production mode on the test database, with the MEMBER_* variables of
# config/micro/datasource.asadmin).
#
# Real hosts: the same flags with --clustermode tcpip:<private address of each host>:6900, --interfaces <private
# address> and -Dhazelcast.socket.bind.any=false, so that the data grid is never on a user network (it has no
# password since Hazelcast 4); HAProxy on the user network terminates TLS (see the README).
set -euo pipefail

for v in MEMBER_JAVA MEMBER_MICRO_JAR MEMBER_WAR MEMBER_JDBC_DRIVER MEMBER_PREBOOT MEMBER_POSTBOOT MEMBER_DATA; do
  if [ -z "${!v:-}" ]; then
    echo "run.sh: $v is not set (start the cluster with: mvn -Prun,cluster package)" >&2
    exit 2
  fi
done
HAPROXY=$(command -v haproxy || true)
if [ -z "$HAPROXY" ]; then
  echo "The local cluster needs HAProxy: sudo apt-get install haproxy (Debian/Ubuntu), then run this again." >&2
  exit 2
fi

here=$(cd "$(dirname "$0")" && pwd)
export MEMBER_CLUSTER_PORT=${MEMBER_CLUSTER_PORT:-8080}
export MEMBER_M1_PORT=$((MEMBER_CLUSTER_PORT + 1)) MEMBER_M2_PORT=$((MEMBER_CLUSTER_PORT + 2))
logs="$MEMBER_DATA/cluster"
mkdir -p "$logs"
# the instances listen on 127.0.0.1 only (HAProxy is the way in) and take the scheme from the proxy
cat "$MEMBER_PREBOOT" "$here/preboot.asadmin" > "$logs/preboot.asadmin"

pids=()
stop() {
  trap - INT TERM EXIT
  echo "Stopping the cluster"
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
}
trap 'stop; exit 130' INT TERM
trap stop EXIT

declare -A pid_of
instance() { # name port [output file]
  "$MEMBER_JAVA" -Dhazelcast.socket.bind.any=false -Dmember.mode="${MEMBER_MODE:-demo}" \
    -Dexport.dir="${EXPORT_DIR:-$MEMBER_DATA/exports}" \
    -Dmember.trusted.proxies=127.0.0.1/32 \
    -jar "$MEMBER_MICRO_JAR" \
    --name "$1" --port "$2" \
    --clustername member-local --clustermode tcpip:127.0.0.1:6900,127.0.0.1:6901 \
    --interfaces 127.0.0.1 --startport 6900 --nohostaware \
    --prebootcommandfile "$logs/preboot.asadmin" --postbootcommandfile "$MEMBER_POSTBOOT" \
    --addLibs "$MEMBER_JDBC_DRIVER" --deploy "$MEMBER_WAR" --contextroot / \
    --logToFile "$logs/$1.log" >"${3:-$logs/$1.out}" 2>&1 &
  pid_of[$1]=$!
  pids+=($!)
}

answers() { # name port seconds: the instance answers its readiness check (deployed, database reachable) in time
  for _ in $(seq 1 "$3"); do
    if curl -fs -o /dev/null "http://127.0.0.1:$2/ready"; then return 0; fi
    if ! kill -0 "${pid_of[$1]}" 2>/dev/null; then
      echo "Instance $1 (port $2) ended while starting; the end of its output:" >&2
      tail -n 40 "$logs/$1.out" >&2
      exit 1
    fi
    sleep 1
  done
  return 1
}

# An instance still not serving after 180 s of waiting for it (three times the slowest start seen, 62 s with the
# demo data) is taken to hang, as an orchestrator's start-up probe would: its threads and the end of its output are kept
# and printed, and it is started once more (a second hang ends the cluster). The restart is reported as such.
ready() { # name port
  if answers "$1" "$2" "${MEMBER_START_WAIT:-180}"; then return 0; fi
  echo "Instance $1 (port $2) is still not serving after ${MEMBER_START_WAIT:-180} s of waiting for it; see $logs" >&2
  stuck "$1" "${pid_of[$1]}"
  kill -9 "${pid_of[$1]}" 2>/dev/null || true
  wait "${pid_of[$1]}" 2>/dev/null || true
  echo "Instance $1 started again after hanging at start (its first output: $logs/$1-hung.out)"
  mv "$logs/$1.out" "$logs/$1-hung.out"
  instance "$1" "$2"
  if answers "$1" "$2" 300; then return 0; fi
  echo "Instance $1 (port $2) did not come up after being started again; see $logs" >&2
  stuck "$1" "${pid_of[$1]}"
  exit 1
}

# what a stuck instance was doing: its threads go to <name>-threads.txt; the end of its output and the threads that
# run start-up or application code are printed (Payara's log lines and stacks only: no request data)
stuck() { # name pid
  local dump="$logs/$1-threads.txt"
  "$(dirname "$MEMBER_JAVA")/jcmd" "$2" Thread.print >"$dump" 2>&1 || true
  echo "--- the end of $logs/$1.out" >&2
  tail -n 40 "$logs/$1.out" >&2
  echo "--- threads of $1 at start-up or in the application (all in $dump)" >&2
  awk 'BEGIN { RS = ""; ORS = "\n\n" } /^"main"|jp\.member|RunLevelController|Deploy|GET_LOCK|flyway/' "$dump" >&2 || true
}

free() { # port: refuse to start over a port something else already listens on (a leftover instance, say)
  if (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; then
    echo "Port $1 on 127.0.0.1 is already taken (a cluster left running?); stop what listens there first" >&2
    exit 2
  fi
}

# both at once, as an orchestrator starts them: the data grid forms as they come up, and the start-up work that
# creates what is missing (schema, first staff, demo data) takes turns through a database lock (StartupLock)
for port in "$MEMBER_CLUSTER_PORT" "$MEMBER_M1_PORT" "$MEMBER_M2_PORT" 6900 6901; do free "$port"; done
echo "Starting instances m1 (127.0.0.1:$MEMBER_M1_PORT) and m2 (127.0.0.1:$MEMBER_M2_PORT) ..."
instance m1 "$MEMBER_M1_PORT"
instance m2 "$MEMBER_M2_PORT"
ready m1 "$MEMBER_M1_PORT"
ready m2 "$MEMBER_M2_PORT"
"$HAPROXY" -f "$here/haproxy.cfg" -db >"$logs/haproxy.log" 2>&1 &
proxy=$!
pids+=("$proxy")
echo "Cluster ready: http://127.0.0.1:$MEMBER_CLUSTER_PORT/ (HAProxy) -> m1 :$MEMBER_M1_PORT, m2 :$MEMBER_M2_PORT."\
  "Logs in $logs. Ctrl-C stops it."
# an instance may die or be killed (that is what the cluster is for: HAProxy sends its people to the other one);
# the cluster runs until Ctrl-C, or until HAProxy itself stops
wait "$proxy" || true
echo "HAProxy stopped; see $logs/haproxy.log" >&2
exit 1
