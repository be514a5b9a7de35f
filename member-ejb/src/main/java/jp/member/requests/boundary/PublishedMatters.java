package jp.member.requests.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import jp.member.audit.control.AuditEvent;
import jp.member.audit.control.AuditTrail;
import jp.member.audit.entity.AuditEventType;
import jp.member.members.validation.Limits;
import jp.member.requests.control.PublishedVersions;
import jp.member.requests.entity.PublishedMattersVersion;
import jp.member.requests.rules.Fees;
import jp.member.requests.rules.PublishedItem;
import jp.member.security.Roles;
import jp.member.shared.BusinessTime;
import jp.member.shared.InvalidInputException;
import jp.member.shared.Violation;

/**
 * The published matters (公表事項, Art. 32 and Cabinet Order Art. 10): the business, the purposes of use, how to make
 * a request and how the requester is identified, the fee, the safety measures, the complaints desk — each in Japanese
 * and English, kept by the privacy officer as versions. Every member of staff can read them (an agent reads out the
 * purposes when a member asks); the fee published is the fee charged. The text for the company's web site is the same
 * content ({@link #current()}), rendered by the web tier.
 */
@Stateless
@RolesAllowed({Roles.AGENT, Roles.MANAGER, Roles.AUDITOR, Roles.PRIVACY_OFFICER, Roles.ADMIN})
public class PublishedMatters {

    /** The longest change note, in characters. */
    public static final int CHANGE_NOTE_MAX = PublishedMattersVersion.CHANGE_NOTE_MAX;

    @PersistenceContext
    EntityManager em;

    @Inject
    PublishedVersions versions;

    @Inject
    AuditTrail audit;

    @Inject
    BusinessTime time;

    @Resource
    SessionContext context;

    /** The version in force. */
    public PublishedView current() {
        return PublishedVersions.view(versions.latest());
    }

    /** Every version, newest first. */
    @RolesAllowed({Roles.PRIVACY_OFFICER, Roles.AUDITOR})
    public List<PublishedView> history() {
        return versions.all().stream().map(PublishedVersions::view).toList();
    }

    /**
     * Saves a new version. Every item the law requires has its Japanese text; texts and the change note fit their
     * limits; the fee is 0 (none) to {@link Fees#MAX_YEN} yen. Returns the new version number.
     */
    @RolesAllowed(Roles.PRIVACY_OFFICER)
    public int save(Map<PublishedItem, PublishedView.Text> items, long feeYen, String changeNote) {
        Map<PublishedItem, PublishedView.Text> given = items == null ? Map.of() : items;
        List<Violation> violations = new ArrayList<>();
        Map<PublishedItem, PublishedView.Text> kept = new EnumMap<>(PublishedItem.class);
        for (PublishedItem item : PublishedItem.values()) {
            PublishedView.Text text = given.getOrDefault(item, new PublishedView.Text("", ""));
            if (item.required() && text.ja().isEmpty()) {
                violations.add(new Violation(item.name(), "published.item.required"));
            }
            if (!Limits.within(text.ja(), PublishedItem.TEXT_MAX)
                    || !Limits.within(text.en(), PublishedItem.TEXT_MAX)) {
                violations.add(new Violation(item.name(), "published.item.tooLong"));
            }
            kept.put(item, text);
        }
        if (feeYen < 0 || feeYen > Fees.MAX_YEN) {
            violations.add(new Violation("feeYen", "published.fee.invalid"));
        }
        String note = changeNote == null ? "" : changeNote.strip();
        if (note.isEmpty() || !Limits.within(note, PublishedMattersVersion.CHANGE_NOTE_MAX)) {
            violations.add(new Violation("changeNote", "published.changeNote.required"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        int next = versions.latest().getVersion() + 1;
        em.persist(new PublishedMattersVersion(
                next, time.now(), context.getCallerPrincipal().getName(), note, feeYen, PublishedVersions.json(kept)));
        // two officers saving at once: the primary key refuses the second
        em.flush();
        audit.record(
                AuditEvent.of(AuditEventType.PUBLISHED_MATTERS_CHANGED).target("version:" + next + ";fee:" + feeYen));
        return next;
    }
}
