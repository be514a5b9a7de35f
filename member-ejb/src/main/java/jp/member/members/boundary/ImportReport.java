package jp.member.members.boundary;

import java.util.List;

/**
 * The outcome of a bulk import: counts, and why rows were refused (line, field, message key) — never the values
 * themselves, so the report can be shown and kept without exposing personal data.
 */
public record ImportReport(long rowsRead, long imported, long rejected, List<Rejection> rejections) {

    /** At most this many rejections are listed; the count is always complete. */
    public static final int MAX_LISTED = 1000;

    public record Rejection(long line, String field, String messageKey) {}
}
