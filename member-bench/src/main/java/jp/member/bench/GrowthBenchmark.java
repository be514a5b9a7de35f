package jp.member.bench;

import com.mysql.cj.jdbc.MysqlDataSource;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import jp.member.demo.SyntheticMembers;
import jp.member.members.control.PersonalDataVault;

/**
 * How cost grows with the member base (issue 16): the base is imported through the application's import in tranches
 * up to each size of {@code -Dbench.growth} (e.g. {@code 100000,1000000}), and after each tranche the agent's lookup
 * by phone runs through the service path at 8 callers over the whole base. The lookup's p95 must stay flat (the blind
 * index makes it one indexed read whatever the size) and the import's rate must not fall as the tables grow.
 */
final class GrowthBenchmark {

    /** After a tranche: the base's size, the tranche's import rate, and the lookup over the whole base. */
    record Step(long members, long imported, double importRowsPerSecond, Phase lookup) {}

    private GrowthBenchmark() {}

    /** The sizes asked for, smallest first; the first is the base imported before the server starts. */
    static int[] sizes() {
        String asked = System.getProperty("bench.growth", "");
        if (asked.isBlank()) {
            return new int[] {100_000, 1_000_000};
        }
        int[] sizes = Arrays.stream(asked.split(","))
                .map(String::strip)
                .mapToInt(Integer::parseInt)
                .sorted()
                .toArray();
        if (sizes[0] < 1_000) {
            throw new IllegalArgumentException("bench.growth: sizes start at 1,000 members: " + asked);
        }
        return sizes;
    }

    /**
     * Runs the steps after the first import ({@code firstRate} rows/s for {@code sizes[0]} members, done before the
     * server started): lookup, then the next tranche and the lookup again, up to the largest size.
     */
    static List<Step> run(
            BenchServer server,
            MysqlDataSource db,
            PersonalDataVault vault,
            Path dir,
            SyntheticMembers generator,
            int[] sizes,
            double firstRate,
            long seed,
            String reference)
            throws Exception {
        List<Step> steps = new ArrayList<>();
        LookupBenchmark.prepare(server, db, sizes[0], seed, reference);
        steps.add(new Step(
                sizes[0], sizes[0], firstRate, LookupBenchmark.service(server, db, sizes[0], seed, reference)));
        for (int i = 1; i < sizes.length; i++) {
            int tranche = sizes[i] - sizes[i - 1];
            System.out.printf("Growth: importing %,d more members (to %,d) ...%n", tranche, sizes[i]);
            long start = System.nanoTime();
            long imported =
                    ImportBenchmark.seed(db, vault, dir, generator, tranche).imported();
            double rate = imported / ((System.nanoTime() - start) / 1e9);
            steps.add(
                    new Step(sizes[i], imported, rate, LookupBenchmark.service(server, db, sizes[i], seed, reference)));
        }
        return steps;
    }

    static String report(List<Step> steps) {
        StringBuilder out = new StringBuilder(
                "| (g) members | imported in this step | import rows/s | lookups/s (service path, 8 callers)"
                        + " | p50 ms | p95 ms | p99 ms |\n| --- | --- | --- | --- | --- | --- | --- |\n");
        for (Step s : steps) {
            out.append(String.format(
                    Locale.ROOT,
                    "| %,d | %,d | %,.0f | %,.0f | %.2f | %.2f | %.2f |%n",
                    s.members(),
                    s.imported(),
                    s.importRowsPerSecond(),
                    s.lookup().perSecond(),
                    s.lookup().p50(),
                    s.lookup().p95(),
                    s.lookup().p99()));
        }
        Step first = steps.get(0);
        Step last = steps.get(steps.size() - 1);
        out.append(String.format(
                Locale.ROOT,
                "%nFrom %,d to %,d members: lookup p95 × %.2f, import rate × %.2f (flat and linear: both near 1)%n",
                first.members(),
                last.members(),
                last.lookup().p95() / first.lookup().p95(),
                last.importRowsPerSecond() / first.importRowsPerSecond()));
        return out.toString();
    }
}
