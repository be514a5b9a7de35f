package jp.member.audit.boundary;

import java.io.Serializable;
import java.time.Instant;
import jp.member.audit.entity.AccessPurpose;
import jp.member.audit.entity.AuditEventType;
import jp.member.audit.rules.HourWindow;

/**
 * What an auditor looks for; every part is optional. {@code memberNumber} may be a current or a retired number of
 * the member; {@code inquiryNumber} is the inquiry an access was made under, exactly; {@code to} is exclusive;
 * {@code hours} narrows to a time of day on the business clock.
 */
public record AuditQuery(
        String actor,
        String memberNumber,
        AuditEventType type,
        AccessPurpose purpose,
        String inquiryNumber,
        Instant from,
        Instant to,
        HourWindow hours)
        implements Serializable {

    /** By actor, member, type and period only. */
    public AuditQuery(String actor, String memberNumber, AuditEventType type, Instant from, Instant to) {
        this(actor, memberNumber, type, null, null, from, to, null);
    }

    /** "Who saw member X": every read of the member's personal data. */
    public static AuditQuery whoSaw(String memberNumber) {
        return new AuditQuery(null, memberNumber, AuditEventType.PERSONAL_DATA_READ, null, null);
    }

    /** "What did staff Y see between T1 and T2". */
    public static AuditQuery whatSaw(String actor, Instant from, Instant to) {
        return new AuditQuery(actor, null, AuditEventType.PERSONAL_DATA_READ, from, to);
    }

    /** The criteria in one line, for the trail's own record of the search (ids and names only). */
    String summary() {
        StringBuilder s = new StringBuilder();
        append(s, "actor", actor);
        append(s, "type", type == null ? null : type.name());
        append(s, "purpose", purpose == null ? null : purpose.name());
        append(s, "inquiry", inquiryNumber);
        append(s, "from", from == null ? null : from.toString());
        append(s, "to", to == null ? null : to.toString());
        append(s, "hours", hours == null ? null : hours.toString());
        return s.length() == 0 ? "all" : s.toString();
    }

    private static void append(StringBuilder s, String name, String value) {
        if (value != null && !value.isBlank()) {
            s.append(s.length() == 0 ? "" : ";").append(name).append('=').append(value);
        }
    }
}
