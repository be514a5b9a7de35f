package jp.member.exports.control;

import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

/**
 * Records an export's member list while the export streams, on a thread and a connection of its own: the export
 * hands over blocks of 1,000 ids through a short queue and goes on writing the file instead of waiting for each
 * INSERT. (It must be another thread, not just another connection: the container ties a thread's connections to a
 * transaction started on that thread.) Closing it without {@link #finish()} — a failed export — removes what was
 * recorded; so does the writer itself when it fails.
 */
final class MemberList implements AutoCloseable {

    private static final int BLOCK = 1_000;
    private static final long[] END = new long[0];
    private static final long[] ABORT = new long[0];

    private final BlockingQueue<long[]> queue = new ArrayBlockingQueue<>(16);
    private final FutureTask<Void> writer;
    private long[] block = new long[BLOCK];
    private int filled;
    private boolean finished;

    MemberList(ThreadFactory threads, DataSource dataSource, long exportId) {
        writer = new FutureTask<>(() -> {
            write(dataSource, exportId);
            return null;
        });
        threads.newThread(writer).start();
    }

    void add(long memberId) throws InterruptedException, ExecutionException {
        block[filled++] = memberId;
        if (filled == BLOCK) {
            hand(block);
            block = new long[BLOCK];
            filled = 0;
        }
    }

    /** Hands over the rest and waits until everything is committed; throws if the writer failed. */
    void finish() throws InterruptedException, ExecutionException {
        hand(Arrays.copyOf(block, filled));
        hand(END);
        writer.get();
        finished = true;
    }

    /** Without {@link #finish()}: the writer removes the ids it recorded, and this waits for it. */
    @Override
    public void close() throws InterruptedException {
        if (finished || writer.isDone()) {
            return;
        }
        try {
            hand(ABORT);
            writer.get();
        } catch (ExecutionException alreadyReported) {
            // the writer failed and cleaned up after itself; the export's own failure is what gets reported
        }
    }

    private void hand(long[] ids) throws InterruptedException, ExecutionException {
        while (!queue.offer(ids, 1, TimeUnit.SECONDS)) {
            if (writer.isDone()) {
                writer.get();
                throw new IllegalStateException("the member list writer stopped");
            }
        }
    }

    private void write(DataSource dataSource, long exportId) throws Exception {
        try (ExportMembers members = new ExportMembers(dataSource.getConnection(), exportId)) {
            try {
                for (long[] ids = queue.take(); ids != END; ids = queue.take()) {
                    if (ids == ABORT) {
                        members.discard();
                        return;
                    }
                    for (long id : ids) {
                        members.add(id);
                    }
                }
                members.finish();
            } catch (Exception | Error e) {
                members.discard();
                throw e;
            }
        }
    }
}
