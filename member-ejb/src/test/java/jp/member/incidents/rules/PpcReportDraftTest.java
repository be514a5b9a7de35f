package jp.member.incidents.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import jp.member.incidents.rules.PpcReportDraft.ReportFacts;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The first draft of the Rule 8(1) report, and the Rule 10 notice taken from it. */
class PpcReportDraftTest {

    private static final Map<String, String> LABELS =
            Map.of("name_kanji", "氏名", "phone", "電話番号", "birth_date", "生年月日", "email", "メールアドレス");

    /** An export ZIP sent to the wrong processor: 1,234 members, 56 of them only inside the encrypted file. */
    private static ReportFacts misdelivery() {
        return new ReportFacts(
                "会員データの抽出ファイルを誤った委託先に送付した。",
                LocalDate.of(2026, 12, 1),
                LocalDate.of(2026, 12, 3),
                IncidentKind.LEAK,
                true,
                CauseCategory.MISDELIVERY,
                Malice.NO,
                "株式会社サンプル物流",
                List.of(
                        new ItemExposure("name_kanji", 1_178, 0, 56),
                        new ItemExposure("phone", 1_100, 78, 0),
                        new ItemExposure("birth_date", 0, 0, 56),
                        new ItemExposure("custom_hobby", 12, 0, 0)),
                LABELS,
                1_234,
                1_178,
                56,
                List.of("送付先に削除を依頼し、削除の報告を受けた。"),
                1_000,
                "当社ウェブサイトでの公表",
                List.of("送付前に宛先を二名で確認する手順とした。", "抽出ファイルの送付を承認制とした。"));
    }

    @Test
    @DisplayName("the report has all nine items of Rule 8(1), in order")
    void nineItems() {
        Map<ReportItem, String> report = PpcReportDraft.compose(misdelivery());

        assertThat(report.keySet()).containsExactly(ReportItem.values());
        assertThat(report.values()).allSatisfy(text -> assertThat(text).isNotBlank());
    }

    @Test
    @DisplayName("the notice keeps items 1, 2, 4, 5 and 9 as the report words them, in order")
    void notice() {
        Map<ReportItem, String> report = PpcReportDraft.compose(misdelivery());

        Map<ReportItem, String> notice = PpcReportDraft.forNotice(report);

        assertThat(notice.keySet())
                .containsExactly(
                        ReportItem.SUMMARY,
                        ReportItem.ITEMS,
                        ReportItem.CAUSE,
                        ReportItem.SECONDARY_HARM,
                        ReportItem.OTHER);
        assertThat(notice).allSatisfy((item, text) -> assertThat(text).isEqualTo(report.get(item)));
    }

    @Test
    @DisplayName("the notice of a report missing an item leaves it out")
    void noticeOfPartialReport() {
        Map<ReportItem, String> notice = PpcReportDraft.forNotice(
                Map.of(ReportItem.OTHER, "特になし", ReportItem.PERSON_COUNT, "本人の数：1名", ReportItem.SUMMARY, "概要"));

        assertThat(notice.keySet()).containsExactly(ReportItem.SUMMARY, ReportItem.OTHER);
    }

    @Test
    @DisplayName("item 3: all members, with those only encrypted")
    void personCount() {
        assertThat(PpcReportDraft.compose(misdelivery()).get(ReportItem.PERSON_COUNT))
                .isEqualTo("本人の数：1,234名（うち暗号化された状態のみで流出したおそれ 56名）");
    }

    @Test
    @DisplayName("item 1: what happened, the dates in Japanese form, the officer's text and the containment")
    void summary() {
        assertThat(PpcReportDraft.compose(misdelivery()).get(ReportItem.SUMMARY))
                .isEqualTo(String.join(
                        "\n",
                        "事態：個人データの漏えいのおそれ",
                        "発生日：2026年12月1日",
                        "発覚日：2026年12月3日",
                        "会員データの抽出ファイルを誤った委託先に送付した。",
                        "被害の拡大防止のために講じた措置：",
                        "・送付先に削除を依頼し、削除の報告を受けた。"));
    }

    @Test
    @DisplayName("item 2: exposed items by their Japanese label with members, masked ones noted; then the encrypted")
    void items() {
        assertThat(PpcReportDraft.compose(misdelivery()).get(ReportItem.ITEMS))
                .isEqualTo("氏名（1,178名）、電話番号（1,178名、うちマスク表示のみ 78名）、custom_hobby（12名）\n"
                        + "暗号化された状態のみで流出したおそれ：氏名（56名）、生年月日（56名）");
    }

    @Test
    @DisplayName("item 4: the cause class, malice and the processor")
    void cause() {
        assertThat(PpcReportDraft.compose(misdelivery()).get(ReportItem.CAUSE))
                .isEqualTo("原因の区分：誤送付・誤公開\n不正の目的をもって行われたおそれ：なし\n委託先：株式会社サンプル物流");
    }

    @Test
    @DisplayName("items 5–9: notified members and the substitute measure, placeholders, the measures, the possibility")
    void remainingItems() {
        Map<ReportItem, String> report = PpcReportDraft.compose(misdelivery());

        assertThat(report.get(ReportItem.SECONDARY_HARM)).isEqualTo("確認中");
        assertThat(report.get(ReportItem.ACTION_FOR_INDIVIDUALS))
                .isEqualTo("本人への通知：1,000名に通知済み（本人の数 1,234名）\n代替措置：当社ウェブサイトでの公表");
        assertThat(report.get(ReportItem.PUBLICATION)).isEqualTo("検討中");
        assertThat(report.get(ReportItem.RECURRENCE_PREVENTION)).isEqualTo("・送付前に宛先を二名で確認する手順とした。\n・抽出ファイルの送付を承認制とした。");
        assertThat(report.get(ReportItem.OTHER)).isEqualTo("漏えいの発生は確認されていないが、発生したおそれがある。");
    }

    @Test
    @DisplayName("a certain incident with little known: no summary text, no dates, nobody notified, no measures yet")
    void sparseFacts() {
        ReportFacts facts = new ReportFacts(
                " ",
                null,
                LocalDate.of(2027, 1, 9),
                IncidentKind.LOSS,
                false,
                CauseCategory.UNAUTHORISED_ACCESS,
                Malice.UNKNOWN,
                null,
                List.of(),
                Map.of(),
                3,
                3,
                0,
                List.of(),
                0,
                null,
                List.of());

        Map<ReportItem, String> report = PpcReportDraft.compose(facts);

        assertThat(report.get(ReportItem.SUMMARY)).isEqualTo("事態：個人データの滅失\n発生日：確認中\n発覚日：2027年1月9日");
        assertThat(report.get(ReportItem.ITEMS)).isEqualTo("確認中");
        assertThat(report.get(ReportItem.PERSON_COUNT)).isEqualTo("本人の数：3名");
        assertThat(report.get(ReportItem.CAUSE)).isEqualTo("原因の区分：不正アクセス\n不正の目的をもって行われたおそれ：調査中（否定できない）");
        assertThat(report.get(ReportItem.ACTION_FOR_INDIVIDUALS)).isEqualTo("本人への通知：未実施（本人の数 3名）");
        assertThat(report.get(ReportItem.RECURRENCE_PREVENTION)).isEqualTo("検討中");
        assertThat(report.get(ReportItem.OTHER)).isEqualTo("特になし");
    }

    @Test
    @DisplayName("the law's words for each kind and the register's for each cause")
    void words() {
        assertThat(PpcReportDraft.kind(IncidentKind.LEAK)).isEqualTo("漏えい");
        assertThat(PpcReportDraft.kind(IncidentKind.LOSS)).isEqualTo("滅失");
        assertThat(PpcReportDraft.kind(IncidentKind.DAMAGE)).isEqualTo("毀損");
        assertThat(PpcReportDraft.cause(CauseCategory.UNAUTHORISED_ACCESS)).isEqualTo("不正アクセス");
        assertThat(PpcReportDraft.cause(CauseCategory.MISDELIVERY)).isEqualTo("誤送付・誤公開");
        assertThat(PpcReportDraft.cause(CauseCategory.LOSS_OR_THEFT)).isEqualTo("紛失・盗難");
        assertThat(PpcReportDraft.cause(CauseCategory.INSIDER)).isEqualTo("内部不正");
        assertThat(PpcReportDraft.cause(CauseCategory.PROCESSOR)).isEqualTo("委託先");
        assertThat(PpcReportDraft.cause(CauseCategory.OTHER)).isEqualTo("その他");
    }

    @Test
    @DisplayName("dates in Japanese form without leading zeros; large counts with thousands separators")
    void formats() {
        assertThat(PpcReportDraft.date(LocalDate.of(2026, 12, 3))).isEqualTo("2026年12月3日");
        assertThat(PpcReportDraft.date(LocalDate.of(2027, 1, 2))).isEqualTo("2027年1月2日");
        assertThat(PpcReportDraft.persons(1_234_567)).isEqualTo("1,234,567名");
        assertThat(PpcReportDraft.persons(0)).isEqualTo("0名");
    }

    @Test
    @DisplayName("the draft cannot be changed by its reader, and the facts refuse negative counts")
    void invariants() {
        Map<ReportItem, String> report = PpcReportDraft.compose(misdelivery());

        assertThat(report).isUnmodifiable();
        assertThatThrownBy(() -> new ReportFacts(
                        null,
                        null,
                        LocalDate.of(2026, 12, 3),
                        IncidentKind.LEAK,
                        false,
                        CauseCategory.OTHER,
                        Malice.NO,
                        null,
                        List.of(),
                        Map.of(),
                        -1,
                        0,
                        0,
                        List.of(),
                        0,
                        null,
                        List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
