package jp.member.events.rules;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The JSON a receiver gets, in the Standard Webhooks layout: {@code {"id", "type", "timestamp", "data"}}. The data
 * holds the member number where there is a member, the names of the fields that changed, and for an alert or an
 * export its own id and kind — never a personal value, an amount or a balance (decision 0020). Built the same way on
 * every attempt, so a retried event has the same body.
 */
public record EventBody(
        String eventId,
        String type,
        Instant occurredAt,
        String memberNumber,
        List<String> changed,
        String subjectName,
        Long subjectId,
        String subjectKind) {

    public EventBody {
        changed = changed == null ? List.of() : List.copyOf(changed);
    }

    /** The body as sent (UTF-8 JSON, no insignificant white space). */
    public String json() {
        StringBuilder json = new StringBuilder(160);
        json.append("{\"id\":").append(quote(eventId));
        json.append(",\"type\":").append(quote(type));
        json.append(",\"timestamp\":")
                .append(quote(occurredAt.truncatedTo(ChronoUnit.MILLIS).toString()));
        json.append(",\"data\":{");
        String separator = "";
        if (memberNumber != null) {
            json.append("\"memberNumber\":").append(quote(memberNumber));
            separator = ",";
        }
        if (subjectName != null && subjectId != null) {
            json.append(separator).append(quote(subjectName + "Id")).append(':').append(subjectId);
            separator = ",";
            if (subjectKind != null) {
                json.append(separator).append("\"kind\":").append(quote(subjectKind));
            }
        }
        if (!changed.isEmpty()) {
            json.append(separator).append("\"changed\":[");
            for (int i = 0; i < changed.size(); i++) {
                json.append(i == 0 ? "" : ",").append(quote(changed.get(i)));
            }
            json.append(']');
        }
        return json.append("}}").toString();
    }

    /** A JSON string; every control character, quote and backslash escaped. */
    static String quote(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || c == 0x2028 || c == 0x2029) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
