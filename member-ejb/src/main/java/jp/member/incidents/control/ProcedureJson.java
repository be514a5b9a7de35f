package jp.member.incidents.control;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import jp.member.incidents.boundary.ProcedureView;
import jp.member.incidents.boundary.ProcedureView.Contact;
import jp.member.incidents.boundary.ProcedureView.Organisation;
import jp.member.incidents.rules.CauseCategory;

/** The response procedure's content as stored: JSON with contacts, organisation and checklists. */
public final class ProcedureJson {

    private ProcedureJson() {}

    public static String write(
            List<Contact> contacts, Organisation organisation, Map<CauseCategory, List<String>> checklists) {
        JsonArrayBuilder people = Json.createArrayBuilder();
        for (Contact c : contacts) {
            people.add(Json.createObjectBuilder()
                    .add("name", c.name().strip())
                    .add("role", c.role().strip())
                    .add("phone", c.phone().strip())
                    .add("hours", c.hours() == null ? "" : c.hours().strip()));
        }
        JsonObjectBuilder lists = Json.createObjectBuilder();
        checklists.forEach((kind, steps) -> {
            JsonArrayBuilder array = Json.createArrayBuilder();
            steps.forEach(step -> array.add(step.strip()));
            lists.add(kind.name(), array);
        });
        return Json.createObjectBuilder()
                .add("contacts", people)
                .add(
                        "organisation",
                        Json.createObjectBuilder()
                                .add("decides", text(organisation.decides()))
                                .add("reportsToPpc", text(organisation.reportsToPpc()))
                                .add("speaksPublicly", text(organisation.speaksPublicly())))
                .add("checklists", lists)
                .build()
                .toString();
    }

    public static ProcedureView read(int version, Instant at, String by, String note, String content) {
        JsonObject json;
        try (JsonReader reader = Json.createReader(new StringReader(content))) {
            json = reader.readObject();
        }
        List<Contact> contacts = new ArrayList<>();
        for (JsonValue value : json.getJsonArray("contacts")) {
            JsonObject c = value.asJsonObject();
            contacts.add(new Contact(
                    c.getString("name"), c.getString("role"), c.getString("phone"), c.getString("hours", "")));
        }
        JsonObject o = json.getJsonObject("organisation");
        Organisation organisation = new Organisation(
                o.getString("decides", ""), o.getString("reportsToPpc", ""), o.getString("speaksPublicly", ""));
        Map<CauseCategory, List<String>> checklists = new EnumMap<>(CauseCategory.class);
        json.getJsonObject("checklists")
                .forEach((kind, steps) -> checklists.put(
                        CauseCategory.valueOf(kind),
                        steps.asJsonArray().getValuesAs(JsonString.class).stream()
                                .map(JsonString::getString)
                                .toList()));
        return new ProcedureView(version, at, by, note, contacts, organisation, checklists);
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }
}
