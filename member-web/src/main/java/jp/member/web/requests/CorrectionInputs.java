package jp.member.web.requests;

import java.io.Serializable;
import java.util.Set;
import jp.member.members.boundary.MemberInput;
import jp.member.members.entity.PersonalField;
import jp.member.web.members.ContactInputs;

/**
 * The true values of a correction as typed, one input for each field the member says is wrong. Only the fields chosen
 * travel to the boundary; the others stay empty, whatever the form still holds from an earlier choice.
 */
public class CorrectionInputs implements Serializable {

    private static final long serialVersionUID = 1L;

    private String nameKanji;
    private String nameKana;
    private String birthDate;
    private String gender;
    private final ContactInputs contact = new ContactInputs();

    MemberInput toInput(Set<PersonalField> chosen) {
        return new MemberInput(
                pick(chosen, PersonalField.NAME_KANJI, nameKanji),
                pick(chosen, PersonalField.NAME_KANA, nameKana),
                pick(chosen, PersonalField.BIRTH_DATE, birthDate),
                pick(chosen, PersonalField.GENDER, gender),
                pick(chosen, PersonalField.POSTAL_CODE, contact.getPostalCode()),
                pick(chosen, PersonalField.PREFECTURE, contact.getPrefecture()),
                pick(chosen, PersonalField.CITY, contact.getCity()),
                pick(chosen, PersonalField.STREET, contact.getStreet()),
                pick(chosen, PersonalField.BUILDING, contact.getBuilding()),
                pick(chosen, PersonalField.PHONE, contact.getPhone()),
                pick(chosen, PersonalField.EMAIL, contact.getEmail()));
    }

    private static String pick(Set<PersonalField> chosen, PersonalField field, String value) {
        return chosen.contains(field) ? value : null;
    }

    public ContactInputs getContact() {
        return contact;
    }

    public String getNameKanji() {
        return nameKanji;
    }

    public void setNameKanji(String nameKanji) {
        this.nameKanji = nameKanji;
    }

    public String getNameKana() {
        return nameKana;
    }

    public void setNameKana(String nameKana) {
        this.nameKana = nameKana;
    }

    public String getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(String birthDate) {
        this.birthDate = birthDate;
    }

    public String getGender() {
        return gender;
    }

    public void setGender(String gender) {
        this.gender = gender;
    }

    @Override
    public String toString() {
        return "CorrectionInputs[***]";
    }
}
