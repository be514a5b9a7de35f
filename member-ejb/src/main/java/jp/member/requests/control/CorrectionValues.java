package jp.member.requests.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.util.Set;
import jp.member.members.boundary.MemberInput;
import jp.member.members.entity.PersonalField;
import jp.member.security.crypto.DataProtection;

/**
 * The true values a member gives with a correction request: only the fields they say are wrong, as JSON sealed with
 * the data key and bound to the request, so a value copied to another request does not open. Kept until the
 * decision, then erased.
 */
@ApplicationScoped
public class CorrectionValues {

    @Inject
    DataProtection protection;

    public byte[] seal(String ref, MemberInput values, Set<PersonalField> fields) {
        JsonObjectBuilder json = Json.createObjectBuilder();
        for (PersonalField field : fields) {
            String value = valueOf(values, field);
            if (value != null) {
                json.add(field.name(), value);
            }
        }
        return protection.cipher().seal(json.build().toString(), binding(ref));
    }

    public MemberInput open(String ref, byte[] sealed) {
        JsonObject json;
        try (JsonReader reader =
                Json.createReader(new StringReader(protection.cipher().open(sealed, binding(ref))))) {
            json = reader.readObject();
        }
        return new MemberInput(
                json.getString(PersonalField.NAME_KANJI.name(), null),
                json.getString(PersonalField.NAME_KANA.name(), null),
                json.getString(PersonalField.BIRTH_DATE.name(), null),
                json.getString(PersonalField.GENDER.name(), null),
                json.getString(PersonalField.POSTAL_CODE.name(), null),
                json.getString(PersonalField.PREFECTURE.name(), null),
                json.getString(PersonalField.CITY.name(), null),
                json.getString(PersonalField.STREET.name(), null),
                json.getString(PersonalField.BUILDING.name(), null),
                json.getString(PersonalField.PHONE.name(), null),
                json.getString(PersonalField.EMAIL.name(), null));
    }

    public static String binding(String ref) {
        return "member-request-correction|" + ref;
    }

    private static String valueOf(MemberInput in, PersonalField field) {
        return switch (field) {
            case NAME_KANJI -> in.nameKanji();
            case NAME_KANA -> in.nameKana();
            case BIRTH_DATE -> in.birthDate();
            case GENDER -> in.gender();
            case POSTAL_CODE -> in.postalCode();
            case PREFECTURE -> in.prefecture();
            case CITY -> in.city();
            case STREET -> in.street();
            case BUILDING -> in.building();
            case PHONE -> in.phone();
            case EMAIL -> in.email();
        };
    }
}
