package jp.member.api;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.member.shared.BusinessException;
import jp.member.shared.InvalidInputException;
import jp.member.shared.Violation;

/**
 * A request body read strictly: a field declared as a string must be a JSON string, an integer a JSON number without
 * a fraction, a boolean true or false, an enumeration exactly one of its values. JSON-B converted loosely ("100" and
 * "１００" became numbers, 1.5 became 1, "X" a gender); here each mismatch is a violation naming the field (never its
 * value), and {@link #done()} refuses the request with all of them. A field left out or null is absent. Unknown
 * fields are ignored and change nothing.
 */
final class JsonBody {

    /** Larger than any request of this API (an enrolment is under 2 kB). */
    static final int MAX_BYTES = 64 * 1024;

    /**
     * One factory for every body: {@code Json.createReader} looks the JSON provider up through the service loader on
     * each call, which cost a tenth of an earn's CPU (issue 16's profile).
     */
    private static final JsonReaderFactory READERS = Json.createReaderFactory(Map.of());

    private final JsonObject json;
    private final String prefix;
    private final List<Violation> violations;

    private JsonBody(JsonObject json, String prefix, List<Violation> violations) {
        this.json = json;
        this.prefix = prefix;
        this.violations = violations;
    }

    /**
     * Reads the body, which must be a JSON object of at most {@value #MAX_BYTES} bytes (UTF-8). Exactly Content-Length
     * bytes are read (to the end only when the length is not given): reading on to the end of the stream waited for
     * the connection's timeout when the client kept it open, and so did a parser given a truncated body.
     */
    static JsonBody read(HttpServletRequest request) {
        long length = request.getContentLengthLong();
        if (length > MAX_BYTES) {
            throw new BusinessException("api.body.tooLarge");
        }
        byte[] bytes;
        try {
            InputStream in = request.getInputStream();
            bytes = length >= 0 ? in.readNBytes((int) length) : in.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (bytes.length > MAX_BYTES) {
            throw new BusinessException("api.body.tooLarge");
        }
        if (new String(bytes, StandardCharsets.UTF_8).isBlank()) {
            throw new BusinessException("api.body.required");
        }
        JsonValue body;
        try (JsonReader reader =
                READERS.createReader(new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8))) {
            body = reader.readValue();
        } catch (JsonException notJson) {
            throw new InvalidInputException(List.of(new Violation("body", "json.syntax")));
        }
        if (!(body instanceof JsonObject object)) {
            throw new InvalidInputException(List.of(new Violation("body", "json.object")));
        }
        return new JsonBody(object, "", new ArrayList<>());
    }

    String string(String field) {
        JsonValue value = present(field);
        if (value == null) {
            return null;
        }
        if (value.getValueType() != JsonValue.ValueType.STRING) {
            return invalid(field, "json.string");
        }
        return json.getString(field);
    }

    /** A whole number that fits a long: {@code 100}, not {@code 1.5}, {@code "100"} or {@code 1e400}. */
    Long integer(String field) {
        JsonValue value = present(field);
        if (value == null) {
            return null;
        }
        if (!(value instanceof JsonNumber number)) {
            return invalid(field, "json.integer");
        }
        try {
            return number.bigDecimalValue().toBigIntegerExact().longValueExact();
        } catch (ArithmeticException fractionOrTooLarge) {
            return invalid(field, "json.integer");
        }
    }

    Boolean bool(String field) {
        JsonValue value = present(field);
        if (value == null) {
            return null;
        }
        if (value.getValueType() == JsonValue.ValueType.TRUE) {
            return true;
        }
        if (value.getValueType() == JsonValue.ValueType.FALSE) {
            return false;
        }
        return invalid(field, "json.boolean");
    }

    /** Exactly the name of one of the constants, as the description lists them. */
    <E extends Enum<E>> E oneOf(String field, Class<E> type) {
        JsonValue value = present(field);
        if (value == null) {
            return null;
        }
        if (value.getValueType() == JsonValue.ValueType.STRING) {
            String given = json.getString(field);
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equals(given)) {
                    return constant;
                }
            }
        }
        return invalid(field, "json.enum");
    }

    /** A nested object, whose violations are named {@code field.inner}; null when absent. */
    JsonBody object(String field) {
        JsonValue value = present(field);
        if (value == null) {
            return null;
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            return invalid(field, "json.object");
        }
        return new JsonBody(json.getJsonObject(field), prefix + field + ".", violations);
    }

    /** Refuses the request when any field had the wrong type; nothing has been changed at this point. */
    void done() {
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    private JsonValue present(String field) {
        JsonValue value = json.get(field);
        return value == null || value.getValueType() == JsonValue.ValueType.NULL ? null : value;
    }

    private <T> T invalid(String field, String rule) {
        violations.add(new Violation(prefix + field, rule));
        return null;
    }
}
