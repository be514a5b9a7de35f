package jp.member.bench;

import com.mysql.cj.jdbc.MysqlDataSource;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jp.member.members.control.PersonalDataVault;
import jp.member.members.demo.SyntheticMembers;
import jp.member.security.crypto.BlindIndex;
import jp.member.security.crypto.FieldCipher;
import jp.member.security.crypto.KeyRing;
import org.flywaydb.core.Flyway;

/**
 * The benchmark driver: an empty database, the schema by the application's migrations, then (a) bulk import vs raw
 * batch insert, (b) agent lookup vs raw indexed lookup and the points figures ({@link PointsBenchmark}); prints the
 * tables and writes target/bench/results.md.
 */
public final class Benchmarks {

    /** Keys for benchmark data only (synthetic members, thrown away). */
    static final String DATA_KEYS = "bench:" + "A".repeat(43) + "=";

    static final String INDEX_KEY = "B".repeat(43) + "=";
    static final long SEED = 42L;
    static final LocalDate REFERENCE = LocalDate.of(2026, 11, 28);

    private Benchmarks() {}

    public static void main(String[] args) throws Exception {
        int members = Integer.getInteger("bench.members", 1_000_000);
        Path dir = Path.of(System.getProperty("bench.dir", "target/bench"));
        Files.createDirectories(dir);
        String url = System.getProperty("bench.db.url");
        MysqlDataSource db = new MysqlDataSource();
        db.setUrl(url);
        db.setUser("root");
        db.setPassword("bench");
        Flyway.configure(Benchmarks.class.getClassLoader())
                .dataSource(db)
                .cleanDisabled(false)
                .load()
                .clean();
        Flyway.configure(Benchmarks.class.getClassLoader())
                .dataSource(db)
                .locations("classpath:db/migration")
                .load()
                .migrate();

        KeyRing keys = KeyRing.parse(DATA_KEYS, INDEX_KEY);
        PersonalDataVault vault = new PersonalDataVault(new FieldCipher(keys), new BlindIndex(keys));
        System.out.printf("Importing %,d synthetic members ...%n", members);
        ImportBenchmark.Result imported =
                ImportBenchmark.run(db, vault, dir, new SyntheticMembers(SEED, REFERENCE), members);

        System.out.println("Audit: seeding the chain ...");
        long[] auditSeeded = AuditBenchmark.seed(db, members);
        AuditBenchmark.Result audit;
        List<LookupBenchmark.Result> lookups;
        PointsBenchmark.Result points;
        Map<String, String> environment = Map.of(
                "MEMBER_DB_URL",
                url,
                "MEMBER_DB_USER",
                "root",
                "MEMBER_DB_PASSWORD",
                "bench",
                "MEMBER_DATA_KEYS",
                DATA_KEYS,
                "MEMBER_INDEX_KEY",
                INDEX_KEY);
        try (BenchServer server = BenchServer.start(environment, dir)) {
            lookups = LookupBenchmark.all(server, db, members, SEED, REFERENCE.toString());
            System.out.println("Points: seeding the ledger, then report, earns and expiry ...");
            points = PointsBenchmark.run(server, db);
            System.out.println("Audit: verifying the whole chain ...");
            audit = AuditBenchmark.verify(server, auditSeeded);
        }

        String report = report(imported, lookups) + PointsBenchmark.report(points) + AuditBenchmark.report(audit);
        System.out.println(report);
        Files.writeString(dir.resolve("results.md"), report, StandardCharsets.UTF_8);
    }

    private static String report(ImportBenchmark.Result imported, List<LookupBenchmark.Result> lookups) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%n## Benchmarks (%,d members)%n%n", imported.members()));
        out.append("| (a) bulk import | rows/s |\n| --- | --- |\n");
        out.append(String.format(
                Locale.ROOT,
                "| application import (validate, encrypt, index, insert) | %,.0f |%n",
                imported.importRowsPerSecond()));
        out.append(String.format(
                Locale.ROOT, "| raw JDBC batch insert, same rows in clear | %,.0f |%n", imported.rawRowsPerSecond()));
        out.append(String.format(
                Locale.ROOT,
                "| **ratio** (target ≥ 0.5) | **%.2f** |%n%n",
                imported.importRowsPerSecond() / imported.rawRowsPerSecond()));
        out.append(String.format(
                Locale.ROOT,
                "Import report: %,d read, %,d imported, %,d rejected.%n%n",
                imported.report().rowsRead(),
                imported.report().imported(),
                imported.report().rejected()));
        out.append("| (b) lookup by phone | callers | lookups/s | p50 ms | p95 ms | p99 ms |\n");
        out.append("| --- | --- | --- | --- | --- | --- |\n");
        for (LookupBenchmark.Result r : lookups) {
            out.append(String.format(
                    Locale.ROOT,
                    "| %s | %d | %,.0f | %.2f | %.2f | %.2f |%n",
                    r.mode(),
                    r.threads(),
                    r.perSecond(),
                    r.p50(),
                    r.p95(),
                    r.p99()));
        }
        for (int threads : new int[] {1, 8}) {
            double service = lookups.stream()
                    .filter(r -> r.threads() == threads && r.mode().startsWith("application"))
                    .mapToDouble(LookupBenchmark.Result::perSecond)
                    .findFirst()
                    .orElse(Double.NaN);
            double raw = lookups.stream()
                    .filter(r -> r.threads() == threads && r.mode().startsWith("raw"))
                    .mapToDouble(LookupBenchmark.Result::perSecond)
                    .findFirst()
                    .orElse(Double.NaN);
            double unaudited = lookups.stream()
                    .filter(r -> r.threads() == threads && r.mode().startsWith("same work"))
                    .mapToDouble(LookupBenchmark.Result::perSecond)
                    .findFirst()
                    .orElse(Double.NaN);
            out.append(String.format(
                    Locale.ROOT, "%nLookup throughput ratio at %d caller(s): %.2f", threads, service / raw));
            out.append(String.format(
                    Locale.ROOT,
                    "%nAudit trail cost at %d caller(s): %.0f %% fewer lookups/s than without it (target ≤ 20 %%)",
                    threads,
                    100 * (1 - service / unaudited)));
        }
        out.append("\n");
        return out.toString();
    }
}
