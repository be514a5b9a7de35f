package jp.member.web.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.ResourceBundle;
import java.util.stream.Stream;
import jp.member.audit.entity.AccessPurpose;
import jp.member.audit.entity.AuditEntry;
import jp.member.audit.entity.AuditEventType;
import jp.member.exports.rules.ExportColumn;
import jp.member.members.entity.PersonalField;
import jp.member.web.Bundles;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The trail's codes as the auditor's page shows them: labels in the viewer's language, never the raw codes. */
class AuditTextsTest {

    /** What a Japanese label must not look like: a code (capitals and underscores) or an English word. */
    private static final String CODE_OR_ENGLISH = "[A-Z]{2,}_|[a-z]{3,}|_";

    @Test
    @DisplayName("every event type, outcome and purpose has a Japanese label that is not a code, and an English one")
    void everyCodeLabelled() {
        ResourceBundle ja = Bundles.japanese();
        ResourceBundle en = Bundles.english();

        for (AuditEventType type : AuditEventType.values()) {
            assertThat(AuditTexts.eventType(ja, type.name())).as(type.name()).doesNotContainPattern(CODE_OR_ENGLISH);
            assertThat(AuditTexts.eventType(en, type.name())).as(type.name()).isNotEqualTo(type.name());
        }
        for (AuditEntry.Outcome outcome : AuditEntry.Outcome.values()) {
            assertThat(AuditTexts.outcome(ja, outcome.name())).doesNotContainPattern(CODE_OR_ENGLISH);
            assertThat(AuditTexts.outcome(en, outcome.name())).isNotEqualTo(outcome.name());
        }
        for (AccessPurpose purpose : AccessPurpose.values()) {
            assertThat(AuditTexts.purpose(ja, purpose.name())).doesNotContainPattern(CODE_OR_ENGLISH);
            assertThat(AuditTexts.purpose(en, purpose.name())).isNotEqualTo(purpose.name());
        }
        assertThat(AuditTexts.eventType(ja, "PERSONAL_DATA_READ")).isEqualTo("個人情報の閲覧");
        assertThat(AuditTexts.eventType(en, "PERSONAL_DATA_READ")).isEqualTo("Personal data read");
    }

    @Test
    @DisplayName("the fields read are shown by the member page's labels, joined as each language lists things")
    void fields() {
        assertThat(AuditTexts.fields(Bundles.japanese(), "name_kanji,phone")).isEqualTo("氏名、電話番号");
        assertThat(AuditTexts.fields(Bundles.english(), "name_kanji,phone")).isEqualTo("Name, Phone");
        assertThat(AuditTexts.fields(Bundles.japanese(), "address,phone,email")).isEqualTo("住所、電話番号、メールアドレス");
        assertThat(AuditTexts.fields(Bundles.japanese(), "member_number,points_balance"))
                .isEqualTo("会員番号、ポイント残高");
        assertThat(AuditTexts.fields(Bundles.japanese(), null)).isEmpty();
    }

    @Test
    @DisplayName("every column the trail can name — personal fields, export columns, the address — has a label")
    void everyRecordedColumnLabelled() {
        Stream<String> columns = Stream.of(
                        Arrays.stream(PersonalField.values()).map(PersonalField::column),
                        Arrays.stream(ExportColumn.values()).map(ExportColumn::key),
                        Stream.of("address"))
                .flatMap(s -> s);

        assertThat(columns).allSatisfy(column -> {
            assertThat(AuditTexts.fields(Bundles.japanese(), column)).as(column).doesNotContainPattern("[a-z_]{3,}");
            assertThat(AuditTexts.fields(Bundles.english(), column)).as(column).isNotEqualTo(column);
        });
    }

    @Test
    @DisplayName("a column written by a later release is shown as stored rather than hidden")
    void unknownColumn() {
        assertThat(AuditTexts.fields(Bundles.japanese(), "phone,loyalty_tier")).isEqualTo("電話番号、loyalty_tier");
        assertThat(AuditTexts.eventType(Bundles.japanese(), "SOMETHING_NEW")).isEqualTo("SOMETHING_NEW");
    }

    @Test
    @DisplayName("a reveal's reason reads as the dialog's choice, a request decision's by its label; others as written")
    void reasons() {
        assertThat(AuditTexts.reason(Bundles.japanese(), "REVEAL", "IDENTITY_CHECK"))
                .isEqualTo("本人確認");
        assertThat(AuditTexts.reason(Bundles.japanese(), "REVEAL", "電話での本人確認のため"))
                .isEqualTo("電話での本人確認のため");
        assertThat(AuditTexts.reason(Bundles.japanese(), null, "INQUIRY")).isEqualTo("INQUIRY");
        assertThat(AuditTexts.reason(Bundles.japanese(), "VIEW", null)).isEmpty();
        assertThat(AuditTexts.reason(Bundles.japanese(), null, "NOT_HELD")).isEqualTo("該当する保有個人データ・記録がない");
        assertThat(AuditTexts.reason(Bundles.english(), null, "DATA_IS_TRUE"))
                .isEqualTo("Investigated: the data is true");
    }
}
