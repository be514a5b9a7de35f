package jp.member.incidents.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import jp.member.incidents.rules.CauseCategory;
import jp.member.shared.Violation;

/**
 * The leak-response procedure as it stands in one version: whom to call, who decides, who reports to the PPC and
 * who speaks publicly, and the checklist per kind of incident. Staff data only, never a member's.
 */
public record ProcedureView(
        int version,
        Instant createdAt,
        String createdBy,
        String changeNote,
        List<Contact> contacts,
        Organisation organisation,
        Map<CauseCategory, List<String>> checklists)
        implements Serializable {

    public static final int TEXT_MAX = 200;
    public static final int PHONE_MAX = 30;
    public static final int MAX_CONTACTS = 30;
    public static final int MAX_CHECKLIST_STEPS = 40;

    public ProcedureView {
        contacts = List.copyOf(contacts);
        Map<CauseCategory, List<String>> copy = new EnumMap<>(CauseCategory.class);
        checklists.forEach((kind, steps) -> copy.put(kind, List.copyOf(steps)));
        checklists = copy;
    }

    /** One person to call (名前, 役割, 電話, 時間帯). */
    public record Contact(String name, String role, String phone, String hours) implements Serializable {}

    /** Who decides, who reports to the PPC, who speaks publicly. */
    public record Organisation(String decides, String reportsToPpc, String speaksPublicly) implements Serializable {}

    /** The checklist for a kind of incident (empty when none is kept). */
    public List<String> checklist(CauseCategory kind) {
        return checklists.getOrDefault(kind, List.of());
    }

    /** What is wrong with a draft, per field, as message keys. */
    static List<Violation> violations(
            List<Contact> contacts, Organisation organisation, Map<CauseCategory, List<String>> checklists) {
        List<Violation> violations = new ArrayList<>();
        if (contacts.size() > MAX_CONTACTS) {
            violations.add(new Violation("contacts", "procedure.contacts.tooMany"));
        }
        for (int i = 0; i < contacts.size(); i++) {
            Contact c = contacts.get(i);
            if (blankOrLong(c.name(), TEXT_MAX) || blankOrLong(c.role(), TEXT_MAX)) {
                violations.add(new Violation("contact." + i, "procedure.contact.required"));
            }
            if (blankOrLong(c.phone(), PHONE_MAX) || !c.phone().strip().matches("[0-9+()\\- ]+")) {
                violations.add(new Violation("contact." + i + ".phone", "procedure.contact.phone"));
            }
            if (c.hours() != null && c.hours().length() > TEXT_MAX) {
                violations.add(new Violation("contact." + i + ".hours", "procedure.text.tooLong"));
            }
        }
        for (String text : List.of(
                nz(organisation.decides()), nz(organisation.reportsToPpc()), nz(organisation.speaksPublicly()))) {
            if (text.length() > TEXT_MAX) {
                violations.add(new Violation("organisation", "procedure.text.tooLong"));
                break;
            }
        }
        checklists.forEach((kind, steps) -> {
            if (steps.size() > MAX_CHECKLIST_STEPS || steps.stream().anyMatch(s -> blankOrLong(s, TEXT_MAX))) {
                violations.add(new Violation("checklist." + kind.name(), "procedure.checklist.invalid"));
            }
        });
        return violations;
    }

    private static boolean blankOrLong(String text, int max) {
        return text == null || text.isBlank() || text.length() > max;
    }

    private static String nz(String text) {
        return text == null ? "" : text;
    }
}
