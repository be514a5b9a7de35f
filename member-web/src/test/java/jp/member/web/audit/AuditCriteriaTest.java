package jp.member.web.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import jp.member.audit.boundary.AuditQuery;
import jp.member.audit.entity.AccessPurpose;
import jp.member.audit.entity.AuditEventType;
import jp.member.audit.rules.HourWindow;
import jp.member.shared.BusinessException;
import jp.member.shared.BusinessTime;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The auditor's criteria: Japanese calendar days, both ends included; purpose, inquiry and time of day. */
class AuditCriteriaTest {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final BusinessTime TIME = new BusinessTime(Clock.fixed(Instant.EPOCH, TOKYO), TOKYO);

    @Test
    @DisplayName("the period runs from the start of the first day to the start of the day after the last, in Tokyo")
    void bothDaysIncluded() {
        AuditCriteria criteria = new AuditCriteria();
        criteria.setActor("agent1");
        criteria.setMemberNumber("M-1");
        criteria.setType(AuditEventType.PERSONAL_DATA_READ);
        criteria.setFrom(LocalDate.of(2026, 1, 1));
        criteria.setTo(LocalDate.of(2026, 1, 31));

        AuditQuery query = criteria.query(TIME);

        assertThat(query)
                .isEqualTo(new AuditQuery(
                        "agent1",
                        "M-1",
                        AuditEventType.PERSONAL_DATA_READ,
                        Instant.parse("2025-12-31T15:00:00Z"),
                        Instant.parse("2026-01-31T15:00:00Z")));
    }

    @Test
    @DisplayName("no days: the period is open at both ends")
    void openPeriod() {
        AuditCriteria criteria = new AuditCriteria();

        AuditQuery query = criteria.query(TIME);

        assertThat(query.from()).isNull();
        assertThat(query.to()).isNull();
    }

    @Test
    @DisplayName("what an actor saw is asked over the same period")
    void whatSaw() {
        AuditCriteria criteria = new AuditCriteria();
        criteria.setActor("agent1");
        criteria.setTo(LocalDate.of(2026, 1, 31));

        AuditQuery query = criteria.whatSaw(TIME);

        assertThat(query).isEqualTo(AuditQuery.whatSaw("agent1", null, Instant.parse("2026-01-31T15:00:00Z")));
    }

    @Test
    @DisplayName("purpose, inquiry number and time of day go into the query as entered, the inquiry trimmed")
    void newCriteria() {
        AuditCriteria criteria = new AuditCriteria();
        criteria.setPurpose(AccessPurpose.REVEAL);
        criteria.setInquiryNumber(" INQ-20261203-0042 ");
        criteria.setHourFrom(22);
        criteria.setHourTo(6);

        AuditQuery query = criteria.query(TIME);

        assertThat(query.purpose()).isEqualTo(AccessPurpose.REVEAL);
        assertThat(query.inquiryNumber()).isEqualTo("INQ-20261203-0042");
        assertThat(query.hours()).isEqualTo(new HourWindow(22, 6));
        assertThat(query.actor()).isNull();
        assertThat(query.memberNumber()).isNull();
    }

    @Test
    @DisplayName("one end of the time of day is enough: from 18 runs to midnight, to 9 runs from midnight")
    void oneHour() {
        AuditCriteria evening = new AuditCriteria();
        evening.setHourFrom(18);
        AuditCriteria morning = new AuditCriteria();
        morning.setHourTo(9);

        assertThat(evening.query(TIME).hours()).isEqualTo(new HourWindow(18, 24));
        assertThat(morning.query(TIME).hours()).isEqualTo(new HourWindow(0, 9));
        assertThat(new AuditCriteria().query(TIME).hours()).isNull();
    }

    @Test
    @DisplayName("a time of day that starts where it ends is refused with the auditor's message")
    void sameHourRefused() {
        AuditCriteria criteria = new AuditCriteria();
        criteria.setHourFrom(9);
        criteria.setHourTo(9);

        assertThatThrownBy(() -> criteria.query(TIME))
                .isInstanceOf(BusinessException.class)
                .hasMessage("audit.hours.invalid");
    }

    @Test
    @DisplayName("a blank actor or member number counts as none")
    void blanks() {
        AuditCriteria criteria = new AuditCriteria();
        criteria.setActor(" ");
        criteria.setMemberNumber("");

        assertThat(criteria.hasActor()).isFalse();
        assertThat(criteria.hasMemberNumber()).isFalse();
    }
}
