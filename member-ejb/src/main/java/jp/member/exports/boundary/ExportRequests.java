package jp.member.exports.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import jp.member.audit.control.AuditEvent;
import jp.member.audit.control.AuditSubject;
import jp.member.audit.control.AuditTrail;
import jp.member.audit.entity.AuditEventType;
import jp.member.exports.control.ExportGenerator;
import jp.member.exports.control.ExportLockdown;
import jp.member.exports.control.ExportQuery;
import jp.member.exports.control.MemberLists;
import jp.member.exports.entity.ExportRequest;
import jp.member.exports.rules.ExportCells;
import jp.member.exports.rules.ExportColumn;
import jp.member.exports.rules.ExportDraft;
import jp.member.exports.rules.MemberList;
import jp.member.members.control.PersonalDataVault;
import jp.member.members.entity.Member;
import jp.member.security.Roles;
import jp.member.shared.BusinessException;
import jp.member.shared.InvalidInputException;
import jp.member.shared.NotFoundException;
import jp.member.shared.Settings;
import jp.member.shared.Traces;
import jp.member.staff.control.Attestations;

/**
 * A manager asks for member data to leave the system: previews what the filter selects (counts and a masked sample),
 * requests it, follows its progress, and may withdraw it while nobody has decided. Only staff with a current
 * attestation may ask for personal data. A request waits {@code export.approval.hours} (default 72) for another
 * manager ({@link ExportApprovals}).
 */
@Stateless
@RolesAllowed(Roles.MANAGER)
public class ExportRequests {

    private static final Logger LOG = Logger.getLogger(ExportRequests.class.getName());

    static final int SAMPLE_ROWS = 5;
    static final int MY_REQUESTS = 50;

    @Resource(lookup = "jdbc/member")
    DataSource dataSource;

    @Inject
    ExportLockdown lockdown;

    @Inject
    MemberLists memberLists;

    @Inject
    PersonalDataVault vault;

    @Inject
    ExportGenerator generator;

    @Inject
    Attestations attestations;

    @Inject
    Settings settings;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    public ExportPreview preview(ExportDraft draft) {
        validate(draft);
        List<List<String>> sample = new ArrayList<>();
        ExportQuery.Counts counts = read(draft, SAMPLE_ROWS, sample);
        audit.record(AuditEvent.of(AuditEventType.EXPORT_PREVIEWED)
                .target("rows:" + counts.included() + ";excluded:" + counts.excluded() + ";sample:" + sample.size())
                .fields(keys(draft.columns())));
        return new ExportPreview(
                counts.matched(), counts.excluded(), generator.maxRows(), draft.columns(), List.copyOf(sample));
    }

    /** Submits the request; returns its reference. Refused when it selects nobody or more than the row cap. */
    public String request(ExportDraft draft) {
        lockdown.requireOff();
        validate(draft);
        ExportQuery.Counts counts = read(draft, 0, null);
        if (counts.included() == 0) {
            throw new BusinessException("export.empty");
        }
        if (counts.included() > generator.maxRows()) {
            throw new BusinessException("export.tooMany", generator.maxRows());
        }
        ExportRequest request = new ExportRequest(
                PersonalDataVault.newDataRef(),
                draft,
                caller(),
                clock.instant(),
                Duration.ofHours(settings.intValue("export.approval.hours", 72)),
                counts.matched(),
                counts.excluded());
        em.persist(request);
        em.flush();
        audit.record(AuditEvent.of(AuditEventType.EXPORT_REQUESTED)
                .subject(
                        AuditSubject.EXPORT,
                        request.getId(),
                        "rows:" + counts.included() + ";excluded:" + counts.excluded() + ";recipient:"
                                + draft.recipientKind())
                .fields(keys(draft.columns()))
                .reason(draft.category() + ": " + draft.purpose()));
        return request.getRef();
    }

    /** Whether the privacy officer locked exports down (a containment): the export pages say so before anyone tries. */
    public boolean lockedDown() {
        return lockdown.isOn();
    }

    /**
     * The fixed member lists the privacy officer prepared for notices to affected members; a request for the purpose
     * {@code BREACH_NOTICE} names one of them.
     */
    public List<MemberList> memberLists() {
        return memberLists.all();
    }

    /** The caller's own requests, newest first. */
    public List<ExportSummary> mine() {
        String caller = caller();
        return em.createQuery(
                        "SELECT e FROM ExportRequest e WHERE e.requestedBy = :me ORDER BY e.id DESC",
                        ExportRequest.class)
                .setParameter("me", caller)
                .setMaxResults(MY_REQUESTS)
                .getResultStream()
                .map(e -> ExportSummary.of(e, caller))
                .toList();
    }

    /** One of the caller's requests (its progress, for example); another manager's is "not found". */
    public ExportSummary status(String ref) {
        ExportRequest export = byRef(em, ref);
        export.requireRequester(caller());
        return ExportSummary.of(export, caller());
    }

    public void withdraw(String ref) {
        ExportRequest export = byRef(em, ref);
        em.refresh(export, LockModeType.PESSIMISTIC_WRITE);
        export.withdraw(caller(), clock.instant());
        audit.record(AuditEvent.of(AuditEventType.EXPORT_WITHDRAWN).subject(AuditSubject.EXPORT, export.getId(), null));
    }

    static ExportRequest byRef(EntityManager em, String ref) {
        if (ref == null || ref.length() != Member.REF_LENGTH) {
            throw new NotFoundException("export.notFound");
        }
        return em.createNamedQuery(ExportRequest.FIND_BY_REF, ExportRequest.class)
                .setParameter("ref", ref)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("export.notFound"));
    }

    static String keys(List<ExportColumn> columns) {
        return String.join(",", columns.stream().map(ExportColumn::key).toList());
    }

    private void validate(ExportDraft draft) {
        if (draft == null) {
            throw new BusinessException("input.invalid");
        }
        var violations = draft.violations();
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        if (draft.hasPersonalColumns()) {
            attestations.requireCurrent(caller());
        }
    }

    private ExportQuery.Counts read(ExportDraft draft, int sampleRows, List<List<String>> sample) {
        ExportQuery query = new ExportQuery(draft.filter(), draft.columns(), vault);
        try (Connection db = dataSource.getConnection()) {
            if (sampleRows > 0) {
                query.sample(db, sampleRows, (memberId, cells) -> {
                    List<String> masked = new ArrayList<>(cells.length);
                    for (int i = 0; i < cells.length; i++) {
                        masked.add(ExportCells.masked(draft.columns().get(i), cells[i]));
                    }
                    sample.add(masked);
                });
            }
            return query.count(db);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            // frames only, and no cause passed on: the container would log its message, which can quote data
            LOG.log(Level.WARNING, () -> "Export selection could not be read: " + Traces.of(e));
            throw new EJBException("export selection could not be read");
        }
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }
}
