package jp.member.shared;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * Input broke one or more field rules; nothing was changed. Carries a message key per field, never the values.
 */
@ApplicationException(rollback = true)
public class InvalidInputException extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final List<Violation> violations;

    public InvalidInputException(List<Violation> violations) {
        super("input.invalid");
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
