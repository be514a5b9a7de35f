package jp.member.audit.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import jp.member.audit.entity.AccessPurpose;
import jp.member.audit.entity.AuditEventType;
import jp.member.audit.rules.HourWindow;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The trail's own record of a search names every criterion the auditor gave, and only those. */
class AuditQueryTest {

    @Test
    @DisplayName("type, purpose, inquiry, period and hours are all in the record of the search")
    void everyCriterion() {
        AuditQuery query = new AuditQuery(
                "agent1",
                null,
                AuditEventType.PERSONAL_DATA_READ,
                AccessPurpose.REVEAL,
                "INQ-20261203-0042",
                Instant.parse("2026-11-30T15:00:00Z"),
                Instant.parse("2026-12-01T15:00:00Z"),
                new HourWindow(22, 6));

        assertThat(query.summary())
                .isEqualTo("actor=agent1;type=PERSONAL_DATA_READ;purpose=REVEAL;inquiry=INQ-20261203-0042;"
                        + "from=2026-11-30T15:00:00Z;to=2026-12-01T15:00:00Z;hours=22-6");
    }

    @Test
    @DisplayName("a search without criteria is recorded as all; the short form leaves the new criteria empty")
    void none() {
        AuditQuery query = new AuditQuery(null, null, null, null, null);

        assertThat(query.summary()).isEqualTo("all");
        assertThat(query.purpose()).isNull();
        assertThat(query.inquiryNumber()).isNull();
        assertThat(query.hours()).isNull();
    }
}
