package jp.member.members.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import jp.member.members.validation.Prefecture;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PersonalDataTest {

    private static final Address HOME =
            new Address("100-0005", Prefecture.of("13").orElseThrow(), "千代田区", "丸の内1-1", null);
    private static final PersonalData BEFORE = new PersonalData(
            "山田 花子", "ヤマダ ハナコ", LocalDate.of(1990, 4, 1), Gender.FEMALE, HOME, "09012345678", "a@example.com");

    @Test
    @DisplayName("the changed fields are named by column, in the fields' order; values never appear")
    void namesOnlyWhatChanged() {
        PersonalData after = BEFORE.withContact(
                new Address("100-0005", HOME.prefecture(), "千代田区", "丸の内1-1", "12階"), "09012345678", "b@example.com");

        assertThat(BEFORE.changedFields(after)).containsExactly("building", "email");
        assertThat(BEFORE.changedFields(BEFORE)).isEmpty();
    }

    @Test
    @DisplayName("an address removed or added counts every part that differs")
    void addressGone() {
        PersonalData noAddress = BEFORE.withContact(null, BEFORE.phone(), BEFORE.email());

        assertThat(BEFORE.changedFields(noAddress)).containsExactly("postal_code", "prefecture", "city", "street");
        assertThat(noAddress.changedFields(BEFORE)).containsExactly("postal_code", "prefecture", "city", "street");
    }
}
