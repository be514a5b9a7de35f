package jp.member.audit.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import jp.member.audit.control.AuditEvent;
import jp.member.audit.control.AuditSubject;
import jp.member.audit.control.AuditTrail;
import jp.member.audit.control.MemberReferences;
import jp.member.audit.entity.AuditEntry;
import jp.member.audit.entity.AuditEventType;
import jp.member.audit.rules.HourWindow;
import jp.member.audit.rules.ZoneOffsets;
import jp.member.security.Roles;
import jp.member.shared.BusinessException;
import jp.member.shared.BusinessTime;

/**
 * The auditor's view of the trail: search by staff account, member number, event type, purpose of an access, inquiry,
 * time range and time of day (on the business clock), newest first; "who saw member X" and "what did staff Y see" are
 * such searches; both count the download of an export as a read (of every member in it). Every search and every CSV
 * export is itself recorded in the trail.
 */
@Stateless
@RolesAllowed(Roles.AUDITOR)
public class AuditSearch {

    public static final int PAGE_SIZE = 50;
    /** The longest actor one can search for: as long as the trail records one (for the search form). */
    public static final int ACTOR_MAX = AuditEntry.ACTOR_MAX;
    /** An export larger than this is refused: narrow the search (the trail itself is never bulk-exported here). */
    public static final int CSV_MAX_ROWS = 100_000;

    @PersistenceContext
    EntityManager em;

    @Inject
    MemberReferences members;

    @Inject
    AuditTrail trail;

    @Inject
    BusinessTime time;

    /** Page {@code page} (from 0) of the entries matching the query. */
    public AuditPage search(AuditQuery query, int page) {
        Long member = memberOf(query);
        int from = Math.max(0, page) * PAGE_SIZE;
        List<AuditRow> rows = rows(query, member, from, PAGE_SIZE + 1);
        record(AuditEventType.AUDIT_SEARCHED, query, member);
        boolean more = rows.size() > PAGE_SIZE;
        return new AuditPage(more ? rows.subList(0, PAGE_SIZE) : rows, Math.max(0, page), more);
    }

    /** The matching entries as CSV (UTF-8, header row, formula-safe cells, times in the business zone), oldest first. */
    public String csv(AuditQuery query) {
        Long member = memberOf(query);
        List<AuditRow> rows = rows(query, member, 0, CSV_MAX_ROWS + 1);
        if (rows.size() > CSV_MAX_ROWS) {
            throw new BusinessException("audit.export.tooLarge", CSV_MAX_ROWS);
        }
        record(AuditEventType.AUDIT_EXPORTED, query, member);
        return AuditCsv.of(rows, time.zone());
    }

    /** The trail's downloads of exports that contained the member (ids only; few, whatever the trail's size). */
    private List<Long> exportDownloads(long member) {
        @SuppressWarnings("unchecked")
        List<Object> ids = em.createNativeQuery("SELECT a.id FROM export_member x JOIN audit_entry a"
                        + " ON a.subject_kind = ?2 AND a.subject_id = x.export_id AND a.event_type = ?3"
                        + " WHERE x.member_id = ?1")
                .setParameter(1, member)
                .setParameter(2, AuditSubject.EXPORT.kind())
                .setParameter(3, AuditEventType.EXPORT_DOWNLOADED.name())
                .setMaxResults(1000)
                .getResultList();
        return ids.stream().map(id -> ((Number) id).longValue()).toList();
    }

    private List<AuditRow> rows(AuditQuery query, Long member, int first, int max) {
        List<Object> parameters = new ArrayList<>();
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        if (query.actor() != null && !query.actor().isBlank()) {
            parameters.add(query.actor().strip());
            where.append(" AND e.actor = ?").append(parameters.size());
        }
        boolean reads = query.type() == null || query.type() == AuditEventType.PERSONAL_DATA_READ;
        // a download of an export the member was in is a read of their data too
        List<Long> downloads = member != null && reads ? exportDownloads(member) : List.of();
        String alsoDownloads = downloads.isEmpty()
                ? ""
                : " OR e.id IN ("
                        + String.join(
                                ",", downloads.stream().map(String::valueOf).toList()) + ")";
        if (member != null) {
            parameters.add(member);
            where.append(" AND (e.member_id = ?")
                    .append(parameters.size())
                    .append(alsoDownloads)
                    .append(')');
        }
        if (query.type() != null) {
            parameters.add(query.type().name());
            where.append(" AND (e.event_type = ?")
                    .append(parameters.size())
                    .append(reads ? " OR e.event_type = 'EXPORT_DOWNLOADED')" : ")");
        }
        if (query.purpose() != null) {
            parameters.add(query.purpose().name());
            where.append(" AND e.purpose = ?").append(parameters.size());
        }
        if (query.inquiryNumber() != null && !query.inquiryNumber().isBlank()) {
            parameters.add(query.inquiryNumber().strip());
            where.append(" AND e.inquiry_number = ?").append(parameters.size());
        }
        if (query.hours() != null) {
            where.append(" AND ").append(hourCondition(query));
        }
        if (query.from() != null) {
            parameters.add(AuditEntry.micros(query.from()));
            where.append(" AND e.occurred_us >= ?").append(parameters.size());
        }
        if (query.to() != null) {
            parameters.add(AuditEntry.micros(query.to()));
            where.append(" AND e.occurred_us < ?").append(parameters.size());
        }
        Query q = em.createNativeQuery("SELECT e.id, e.occurred_us, e.event_type, e.outcome, e.actor, e.actor_kind,"
                + " e.client_address, m.member_number, e.target, e.fields, e.purpose, e.reason, e.inquiry_number,"
                + " c.seq FROM audit_entry e LEFT JOIN member m ON m.id = e.member_id"
                + " LEFT JOIN audit_chain c ON c.entry_id = e.id" + where + " ORDER BY e.id DESC");
        for (int i = 0; i < parameters.size(); i++) {
            q.setParameter(i + 1, parameters.get(i));
        }
        List<AuditRow> rows = new ArrayList<>();
        for (Object row : q.setFirstResult(first).setMaxResults(max).getResultList()) {
            Object[] r = (Object[]) row;
            rows.add(new AuditRow(
                    ((Number) r[0]).longValue(),
                    AuditEntry.instant(((Number) r[1]).longValue()),
                    (String) r[2],
                    (String) r[3],
                    (String) r[4],
                    (String) r[5],
                    (String) r[6],
                    (String) r[7],
                    (String) r[8],
                    (String) r[9],
                    (String) r[10],
                    (String) r[11],
                    (String) r[12],
                    r[13] == null ? null : ((Number) r[13]).longValue()));
        }
        return rows;
    }

    /** The query's time of day as SQL, over the zone's offsets from the query's start (or the first entry) on. */
    private String hourCondition(AuditQuery query) {
        Instant from = query.from() != null ? query.from() : earliestEntry();
        Instant to = query.to() != null ? query.to() : time.now();
        return hourCondition(query.hours(), ZoneOffsets.between(time.zone(), from, to.isBefore(from) ? from : to));
    }

    /**
     * The entry's time of day on the business clock falls in the hours: its seconds since local midnight, from the
     * offset in force at the entry's instant — a number for one offset (a zone without daylight saving), a CASE on the
     * instants the clocks changed otherwise. Only numbers made here go into the SQL.
     */
    static String hourCondition(HourWindow hours, List<ZoneOffsets.Period> periods) {
        StringBuilder offset = new StringBuilder(periods.size() == 1 ? "" : "CASE");
        for (int i = 1; i < periods.size(); i++) {
            offset.append(" WHEN e.occurred_us < ")
                    .append(AuditEntry.micros(periods.get(i).start()))
                    .append(" THEN ")
                    .append(periods.get(i - 1).offsetSeconds());
        }
        int last = periods.get(periods.size() - 1).offsetSeconds();
        offset.append(periods.size() == 1 ? String.valueOf(last) : " ELSE " + last + " END");
        String second = "MOD(e.occurred_us DIV 1000000 + " + offset + ", 86400)";
        return "(" + second + " >= " + hours.startSecond() + (hours.wraps() ? " OR " : " AND ") + second + " < "
                + hours.endSecond() + ")";
    }

    /** When the trail's first entry was made (now, for an empty trail). */
    private Instant earliestEntry() {
        Object micros =
                em.createNativeQuery("SELECT MIN(occurred_us) FROM audit_entry").getSingleResult();
        return micros == null ? time.now() : AuditEntry.instant(((Number) micros).longValue());
    }

    /** The member the query is about (current or old number), null when it names none; checks the query. */
    private Long memberOf(AuditQuery query) {
        if (query == null) {
            throw new BusinessException("audit.query.invalid");
        }
        if (query.memberNumber() == null || query.memberNumber().isBlank()) {
            return null;
        }
        return members.memberIdOf(query.memberNumber())
                .orElseThrow(() -> new BusinessException("audit.member.unknown"));
    }

    private void record(AuditEventType type, AuditQuery query, Long member) {
        AuditEvent event = AuditEvent.of(type).target(query.summary());
        trail.record(member == null ? event : event.member(member));
    }
}
