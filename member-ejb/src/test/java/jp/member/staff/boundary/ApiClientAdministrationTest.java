package jp.member.staff.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import jp.member.members.entity.PersonalField;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ApiClientAdministrationTest {

    @Test
    @DisplayName("a field scope names exactly the members' personal fields, in their order")
    void scopeNamesThePersonalFields() {
        assertThat(ApiClientAdministration.PERSONAL_FIELDS)
                .containsExactlyElementsOf(Arrays.stream(PersonalField.values())
                        .map(PersonalField::column)
                        .toList());
    }
}
