package jp.member.incidents.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.member.exports.rules.ExportColumn;
import jp.member.incidents.boundary.IncidentView;
import jp.member.incidents.boundary.IncidentView.ContainmentView;
import jp.member.incidents.entity.Incident;
import jp.member.incidents.entity.PpcReport;
import jp.member.incidents.rules.IncidentFacts;
import jp.member.incidents.rules.PpcReportDraft;
import jp.member.incidents.rules.PpcReportDraft.ReportFacts;
import jp.member.incidents.rules.ReportItem;
import jp.member.shared.BusinessTime;

/**
 * The report's nine items: as the officer saved them, or pre-filled from what the application knows (dates, counts,
 * items, containment actions, notices, measures). Stored as JSON, item number → text.
 */
@ApplicationScoped
public class ReportComposer {

    @Inject
    IncidentViews views;

    @Inject
    BusinessTime time;

    /** The saved items of the report, or a draft composed now. */
    public Map<ReportItem, String> items(Incident incident, PpcReport report) {
        if (report != null && report.getItems() != null) {
            return read(report.getItems());
        }
        return draft(incident);
    }

    public Map<ReportItem, String> draft(Incident incident) {
        IncidentView view = views.view(incident);
        IncidentFacts f = view.facts();
        Map<String, String> labels = new LinkedHashMap<>();
        for (ExportColumn column : ExportColumn.values()) {
            labels.put(column.key(), column.japanese());
        }
        return PpcReportDraft.compose(new ReportFacts(
                f.summary(),
                f.occurredAt() == null ? null : time.dateOf(f.occurredAt()),
                time.dateOf(f.knownAt()),
                f.kind(),
                f.possibility(),
                f.cause(),
                f.malice(),
                f.processorName(),
                view.scope() == null ? List.of() : view.scope().items(),
                labels,
                view.scope() == null ? 0 : view.scope().members(),
                view.scope() == null ? 0 : view.scope().exposedMembers(),
                view.scope() == null ? 0 : view.scope().encryptedOnly(),
                view.containments().stream().map(this::sentence).toList(),
                view.notifiedMembers(),
                view.substituteMeasure(),
                view.measures().stream()
                        .map(m -> m.description() + "（担当：" + m.owner() + "、期限：" + PpcReportDraft.date(m.dueOn())
                                + (m.doneOn() == null ? "" : "、実施済：" + PpcReportDraft.date(m.doneOn())) + "）")
                        .toList()));
    }

    /** A containment action as one Japanese sentence for the report. */
    String sentence(ContainmentView c) {
        String what =
                switch (c.action()) {
                    case SUSPEND_STAFF -> "職員アカウント「" + c.target() + "」を停止";
                    case DISABLE_CLIENT -> "APIクライアント「" + c.target() + "」を無効化";
                    case LOCK_EXPORTS -> "データの書き出し・ダウンロードを全面停止";
                    case END_SESSIONS -> "権限「" + c.target() + "」の全セッションを終了しサインインを停止";
                    case ROTATE_KEYS -> "データ暗号鍵の更新を指示";
                };
        return PpcReportDraft.date(time.dateOf(c.takenAt())) + "、" + what
                + (c.liftedAt() == null ? "" : "（" + PpcReportDraft.date(time.dateOf(c.liftedAt())) + "解除）");
    }

    public static String write(Map<ReportItem, String> items) {
        JsonObjectBuilder json = Json.createObjectBuilder();
        items.forEach((item, text) -> json.add(String.valueOf(item.number()), text == null ? "" : text));
        return json.build().toString();
    }

    public static Map<ReportItem, String> read(String stored) {
        JsonObject json;
        try (JsonReader reader = Json.createReader(new StringReader(stored))) {
            json = reader.readObject();
        }
        Map<ReportItem, String> items = new EnumMap<>(ReportItem.class);
        for (ReportItem item : ReportItem.values()) {
            items.put(item, json.getString(String.valueOf(item.number()), ""));
        }
        return items;
    }
}
