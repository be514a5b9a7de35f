#!/usr/bin/env bash
# The node-loss measurement of docs/galera.md: RUNS times, a fresh cluster (run.sh --fresh), eight tills earning
# through HAProxy (Load.java), node1's mariadbd killed with kill -9 KILL_AFTER seconds in, and the check of the
# ledger on the surviving nodes. With REJOIN_AFTER set, node1 is started again that many seconds into the load: it
# catches up (restart-node.sh: IST when its position can be recovered), HAProxy sends new connections back to it and
# cuts the sessions on node2 (failback).
# Output: $GALERA_DIR/results/<LABEL>-<n>.txt per run (the Load.java report, then what HAProxy and node2 logged). Stop an unwanted run with Ctrl-C.
#
#   config/galera/measure.sh                        # 3 runs, 40 s each, kill at 15 s
#   RUNS=1 SECONDS_=60 REJOIN_AFTER=30 config/galera/measure.sh
set -euo pipefail

GALERA_DIR=${GALERA_DIR:-/work/galera-run}
RUNS=${RUNS:-3}
SECONDS_=${SECONDS_:-40}                 # length of the load
KILL_AFTER=${KILL_AFTER:-15}             # kill -9 node1 this many seconds in
REJOIN_AFTER=${REJOIN_AFTER:-}           # optional: start node1 again this many seconds in
LABEL=${LABEL:-kill}                     # names the result files
TILLS=${TILLS:-8}
ACCOUNTS=${ACCOUNTS:-20}
JDBC_JAR=${JDBC_JAR:-$(find ~/.m2 -name 'mysql-connector-j-*.jar' | sort -V | tail -n 1)}
export GALERA_DIR

here=$(cd "$(dirname "$0")" && pwd)
[ -f "$JDBC_JAR" ] || { echo "measure.sh: no Connector/J jar; set JDBC_JAR (mvn dependency:get -Dartifact=com.mysql:mysql-connector-j:9.5.0)" >&2; exit 2; }

cluster=""
rejoined=""
cleanup() {
  [ -n "$rejoined" ] && kill "$rejoined" 2>/dev/null && wait "$rejoined" 2>/dev/null || true
  [ -n "$cluster" ] && kill "$cluster" 2>/dev/null && wait "$cluster" 2>/dev/null || true
  rejoined="" cluster=""
}
trap 'cleanup; exit 130' INT TERM
trap cleanup EXIT

for run in $(seq 1 "$RUNS"); do
  mkdir -p "$GALERA_DIR/results"
  out="$GALERA_DIR/results/$LABEL-$run.txt" log="$GALERA_DIR/results/$LABEL-$run.run.log"
  "$here/run.sh" --fresh >"$log" 2>&1 &
  cluster=$!
  for second in $(seq 1 121); do
    grep -q "Galera cluster ready" "$log" && break
    if [ "$second" = 121 ] || ! kill -0 "$cluster" 2>/dev/null; then
      echo "measure.sh: the cluster did not start; see $log" >&2
      exit 1
    fi
    sleep 1
  done
  echo "== $LABEL run $run: $(date -u +%H:%M:%S) $TILLS tills, $SECONDS_ s, kill -9 node1 at $KILL_AFTER s${REJOIN_AFTER:+, node1 back at $REJOIN_AFTER s}${PROVIDER_EXTRA:+, $PROVIDER_EXTRA}" | tee "$out"
  if [ -n "$REJOIN_AFTER" ]; then
    ( sleep "$REJOIN_AFTER"; echo "$(date -u +%H:%M:%S.%N) starting node1 again" >>"$out"
      exec "$here/restart-node.sh" 1 2>>"$out" ) &
    rejoined=$!
  fi
  java -cp "$JDBC_JAR" "$here/Load.java" --tills "$TILLS" --accounts "$ACCOUNTS" --seconds "$SECONDS_" \
    --kill-after "$KILL_AFTER" --kill-pidfile "$GALERA_DIR/node1.pid" --check-ports 3312,3313${REJOIN_AFTER:+,3311} \
    2>&1 | tee -a "$out" || true
  # what HAProxy and Galera saw (times in their logs are UTC)
  { echo "-- haproxy:"; grep -E "DOWN|UP|backup" "$GALERA_DIR/haproxy.log" | sort -u || true
    echo "-- node2 view changes:"; grep -E "suspecting|declaring inactive|view\(view_id|Shifting" "$GALERA_DIR/node2/error.log" | tail -n 12 || true
    if [ -n "$REJOIN_AFTER" ]; then
      echo "-- node1 after its restart:"
      grep -E "Recovered position|requested state transfer|Receiving IST|IST received|SST received|Shifting|Selected" "$GALERA_DIR/node1/error.log" | tail -n 12 || true
    fi
  } >>"$out"
  cleanup
  echo "== $LABEL run $run done: $out"
done
