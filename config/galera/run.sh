#!/usr/bin/env bash
# A local 3-node MariaDB Galera cluster behind HAProxy, to try the application (or config/galera/Load.java) against
# the loss of its database node (issue 17, optional profile; docs/galera.md). Everything on 127.0.0.1:
#
#   node1 mariadbd :3311  ┐
#   node2 mariadbd :3312  ├─ one Galera cluster (group communication :4571-4573, IST :4574-4576, SST :4577-4579)
#   node3 mariadbd :3313  ┘
#   HAProxy        :3310  every connection to node1; node2, then node3, only when node1 is down (single writer)
#
# Needs (Debian 12): apt-get install galera-4 mariadb-server haproxy rsync. The system's own MariaDB is not touched:
# each node runs from its own data folder with its own generated my.cnf (--defaults-file, so /etc/mysql is not read).
# Run as root or as any user who can write GALERA_DIR. Ctrl-C (or TERM) stops HAProxy and the three nodes; the data
# stays in GALERA_DIR (delete it, or pass --fresh, to start from nothing; a kept folder is bootstrapped again from
# node1, see "start" below).
#
# Usage: config/galera/run.sh [--fresh]
# then:  MEMBER_DB_URL='jdbc:mysql://127.0.0.1:3310/member?characterEncoding=UTF-8&connectionCollation=utf8mb4_unicode_ci'
#        MEMBER_DB_USER=member MEMBER_DB_PASSWORD=member-galera  (the application, as in docs/deployment.md)
set -euo pipefail

# ---- settings (environment overrides) -------------------------------------------------------------------------
GALERA_DIR=${GALERA_DIR:-/work/galera-run}          # data folders, configs, sockets, logs, pid files
FRONT_PORT=${FRONT_PORT:-3310}                      # HAProxy: the address the application uses
NODE_PORTS=(3311 3312 3313)                         # the nodes' SQL ports
GCOMM_PORTS=(4571 4572 4573)                        # Galera group communication (gmcast.listen_addr)
IST_PORTS=(4574 4575 4576)                          # incremental state transfer to a rejoining node
SST_PORTS=(4577 4578 4579)                          # full state transfer (rsync daemon of the joiner)
SST_METHOD=${SST_METHOD:-rsync}                     # rsync works offline with nothing but rsync installed
# the preferred donor of each node's state transfers (a trailing comma: any other if that one cannot): node3, which
# HAProxy writes to last, so that an rsync SST's read lock does not stop the writer; node3's own from node2
SST_DONORS=("node3," "node3," "node2,")
APP_DB=${APP_DB:-member}                            # the application's database
APP_USER=${APP_USER:-member}
APP_PASSWORD=${APP_PASSWORD:-member-galera}
BUFFER_POOL=${BUFFER_POOL:-128M}                    # per node: three nodes share a small machine
# OFF: ids step by 1 on every node (one writer at a time); ON (Galera's default): by the cluster size, see below
AUTOINC_CONTROL=${AUTOINC_CONTROL:-OFF}
# extra Galera provider options, e.g. PROVIDER_EXTRA='evs.suspect_timeout=PT2S;evs.inactive_timeout=PT4S'
PROVIDER_EXTRA=${PROVIDER_EXTRA:-}
PROVIDER=/usr/lib/galera/libgalera_smm.so
MARIADBD=$(command -v mariadbd || echo /usr/sbin/mariadbd)

for tool in "$MARIADBD" mariadb mariadb-install-db haproxy rsync; do
  command -v "$tool" >/dev/null || { echo "run.sh: $tool is missing (apt-get install galera-4 mariadb-server haproxy rsync)" >&2; exit 2; }
done
[ -f "$PROVIDER" ] || { echo "run.sh: $PROVIDER is missing (apt-get install galera-4)" >&2; exit 2; }

here=$(cd "$(dirname "$0")" && pwd)
if [ "${1:-}" = --fresh ]; then rm -rf "$GALERA_DIR"/node1 "$GALERA_DIR"/node2 "$GALERA_DIR"/node3 "$GALERA_DIR"/haproxy.log; fi
mkdir -p "$GALERA_DIR"
# the nodes run as the mysql user when started by root (as the system's MariaDB does): the rsync daemon that receives
# a state transfer drops root for "nobody" and then cannot write a root-owned data folder
run_as=$(id -un)
if [ "$(id -u)" = 0 ] && id mysql >/dev/null 2>&1; then run_as=mysql; fi
cluster_address="gcomm://127.0.0.1:${GCOMM_PORTS[0]},127.0.0.1:${GCOMM_PORTS[1]},127.0.0.1:${GCOMM_PORTS[2]}"

# ---- one my.cnf per node ----------------------------------------------------------------------------------------
config() { # n (1..3)
  local i=$(($1 - 1)) dir="$GALERA_DIR/node$1"
  mkdir -p "$dir"
  chown "$run_as" "$dir"
  cat >"$dir/my.cnf" <<EOF
[mariadbd]
user                           = $run_as
datadir                        = $dir/data
socket                         = $dir/mysqld.sock
pid-file                       = $dir/mysqld.pid
log-error                      = $dir/error.log
bind-address                   = 127.0.0.1
port                           = ${NODE_PORTS[$i]}
skip-name-resolve
character-set-server           = utf8mb4
collation-server               = utf8mb4_unicode_ci
# the application's pools ask for READ COMMITTED themselves (config/micro/datasource.asadmin)
innodb_buffer_pool_size        = $BUFFER_POOL
performance_schema             = OFF
max_connections                = 200

# Galera's requirements: row-based replication, interleaved auto-increment locks, InnoDB
binlog_format                  = ROW
innodb_autoinc_lock_mode       = 2
default_storage_engine         = InnoDB
# the certification is the durability (a commit is in the memory of the other nodes before it is acknowledged)
innodb_flush_log_at_trx_commit = 2

wsrep_on                       = ON
wsrep_provider                 = $PROVIDER
wsrep_cluster_name             = member-galera
wsrep_cluster_address          = $cluster_address
wsrep_node_name                = node$1
wsrep_node_address             = 127.0.0.1
wsrep_node_incoming_address    = 127.0.0.1:${NODE_PORTS[$i]}
wsrep_sst_method               = $SST_METHOD
wsrep_sst_receive_address      = 127.0.0.1:${SST_PORTS[$i]}
wsrep_sst_donor                = ${SST_DONORS[$i]}
wsrep_provider_options         = "gmcast.listen_addr=tcp://127.0.0.1:${GCOMM_PORTS[$i]};ist.recv_addr=127.0.0.1:${IST_PORTS[$i]};gcache.size=128M${PROVIDER_EXTRA:+;$PROVIDER_EXTRA}"
wsrep_slave_threads            = 2
# Single writer (HAProxy sends everything to one node): ids step by 1 as on a plain MariaDB. Galera's default
# (ON) sets auto_increment_increment to the cluster size, so one multi-row INSERT gets ids 3 apart, which the
# audit trail's queue (LAST_INSERT_ID() + i, AuditTrail.recordAll) does not expect; see docs/galera.md.
wsrep_auto_increment_control   = $AUTOINC_CONTROL
EOF
  if [ "$AUTOINC_CONTROL" = OFF ]; then
    printf '%-30s = 1\n' auto_increment_increment auto_increment_offset >>"$dir/my.cnf"
  fi
}

sql() { # n statement...: as the node's root over its socket
  local n=$1; shift
  mariadb --no-defaults -S "$GALERA_DIR/node$n/mysqld.sock" -uroot -N -B -e "$*"
}

wait_synced() { # n: the node answers and says Synced
  for _ in $(seq 1 180); do
    if [ "$(sql "$1" "SELECT VARIABLE_VALUE FROM information_schema.GLOBAL_STATUS WHERE VARIABLE_NAME='WSREP_LOCAL_STATE_COMMENT'" 2>/dev/null)" = Synced ]; then
      return 0
    fi
    if ! kill -0 "${pids[$1]}" 2>/dev/null; then
      echo "run.sh: node$1 stopped while starting; the end of $GALERA_DIR/node$1/error.log:" >&2
      tail -n 30 "$GALERA_DIR/node$1/error.log" >&2
      return 1
    fi
    sleep 1
  done
  echo "run.sh: node$1 did not reach Synced in 180 s; see $GALERA_DIR/node$1/error.log" >&2
  return 1
}

# ---- stop everything on Ctrl-C / TERM / exit --------------------------------------------------------------------
declare -A pids=()
stop() {
  trap - INT TERM EXIT
  echo "Stopping HAProxy and the Galera nodes"
  [ -n "${pids[proxy]:-}" ] && kill "${pids[proxy]}" 2>/dev/null || true
  # the joiners first, the node that bootstrapped last: it then has the newest state (safe_to_bootstrap: 1)
  for n in 3 2 1; do [ -n "${pids[$n]:-}" ] && kill "${pids[$n]}" 2>/dev/null && wait "${pids[$n]}" 2>/dev/null || true; done
  rm -f "$GALERA_DIR"/*.pid
}
trap 'stop; exit 130' INT TERM
trap stop EXIT

# ---- start ------------------------------------------------------------------------------------------------------
for n in 1 2 3; do
  config $n
  if [ ! -d "$GALERA_DIR/node$n/data/mysql" ]; then
    echo "Initialising node$n's data folder"
    mariadb-install-db --no-defaults --user="$run_as" --datadir="$GALERA_DIR/node$n/data" \
      --auth-root-authentication-method=socket --skip-test-db >"$GALERA_DIR/node$n/install.log" 2>&1
  fi
done

# node1 founds a new cluster (--wsrep-new-cluster: a Primary component of one). With kept data folders it must not be
# behind the others: the joiners would be overwritten by its older copy (SST), losing what they committed after it.
# stop() stops node1 last, so after a Ctrl-C it is the newest; after a kill -9 of node1 (seqno -1) it is not.
seqno() { sed -n 's/^seqno: *//p' "$GALERA_DIR/node$1/data/grastate.dat" 2>/dev/null || true; }
s1=$(seqno 1)
if [ -n "$s1" ]; then
  for n in 2 3; do
    sn=$(seqno $n)
    if [ "$s1" = -1 ] || [ "${sn:--1}" -gt "$s1" ]; then
      echo "run.sh: node1's kept state (seqno $s1) may be behind node$n's (${sn:-none}); start with --fresh" >&2
      exit 1
    fi
  done
fi
sed -i 's/^safe_to_bootstrap: 0/safe_to_bootstrap: 1/' "$GALERA_DIR/node1/data/grastate.dat" 2>/dev/null || true
echo "Starting node1 (new cluster) on 127.0.0.1:${NODE_PORTS[0]}"
"$MARIADBD" --defaults-file="$GALERA_DIR/node1/my.cnf" --wsrep-new-cluster &
pids[1]=$!
echo "${pids[1]}" >"$GALERA_DIR/node1.pid"
wait_synced 1

# the application's database and user, and HAProxy's check user (no password, no rights: mysql-check only signs in);
# created on node1 and replicated (DDL and account changes go to every node in total order)
sql 1 "CREATE DATABASE IF NOT EXISTS \`$APP_DB\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
       CREATE USER IF NOT EXISTS '$APP_USER'@'127.0.0.1' IDENTIFIED BY '$APP_PASSWORD';
       GRANT ALL PRIVILEGES ON \`$APP_DB\`.* TO '$APP_USER'@'127.0.0.1';
       CREATE USER IF NOT EXISTS 'haproxy'@'127.0.0.1';"

# node2 and node3 join: each receives a full copy from a donor (SST) or, when it was here before and the donor's
# gcache still holds what it missed, only the difference (IST). One at a time: a donor serves one joiner.
for n in 2 3; do
  echo "Starting node$n (joins) on 127.0.0.1:${NODE_PORTS[$((n - 1))]}"
  "$MARIADBD" --defaults-file="$GALERA_DIR/node$n/my.cnf" &
  pids[$n]=$!
  echo "${pids[$n]}" >"$GALERA_DIR/node$n.pid"
  wait_synced $n
done
echo "Cluster size: $(sql 1 "SELECT VARIABLE_VALUE FROM information_schema.GLOBAL_STATUS WHERE VARIABLE_NAME='WSREP_CLUSTER_SIZE'")"

# HAProxy: one front port, node1 the writer, node2/node3 backups (config/galera/haproxy.cfg)
FRONT_PORT=$FRONT_PORT NODE1_PORT=${NODE_PORTS[0]} NODE2_PORT=${NODE_PORTS[1]} NODE3_PORT=${NODE_PORTS[2]} \
  haproxy -f "$here/haproxy.cfg" -db >"$GALERA_DIR/haproxy.log" 2>&1 &
pids[proxy]=$!
echo "${pids[proxy]}" >"$GALERA_DIR/haproxy.pid"

echo "Galera cluster ready: jdbc:mysql://127.0.0.1:$FRONT_PORT/$APP_DB (user $APP_USER, password $APP_PASSWORD)."
echo "Node pids in $GALERA_DIR/node{1,2,3}.pid, logs in $GALERA_DIR/node*/error.log and haproxy.log. Ctrl-C stops it."
# a node may die or be killed (that is what this rig is for); run until Ctrl-C or until HAProxy stops
wait "${pids[proxy]}" || true
echo "HAProxy stopped; see $GALERA_DIR/haproxy.log" >&2
exit 1
