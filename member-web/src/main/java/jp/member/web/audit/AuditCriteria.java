package jp.member.web.audit;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import jp.member.audit.boundary.AuditQuery;
import jp.member.audit.entity.AccessPurpose;
import jp.member.audit.entity.AuditEventType;
import jp.member.audit.rules.HourWindow;
import jp.member.shared.BusinessTime;

/**
 * The auditor's search criteria as the page fills them in, and the queries they make. The days are calendar days of
 * the business time, both ends included: the period runs from the start of the first day to the start of the day
 * after the last; the hours are a time of day on the same clock, from the start of one hour to the start of another.
 */
public class AuditCriteria implements Serializable {

    private static final long serialVersionUID = 1L;

    private String actor;
    private String memberNumber;
    private AuditEventType type;
    private AccessPurpose purpose;
    private String inquiryNumber;
    private LocalDate from;
    private LocalDate to;
    private Integer hourFrom;
    private Integer hourTo;

    /**
     * Everything as entered.
     *
     * @throws jp.member.shared.BusinessException {@code audit.hours.invalid} for a time of day that starts where it
     *     ends
     */
    AuditQuery query(BusinessTime time) {
        return new AuditQuery(
                blankAsNull(actor),
                blankAsNull(memberNumber),
                type,
                purpose,
                blankAsNull(inquiryNumber),
                start(time),
                end(time),
                HourWindow.of(hourFrom, hourTo));
    }

    private static String blankAsNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
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

    public AccessPurpose getPurpose() {
        return purpose;
    }

    public void setPurpose(AccessPurpose purpose) {
        this.purpose = purpose;
    }

    public String getInquiryNumber() {
        return inquiryNumber;
    }

    public void setInquiryNumber(String inquiryNumber) {
        this.inquiryNumber = inquiryNumber;
    }

    public Integer getHourFrom() {
        return hourFrom;
    }

    public void setHourFrom(Integer hourFrom) {
        this.hourFrom = hourFrom;
    }

    public Integer getHourTo() {
        return hourTo;
    }

    public void setHourTo(Integer hourTo) {
        this.hourTo = hourTo;
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
