package jp.member.shared;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * A business rule refused the request. It rolls the transaction back and carries a message key (resolved in the
 * caller's language by the web layer) and arguments that never contain personal data.
 */
@ApplicationException(rollback = true)
public class BusinessException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final List<Object> arguments;

    public BusinessException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    /** Key in the {@code messages} bundle, e.g. {@code staff.username.taken}. */
    public String messageKey() {
        return messageKey;
    }

    public List<Object> arguments() {
        return arguments;
    }
}
