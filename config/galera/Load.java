import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Tills earning points through HAProxy while the writing Galera node is killed (docs/galera.md). Each till runs the
 * shape of the application's earn in one READ COMMITTED transaction: lock the account row (SELECT … FOR UPDATE),
 * look for the till's transaction id, insert the ledger row, write the new balance, COMMIT. On a lost connection or
 * error 1213 (deadlock / certification conflict), 1205 (lock wait timeout), 1047 (node not ready), 1317 (query
 * interrupted) or 1062 (duplicate transaction id) it reconnects when needed and retries the same transaction id: a
 * transaction whose id is already in the ledger counts as done (a COMMIT whose answer was lost may have committed).
 *
 * <p>Run (the cluster of config/galera/run.sh up):
 * {@code java -cp mysql-connector-j.jar config/galera/Load.java --seconds 40 --kill-after 15 --kill-pidfile
 * /work/galera-run/node1.pid}. At the end it checks, on every node given with --check-ports: each transaction it
 * counted as committed is in the ledger exactly once with its points, no other row is, and every balance is the sum
 * of its account's ledger rows.
 */
public class Load {

    static String url = "jdbc:mysql://127.0.0.1:3310/member";
    static String user = "member";
    static String password = "member-galera";
    static int tills = 8;
    static int accounts = 20;
    static int seconds = 40;
    static int killAfter = -1;
    static String killPidfile = null;
    static String killNode = "node1";
    static String checkPorts = "3312,3313";
    static String runId = Long.toString(System.currentTimeMillis() % 1_000_000);

    static final long T0 = System.nanoTime();
    static volatile long killAtMs = -1;
    static final Map<String, long[]> committed = new ConcurrentHashMap<>(); // txn id -> {account, points, at ms}
    static final ConcurrentLinkedQueue<long[]> commits = new ConcurrentLinkedQueue<>(); // {at ms, node}
    static final Map<String, AtomicLong> retries = new ConcurrentHashMap<>();
    static final Map<String, AtomicLong> perNode = new ConcurrentHashMap<>();
    static final AtomicLong alreadyDone = new AtomicLong();
    static final ConcurrentLinkedQueue<String> firstErrors = new ConcurrentLinkedQueue<>();
    static final ConcurrentLinkedQueue<String> connects = new ConcurrentLinkedQueue<>();

    static long now() {
        return (System.nanoTime() - T0) / 1_000_000;
    }

    public static void main(String[] args) throws Exception {
        for (int i = 0; i < args.length; i += 2) {
            String v = args[i + 1];
            switch (args[i]) {
                case "--url" -> url = v;
                case "--user" -> user = v;
                case "--password" -> password = v;
                case "--tills" -> tills = Integer.parseInt(v);
                case "--accounts" -> accounts = Integer.parseInt(v);
                case "--seconds" -> seconds = Integer.parseInt(v);
                case "--kill-after" -> killAfter = Integer.parseInt(v);
                case "--kill-pidfile" -> killPidfile = v;
                case "--kill-node" -> killNode = v;
                case "--check-ports" -> checkPorts = v;
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        setUp();
        long end = now() + seconds * 1000L;
        List<Thread> threads = new ArrayList<>();
        for (int t = 1; t <= tills; t++) {
            int till = t;
            Thread thread = new Thread(() -> till(till, end), "till-" + t);
            thread.start();
            threads.add(thread);
        }
        if (killAfter >= 0) {
            Thread.sleep(killAfter * 1000L);
            String pid = Files.readString(Path.of(killPidfile)).trim();
            long asked = now();
            int rc = new ProcessBuilder("kill", "-9", pid).inheritIO().start().waitFor();
            killAtMs = now(); // the signal is delivered when kill(1) has returned
            System.out.printf("kill -9 %s (%s, %s): asked at %d ms, done at %d ms, rc %d%n", pid, killNode,
                    killPidfile, asked, killAtMs, rc);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        report();
        boolean ok = true;
        for (String port : checkPorts.split(",")) {
            ok &= check(url.replaceFirst(":\\d+/", ":" + port.trim() + "/"));
        }
        System.out.println(ok ? "RESULT: consistent" : "RESULT: INCONSISTENT");
        System.exit(ok ? 0 : 1);
    }

    static Connection connect(String jdbcUrl) throws SQLException {
        Connection c = DriverManager.getConnection(jdbcUrl + (jdbcUrl.contains("?") ? "&" : "?")
                + "connectTimeout=2000&socketTimeout=15000&useSSL=false&allowPublicKeyRetrieval=true", user, password);
        c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
        return c;
    }

    static void setUp() throws SQLException {
        try (Connection c = connect(url); Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS load_ledger");
            s.execute("DROP TABLE IF EXISTS load_account");
            s.execute("CREATE TABLE load_account (id BIGINT NOT NULL PRIMARY KEY, balance BIGINT NOT NULL)"
                    + " ENGINE = InnoDB");
            s.execute("CREATE TABLE load_ledger (id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,"
                    + " txn_id VARCHAR(64) NOT NULL, account_id BIGINT NOT NULL, points BIGINT NOT NULL,"
                    + " node VARCHAR(16) NOT NULL, CONSTRAINT uq_load_txn UNIQUE (txn_id),"
                    + " INDEX ix_load_account (account_id)) ENGINE = InnoDB");
            StringBuilder rows = new StringBuilder("INSERT INTO load_account VALUES ");
            for (int a = 1; a <= accounts; a++) {
                rows.append(a == 1 ? "" : ",").append('(').append(a).append(",0)");
            }
            s.execute(rows.toString());
        }
    }

    static void till(int till, long end) {
        Connection c = null;
        String node = "?";
        long seq = 0;
        while (now() < end) {
            String txn = "r" + runId + "-t" + till + "-" + (++seq);
            long account = ThreadLocalRandom.current().nextLong(1, accounts + 1);
            long points = ThreadLocalRandom.current().nextLong(1, 101);
            for (int attempt = 1; ; attempt++) {
                try {
                    if (c == null) {
                        c = connect(url);
                        c.setAutoCommit(false);
                        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT @@wsrep_node_name")) {
                            r.next();
                            node = r.getString(1);
                        }
                        if (connects.size() < 40 && now() > 1000) {
                            connects.add(now() + " ms till " + till + " connected to " + node);
                        }
                        c.commit();
                    }
                    if (earn(c, txn, account, points, node)) {
                        long at = now();
                        committed.put(txn, new long[] {account, points, at});
                        commits.add(new long[] {at, node.equals(killNode) ? 1 : 0});
                        perNode.computeIfAbsent(node, k -> new AtomicLong()).incrementAndGet();
                    } else {
                        alreadyDone.incrementAndGet(); // an earlier attempt committed: done, counted once
                        committed.put(txn, new long[] {account, points, now()});
                    }
                    break;
                } catch (SQLException e) {
                    String why = reason(e);
                    retries.computeIfAbsent(why, k -> new AtomicLong()).incrementAndGet();
                    if (firstErrors.size() < 40) {
                        firstErrors.add(now() + " ms till " + till + " on " + node + ": " + why + " "
                                + e.getMessage().lines().findFirst().orElse(""));
                    }
                    boolean keep = e.getErrorCode() == 1213 || e.getErrorCode() == 1205 || e.getErrorCode() == 1062;
                    if (keep) {
                        try {
                            c.rollback();
                        } catch (SQLException gone) {
                            keep = false;
                        }
                    }
                    if (!keep) {
                        close(c);
                        c = null;
                        node = "?";
                    }
                    if (attempt > 1000) {
                        throw new IllegalStateException("transaction " + txn + " failed 1000 times", e);
                    }
                    sleep(Math.min(500, 20L * attempt));
                }
            }
        }
        close(c);
    }

    /** One earn; false when the transaction id is already in the ledger (an earlier attempt committed). */
    static boolean earn(Connection c, String txn, long account, long points, String node) throws SQLException {
        long balance;
        try (PreparedStatement s = c.prepareStatement("SELECT balance FROM load_account WHERE id = ? FOR UPDATE")) {
            s.setLong(1, account);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                balance = r.getLong(1);
            }
        }
        try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM load_ledger WHERE txn_id = ?")) {
            s.setString(1, txn);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                if (r.getLong(1) > 0) {
                    c.rollback();
                    return false;
                }
            }
        }
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO load_ledger (txn_id, account_id, points, node) VALUES (?, ?, ?, ?)")) {
            s.setString(1, txn);
            s.setLong(2, account);
            s.setLong(3, points);
            s.setString(4, node);
            s.executeUpdate();
        }
        // the new balance computed from the one read under the lock, as the application does
        try (PreparedStatement s = c.prepareStatement("UPDATE load_account SET balance = ? WHERE id = ?")) {
            s.setLong(1, balance + points);
            s.setLong(2, account);
            s.executeUpdate();
        }
        c.commit();
        return true;
    }

    static String reason(SQLException e) {
        // the server's error code when there is one: Connector/J reports 1047 ("WSREP has not yet prepared node for
        // application use") with SQLState 08S01, as it does a lost connection (code 0)
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        return e.getErrorCode() == 0 ? "connection(" + state + ")" : Integer.toString(e.getErrorCode());
    }

    static void report() {
        List<long[]> all = new ArrayList<>(commits);
        all.sort((a, b) -> Long.compare(a[0], b[0]));
        List<long[]> gaps = new ArrayList<>(); // {length, from}
        for (int i = 1; i < all.size(); i++) {
            gaps.add(new long[] {all.get(i)[0] - all.get(i - 1)[0], all.get(i - 1)[0]});
        }
        gaps.sort((a, b) -> Long.compare(b[0], a[0]));
        long maxGap = gaps.isEmpty() ? 0 : gaps.get(0)[0];
        long gapFrom = gaps.isEmpty() ? 0 : gaps.get(0)[1];
        System.out.printf("transactions committed: %d (of which %d found already committed on retry), per node %s%n",
                committed.size(), alreadyDone.get(), new TreeMap<>(perNode));
        System.out.printf("retries by cause: %s%n", new TreeMap<>(retries));
        System.out.printf("longest gap between two commits: %d ms (from %d ms); the next: %s%n", maxGap, gapFrom,
                gaps.stream().skip(1).limit(3).map(g -> g[0] + " ms (from " + g[1] + " ms)").toList());
        if (killAtMs >= 0) {
            // the last commit acknowledged by the killed node, the first by another one after the kill
            long lastKilled = -1;
            long firstOther = -1;
            for (long[] c : all) {
                if (c[1] == 1) {
                    lastKilled = c[0];
                } else if (c[0] > killAtMs && firstOther < 0) {
                    firstOther = c[0];
                }
            }
            long before = all.stream().filter(c -> c[0] > killAtMs - 10_000 && c[0] <= killAtMs).count();
            long resumed = firstOther;
            long after = all.stream().filter(c -> c[0] >= resumed && c[0] < resumed + 10_000).count();
            System.out.printf("kill done at %d ms; last commit acknowledged by %s at %d ms; first commit by another node"
                    + " at %d ms: writes stalled %d ms after the kill%n", killAtMs, killNode, lastKilled, firstOther,
                    firstOther - killAtMs);
            System.out.printf("throughput: %.0f tx/s in the 10 s before the kill, %.0f tx/s in the 10 s after writes"
                    + " resumed%n", before / 10.0, after / 10.0);
        }
        System.out.println("connections made after the start:");
        connects.forEach(e -> System.out.println("  " + e));
        System.out.println("first errors:");
        firstErrors.forEach(e -> System.out.println("  " + e));
    }

    /** On one node: every counted transaction there once with its points, nothing else, balances = sums. */
    static boolean check(String nodeUrl) throws SQLException {
        Map<String, Long> ledger = new HashMap<>();
        Map<Long, Long> sums = new HashMap<>();
        Map<Long, Long> balances = new HashMap<>();
        long rows = 0;
        try (Connection c = connect(nodeUrl); Statement s = c.createStatement()) {
            s.execute("SET SESSION wsrep_sync_wait = 1"); // read after everything the cluster has committed
            try (ResultSet r = s.executeQuery("SELECT txn_id, account_id, points FROM load_ledger")) {
                while (r.next()) {
                    rows++;
                    if (ledger.put(r.getString(1), r.getLong(3)) != null) {
                        System.out.println("  doubled: " + r.getString(1));
                    }
                    sums.merge(r.getLong(2), r.getLong(3), Long::sum);
                }
            }
            try (ResultSet r = s.executeQuery("SELECT id, balance FROM load_account")) {
                while (r.next()) {
                    balances.put(r.getLong(1), r.getLong(2));
                }
            }
        }
        long lost = 0;
        long wrongPoints = 0;
        for (Map.Entry<String, long[]> t : committed.entrySet()) {
            Long points = ledger.get(t.getKey());
            if (points == null) {
                lost++;
                if (lost <= 10) System.out.println("  lost: " + t.getKey());
            } else if (points != t.getValue()[1]) {
                wrongPoints++;
            }
        }
        long extra = ledger.keySet().stream().filter(k -> !committed.containsKey(k)).count();
        long doubled = rows - ledger.size();
        long badBalances = 0;
        for (Map.Entry<Long, Long> b : balances.entrySet()) {
            if (!b.getValue().equals(sums.getOrDefault(b.getKey(), 0L))) {
                badBalances++;
                System.out.printf("  account %d: balance %d, ledger sum %d%n", b.getKey(), b.getValue(),
                        sums.getOrDefault(b.getKey(), 0L));
            }
        }
        System.out.printf("check %s: ledger rows %d, counted committed %d, lost %d, doubled %d, not counted %d,"
                + " wrong points %d, balances != ledger sum %d%n", nodeUrl, rows, committed.size(), lost, doubled,
                extra, wrongPoints, badBalances);
        return lost == 0 && doubled == 0 && extra == 0 && wrongPoints == 0 && badBalances == 0;
    }

    static void close(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // already gone
            }
        }
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
