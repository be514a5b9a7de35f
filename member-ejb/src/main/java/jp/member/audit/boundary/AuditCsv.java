package jp.member.audit.boundary;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import jp.member.shared.CsvCells;

/**
 * The trail as CSV for an auditor's own tools: UTF-8, a header row, formula-safe cells, oldest first, codes as stored
 * (stable for scripts). Times are ISO-8601 in the business time zone with its offset ({@code
 * 2026-12-03T09:15:00.123456+09:00}), and the header names the zone: nobody has to guess that a time is UTC.
 */
final class AuditCsv {

    private AuditCsv() {}

    /** The rows (newest first, as searched) as a file, oldest first. */
    static String of(List<AuditRow> newestFirst, ZoneId zone) {
        StringBuilder out = new StringBuilder(CsvCells.line(
                        "id",
                        "occurred_at (" + zone.getId() + ")",
                        "event_type",
                        "outcome",
                        "actor",
                        "actor_kind",
                        "client_address",
                        "member_number",
                        "target",
                        "fields",
                        "purpose",
                        "reason",
                        "inquiry_number",
                        "chain_seq"))
                .append("\r\n");
        for (int i = newestFirst.size() - 1; i >= 0; i--) {
            AuditRow r = newestFirst.get(i);
            out.append(CsvCells.line(
                            String.valueOf(r.id()),
                            DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                                    r.occurredAt().atZone(zone)),
                            r.eventType(),
                            r.outcome(),
                            r.actor(),
                            r.actorKind(),
                            r.clientAddress(),
                            r.memberNumber(),
                            r.target(),
                            r.fields(),
                            r.purpose(),
                            r.reason(),
                            r.inquiryNumber(),
                            r.seq() == null ? "" : r.seq().toString()))
                    .append("\r\n");
        }
        return out.toString();
    }
}
