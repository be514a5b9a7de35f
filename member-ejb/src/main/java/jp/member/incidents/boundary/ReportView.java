package jp.member.incidents.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import jp.member.incidents.entity.PpcReport;
import jp.member.incidents.rules.ReportItem;

/**
 * A report to the PPC at one stage: the nine items (saved, or pre-filled when not yet saved), the dates it is about,
 * when it was saved and sent.
 */
public record ReportView(
        String ref,
        String title,
        PpcReport.Stage stage,
        Map<ReportItem, String> items,
        boolean saved,
        Instant savedAt,
        String savedBy,
        Instant sentAt,
        String sentBy,
        String sentNote,
        LocalDate knownOn,
        LocalDate dueOn)
        implements Serializable {

    public ReportView {
        items = new EnumMap<>(items);
    }

    public String item(ReportItem item) {
        return items.getOrDefault(item, "");
    }
}
