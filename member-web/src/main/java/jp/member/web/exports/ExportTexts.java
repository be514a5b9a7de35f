package jp.member.web.exports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import jp.member.exports.boundary.ExportSummary;
import jp.member.exports.rules.ExportColumn;
import jp.member.exports.rules.ExportFilter;
import jp.member.members.validation.Prefecture;
import jp.member.web.shell.CodeLabels;
import jp.member.web.shell.Messages;

/** How an export's filter and columns read on a page, in the viewer's language. */
@Named
@ApplicationScoped
public class ExportTexts {

    public String filter(ExportFilter f) {
        List<String> parts = new ArrayList<>();
        parts.add(Messages.text("export.statuses") + ": "
                + f.statuses().stream()
                        .sorted()
                        .map(s -> Messages.text("member.status." + s.name()))
                        .collect(Collectors.joining("・")));
        if (!f.ranks().isEmpty()) {
            parts.add(Messages.text("member.rank") + ": "
                    + f.ranks().stream()
                            .map(rank -> CodeLabels.of(Messages.bundle(), "rank.", rank))
                            .collect(Collectors.joining("・")));
        }
        if (f.enrolledFrom() != null || f.enrolledTo() != null) {
            parts.add(Messages.text("export.enrolledFrom") + ": " + (f.enrolledFrom() == null ? "" : f.enrolledFrom())
                    + "〜" + (f.enrolledTo() == null ? "" : f.enrolledTo()));
        }
        if (!f.prefectures().isEmpty()) {
            parts.add(Messages.text("export.prefectures") + ": "
                    + f.prefectures().stream()
                            .sorted()
                            .map(Prefecture::japanese)
                            .collect(Collectors.joining("・")));
        }
        if (f.consent() != null) {
            parts.add(Messages.text("export.consent") + ": "
                    + Messages.text("member.consent." + f.consent().name()));
        }
        if (f.memberList() != null) {
            parts.add(Messages.text("export.memberList.shown", f.memberList()));
        }
        return String.join(" / ", parts);
    }

    /** A provision record's data items (the column keys it stores) by the columns' names. */
    public String items(String keys) {
        return items(Messages.bundle(), keys);
    }

    static String items(ResourceBundle bundle, String keys) {
        if (keys == null || keys.isBlank()) {
            return "";
        }
        return Arrays.stream(keys.split(","))
                .map(key -> ExportColumn.ofKey(key.strip())
                        .map(c -> CodeLabels.of(bundle, "export.column.", c.name()))
                        .orElse(key.strip()))
                .collect(Collectors.joining(bundle.getString("list.separator")));
    }

    /** Each column by name; a personal one with its reason. */
    public List<String> columns(ExportSummary e) {
        List<String> lines = new ArrayList<>();
        for (ExportColumn c : e.columns()) {
            String name = Messages.text("export.column." + c.name());
            lines.add(
                    c.isPersonal()
                            ? name + "（" + Messages.text("export.personal") + "）: "
                                    + e.reasons().get(c)
                            : name);
        }
        return lines;
    }
}
