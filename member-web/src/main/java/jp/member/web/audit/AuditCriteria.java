package jp.member.web.audit;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import jp.member.audit.boundary.AuditQuery;
import jp.member.audit.entity.AuditEventType;
import jp.member.shared.BusinessTime;

/**
 * The auditor's search criteria as the page fills them in, and the queries they make. The days are calendar days of
 * the business time, both ends included: the period runs from the start of the first day to the start of the day
 * after the last.
 */
public class AuditCriteria implements Serializable {

    private static final long serialVersionUID = 1L;

    private String actor;
    private String memberNumber;
    private AuditEventType type;
    private LocalDate from;
    private LocalDate to;

    /** Everything as entered. */
    AuditQuery query(BusinessTime time) {
        return new AuditQuery(actor, memberNumber, type, start(time), end(time));
    }

    /** What the actor saw in the period. */
    AuditQuery whatSaw(BusinessTime time) {
        return AuditQuery.whatSaw(actor, start(time), end(time));
    }

    private Instant start(BusinessTime time) {
        return from == null ? null : time.startOf(from);
    }

    private Instant end(BusinessTime time) {
        return to == null ? null : time.startOf(to.plusDays(1));
    }

    boolean hasActor() {
        return actor != null && !actor.isBlank();
    }

    boolean hasMemberNumber() {
        return memberNumber != null && !memberNumber.isBlank();
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
