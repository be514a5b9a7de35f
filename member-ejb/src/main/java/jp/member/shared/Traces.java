package jp.member.shared;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * A failure as a log may show it: the class of the exception and of each cause, with their stack frames (class,
 * method, file and line), and never a message. Messages are where input ends up — an SQL error quotes the value that
 * broke a constraint, a parser quotes the text it could not read — so a log built from this can be diagnosed without
 * holding personal data.
 */
public final class Traces {

    /** Frames kept per exception; the innermost ones name where it failed, the rest is counted. */
    static final int FRAMES = 40;

    private Traces() {}

    /** The exception's classes and frames, one frame per line, causes and suppressed exceptions included. */
    public static String of(Throwable failure) {
        StringBuilder out = new StringBuilder();
        append(out, failure, "", Collections.newSetFromMap(new IdentityHashMap<>()));
        return out.toString();
    }

    private static void append(StringBuilder out, Throwable t, String prefix, Set<Throwable> seen) {
        if (!seen.add(t)) {
            out.append(prefix)
                    .append("[circular reference] ")
                    .append(t.getClass().getName());
            return;
        }
        out.append(prefix).append(t.getClass().getName());
        StackTraceElement[] frames = t.getStackTrace();
        int shown = Math.min(frames.length, FRAMES);
        for (int i = 0; i < shown; i++) {
            out.append("\n\tat ").append(frame(frames[i]));
        }
        if (frames.length > shown) {
            out.append("\n\t... ").append(frames.length - shown).append(" more");
        }
        for (Throwable suppressed : t.getSuppressed()) {
            append(out.append('\n'), suppressed, "Suppressed: ", seen);
        }
        Throwable cause = t.getCause();
        if (cause != null) {
            append(out.append('\n'), cause, "Caused by: ", seen);
        }
    }

    /** Class, method, file and line: what {@link StackTraceElement#toString()} prints, without module details. */
    private static String frame(StackTraceElement e) {
        String where = e.isNativeMethod()
                ? "Native Method"
                : e.getFileName() == null
                        ? "Unknown Source"
                        : e.getLineNumber() >= 0 ? e.getFileName() + ":" + e.getLineNumber() : e.getFileName();
        return e.getClassName() + "." + e.getMethodName() + "(" + where + ")";
    }
}
