package jp.member.web.exports;

import static org.assertj.core.api.Assertions.assertThat;

import jp.member.exports.rules.ExportColumn;
import jp.member.web.Bundles;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** An export's columns as people read them: on the pages, and as a file's Japanese headers. */
class ExportTextsTest {

    @Test
    @DisplayName("a provision record's data items (column keys) read as the columns' names")
    void items() {
        assertThat(ExportTexts.items(Bundles.japanese(), "member_number,name_kanji,consent_email"))
                .isEqualTo("会員番号、氏名、同意（メール）");
        assertThat(ExportTexts.items(Bundles.english(), "member_number,name_kanji"))
                .doesNotContain("_");
        assertThat(ExportTexts.items(Bundles.japanese(), "name_kanji,retired_column"))
                .isEqualTo("氏名、retired_column");
        assertThat(ExportTexts.items(Bundles.japanese(), "")).isEmpty();
    }

    @Test
    @DisplayName("a file's Japanese headers are the names the request form shows in Japanese")
    void headersAsOnThePage() {
        for (ExportColumn column : ExportColumn.values()) {
            assertThat(column.japanese())
                    .as(column.name())
                    .isEqualTo(Bundles.japanese().getString("export.column." + column.name()));
        }
    }
}
