package jp.member.shared;

import java.util.Objects;

/**
 * A problem with one input field: the field's name and the message key that explains it. Carries a key, never the
 * offending value, so a violation can be logged or returned to a client without leaking personal data.
 */
public record Violation(String field, String messageKey) {

    public Violation {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(messageKey, "messageKey");
    }
}
