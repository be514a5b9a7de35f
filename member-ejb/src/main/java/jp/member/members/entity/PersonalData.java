package jp.member.members.entity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A member's personal data in clear, normalised and validated. It exists only in memory, between a form or an API
 * call and the vault that seals it; {@link #toString()} never prints it.
 */
public record PersonalData(
        String nameKanji,
        String nameKana,
        LocalDate birthDate,
        Gender gender,
        Address address,
        String phone,
        String email) {

    public PersonalData withContact(Address newAddress, String newPhone, String newEmail) {
        return new PersonalData(nameKanji, nameKana, birthDate, gender, newAddress, newPhone, newEmail);
    }

    /**
     * The columns of the fields whose values differ between this and {@code after}, in the fields' order: what an
     * event may say changed (names, never values).
     */
    public String[] changedFields(PersonalData after) {
        Address a = address == null ? new Address(null, null, null, null, null) : address;
        Address b = after.address == null ? new Address(null, null, null, null, null) : after.address;
        List<String> changed = new ArrayList<>();
        Map<PersonalField, Boolean> same = new EnumMap<>(PersonalField.class);
        same.put(PersonalField.NAME_KANJI, Objects.equals(nameKanji, after.nameKanji));
        same.put(PersonalField.NAME_KANA, Objects.equals(nameKana, after.nameKana));
        same.put(PersonalField.BIRTH_DATE, Objects.equals(birthDate, after.birthDate));
        same.put(PersonalField.GENDER, Objects.equals(gender, after.gender));
        same.put(PersonalField.POSTAL_CODE, Objects.equals(a.postalCode(), b.postalCode()));
        same.put(PersonalField.PREFECTURE, Objects.equals(a.prefecture(), b.prefecture()));
        same.put(PersonalField.CITY, Objects.equals(a.city(), b.city()));
        same.put(PersonalField.STREET, Objects.equals(a.street(), b.street()));
        same.put(PersonalField.BUILDING, Objects.equals(a.building(), b.building()));
        same.put(PersonalField.PHONE, Objects.equals(phone, after.phone));
        same.put(PersonalField.EMAIL, Objects.equals(email, after.email));
        same.forEach((field, unchanged) -> {
            if (!unchanged) {
                changed.add(field.column());
            }
        });
        return changed.toArray(String[]::new);
    }

    @Override
    public String toString() {
        return "PersonalData[***]";
    }
}
