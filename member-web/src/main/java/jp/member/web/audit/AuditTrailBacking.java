package jp.member.web.audit;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.stream.IntStream;
import jp.member.audit.boundary.AuditPage;
import jp.member.audit.boundary.AuditQuery;
import jp.member.audit.boundary.AuditRow;
import jp.member.audit.boundary.AuditSearch;
import jp.member.audit.entity.AccessPurpose;
import jp.member.audit.entity.AuditEventType;
import jp.member.shared.BusinessException;
import jp.member.shared.BusinessTime;
import jp.member.web.shell.CsvDownload;
import jp.member.web.shell.Messages;
import org.primefaces.model.StreamedContent;

/**
 * The auditor's search over the trail, with the two one-click questions: who saw this member, and what did this
 * staff member see in the period. Dates are Japanese calendar days, both ends included, and hours a time of day on
 * the same clock ({@link AuditCriteria}); the codes each entry stores are shown by their labels ({@link AuditTexts}).
 */
@Named
@ViewScoped
public class AuditTrailBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    BusinessTime time;

    @Inject
    AuditSearch search;

    private final AuditCriteria criteria = new AuditCriteria();
    private AuditQuery query;
    private AuditPage page;

    public void search() {
        AuditQuery entered;
        try {
            entered = criteria.query(time);
        } catch (BusinessException refused) {
            Messages.error(refused);
            return;
        }
        run(entered, 0);
    }

    public void whoSaw() {
        if (!criteria.hasMemberNumber()) {
            Messages.error("audit.memberNumber.required");
            return;
        }
        criteria.setType(AuditEventType.PERSONAL_DATA_READ);
        run(AuditQuery.whoSaw(criteria.getMemberNumber()), 0);
    }

    public void whatSaw() {
        if (!criteria.hasActor()) {
            Messages.error("audit.actor.required");
            return;
        }
        criteria.setType(AuditEventType.PERSONAL_DATA_READ);
        run(criteria.whatSaw(time), 0);
    }

    public void next() {
        if (page != null && page.more()) {
            run(query, page.page() + 1);
        }
    }

    public void previous() {
        if (page != null && page.page() > 0) {
            run(query, page.page() - 1);
        }
    }

    public StreamedContent getCsv() {
        if (query == null) {
            return null;
        }
        try {
            return CsvDownload.of("audit-trail.csv", search.csv(query));
        } catch (BusinessException refused) {
            Messages.error(refused);
            return null;
        }
    }

    private void run(AuditQuery q, int pageNumber) {
        try {
            page = search.search(q, pageNumber);
            query = q;
        } catch (BusinessException refused) {
            Messages.error(refused);
        }
    }

    public AuditCriteria getCriteria() {
        return criteria;
    }

    public List<AuditRow> getRows() {
        return page == null ? List.of() : page.rows();
    }

    public AuditPage getPage() {
        return page;
    }

    public AuditEventType[] getTypes() {
        return AuditEventType.values();
    }

    public AccessPurpose[] getPurposes() {
        return AccessPurpose.values();
    }

    /** The hours a time of day may start at: 0 to 23. */
    public List<Integer> getStartHours() {
        return IntStream.range(0, 24).boxed().toList();
    }

    /** The hours a time of day may end at: 1 to 24 (midnight at the end of the day). */
    public List<Integer> getEndHours() {
        return IntStream.rangeClosed(1, 24).boxed().toList();
    }
}
