package jp.member.incidents.rules;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A first draft of the report to the PPC: the nine items of Rule Art. 8(1), pre-filled in Japanese from what the
 * register knows, for the privacy officer to complete before filing on the PPC web form. Only facts are written; an
 * item the register holds no facts for says 確認中 (being checked) or 検討中 (being decided), which the officer replaces.
 *
 * <p>The text is Japanese whatever the page's language, because the report is filed with a Japanese authority and the
 * notice quotes it; it is therefore written here and not taken from the message bundles.
 */
public final class PpcReportDraft {

    /** A date as the report writes it: 2026年12月3日. */
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu年M月d日", Locale.JAPAN);

    static final String CHECKING = "確認中";
    static final String DECIDING = "検討中";

    private PpcReportDraft() {}

    /**
     * The nine items, in order, each as plain text (lines separated by {@code \n}).
     *
     * <ol>
     *   <li>概要: what happened and when it became known, the officer's summary, the containment already done;
     *   <li>項目: the items exposed with their members, then those that reached anyone only encrypted;
     *   <li>本人の数: all members, and how many of them only encrypted;
     *   <li>原因: the cause class, whether an unlawful purpose was or may have been involved, the processor;
     *   <li>二次被害: 確認中;
     *   <li>本人への対応: the members notified, and the substitute measure (Act Art. 26(2) proviso) if any;
     *   <li>公表: 検討中;
     *   <li>再発防止: the measures, or 検討中;
     *   <li>その他: that only a possibility is reported, when it is.
     * </ol>
     */
    public static Map<ReportItem, String> compose(ReportFacts f) {
        Objects.requireNonNull(f, "facts");
        Map<ReportItem, String> report = new EnumMap<>(ReportItem.class);
        report.put(ReportItem.SUMMARY, summary(f));
        report.put(ReportItem.ITEMS, items(f));
        report.put(ReportItem.PERSON_COUNT, personCount(f));
        report.put(ReportItem.CAUSE, cause(f));
        report.put(ReportItem.SECONDARY_HARM, CHECKING);
        report.put(ReportItem.ACTION_FOR_INDIVIDUALS, actionForIndividuals(f));
        report.put(ReportItem.PUBLICATION, DECIDING);
        report.put(ReportItem.RECURRENCE_PREVENTION, f.measures().isEmpty() ? DECIDING : bullets(f.measures()));
        report.put(ReportItem.OTHER, other(f));
        return Collections.unmodifiableMap(report);
    }

    /**
     * What the notice to the members gives of a report (Rule Art. 10): items 1, 2, 4, 5 and 9, in that order, as the
     * report words them. Items missing from the report are left out.
     */
    public static Map<ReportItem, String> forNotice(Map<ReportItem, String> report) {
        Map<ReportItem, String> notice = new EnumMap<>(ReportItem.class);
        for (ReportItem item : ReportItem.forNotice()) {
            String text = report.get(item);
            if (text != null) {
                notice.put(item, text);
            }
        }
        return Collections.unmodifiableMap(notice);
    }

    /** A date as the report writes it: 2026年12月3日. */
    public static String date(LocalDate date) {
        return DATE.format(date);
    }

    /** A count as the report writes it: 1,234名. */
    static String persons(long count) {
        return String.format(Locale.ROOT, "%,d名", count);
    }

    private static String summary(ReportFacts f) {
        List<String> lines = new ArrayList<>();
        lines.add("事態：個人データの" + kind(f.kind()) + (f.possibility() ? "のおそれ" : ""));
        lines.add("発生日：" + (f.occurredOn() == null ? CHECKING : date(f.occurredOn())));
        lines.add("発覚日：" + date(f.knownOn()));
        if (f.summary() != null && !f.summary().isBlank()) {
            lines.add(f.summary().strip());
        }
        if (!f.containmentActions().isEmpty()) {
            lines.add("被害の拡大防止のために講じた措置：");
            lines.add(bullets(f.containmentActions()));
        }
        return String.join("\n", lines);
    }

    private static String items(ReportFacts f) {
        String exposed = f.items().stream()
                .filter(i -> i.exposed() > 0)
                .map(i -> label(f, i) + "（" + persons(i.exposed())
                        + (i.masked() > 0 ? "、うちマスク表示のみ " + persons(i.masked()) : "") + "）")
                .collect(Collectors.joining("、"));
        String encrypted = f.items().stream()
                .filter(i -> i.encrypted() > 0)
                .map(i -> label(f, i) + "（" + persons(i.encrypted()) + "）")
                .collect(Collectors.joining("、"));
        List<String> lines = new ArrayList<>();
        if (!exposed.isEmpty()) {
            lines.add(exposed);
        }
        if (!encrypted.isEmpty()) {
            lines.add("暗号化された状態のみで流出したおそれ：" + encrypted);
        }
        return lines.isEmpty() ? CHECKING : String.join("\n", lines);
    }

    private static String personCount(ReportFacts f) {
        return "本人の数：" + persons(f.members())
                + (f.encryptedOnly() > 0 ? "（うち暗号化された状態のみで流出したおそれ " + persons(f.encryptedOnly()) + "）" : "");
    }

    private static String cause(ReportFacts f) {
        List<String> lines = new ArrayList<>();
        lines.add("原因の区分：" + cause(f.cause()));
        lines.add("不正の目的をもって行われたおそれ：" + malice(f.malice()));
        if (f.processorName() != null && !f.processorName().isBlank()) {
            lines.add("委託先：" + f.processorName().strip());
        }
        return String.join("\n", lines);
    }

    private static String actionForIndividuals(ReportFacts f) {
        List<String> lines = new ArrayList<>();
        lines.add(
                f.notifiedMembers() == 0
                        ? "本人への通知：未実施（本人の数 " + persons(f.members()) + "）"
                        : "本人への通知：" + persons(f.notifiedMembers()) + "に通知済み（本人の数 " + persons(f.members()) + "）");
        if (f.substituteMeasure() != null && !f.substituteMeasure().isBlank()) {
            lines.add("代替措置：" + f.substituteMeasure().strip());
        }
        return String.join("\n", lines);
    }

    private static String other(ReportFacts f) {
        return f.possibility() ? kind(f.kind()) + "の発生は確認されていないが、発生したおそれがある。" : "特になし";
    }

    private static String bullets(List<String> sentences) {
        return sentences.stream().map(s -> "・" + s.strip()).collect(Collectors.joining("\n"));
    }

    private static String label(ReportFacts f, ItemExposure item) {
        return f.itemLabels().getOrDefault(item.item(), item.item());
    }

    /** The law's word for the kind (Act Art. 26). */
    static String kind(IncidentKind kind) {
        return switch (kind) {
            case LEAK -> "漏えい";
            case LOSS -> "滅失";
            case DAMAGE -> "毀損";
        };
    }

    /** The register's name of the cause class. */
    static String cause(CauseCategory cause) {
        return switch (cause) {
            case UNAUTHORISED_ACCESS -> "不正アクセス";
            case MISDELIVERY -> "誤送付・誤公開";
            case LOSS_OR_THEFT -> "紛失・盗難";
            case INSIDER -> "内部不正";
            case PROCESSOR -> "委託先";
            case OTHER -> "その他";
        };
    }

    private static String malice(Malice malice) {
        return switch (malice) {
            case YES -> "あり";
            case NO -> "なし";
            case UNKNOWN -> "調査中（否定できない）";
        };
    }

    /**
     * What the draft is written from.
     *
     * @param summary the officer's free text, may be null or blank
     * @param occurredOn when it happened, null while not known
     * @param knownOn the day the business knew of it
     * @param kind leak, loss or damage
     * @param possibility whether it only may have happened
     * @param cause the cause class
     * @param malice whether an act with an unlawful purpose was, or may have been, involved
     * @param processorName the processor where it happened, or null
     * @param items per item, the members who had it exposed each way
     * @param itemLabels the Japanese name of each item (column → label); an item without one is shown by its key
     * @param members all members affected
     * @param exposedMembers the members with an item in clear or masked
     * @param encryptedOnly the members whose data reached anyone only encrypted
     * @param containmentActions what was done to stop the damage spreading, each a Japanese sentence
     * @param notifiedMembers the members notified so far
     * @param substituteMeasure the measure taken where notice is not possible (e.g. publication), or null
     * @param measures the measures against recurrence, each a Japanese sentence
     */
    public record ReportFacts(
            String summary,
            LocalDate occurredOn,
            LocalDate knownOn,
            IncidentKind kind,
            boolean possibility,
            CauseCategory cause,
            Malice malice,
            String processorName,
            List<ItemExposure> items,
            Map<String, String> itemLabels,
            long members,
            long exposedMembers,
            long encryptedOnly,
            List<String> containmentActions,
            long notifiedMembers,
            String substituteMeasure,
            List<String> measures) {

        /** @throws IllegalArgumentException if a count is negative */
        public ReportFacts {
            Objects.requireNonNull(knownOn, "knownOn");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(cause, "cause");
            Objects.requireNonNull(malice, "malice");
            items = List.copyOf(items);
            itemLabels = Map.copyOf(itemLabels);
            containmentActions = List.copyOf(containmentActions);
            measures = List.copyOf(measures);
            if (members < 0 || exposedMembers < 0 || encryptedOnly < 0 || notifiedMembers < 0) {
                throw new IllegalArgumentException("member counts are zero or more");
            }
        }
    }
}
