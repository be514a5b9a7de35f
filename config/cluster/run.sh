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
# and, optional: MEMBER_CLUSTER_PORT (HAProxy's port, default 8080; the instances take the next two), MEMBER_MODE
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

instance() { # name port
  "$MEMBER_JAVA" -Dhazelcast.socket.bind.any=false -Dmember.mode="${MEMBER_MODE:-demo}" \
    -Dexport.dir="${EXPORT_DIR:-$MEMBER_DATA/exports}" \
    -Dmember.trusted.proxies=127.0.0.1/32 \
    -jar "$MEMBER_MICRO_JAR" \
    --name "$1" --port "$2" \
    --clustername member-local --clustermode tcpip:127.0.0.1:6900,127.0.0.1:6901 \
    --interfaces 127.0.0.1 --startport 6900 --nohostaware \
    --prebootcommandfile "$logs/preboot.asadmin" --postbootcommandfile "$MEMBER_POSTBOOT" \
    --addLibs "$MEMBER_JDBC_DRIVER" --deploy "$MEMBER_WAR" --contextroot / \
    --logToFile "$logs/$1.log" >"$logs/$1.out" 2>&1 &
  pids+=($!)
}

ready() { # port: the instance answers its readiness check (deployed, database reachable)
  for _ in $(seq 1 300); do
    if curl -fs -o /dev/null "http://127.0.0.1:$1/ready"; then return 0; fi
    sleep 1
  done
  echo "The instance on port $1 did not come up; see $logs" >&2
  return 1
}

# both at once, as an orchestrator starts them: the data grid forms as they come up, and the start-up work that
# creates what is missing (schema, first staff, demo data) takes turns through a database lock (StartupLock)
echo "Starting instances m1 (127.0.0.1:$MEMBER_M1_PORT) and m2 (127.0.0.1:$MEMBER_M2_PORT) ..."
instance m1 "$MEMBER_M1_PORT"
instance m2 "$MEMBER_M2_PORT"
ready "$MEMBER_M1_PORT"
ready "$MEMBER_M2_PORT"
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
