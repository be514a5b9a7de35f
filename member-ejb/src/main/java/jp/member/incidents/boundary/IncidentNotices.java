package jp.member.incidents.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import jp.member.audit.entity.AuditEventType;
import jp.member.exports.control.MemberLists;
import jp.member.exports.rules.MemberList;
import jp.member.incidents.control.IncidentRecords;
import jp.member.incidents.control.IncidentViews;
import jp.member.incidents.control.ReportComposer;
import jp.member.incidents.entity.Incident;
import jp.member.incidents.entity.PpcReport;
import jp.member.incidents.entity.ScopeComputation;
import jp.member.incidents.entity.TimelineEntry;
import jp.member.incidents.rules.PpcReportDraft;
import jp.member.incidents.rules.ReportItem;
import jp.member.members.control.MemberDirectory;
import jp.member.members.entity.Member;
import jp.member.security.Roles;
import jp.member.shared.BusinessException;
import jp.member.shared.BusinessTime;
import jp.member.shared.InvalidInputException;
import jp.member.shared.Violation;

/**
 * The notice to the affected members (本人への通知, APPI Art. 26(2), Rule 10): its text (items 1, 2, 4, 5 and 9 of
 * the report), the list of members to notify — prepared here, but with contact details only through the approved-export
 * workflow (purpose 本人通知, requested by a manager, approved by another) — the notices sent, recorded per member
 * and shown to agents on the member's page, and the substitute measure for those who cannot be reached.
 */
@Stateless
@RolesAllowed(Roles.PRIVACY_OFFICER)
public class IncidentNotices {

    public static final int SUBSTITUTE_MAX = Incident.SUBSTITUTE_MAX;

    /** How a notice was sent. */
    public enum Method {
        POST,
        EMAIL,
        PHONE
    }

    /** The notice's text, how many members must get it, how many did, the lists prepared, the substitute. */
    public record NoticeView(
            Map<ReportItem, String> text,
            long toNotify,
            long notified,
            List<MemberList> lists,
            String substituteMeasure,
            Instant substituteAt)
            implements Serializable {}

    /** A notice a member was sent: which incident, when, how. */
    public record MemberNotice(String incidentRef, String incidentTitle, LocalDate notifiedOn, Method method)
            implements Serializable {}

    @PersistenceContext
    EntityManager em;

    @Inject
    IncidentRecords records;

    @Inject
    IncidentViews views;

    @Inject
    ReportComposer composer;

    @Inject
    MemberLists lists;

    @Inject
    MemberDirectory directory;

    @Inject
    Clock clock;

    @Inject
    BusinessTime time;

    @Resource
    SessionContext context;

    /** The notice: text from the final report if saved, else the preliminary one, else a draft. */
    @RolesAllowed({Roles.PRIVACY_OFFICER, Roles.AUDITOR})
    public NoticeView notice(String ref) {
        Incident incident = records.byRef(ref);
        PpcReport saved = views.report(incident, PpcReport.Stage.FINAL);
        if (saved == null || saved.getItems() == null) {
            saved = views.report(incident, PpcReport.Stage.PRELIMINARY);
        }
        ScopeComputation scope = records.latestScope(incident.getId()).orElse(null);
        String label = label(incident);
        return new NoticeView(
                PpcReportDraft.forNotice(composer.items(incident, saved)),
                scope == null ? 0 : scope.getExposedMembers(),
                views.notified(incident),
                lists.all().stream().filter(l -> l.label().equals(label)).toList(),
                incident.getSubstituteMeasure(),
                incident.getSubstituteAt());
    }

    /**
     * Makes the list of members to notify — everyone the latest scope found exposed — for an export with the purpose
     * 本人通知; returns how many. The list holds ids only; a manager requests the export, another approves it.
     */
    public long prepareList(String ref) {
        Incident incident = records.byRef(ref);
        incident.requireOpen();
        ScopeComputation scope = records.latestScope(incident.getId())
                .orElseThrow(() -> new BusinessException("incident.notice.noScope"));
        List<Long> members = exposedMembers(scope, incident.facts().keyExposed());
        if (members.isEmpty()) {
            throw new BusinessException("incident.notice.nobody");
        }
        lists.create(label(incident), members, caller(), clock.instant());
        records.step(
                incident,
                caller(),
                TimelineEntry.Kind.NOTICE_LIST_PREPARED,
                AuditEventType.INCIDENT_NOTICE_RECORDED,
                "list:" + members.size());
        return members.size();
    }

    /**
     * Records that every member on the latest notice list was sent the notice on that day by that means; a member
     * already recorded keeps the first record. Returns how many were newly recorded.
     */
    public int recordSent(String ref, LocalDate on, Method method) {
        if (on == null || on.isAfter(time.today()) || method == null) {
            throw new InvalidInputException(List.of(new Violation("notifiedOn", "incident.notice.dateAndMethod")));
        }
        Incident incident = records.byRef(ref);
        incident.requireOpen();
        MemberList list = lists.all().stream()
                .filter(l -> l.label().equals(label(incident)))
                .findFirst()
                .orElseThrow(() -> new BusinessException("incident.notice.noList"));
        int recorded = em.createNativeQuery("INSERT IGNORE INTO incident_notice"
                        + " (incident_id, member_id, notified_on, method, recorded_at, recorded_by)"
                        + " SELECT ?1, member_id, ?2, ?3, ?4, ?5 FROM export_list_member WHERE list_id = ?6")
                .setParameter(1, incident.getId())
                .setParameter(2, Date.valueOf(on))
                .setParameter(3, method.name())
                .setParameter(4, Timestamp.from(clock.instant()))
                .setParameter(5, caller())
                .setParameter(6, list.id())
                .executeUpdate();
        records.step(
                incident,
                caller(),
                TimelineEntry.Kind.NOTICES_RECORDED,
                AuditEventType.INCIDENT_NOTICE_RECORDED,
                method.name() + " " + on + ": " + recorded);
        return recorded;
    }

    /** Members without a usable contact: the substitute measure taken (a public notice, an enquiry desk). */
    public void recordSubstitute(String ref, String measure) {
        String text = measure == null ? "" : measure.strip();
        if (text.isEmpty() || text.length() > SUBSTITUTE_MAX) {
            throw new InvalidInputException(List.of(new Violation("substitute", "incident.notice.substituteRequired")));
        }
        Incident incident = records.byRef(ref);
        incident.recordSubstitute(text, clock.instant());
        records.step(
                incident,
                caller(),
                TimelineEntry.Kind.SUBSTITUTE_RECORDED,
                AuditEventType.INCIDENT_NOTICE_RECORDED,
                null);
    }

    /** The notices this member was sent, for the call centre to answer (no access record: nothing personal). */
    @RolesAllowed({Roles.AGENT, Roles.MANAGER})
    public List<MemberNotice> ofMember(String memberRef) {
        Member member = directory.findableByRef(memberRef);
        List<?> rows = em.createNativeQuery("SELECT i.ref, i.title, n.notified_on, n.method FROM incident_notice n"
                        + " JOIN incident i ON i.id = n.incident_id WHERE n.member_id = ?1 ORDER BY n.notified_on DESC")
                .setParameter(1, member.getId())
                .getResultList();
        return rows.stream()
                .map(r -> (Object[]) r)
                .map(r -> new MemberNotice(
                        (String) r[0],
                        (String) r[1],
                        r[2] instanceof Date d ? d.toLocalDate() : (LocalDate) r[2],
                        Method.valueOf((String) r[3])))
                .toList();
    }

    @SuppressWarnings("unchecked")
    private List<Long> exposedMembers(ScopeComputation scope, boolean keyExposed) {
        List<Number> ids = em.createNativeQuery("SELECT member_id FROM incident_member WHERE scope_id = ?1"
                        + " AND (clear_items <> '' OR masked_items <> ''"
                        + (keyExposed ? " OR encrypted_items <> ''" : "")
                        + ") ORDER BY member_id")
                .setParameter(1, scope.getId())
                .getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    /** The notice list's label: what the manager picks in the export form. */
    private static String label(Incident incident) {
        return incident.getRef() + " 本人通知";
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }
}
