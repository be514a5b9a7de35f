package jp.member.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jp.member.members.boundary.MemberRecord;
import jp.member.members.entity.PersonalField;

/** JSON shapes of the members API (channel clients). */
public final class MemberJson {

    private MemberJson() {}

    public record Enrolled(String memberNumber) {}

    /**
     * The member's own record, as the channel shows it to the signed-in member: each personal field in full where the
     * client's field scope allows it, masked where not; {@code maskedFields} names the masked ones.
     */
    public record Member(
            String memberNumber,
            String status,
            String rank,
            String nameKanji,
            String nameKana,
            String birthDate,
            String gender,
            String postalCode,
            String prefecture,
            String city,
            String street,
            String building,
            String phone,
            String email,
            List<String> maskedFields,
            Map<String, Boolean> consents) {

        static Member of(MemberRecord record) {
            Map<PersonalField, String> f = record.fields();
            Map<String, Boolean> consents = new LinkedHashMap<>();
            record.consents()
                    .forEach((channel, granted) -> consents.put(channel.name().toLowerCase(Locale.ROOT), granted));
            return new Member(
                    record.memberNumber().digits(),
                    record.status().name(),
                    record.rank().code(),
                    f.get(PersonalField.NAME_KANJI),
                    f.get(PersonalField.NAME_KANA),
                    f.get(PersonalField.BIRTH_DATE),
                    f.get(PersonalField.GENDER),
                    f.get(PersonalField.POSTAL_CODE),
                    f.get(PersonalField.PREFECTURE),
                    f.get(PersonalField.CITY),
                    f.get(PersonalField.STREET),
                    f.get(PersonalField.BUILDING),
                    f.get(PersonalField.PHONE),
                    f.get(PersonalField.EMAIL),
                    record.masked().stream().map(PersonalField::property).toList(),
                    consents);
        }

        @Override
        public String toString() {
            return "Member[***]";
        }
    }

    /** What a till sees: no personal data. */
    public record CardStatus(String memberNumber, String status, String rank) {}
}
