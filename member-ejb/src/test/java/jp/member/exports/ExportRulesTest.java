package jp.member.exports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.member.exports.rules.ConsentBasis;
import jp.member.exports.rules.ExportCells;
import jp.member.exports.rules.ExportColumn;
import jp.member.exports.rules.ExportDraft;
import jp.member.exports.rules.ExportFilter;
import jp.member.exports.rules.PurposeCategory;
import jp.member.exports.rules.RecipientKind;
import jp.member.members.control.CsvReader;
import jp.member.members.entity.ConsentChannel;
import jp.member.members.entity.MemberStatus;
import jp.member.members.validation.Prefecture;
import jp.member.shared.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ExportRulesTest {

    @Test
    @DisplayName("a filter is stored as text and read back the same")
    void filterRoundTrip() {
        ExportFilter filter = new ExportFilter(
                EnumSet.of(MemberStatus.ACTIVE, MemberStatus.SUSPENDED),
                Set.of("GOLD", "SILVER"),
                LocalDate.of(2024, 1, 1),
                LocalDate.of(2024, 12, 31),
                Set.of(Prefecture.of("13").orElseThrow(), Prefecture.of("14").orElseThrow()),
                ConsentChannel.EMAIL);
        assertThat(filter.spec())
                .isEqualTo("status=ACTIVE,SUSPENDED;rank=GOLD,SILVER;from=2024-01-01;to=2024-12-31;prefecture=13,14;"
                        + "consent=EMAIL");
        assertThat(ExportFilter.parse(filter.spec())).isEqualTo(filter);
        assertThat(ExportFilter.parse(ExportFilter.activeMembers().spec())).isEqualTo(ExportFilter.activeMembers());
        ExportFilter listed = ExportFilter.activeMembers().withMemberList(7L);
        assertThat(listed.spec()).endsWith(";consent=;list=7");
        assertThat(ExportFilter.parse(listed.spec())).isEqualTo(listed);
    }

    @Test
    @DisplayName("a notice to members after a leak goes to the prepared list and to nobody else")
    void breachNoticeNeedsItsList() {
        ExportDraft withoutList = draft(
                PurposeCategory.BREACH_NOTICE,
                RecipientKind.INTERNAL,
                null,
                ExportFilter.activeMembers(),
                List.of(ExportColumn.RANK),
                Map.of());
        ExportDraft listForAnotherPurpose = draft(
                PurposeCategory.ANALYSIS,
                RecipientKind.INTERNAL,
                null,
                ExportFilter.activeMembers().withMemberList(3L),
                List.of(ExportColumn.RANK),
                Map.of());
        ExportDraft notice = draft(
                PurposeCategory.BREACH_NOTICE,
                RecipientKind.INTERNAL,
                null,
                ExportFilter.activeMembers().withMemberList(3L),
                List.of(ExportColumn.RANK),
                Map.of());

        assertThat(fields(withoutList.violations())).containsExactly("memberList");
        assertThat(fields(listForAnotherPurpose.violations())).containsExactly("memberList");
        assertThat(notice.violations()).isEmpty();
        assertThat(notice.filter().statuses())
                .as("withdrawn members on the list are notified too")
                .containsExactlyInAnyOrder(MemberStatus.ACTIVE, MemberStatus.SUSPENDED, MemberStatus.WITHDRAWN);
        assertThat(ExportFilter.activeMembers()
                        .withStatuses(Set.of(MemberStatus.WITHDRAWN))
                        .violations())
                .as("without a notice list, withdrawn members are never exported")
                .extracting(Violation::field)
                .containsExactly("statuses");
    }

    @Test
    @DisplayName("a filter may select only findable members, in a period that does not end before it starts")
    void filterRules() {
        assertThat(fields(new ExportFilter(EnumSet.of(MemberStatus.WITHDRAWN), null, null, null, null, null)
                        .violations()))
                .containsExactly("statuses");
        assertThat(fields(new ExportFilter(Set.of(), null, null, null, null, null).violations()))
                .containsExactly("statuses");
        assertThat(fields(new ExportFilter(
                                EnumSet.of(MemberStatus.ACTIVE),
                                Set.of("gold; DROP"),
                                LocalDate.of(2025, 1, 2),
                                LocalDate.of(2025, 1, 1),
                                null,
                                null)
                        .violations()))
                .containsExactly("enrolledTo", "ranks");
        assertThat(ExportFilter.activeMembers().violations()).isEmpty();
    }

    @Test
    @DisplayName("each personal column needs a reason; the member number counts as personal")
    void personalColumnsNeedReasons() {
        ExportDraft draft = draft(
                PurposeCategory.ANALYSIS,
                RecipientKind.INTERNAL,
                null,
                ExportFilter.activeMembers(),
                List.of(ExportColumn.RANK, ExportColumn.NAME_KANJI, ExportColumn.MEMBER_NUMBER, ExportColumn.EMAIL),
                Map.of(ExportColumn.EMAIL, "send the survey", ExportColumn.NAME_KANJI, "   "));
        assertThat(fields(draft.violations())).containsExactly("reason.MEMBER_NUMBER", "reason.NAME_KANJI");
        assertThat(draft.reasons()).containsOnlyKeys(ExportColumn.EMAIL);
        assertThat(draft.columns())
                .as("in the file's order")
                .containsExactly(
                        ExportColumn.MEMBER_NUMBER, ExportColumn.RANK, ExportColumn.NAME_KANJI, ExportColumn.EMAIL);
    }

    @Test
    @DisplayName("marketing names its consent channel; a third party needs a consent basis and a name")
    void purposeAndRecipientRules() {
        ExportDraft marketing = draft(
                PurposeCategory.MARKETING,
                RecipientKind.THIRD_PARTY,
                null,
                ExportFilter.activeMembers(),
                List.of(ExportColumn.RANK),
                Map.of());
        assertThat(fields(marketing.violations())).containsExactly("consentBasis", "consent");

        ExportDraft fine = draft(
                PurposeCategory.MARKETING,
                RecipientKind.THIRD_PARTY,
                ConsentBasis.MEMBER_CONSENT,
                ExportFilter.activeMembers().withConsent(ConsentChannel.POST),
                List.of(ExportColumn.RANK),
                Map.of());
        assertThat(fine.violations()).isEmpty();
        assertThat(draft(
                                PurposeCategory.ANALYSIS,
                                RecipientKind.INTERNAL,
                                ConsentBasis.OPT_OUT,
                                ExportFilter.activeMembers(),
                                List.of(ExportColumn.RANK),
                                Map.of())
                        .consentBasis())
                .as("a basis means nothing for an internal recipient")
                .isNull();

        ExportDraft empty = new ExportDraft(null, " ", null, "", null, null, List.of(), Map.of(), false, false);
        assertThat(fields(empty.violations()))
                .containsExactly("category", "purpose", "recipientKind", "recipientName", "statuses", "columns");
    }

    @Test
    @DisplayName("the preview masks every personal value the way the call centre sees it")
    void previewMasks() {
        assertThat(ExportCells.masked(ExportColumn.MEMBER_NUMBER, "123456789012"))
                .isEqualTo("****9012");
        assertThat(ExportCells.masked(ExportColumn.NAME_KANJI, "山田 太郎")).isEqualTo("山＊　太＊");
        assertThat(ExportCells.masked(ExportColumn.BIRTH_DATE, "1985-04-12")).isEqualTo("1985-**-**");
        assertThat(ExportCells.masked(ExportColumn.PHONE, "09012345678")).isEqualTo("090-****-5678");
        assertThat(ExportCells.masked(ExportColumn.EMAIL, "taro@example.jp")).isEqualTo("t****@example.jp");
        assertThat(ExportCells.masked(ExportColumn.STREET, "丸の内1-1-1")).isEqualTo("****");
        assertThat(ExportCells.masked(ExportColumn.GENDER, "FEMALE")).isEqualTo("****");
        assertThat(ExportCells.masked(ExportColumn.PREFECTURE, "13")).isEqualTo("東京都");
        assertThat(ExportCells.masked(ExportColumn.RANK, "GOLD")).isEqualTo("GOLD");
        assertThat(ExportCells.masked(ExportColumn.EMAIL, null)).isNull();
    }

    @Test
    @DisplayName("rows with Japanese text, line breaks, quotes and formulas read back as one record each, defused")
    void csvReadsBack() throws Exception {
        String[][] rows = {
            {"000000000017", "山田 太郎", "=HYPERLINK(\"http://evil\")", "東京都千代田区\r\n丸の内1-1"},
            {"000000000018", "「ヤマダ」, \"タロウ\"", "+81-90", "－１"},
            {"000000000019", "", "-42", "@cmd"}
        };
        StringBuilder csv = new StringBuilder(ExportCells.header(
                List.of(
                        ExportColumn.MEMBER_NUMBER,
                        ExportColumn.NAME_KANJI,
                        ExportColumn.STREET,
                        ExportColumn.BUILDING),
                false));
        for (String[] row : rows) {
            csv.append(ExportCells.line(row));
        }

        CsvReader reader = new CsvReader(new StringReader(csv.toString()));
        assertThat(reader.next()).containsExactly("member_number", "name_kanji", "street", "building");
        List<List<String>> read = new ArrayList<>();
        for (List<String> record = reader.next(); record != null; record = reader.next()) {
            read.add(record);
        }
        assertThat(read).hasSize(3);
        assertThat(read.get(0))
                .containsExactly("000000000017", "山田 太郎", "'=HYPERLINK(\"http://evil\")", "東京都千代田区\r\n丸の内1-1");
        assertThat(read.get(1)).containsExactly("000000000018", "「ヤマダ」, \"タロウ\"", "'+81-90", "'－１");
        assertThat(read.get(2)).containsExactly("000000000019", "", "-42", "'@cmd");
    }

    @Test
    @DisplayName("Japanese headers: the header row names the columns in Japanese, in the file's order")
    void japaneseHeaders() throws Exception {
        List<ExportColumn> columns = List.of(
                ExportColumn.MEMBER_NUMBER, ExportColumn.RANK, ExportColumn.CONSENT_SMS, ExportColumn.NAME_KANA);

        CsvReader reader = new CsvReader(new StringReader(ExportCells.header(columns, true)));

        assertThat(reader.next()).containsExactly("会員番号", "ランク", "同意（SMS）", "氏名（カナ）");
        assertThat(ExportColumn.values())
                .allSatisfy(c -> assertThat(c.japanese()).isNotBlank().doesNotContainPattern("[a-z_]{3,}"));
    }

    @Test
    @DisplayName("a draft keeps the choice of Japanese headers; the short form keeps the column keys")
    void japaneseHeadersChosen() {
        ExportFilter filter = new ExportFilter(Set.of(MemberStatus.ACTIVE), Set.of(), null, null, Set.of(), null);
        ExportDraft japanese = new ExportDraft(
                PurposeCategory.ANALYSIS,
                "purpose",
                RecipientKind.INTERNAL,
                "recipient",
                null,
                filter,
                List.of(ExportColumn.STATUS),
                Map.of(),
                true,
                false,
                true);

        assertThat(japanese.japaneseHeaders()).isTrue();
        assertThat(draft(
                                PurposeCategory.ANALYSIS,
                                RecipientKind.INTERNAL,
                                null,
                                filter,
                                List.of(ExportColumn.STATUS),
                                Map.of())
                        .japaneseHeaders())
                .isFalse();
    }

    @Test
    @DisplayName("a column is found by the key files, provision records and the trail name it by")
    void byKey() {
        assertThat(ExportColumn.ofKey("name_kanji")).contains(ExportColumn.NAME_KANJI);
        assertThat(ExportColumn.ofKey("points_balance")).contains(ExportColumn.POINTS_BALANCE);
        assertThat(ExportColumn.ofKey("NAME_KANJI")).isEmpty();
        assertThat(ExportColumn.ofKey("address")).isEmpty();
    }

    private static ExportDraft draft(
            PurposeCategory category,
            RecipientKind recipient,
            ConsentBasis basis,
            ExportFilter filter,
            List<ExportColumn> columns,
            Map<ExportColumn, String> reasons) {
        return new ExportDraft(
                category, "purpose", recipient, "recipient", basis, filter, columns, reasons, true, false);
    }

    private static List<String> fields(List<Violation> violations) {
        return violations.stream().map(Violation::field).toList();
    }
}
