package jp.member.bench;

import com.sun.management.GcInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The server's heap as the benchmarks report it, read inside the server: what stays after a full collection (what
 * the server holds on to), the highest use while a job runs, and the maximum the JVM may grow to. Benchmark WAR only.
 */
final class ServerHeap {

    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

    private ServerHeap() {}

    /** The most the heap may grow to (-Xmx, or the JVM's default). */
    static long max() {
        return MEMORY.getHeapMemoryUsage().getMax();
    }

    static long used() {
        return MEMORY.getHeapMemoryUsage().getUsed();
    }

    /** Used heap right after a full collection. */
    static long usedAfterFullCollection() {
        System.gc();
        return used();
    }

    /** Starts the pools' peak figures afresh, so that {@link #poolPeaks()} covers what follows. */
    static void resetPeaks() {
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /**
     * The sum of each heap pool's peak since {@link #resetPeaks()}: an upper bound of the peak (the pools need not
     * peak at the same moment).
     */
    static long poolPeaks() {
        return heapPools().stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .toList();
    }

    /**
     * Samples the heap while a job runs: the highest use seen, and the highest use left after any collection seen (the
     * live data plus what the collector kept; a heap that grows with the job shows it here).
     */
    static final class Watch {

        private final Set<String> heapPoolNames =
                heapPools().stream().map(MemoryPoolMXBean::getName).collect(Collectors.toUnmodifiableSet());
        private final Map<String, Long> lastCollection = new HashMap<>();
        private long peakUsed;
        private long peakAfterCollection;
        private int collections;

        Watch() {
            forEachNewCollection(info -> {}); // collections before the watch began do not count
        }

        void sample() {
            peakUsed = Math.max(peakUsed, used());
            forEachNewCollection(info -> {
                collections++;
                long after = info.getMemoryUsageAfterGc().entrySet().stream()
                        .filter(e -> heapPoolNames.contains(e.getKey()))
                        .mapToLong(e -> e.getValue().getUsed())
                        .sum();
                peakAfterCollection = Math.max(peakAfterCollection, after);
            });
        }

        long peakUsed() {
            return peakUsed;
        }

        long peakAfterCollection() {
            return peakAfterCollection;
        }

        /** Collections seen (several between two samples count as one). */
        int collections() {
            return collections;
        }

        private void forEachNewCollection(Consumer<GcInfo> action) {
            for (GarbageCollectorMXBean bean : ManagementFactory.getGarbageCollectorMXBeans()) {
                if (bean instanceof com.sun.management.GarbageCollectorMXBean collector) {
                    GcInfo info = collector.getLastGcInfo();
                    Long seen = lastCollection.get(bean.getName());
                    if (info != null && (seen == null || seen != info.getId())) {
                        lastCollection.put(bean.getName(), info.getId());
                        action.accept(info);
                    }
                }
            }
        }
    }
}
