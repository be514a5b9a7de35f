#!/usr/bin/env bash
# Starts one node of the run.sh cluster again after it died (kill -9, crash, power loss), in the foreground, so that
# it catches up by IST (only the missed writesets, from a donor's gcache, without blocking the donor) instead of SST.
# After an unclean stop grastate.dat says seqno -1: started as it is, the node asks for a full copy (rsync SST), and the
# donor — possibly the node HAProxy writes to — holds FLUSH TABLES WITH READ LOCK for the whole copy (measured:
# 17.6 s without a single commit, docs/galera.md). So first the position is recovered from InnoDB (--wsrep-recover,
# what Debian's systemd unit does with galera_recovery) and handed over with --wsrep-start-position.
#
# Usage: config/galera/restart-node.sh 1      (GALERA_DIR as for run.sh; stop it with TERM)
set -euo pipefail
GALERA_DIR=${GALERA_DIR:-/work/galera-run}
n=${1:?which node: 1, 2 or 3}
dir="$GALERA_DIR/node$n"
MARIADBD=$(command -v mariadbd || echo /usr/sbin/mariadbd)

# the position the node's InnoDB holds: "WSREP: Recovered position: <cluster uuid>:<seqno>"
"$MARIADBD" --defaults-file="$dir/my.cnf" --wsrep-recover --log-error="$dir/recover.log" >/dev/null 2>&1 || true
position=$(grep -o 'Recovered position: [^ ]*' "$dir/recover.log" | tail -n 1 | cut -d' ' -f3)
echo "node$n: recovered position ${position:-none (a full state transfer will follow)}" >&2
exec "$MARIADBD" --defaults-file="$dir/my.cnf" ${position:+--wsrep-start-position="$position"}
