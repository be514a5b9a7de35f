package jp.member.shared;

import jakarta.ejb.ApplicationException;

/** The record asked for does not exist (or the caller may not know that it exists). */
@ApplicationException(rollback = true)
public class NotFoundException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
