package jp.member.bench;

import com.mysql.cj.jdbc.MysqlDataSource;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import jp.member.demo.SyntheticMembers;
import jp.member.members.control.PersonalDataVault;
import jp.member.security.crypto.BlindIndex;
import jp.member.security.crypto.FieldCipher;
import jp.member.security.crypto.KeyRing;
import jp.member.shared.BusinessTime;
import org.flywaydb.core.Flyway;

/**
 * The benchmark driver: an empty database, the schema by the application's migrations, then (a) bulk import vs raw
 * batch insert, (b) agent lookup vs raw indexed lookup, the points figures ({@link PointsBenchmark}), the audit chain
 * ({@link AuditBenchmark}), the export ({@link ExportBenchmark}), an agent's call in the browser
 * ({@link WorkspaceBenchmark}) and an incident's affected members from the trail ({@link IncidentBenchmark}); prints
 * the tables and writes target/bench/results.md. {@code -Dbench.only=export} (names from {@link #ALL},
 * comma-separated) runs only those (the members are imported in any case); nothing named runs everything.
 */
public final class Benchmarks {

    /** Keys for benchmark data only (synthetic members, thrown away). */
    static final String DATA_KEYS = "bench:" + "A".repeat(43) + "=";

    static final String INDEX_KEY = "B".repeat(43) + "=";
    static final long SEED = 42L;
    static final LocalDate REFERENCE = LocalDate.of(2026, 11, 28);

    private Benchmarks() {}

    /** The benchmarks by name, in the order they run; {@code -Dbench.only=export,audit} runs some of them. */
    static final List<String> ALL =
            List.of("import", "lookup", "points", "audit", "export", "workspace", "incident", "growth");

    /** Run only when named: the growth benchmark imports its own base, up to {@code -Dbench.growth}'s sizes. */
    private static final Set<String> ONLY_WHEN_NAMED = Set.of("growth");

    public static void main(String[] args) throws Exception {
        Set<String> only = selection(System.getProperty("bench.only", ""));
        int[] growthSizes = only.contains("growth") ? GrowthBenchmark.sizes() : null;
        // the growth benchmark starts from its smallest size and imports the rest itself
        int members = growthSizes != null ? growthSizes[0] : Integer.getInteger("bench.members", 1_000_000);
        Path dir = Path.of(System.getProperty("bench.dir", "target/bench"));
        Files.createDirectories(dir);
        String url = System.getProperty("bench.db.url");
        MysqlDataSource db = new MysqlDataSource();
        db.setUrl(url);
        // the account the build generated for the bench database (config/embedded-db/credentials.groovy)
        String user = System.getenv("BENCH_DB_USER");
        String password = System.getenv("BENCH_DB_PASSWORD");
        db.setUser(user);
        db.setPassword(password);
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
        BenchServer.allowLoopback(db);

        KeyRing keys = KeyRing.parse(DATA_KEYS, INDEX_KEY);
        PersonalDataVault vault = new PersonalDataVault(new FieldCipher(keys), new BlindIndex(keys));
        SyntheticMembers generator = new SyntheticMembers(SEED, REFERENCE);
        System.out.printf("Importing %,d synthetic members ...%n", members);
        ImportBenchmark.Result imported = null;
        long importStart = System.nanoTime();
        if (only.contains("import")) {
            imported = ImportBenchmark.run(db, vault, dir, generator, members);
        } else {
            ImportBenchmark.seed(db, vault, dir, generator, members);
        }
        double firstImportRate = members / ((System.nanoTime() - importStart) / 1e9);

        long[] auditSeeded = null;
        if (only.contains("audit") || only.contains("incident")) {
            // one trail for both: the incident benchmark computes its scope from the chain the audit one verifies
            System.out.println("Audit: seeding the chain ...");
            auditSeeded = AuditBenchmark.seed(db, members);
        }
        if (only.contains("workspace") && !only.contains("points")) {
            // the points tab shows a member with a year of history, as in the points benchmark
            System.out.println("Workspace: seeding the ledger ...");
            PointsBenchmark.seed(db, LocalDate.now(BusinessTime.DEFAULT_ZONE));
        }
        AuditBenchmark.Result audit = null;
        List<Phase> lookups = null;
        PointsBenchmark.Result points = null;
        ExportBenchmark.Result export = null;
        WorkspaceBenchmark.Result workspace = null;
        IncidentBenchmark.Result incident = null;
        List<GrowthBenchmark.Step> growth = null;
        // benchmarks that failed, by name: the others' figures are still reported
        Map<String, String> failures = new LinkedHashMap<>();
        Map<String, String> environment = new HashMap<>(Map.of(
                "MEMBER_DB_URL",
                url,
                "MEMBER_DB_USER",
                user,
                "MEMBER_DB_PASSWORD",
                password,
                "MEMBER_DATA_KEYS",
                DATA_KEYS,
                "MEMBER_INDEX_KEY",
                INDEX_KEY));
        environment.putAll(ExportBenchmark.environment(dir, members));
        if (only.stream().anyMatch(name -> !name.equals("import"))) {
            try (BenchServer server = BenchServer.start(environment, dir)) {
                if (only.contains("lookup")) {
                    lookups = LookupBenchmark.all(server, db, members, SEED, REFERENCE.toString());
                }
                if (growthSizes != null) {
                    // with the import benchmark the first step's rate includes its raw comparison: use import alone
                    growth = GrowthBenchmark.run(
                            server,
                            db,
                            vault,
                            dir,
                            generator,
                            growthSizes,
                            imported != null ? imported.importRowsPerSecond() : firstImportRate,
                            SEED,
                            REFERENCE.toString());
                }
                if (only.contains("points")) {
                    System.out.println("Points: seeding the ledger, then report, earns and expiry ...");
                    points = PointsBenchmark.run(server, db);
                }
                if (only.contains("audit")) {
                    System.out.println("Audit: verifying the whole chain ...");
                    if (!only.contains("lookup")) {
                        // the verification signs in as the lookup benchmark's agent, made by that benchmark
                        BenchServer.createStaff(db, LookupBenchmark.AGENT, LookupBenchmark.PASSWORD, "AGENT");
                    }
                    audit = AuditBenchmark.verify(server, auditSeeded);
                }
                if (only.contains("export")) {
                    ExportBenchmark.seedAccounts(db);
                    try {
                        export = ExportBenchmark.run(server, db, dir);
                    } catch (IllegalStateException e) {
                        failures.put("Export", e.getMessage());
                    }
                }
                if (only.contains("workspace")) {
                    System.out.println("Workspace: an agent's calls in the browser ...");
                    try {
                        workspace = WorkspaceBenchmark.run(db, dir, members, SEED, REFERENCE);
                    } catch (IllegalStateException | org.openqa.selenium.WebDriverException e) {
                        failures.put("Workspace", e.getMessage());
                    }
                }
                if (only.contains("incident")) {
                    System.out.println("Incident: affected members of one account over 30 days ...");
                    // usable balances are counted from point accounts: made here when no earlier benchmark made them
                    ExportBenchmark.seedAccounts(db);
                    try {
                        incident = IncidentBenchmark.run(server, db);
                    } catch (IllegalStateException e) {
                        failures.put("Incident scope", e.getMessage());
                    }
                }
            }
        }

        StringBuilder report =
                new StringBuilder(String.format(Locale.ROOT, "%n## Benchmarks (%,d members)%n%n", members));
        if (imported != null) {
            report.append(importReport(imported));
        }
        if (lookups != null) {
            report.append(lookupReport(lookups));
        }
        if (points != null) {
            report.append(PointsBenchmark.report(points));
        }
        if (audit != null) {
            report.append(AuditBenchmark.report(audit));
        }
        if (export != null) {
            report.append(ExportBenchmark.report(export));
        }
        if (workspace != null) {
            report.append(WorkspaceBenchmark.report(workspace, members));
        }
        if (growth != null) {
            report.append(GrowthBenchmark.report(growth));
        }
        if (incident != null) {
            report.append(IncidentBenchmark.report(incident));
        }
        failures.forEach((name, failure) ->
                report.append(String.format(Locale.ROOT, "%n## %s%n%nNot measured: %s%n", name, failure)));
        System.out.println(report);
        Files.writeString(dir.resolve("results.md"), report, StandardCharsets.UTF_8);
        if (!failures.isEmpty()) {
            throw new IllegalStateException("benchmarks failed: " + failures.keySet());
        }
    }

    /** The benchmarks to run: all when nothing is named. */
    private static Set<String> selection(String names) {
        if (names.isBlank()) {
            Set<String> all = new LinkedHashSet<>(ALL);
            all.removeAll(ONLY_WHEN_NAMED);
            return all;
        }
        Set<String> selected = new LinkedHashSet<>();
        for (String name : names.split(",")) {
            String n = name.strip().toLowerCase(Locale.ROOT);
            if (!ALL.contains(n)) {
                throw new IllegalArgumentException("bench.only: unknown benchmark '" + n + "', known: " + ALL);
            }
            selected.add(n);
        }
        return selected;
    }

    private static String importReport(ImportBenchmark.Result imported) {
        StringBuilder out = new StringBuilder();
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
        return out.toString();
    }

    private static String lookupReport(List<Phase> lookups) {
        StringBuilder out = new StringBuilder();
        out.append("| (b) lookup by phone | callers | lookups/s | p50 ms | p95 ms | p99 ms"
                + " | server CPU ms/lookup | database CPU ms/lookup |\n");
        out.append("| --- | --- | --- | --- | --- | --- | --- | --- |\n");
        for (Phase r : lookups) {
            out.append(String.format(
                    Locale.ROOT,
                    "| %s | %d | %,.0f | %.2f | %.2f | %.2f | %.3f | %.3f |%n",
                    r.mode(),
                    r.threads(),
                    r.perSecond(),
                    r.p50(),
                    r.p95(),
                    r.p99(),
                    r.serverCpuMs(),
                    r.databaseCpuMs()));
        }
        for (int threads : new int[] {1, 8}) {
            double service = lookups.stream()
                    .filter(r -> r.threads() == threads && r.mode().startsWith("application"))
                    .mapToDouble(Phase::perSecond)
                    .findFirst()
                    .orElse(Double.NaN);
            double raw = lookups.stream()
                    .filter(r -> r.threads() == threads && r.mode().equals("raw JDBC indexed SELECT"))
                    .mapToDouble(Phase::perSecond)
                    .findFirst()
                    .orElse(Double.NaN);
            double sameWorkRaw = lookups.stream()
                    .filter(r -> r.threads() == threads && r.mode().startsWith("raw JDBC, the same work"))
                    .mapToDouble(Phase::perSecond)
                    .findFirst()
                    .orElse(Double.NaN);
            double unaudited = lookups.stream()
                    .filter(r -> r.threads() == threads && r.mode().startsWith("same work"))
                    .mapToDouble(Phase::perSecond)
                    .findFirst()
                    .orElse(Double.NaN);
            out.append(String.format(
                    Locale.ROOT, "%nLookup throughput ratio at %d caller(s): %.2f", threads, service / raw));
            out.append(String.format(
                    Locale.ROOT,
                    "%nAudit trail cost at %d caller(s): %.0f %% fewer lookups/s than without it (target ≤ 20 %%)",
                    threads,
                    100 * (1 - service / unaudited)));
            out.append(String.format(
                    Locale.ROOT,
                    "%nRatio to the same work with the trail in raw JDBC at %d caller(s): %.2f (target ≥ 0.8 if the"
                            + " commit itself is what costs)",
                    threads,
                    service / sameWorkRaw));
        }
        out.append("\n");
        return out.toString();
    }
}
