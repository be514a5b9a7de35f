package jp.member.web.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import jp.member.audit.boundary.AuditQuery;
import jp.member.audit.entity.AuditEventType;
import jp.member.shared.BusinessTime;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The auditor's criteria: Japanese calendar days, both ends included. */
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
    @DisplayName("a blank actor or member number counts as none")
    void blanks() {
        AuditCriteria criteria = new AuditCriteria();
        criteria.setActor(" ");
        criteria.setMemberNumber("");

        assertThat(criteria.hasActor()).isFalse();
        assertThat(criteria.hasMemberNumber()).isFalse();
    }
}
