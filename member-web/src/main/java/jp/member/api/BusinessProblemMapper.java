package jp.member.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import jp.member.shared.BusinessException;
import jp.member.shared.InvalidInputException;
import jp.member.shared.NotFoundException;

/**
 * Business refusals as problem documents with stable codes: VALIDATION (400, with the fields), NOT_FOUND (404),
 * CARD_BLOCKED and other rules (422). Nothing was changed in any of these cases.
 */
@Provider
public class BusinessProblemMapper implements ExceptionMapper<BusinessException> {

    @Override
    public Response toResponse(BusinessException refusal) {
        if (refusal instanceof InvalidInputException invalid) {
            return Problem.response(
                    Response.Status.BAD_REQUEST,
                    "VALIDATION",
                    "Invalid input",
                    invalid.violations().stream()
                            .map(v -> new Problem.FieldProblem(v.field(), v.messageKey()))
                            .toList());
        }
        if (refusal instanceof NotFoundException) {
            return Problem.response(Response.Status.NOT_FOUND, "NOT_FOUND", "Not found");
        }
        return Problem.response(
                Response.Status.fromStatusCode(422), codeOf(refusal.messageKey()), "Refused: " + refusal.messageKey());
    }

    /** "member.card.blocked" → "CARD_BLOCKED": the last two parts, upper case. */
    static String codeOf(String messageKey) {
        String[] parts = messageKey.split("\\.");
        String tail = parts.length >= 2 ? parts[parts.length - 2] + "_" + parts[parts.length - 1] : messageKey;
        return tail.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(java.util.Locale.ROOT);
    }
}
