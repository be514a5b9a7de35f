package jp.member.web.failure;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.logging.Level;
import java.util.logging.Logger;
import jp.member.shared.OneLine;
import jp.member.shared.Traces;

/**
 * Writes failures to the server log so that they can be diagnosed and cannot flood it. An expected refusal (an
 * expired or forged form, a missing role, a malformed request) is one line and a count; an unexpected failure is
 * its incident id with the stack frames of the exception and its causes, never a message (see {@link Traces}). The
 * path is logged without its query, with long digit runs (member numbers) hidden.
 */
public final class FailureLog {

    private static final Logger LOG = Logger.getLogger(FailureLog.class.getName());
    private static final int PATH_MAX = 200;
    private static final Map<String, LongAdder> REFUSALS = new ConcurrentHashMap<>();

    private FailureLog() {}

    public static void record(Failure failure, HttpServletRequest request, Throwable cause) {
        String where = request.getMethod() + " " + path(request);
        if (failure.kind() == Failure.Kind.FORBIDDEN) {
            CDI.current().select(AccessDenials.class).get().record(request);
        }
        if (failure.kind().expected()) {
            LongAdder count = REFUSALS.computeIfAbsent(failure.kind() + " " + failure.status(), k -> new LongAdder());
            count.increment();
            LOG.info(() -> "Refused " + failure.kind() + " (" + failure.status() + ") " + where + ", " + count.sum()
                    + " since start");
        } else {
            LOG.log(
                    Level.SEVERE,
                    () -> "Incident " + failure.incident() + " at " + where
                            + (cause == null ? ": status " + failure.status() : ": " + Traces.of(cause)));
        }
    }

    /** Refusals by kind and status since the server started (for monitoring). */
    public static Map<String, Long> refusals() {
        Map<String, Long> counts = new TreeMap<>();
        REFUSALS.forEach((key, count) -> counts.put(key, count.sum()));
        return counts;
    }

    /** The path the client asked for (on an error dispatch the original one), without query, digit runs hidden. */
    static String path(HttpServletRequest request) {
        String uri = AccessDenials.original(request);
        return OneLine.fit(uri == null ? "?" : uri.replaceAll("\\d{6,}", "#"), PATH_MAX);
    }
}
