package jp.member.exports.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.crypto.SecretKey;
import javax.sql.DataSource;
import jp.member.exports.rules.ExportCells;
import jp.member.members.control.PersonalDataVault;
import jp.member.security.crypto.FileCipher;
import jp.member.shared.Settings;
import jp.member.shared.Traces;

/**
 * Generates an approved export in the background: one streaming pass over the selected members (cells opened,
 * formula-safe CSV, UTF-8, optional BOM) into an encrypted file, the member list recorded alongside on its own
 * thread ({@link MemberList}), the header row as keys or in Japanese as requested, progress committed every {@code export.progress.rows} (10,000) rows. Runs outside any
 * transaction on the managed executor, so it holds no locks and other users carry on; memory stays constant whatever
 * the size. If anything fails, the partial file and the member list are removed and the export is marked failed:
 * nothing half-written can be downloaded.
 */
@ApplicationScoped
public class ExportGenerator {

    private static final Logger LOG = Logger.getLogger(ExportGenerator.class.getName());

    @Resource(lookup = "jdbc/member")
    DataSource dataSource;

    @Resource
    ManagedExecutorService executor;

    @Resource
    ManagedThreadFactory threads;

    @Inject
    ExportProgress progress;

    @Inject
    ExportFiles files;

    @Inject
    PersonalDataVault vault;

    @Inject
    Settings settings;

    /** Starts generation once the approval has committed (before, the job could not see it approved). */
    void onApproved(@Observes(during = TransactionPhase.AFTER_SUCCESS) ExportApproved approved) {
        start(approved.exportId());
    }

    public void start(long exportId) {
        executor.execute(() -> generate(exportId));
    }

    /** Generates the export if it is approved and nobody else has claimed it; returns true when a file is ready. */
    public boolean generate(long exportId) {
        ExportJob job = progress.claim(exportId);
        if (job == null) {
            return false;
        }
        // the request's own updates run on another thread: a transaction started on this one would take in the
        // streaming connection this thread holds open, which then refuses every other statement
        ExecutorService updates = Executors.newSingleThreadExecutor(threads);
        try {
            return generate(job, updates);
        } finally {
            updates.shutdown();
        }
    }

    private boolean generate(ExportJob job, ExecutorService updates) {
        long exportId = job.id();
        long started = System.nanoTime();
        try {
            files.delete(job.ref());
            SecretKey key = FileCipher.newKey();
            ExportQuery.Counts counts;
            long[] written = {0};
            int every = Math.max(1, settings.intValue("export.progress.rows", 10_000));
            Future<?>[] reported = {CompletableFuture.completedFuture(null)};
            try (MemberList members = new MemberList(threads, dataSource, exportId);
                    Connection read = dataSource.getConnection()) {
                try (OutputStream encrypted = files.create(files.partFile(job.ref()), key);
                        Writer csv = new BufferedWriter(
                                new OutputStreamWriter(encrypted, StandardCharsets.UTF_8), 1 << 16)) {
                    if (job.withBom()) {
                        csv.write('\uFEFF');
                    }
                    csv.write(ExportCells.header(job.columns(), job.japaneseHeaders()));
                    counts = new ExportQuery(job.filter(), job.columns(), vault)
                            .stream(read, maxRows(), (memberId, cells) -> {
                                csv.write(ExportCells.line(cells));
                                members.add(memberId);
                                long rows = ++written[0];
                                // at most one update on its way: progress never holds up the export
                                if (rows % every == 0 && reported[0].isDone()) {
                                    reported[0] = updates.submit(() -> progress.progress(exportId, rows));
                                }
                            });
                }
                if (counts.included() > maxRows()) {
                    throw new IllegalStateException("more rows than export.max.rows");
                }
                members.finish();
                reported[0].get();
            }
            files.publish(job.ref());
            long bytes = files.size(job.ref());
            byte[] sealedKey = files.sealKey(job.ref(), key);
            updates.submit(() -> progress.ready(exportId, written[0], counts.excluded(), bytes, sealedKey))
                    .get();
            LOG.info(() -> String.format(
                    "Export %d ready: %d rows in %.1f s", exportId, written[0], (System.nanoTime() - started) / 1e9));
            return true;
        } catch (Exception | Error e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            // frames without messages: a message could carry a value from the data
            LOG.log(Level.WARNING, () -> "Export " + exportId + " failed: " + Traces.of(e));
            discard(job.ref());
            try {
                updates.submit(() -> progress.fail(exportId, rootClass(e))).get();
            } catch (Exception notRecorded) {
                // the housekeeping fails it when its heartbeat is old enough
                LOG.log(
                        Level.SEVERE,
                        () -> "Export " + exportId + " could not be marked failed: " + Traces.of(notRecorded));
            }
            return false;
        }
    }

    /** The innermost cause's simple class name, recorded as the reason (a failure on a helper thread arrives wrapped). */
    private static String rootClass(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName();
    }

    public long maxRows() {
        return settings.intValue("export.max.rows", 1_000_000);
    }

    private void discard(String ref) {
        try {
            files.delete(ref);
        } catch (IOException e) {
            LOG.log(
                    Level.SEVERE,
                    () -> "Export file " + ref + " could not be deleted; delete it by hand: " + Traces.of(e));
        }
    }
}
