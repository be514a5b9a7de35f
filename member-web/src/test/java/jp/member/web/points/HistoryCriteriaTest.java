package jp.member.web.points;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import jp.member.points.entity.EntryType;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The points history filter as the agent types it. */
class HistoryCriteriaTest {

    @Test
    @DisplayName("the ticked types are read by name; a name that is no entry type is ignored")
    void typesByName() {
        HistoryCriteria criteria = new HistoryCriteria();
        criteria.setTypes(List.of("REDEEM", "EARN", "NOT_A_TYPE"));

        assertThat(criteria.chosenTypes()).containsExactly(EntryType.EARN, EntryType.REDEEM);
    }

    @Test
    @DisplayName("nothing ticked, no days: the history is not restricted")
    void nothingChosen() {
        HistoryCriteria criteria = new HistoryCriteria();
        criteria.setTypes(null);
        criteria.setFrom("  ");

        assertThat(criteria.chosenTypes()).isEmpty();
        assertThat(criteria.fromDay()).isNull();
        assertThat(criteria.toDay()).isNull();
    }

    @Test
    @DisplayName("days are read as yyyy-mm-dd with the spaces around them ignored")
    void days() {
        HistoryCriteria criteria = new HistoryCriteria();
        criteria.setFrom(" 2026-01-05 ");
        criteria.setTo("2026-01-31");

        assertThat(criteria.fromDay()).isEqualTo(LocalDate.of(2026, 1, 5));
        assertThat(criteria.toDay()).isEqualTo(LocalDate.of(2026, 1, 31));
    }

    @Test
    @DisplayName("a day that is not one is refused, for the page to say so")
    void notADay() {
        HistoryCriteria criteria = new HistoryCriteria();
        criteria.setTo("2026-02-30");

        assertThatThrownBy(criteria::toDay).isInstanceOf(DateTimeParseException.class);
    }

    @Test
    @DisplayName("the types list stays mutable, as Faces needs to fill a multiple choice")
    void typesMutable() {
        HistoryCriteria criteria = new HistoryCriteria();
        criteria.setTypes(List.of("EARN"));

        criteria.getTypes().add("REDEEM");

        assertThat(criteria.getTypes()).containsExactly("EARN", "REDEEM");
    }
}
