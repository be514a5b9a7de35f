package jp.member.audit.control;

/**
 * What an audit entry can be about besides a member, by id: written at the head of the entry's target
 * ({@code export:42;…}), from which the database derives the typed columns {@code subject_kind} and {@code
 * subject_id} (migration V10) that questions to the trail join on.
 */
public enum AuditSubject {
    /** A data export request and its file. */
    EXPORT("export"),
    /** A monitoring alert. */
    ALERT("alert"),
    /** A point adjustment waiting for, or decided by, a second manager. */
    ADJUSTMENT_REQUEST("request");

    private final String kind;

    AuditSubject(String kind) {
        this.kind = kind;
    }

    /** The kind as stored in {@code subject_kind}. */
    public String kind() {
        return kind;
    }
}
