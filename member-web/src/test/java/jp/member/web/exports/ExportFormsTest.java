package jp.member.web.exports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import jp.member.exports.rules.ExportColumn;
import jp.member.exports.rules.ExportDraft;
import jp.member.exports.rules.ExportFilter;
import jp.member.exports.rules.PurposeCategory;
import jp.member.exports.rules.RecipientKind;
import jp.member.members.entity.ConsentChannel;
import jp.member.members.entity.MemberStatus;
import jp.member.members.validation.Prefecture;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The export request page's forms: what they make of what the manager entered. */
class ExportFormsTest {

    @Test
    @DisplayName("a new filter asks for active members and restricts nothing else")
    void defaultFilter() {
        ExportFilter filter = new ExportFilterForm().toFilter();

        assertThat(filter.statuses()).containsExactly(MemberStatus.ACTIVE);
        assertThat(filter.ranks()).isEmpty();
        assertThat(filter.prefectures()).isEmpty();
        assertThat(filter.consent()).isNull();
    }

    @Test
    @DisplayName("ranks are split at commas, the Japanese 、 and spaces, and read in capitals")
    void ranks() {
        ExportFilterForm form = new ExportFilterForm();
        form.setRanks(" gold, Silver、platinum  bronze,,");

        assertThat(form.toFilter().ranks()).containsExactlyInAnyOrder("GOLD", "SILVER", "PLATINUM", "BRONZE");
    }

    @Test
    @DisplayName("prefectures are chosen by code; anything else is ignored")
    void prefectures() {
        ExportFilterForm form = new ExportFilterForm();
        form.setPrefectures(List.of("13", "01", "99"));
        form.setStatuses(null);
        form.setEnrolledFrom(LocalDate.of(2026, 1, 1));
        form.setConsent(ConsentChannel.values()[0]);

        ExportFilter filter = form.toFilter();

        assertThat(filter.prefectures()).containsExactlyInAnyOrder(Prefecture.TOKYO, Prefecture.HOKKAIDO);
        assertThat(filter.statuses()).isEmpty();
        assertThat(filter.enrolledFrom()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(filter.consent()).isEqualTo(ConsentChannel.values()[0]);
    }

    @Test
    @DisplayName("the draft holds the ticked columns with their reasons, the recipient and the file's options")
    void draft() {
        ExportRequestForm form = filledIn();

        ExportDraft draft = form.draft(ExportFilter.activeMembers());

        assertThat(draft.category()).isEqualTo(PurposeCategory.values()[0]);
        assertThat(draft.purpose()).isEqualTo("Annual review");
        assertThat(draft.recipientKind()).isEqualTo(RecipientKind.INTERNAL);
        assertThat(draft.recipientName()).isEqualTo("Finance");
        assertThat(draft.columns()).containsExactly(personal());
        assertThat(draft.reasons()).containsEntry(personal(), "Needed for the review");
        assertThat(draft.withBom()).isTrue();
        assertThat(draft.asZip()).isTrue();
        assertThat(draft.japaneseHeaders()).isTrue();
        assertThat(draft.filter()).isEqualTo(ExportFilter.activeMembers());
    }

    @Test
    @DisplayName("after a submission what was particular to it is cleared; the category and the options stay")
    void clearedAfterSubmission() {
        ExportRequestForm form = filledIn();

        form.clearSubmitted();

        assertThat(form.getPurpose()).isNull();
        assertThat(form.getRecipientName()).isNull();
        assertThat(form.getReasons()).isEmpty();
        assertThat(form.getSelected()).doesNotContainValue(true).hasSize(ExportColumn.values().length);
        assertThat(form.getCategory()).isEqualTo(PurposeCategory.values()[0]);
        assertThat(form.isAsZip()).isTrue();
        assertThat(form.isJapaneseHeaders()).isTrue();
    }

    @Test
    @DisplayName("a new request keeps the column keys as headers until the manager asks for Japanese ones")
    void keysByDefault() {
        assertThat(new ExportRequestForm().draft(ExportFilter.activeMembers()).japaneseHeaders())
                .isFalse();
    }

    private static ExportRequestForm filledIn() {
        ExportRequestForm form = new ExportRequestForm();
        form.setCategory(PurposeCategory.values()[0]);
        form.setPurpose("Annual review");
        form.setRecipientName("Finance");
        form.getSelected().put(personal(), true);
        form.getReasons().put(personal(), "Needed for the review");
        form.setAsZip(true);
        form.setJapaneseHeaders(true);
        return form;
    }

    private static ExportColumn personal() {
        for (ExportColumn column : ExportColumn.values()) {
            if (column.isPersonal()) {
                return column;
            }
        }
        throw new IllegalStateException("no personal column");
    }
}
