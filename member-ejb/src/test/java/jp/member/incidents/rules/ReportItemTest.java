package jp.member.incidents.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The nine items of Rule Art. 8(1) and the five of them the notice to the members gives (Rule Art. 10). */
class ReportItemTest {

    @ParameterizedTest(name = "{0}. {1}")
    @CsvSource({
        "1, SUMMARY, 概要",
        "2, ITEMS, 漏えい等が発生し、又は発生したおそれがある個人データの項目",
        "3, PERSON_COUNT, 漏えい等が発生し、又は発生したおそれがある個人データに係る本人の数",
        "4, CAUSE, 原因",
        "5, SECONDARY_HARM, 二次被害又はそのおそれの有無及びその内容",
        "6, ACTION_FOR_INDIVIDUALS, 本人への対応の実施状況",
        "7, PUBLICATION, 公表の実施状況",
        "8, RECURRENCE_PREVENTION, 再発防止のための措置",
        "9, OTHER, その他参考となる事項"
    })
    @DisplayName("each item has the rule's number and the rule's heading, in the rule's order")
    void items(int number, ReportItem item, String title) {
        assertThat(item.number()).isEqualTo(number);
        assertThat(item.ordinal()).isEqualTo(number - 1);
        assertThat(item.japaneseTitle()).isEqualTo(title);
        assertThat(ReportItem.ofNumber(number)).isEqualTo(item);
    }

    @Test
    @DisplayName("the notice gives items 1, 2, 4, 5 and 9, in that order, and no other")
    void notice() {
        assertThat(ReportItem.forNotice())
                .containsExactly(
                        ReportItem.SUMMARY,
                        ReportItem.ITEMS,
                        ReportItem.CAUSE,
                        ReportItem.SECONDARY_HARM,
                        ReportItem.OTHER);
        assertThat(Arrays.stream(ReportItem.values())
                        .filter(ReportItem::inNoticeToIndividuals)
                        .mapToInt(ReportItem::number))
                .containsExactly(1, 2, 4, 5, 9);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 10, -1})
    @DisplayName("there is no item outside 1 to 9")
    void noSuchItem(int number) {
        assertThatThrownBy(() -> ReportItem.ofNumber(number)).isInstanceOf(IllegalArgumentException.class);
    }
}
