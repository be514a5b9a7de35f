package jp.member.members.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import jp.member.members.boundary.MemberInput;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class PersonalFieldTest {

    @ParameterizedTest
    @CsvSource({
        "NAME_KANJI,  name_kanji,  nameKanji",
        "NAME_KANA,   name_kana,   nameKana",
        "BIRTH_DATE,  birth_date,  birthDate",
        "GENDER,      gender,      gender",
        "POSTAL_CODE, postal_code, postalCode",
        "PREFECTURE,  prefecture,  prefecture",
        "CITY,        city,        city",
        "STREET,      street,      street",
        "BUILDING,    building,    building",
        "PHONE,       phone,       phone",
        "EMAIL,       email,       email"
    })
    @DisplayName("each field has its column name and the camel-case property name the forms use")
    void columnAndProperty(PersonalField field, String column, String property) {
        assertThat(field.column()).isEqualTo(column);
        assertThat(field.property()).isEqualTo(property);
    }

    @ParameterizedTest
    @EnumSource(PersonalField.class)
    @DisplayName("every field's property is a MemberInput component, so violations name a real input field")
    void propertyIsAnInputField(PersonalField field) {
        var components = Arrays.stream(MemberInput.class.getRecordComponents())
                .map(RecordComponent::getName)
                .toList();

        assertThat(components).contains(field.property());
    }
}
