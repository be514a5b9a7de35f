package jp.member.audit.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The trail as CSV: times in the business zone with their offset, the zone named in the header, oldest first. */
class AuditCsvTest {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    @Test
    @DisplayName("a time is written in Japan time with +09:00, and the header says which zone")
    void japanTimeWithOffset() {
        AuditRow read = row(7, Instant.parse("2026-12-03T00:15:30.123456Z"), 41L);

        String csv = AuditCsv.of(List.of(read), TOKYO);

        assertThat(csv.split("\r\n"))
                .containsExactly(
                        "id,occurred_at (Asia/Tokyo),event_type,outcome,actor,actor_kind,client_address,member_number,"
                                + "target,fields,purpose,reason,inquiry_number,chain_seq",
                        "7,2026-12-03T09:15:30.123456+09:00,PERSONAL_DATA_READ,SUCCESS,agent1,STAFF,10.0.0.5,"
                                + "12345678901,,\"phone,email\",REVEAL,INQUIRY,INQ-20261203-0042,41");
    }

    @Test
    @DisplayName("rows come oldest first; an entry not chained yet has an empty position")
    void oldestFirst() {
        AuditRow older = row(1, Instant.parse("2026-12-02T15:00:00Z"), 1L);
        AuditRow newer = row(2, Instant.parse("2026-12-03T15:00:00Z"), null);

        String[] lines = AuditCsv.of(List.of(newer, older), TOKYO).split("\r\n");

        assertThat(lines[1]).startsWith("1,2026-12-03T00:00:00+09:00,");
        assertThat(lines[2]).startsWith("2,2026-12-04T00:00:00+09:00,").endsWith(",INQ-20261203-0042,");
    }

    @Test
    @DisplayName("another business zone writes its own offset, summer time included")
    void otherZone() {
        String csv =
                AuditCsv.of(List.of(row(3, Instant.parse("2026-07-01T10:00:00Z"), 3L)), ZoneId.of("Europe/Berlin"));

        assertThat(csv).contains("occurred_at (Europe/Berlin)").contains(",2026-07-01T12:00:00+02:00,");
    }

    private static AuditRow row(long id, Instant at, Long seq) {
        return new AuditRow(
                id,
                at,
                "PERSONAL_DATA_READ",
                "SUCCESS",
                "agent1",
                "STAFF",
                "10.0.0.5",
                "12345678901",
                null,
                "phone,email",
                "REVEAL",
                "INQUIRY",
                "INQ-20261203-0042",
                seq);
    }
}
