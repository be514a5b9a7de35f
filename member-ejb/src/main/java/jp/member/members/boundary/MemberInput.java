package jp.member.members.boundary;

/**
 * Personal data as typed into a form, sent to the API or read from an import file: untrusted text, checked and
 * normalised by {@link MemberRules}. Never printed.
 */
public record MemberInput(
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
        String email) {

    /** The contact part only (for a contact change): names, birth date and gender are left empty. */
    public static MemberInput contact(
            String postalCode,
            String prefecture,
            String city,
            String street,
            String building,
            String phone,
            String email) {
        return new MemberInput(null, null, null, null, postalCode, prefecture, city, street, building, phone, email);
    }

    @Override
    public String toString() {
        return "MemberInput[***]";
    }
}
