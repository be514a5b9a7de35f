package jp.member.members.control;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import jp.member.members.boundary.MemberInput;
import jp.member.members.entity.Address;
import jp.member.members.entity.Gender;
import jp.member.members.entity.PersonalData;
import jp.member.members.entity.PersonalField;
import jp.member.members.validation.BirthDates;
import jp.member.members.validation.EmailAddress;
import jp.member.members.validation.JapaneseDates;
import jp.member.members.validation.Kana;
import jp.member.members.validation.Limits;
import jp.member.members.validation.PhoneNumber;
import jp.member.members.validation.PostalCode;
import jp.member.members.validation.Prefecture;
import jp.member.shared.InvalidInputException;
import jp.member.shared.Violation;

/**
 * The server-side rules for a member's personal data (ASVS 2.2.1): every field is normalised (half-width kana,
 * full-width digits and letters, hyphens, +81, birth dates in the Japanese calendar) and checked; any violation refuses the whole input with one message key per
 * field, and nothing is stored.
 */
public final class MemberRules {

    private MemberRules() {}

    /** A complete member for enrolment or import. */
    public static PersonalData personalData(MemberInput in, LocalDate today) {
        List<Violation> violations = new ArrayList<>();
        String nameKanji = required(in.nameKanji(), "nameKanji", Limits.NAME_KANJI_MAX, violations);
        String nameKana = kana(in.nameKana(), violations);
        LocalDate birth = birthDate(in.birthDate(), today, violations);
        Gender gender = gender(in.gender(), violations);
        Address address = address(in, violations);
        String phone = phone(in.phone(), violations);
        String email = email(in.email(), violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        // Family and given name are separated by one ideographic space, however they were typed.
        String name = nameKanji.replaceAll("[ \u3000]+", "\u3000");
        return new PersonalData(name, nameKana, birth, gender, address, phone, email);
    }

    /**
     * An existing member's data with new contact details. Each part left empty — the whole address, the phone, the
     * e-mail — stays as it was, so an agent types only what changes and never needs to see the old value.
     */
    public static PersonalData withContact(PersonalData current, MemberInput in) {
        List<Violation> violations = new ArrayList<>();
        boolean addressGiven = text(in.postalCode()) != null
                || text(in.prefecture()) != null
                || text(in.city()) != null
                || text(in.street()) != null
                || text(in.building()) != null;
        Address address = addressGiven ? address(in, violations) : current.address();
        String phone = text(in.phone()) == null ? current.phone() : phone(in.phone(), violations);
        String email = text(in.email()) == null ? current.email() : email(in.email(), violations);
        if (!addressGiven && text(in.phone()) == null && text(in.email()) == null) {
            violations.add(new Violation("contact", "member.contact.nothingToChange"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return current.withContact(address, phone, email);
    }

    /**
     * The member's data corrected at their request (APPI Art. 34): each field in {@code fields} takes the value given in
     * {@code in}, every other field keeps its current one, and the result is checked as a whole, as at enrolment.
     */
    public static PersonalData corrected(
            PersonalData current, MemberInput in, Set<PersonalField> fields, LocalDate today) {
        if (fields == null || fields.isEmpty()) {
            throw new InvalidInputException(List.of(new Violation("fields", "request.fields.required")));
        }
        Address now = current.address();
        MemberInput merged = new MemberInput(
                pick(fields, PersonalField.NAME_KANJI, in.nameKanji(), current.nameKanji()),
                pick(fields, PersonalField.NAME_KANA, in.nameKana(), current.nameKana()),
                pick(fields, PersonalField.BIRTH_DATE, in.birthDate(), shown(current.birthDate())),
                pick(fields, PersonalField.GENDER, in.gender(), shown(current.gender())),
                pick(fields, PersonalField.POSTAL_CODE, in.postalCode(), now.postalCode()),
                pick(
                        fields,
                        PersonalField.PREFECTURE,
                        in.prefecture(),
                        now.prefecture() == null ? null : now.prefecture().code()),
                pick(fields, PersonalField.CITY, in.city(), now.city()),
                pick(fields, PersonalField.STREET, in.street(), now.street()),
                pick(fields, PersonalField.BUILDING, in.building(), now.building()),
                pick(fields, PersonalField.PHONE, in.phone(), current.phone()),
                pick(fields, PersonalField.EMAIL, in.email(), current.email()));
        return personalData(merged, today);
    }

    private static String pick(Set<PersonalField> fields, PersonalField field, String given, String current) {
        return fields.contains(field) ? given : current;
    }

    private static String shown(Object value) {
        return value == null ? null : value.toString();
    }

    /**
     * A contact change where each part left out ({@code null}) keeps its current value — for clients that send only
     * what changed (the channel API); an empty building clears it. The address that results is checked as a whole.
     */
    public static PersonalData withContactParts(PersonalData current, MemberInput in) {
        Address now = current.address();
        boolean addressPart = in.postalCode() != null
                || in.prefecture() != null
                || in.city() != null
                || in.street() != null
                || in.building() != null;
        MemberInput merged = !addressPart
                ? in
                : MemberInput.contact(
                        orCurrent(in.postalCode(), now.postalCode()),
                        orCurrent(
                                in.prefecture(),
                                now.prefecture() == null
                                        ? null
                                        : now.prefecture().code()),
                        orCurrent(in.city(), now.city()),
                        orCurrent(in.street(), now.street()),
                        orCurrent(in.building(), now.building()),
                        in.phone(),
                        in.email());
        return withContact(current, merged);
    }

    private static String orCurrent(String given, String current) {
        return given != null ? given : current;
    }

    private static String required(String raw, String field, int max, List<Violation> violations) {
        String value = text(raw);
        if (value == null) {
            violations.add(new Violation(field, "member." + field + ".required"));
        } else if (!Limits.within(value, max)) {
            violations.add(new Violation(field, "member." + field + ".tooLong"));
        } else if (hasControlCharacters(value)) {
            violations.add(new Violation(field, "member." + field + ".invalid"));
        }
        return value;
    }

    private static String kana(String raw, List<Violation> violations) {
        String value = Kana.normalize(raw);
        if (value == null || value.isEmpty()) {
            violations.add(new Violation("nameKana", "member.nameKana.required"));
        } else if (!Kana.isKatakana(value)) {
            violations.add(new Violation("nameKana", "member.nameKana.notKatakana"));
        } else if (!Limits.within(value, Limits.NAME_KANA_MAX)) {
            violations.add(new Violation("nameKana", "member.nameKana.tooLong"));
        }
        return value;
    }

    private static LocalDate birthDate(String raw, LocalDate today, List<Violation> violations) {
        JapaneseDates.Reading reading = JapaneseDates.read(raw);
        if (!reading.isDate()) {
            violations.add(new Violation(
                    "birthDate",
                    reading.refusal() == JapaneseDates.Refusal.MISSING
                            ? "member.birthDate.required"
                            : reading.refusal().messageKey()));
            return null;
        }
        Optional<String> problem = BirthDates.violation(reading.date(), today);
        problem.ifPresent(key -> violations.add(new Violation("birthDate", key)));
        return problem.isPresent() ? null : reading.date();
    }

    private static Gender gender(String raw, List<Violation> violations) {
        String value = text(raw);
        if (value == null) {
            return null;
        }
        return switch (Normalizer.normalize(value, Normalizer.Form.NFKC).toUpperCase(Locale.ROOT)) {
            case "F", "FEMALE", "女", "女性" -> Gender.FEMALE;
            case "M", "MALE", "男", "男性" -> Gender.MALE;
            case "O", "X", "OTHER", "その他" -> Gender.OTHER;
            default -> {
                violations.add(new Violation("gender", "member.gender.invalid"));
                yield null;
            }
        };
    }

    private static Address address(MemberInput in, List<Violation> violations) {
        Optional<String> postal = PostalCode.normalize(in.postalCode());
        if (postal.isEmpty()) {
            violations.add(new Violation(
                    "postalCode",
                    text(in.postalCode()) == null ? "member.postalCode.required" : "member.postalCode.invalid"));
        }
        Optional<Prefecture> prefecture = Prefecture.of(text(in.prefecture()));
        if (prefecture.isEmpty()) {
            violations.add(new Violation("prefecture", "member.prefecture.invalid"));
        }
        String city = required(in.city(), "city", Limits.CITY_MAX, violations);
        String street = required(in.street(), "street", Limits.STREET_MAX, violations);
        String building = text(in.building());
        if (building != null && (!Limits.within(building, Limits.BUILDING_MAX) || hasControlCharacters(building))) {
            violations.add(new Violation("building", "member.building.invalid"));
        }
        return new Address(postal.orElse(null), prefecture.orElse(null), city, street, building);
    }

    private static String phone(String raw, List<Violation> violations) {
        Optional<String> phone = PhoneNumber.normalize(raw);
        if (phone.isEmpty()) {
            violations.add(
                    new Violation("phone", text(raw) == null ? "member.phone.required" : "member.phone.invalid"));
        }
        return phone.orElse(null);
    }

    private static String email(String raw, List<Violation> violations) {
        if (text(raw) == null) {
            return null;
        }
        Optional<String> email = EmailAddress.normalize(raw);
        if (email.isEmpty()) {
            violations.add(new Violation("email", "member.email.invalid"));
        }
        return email.orElse(null);
    }

    private static String text(String raw) {
        if (raw == null) {
            return null;
        }
        String trimmed = raw.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }

    private static boolean hasControlCharacters(String value) {
        return value.codePoints().anyMatch(Character::isISOControl);
    }
}
