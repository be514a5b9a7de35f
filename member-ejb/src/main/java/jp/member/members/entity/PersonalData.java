package jp.member.members.entity;

import java.time.LocalDate;

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

    @Override
    public String toString() {
        return "PersonalData[***]";
    }
}
