package jp.member.web.audit;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import jp.member.audit.boundary.AuditPage;
import jp.member.audit.boundary.AuditQuery;
import jp.member.audit.boundary.AuditRow;
import jp.member.audit.boundary.AuditSearch;
import jp.member.audit.entity.AuditEventType;
import jp.member.shared.BusinessException;
import jp.member.shared.BusinessTime;
import jp.member.web.shell.Messages;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * The auditor's search over the trail, with the two one-click questions: who saw this member, and what did this
 * staff member see in the period. Dates are Japanese calendar days, both ends included.
 */
@Named
@ViewScoped
public class AuditTrailBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    BusinessTime time;

    @Inject
    AuditSearch search;

    private String actor;
    private String memberNumber;
    private AuditEventType type;
    private LocalDate from;
    private LocalDate to;
    private AuditQuery query;
    private AuditPage page;

    public void search() {
        run(new AuditQuery(actor, memberNumber, type, start(from), start(to == null ? null : to.plusDays(1))), 0);
    }

    public void whoSaw() {
        if (memberNumber == null || memberNumber.isBlank()) {
            Messages.error("audit.memberNumber.required");
            return;
        }
        type = AuditEventType.PERSONAL_DATA_READ;
        run(AuditQuery.whoSaw(memberNumber), 0);
    }

    public void whatSaw() {
        if (actor == null || actor.isBlank()) {
            Messages.error("audit.actor.required");
            return;
        }
        type = AuditEventType.PERSONAL_DATA_READ;
        run(AuditQuery.whatSaw(actor, start(from), start(to == null ? null : to.plusDays(1))), 0);
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
            byte[] bytes = ("\uFEFF" + search.csv(query)).getBytes(StandardCharsets.UTF_8);
            return DefaultStreamedContent.builder()
                    .name("audit-trail.csv")
                    .contentType("text/csv; charset=UTF-8")
                    .stream(() -> new ByteArrayInputStream(bytes))
                    .build();
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

    private Instant start(LocalDate day) {
        return day == null ? null : time.startOf(day);
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

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getMemberNumber() {
        return memberNumber;
    }

    public void setMemberNumber(String memberNumber) {
        this.memberNumber = memberNumber;
    }

    public AuditEventType getType() {
        return type;
    }

    public void setType(AuditEventType type) {
        this.type = type;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
