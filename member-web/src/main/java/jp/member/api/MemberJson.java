package jp.member.api;

import java.util.Map;
import jp.member.members.boundary.MemberRecord;
import jp.member.members.entity.PersonalData;

/** JSON shapes of the members API (channel clients). */
public final class MemberJson {

    private MemberJson() {}

    /** A new member from the web site or app. Unknown properties are ignored and change nothing. */
    public record Enrolment(
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
            String channel,
            Consents consents) {

        @Override
        public String toString() {
            return "Enrolment[***]";
        }
    }

    /** New contact details; parts left out stay as they are. */
    public record Contact(
            String postalCode,
            String prefecture,
            String city,
            String street,
            String building,
            String phone,
            String email) {

        @Override
        public String toString() {
            return "Contact[***]";
        }
    }

    public record Consents(boolean post, boolean email, boolean phone, boolean sms) {}

    public record ConsentChange(Boolean granted) {}

    public record Enrolled(String memberNumber) {}

    /** The member's own record, as the channel shows it to the signed-in member. */
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
            Map<String, Boolean> consents) {

        static Member of(MemberRecord record) {
            PersonalData d = record.personalData();
            var a = d.address();
            Map<String, Boolean> consents = new java.util.LinkedHashMap<>();
            record.consents()
                    .forEach((channel, granted) ->
                            consents.put(channel.name().toLowerCase(java.util.Locale.ROOT), granted));
            return new Member(
                    record.memberNumber(),
                    record.status().name(),
                    record.rank(),
                    d.nameKanji(),
                    d.nameKana(),
                    d.birthDate() == null ? null : d.birthDate().toString(),
                    d.gender() == null ? null : d.gender().name(),
                    a.postalCode(),
                    a.prefecture() == null ? null : a.prefecture().code(),
                    a.city(),
                    a.street(),
                    a.building(),
                    d.phone(),
                    d.email(),
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
