package jp.member.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import jp.member.shared.BusinessException;
import jp.member.shared.InvalidInputException;
import jp.member.shared.NotFoundException;

/**
 * Business refusals as problem documents with stable codes: VALIDATION (400, with the fields), NOT_FOUND and
 * UNKNOWN_CARD (404), DUPLICATE, DUPLICATE_CANDIDATE and ALREADY_REVERSED (409), INSUFFICIENT_POINTS, NO_POINTS,
 * CARD_BLOCKED and other rules (422).
 * Nothing was changed in any of these cases.
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
        Known known = KNOWN.get(refusal.messageKey());
        if (known != null) {
            return Problem.response(known.status(), known.code(), known.title());
        }
        if (refusal instanceof NotFoundException) {
            return Problem.response(Response.Status.NOT_FOUND, "NOT_FOUND", "Not found");
        }
        return Problem.response(
                Problem.UNPROCESSABLE, codeOf(refusal.messageKey()), "Refused: " + refusal.messageKey());
    }

    private record Known(Response.StatusType status, String code, String title) {}

    /** The stable codes clients program against (see openapi.yaml). */
    private static final java.util.Map<String, Known> KNOWN = java.util.Map.ofEntries(
            java.util.Map.entry("card.unknown", new Known(Response.Status.NOT_FOUND, "UNKNOWN_CARD", "Unknown card")),
            java.util.Map.entry(
                    "points.transaction.unknown",
                    new Known(Response.Status.NOT_FOUND, "UNKNOWN_TRANSACTION", "Unknown transaction")),
            java.util.Map.entry(
                    "points.insufficient",
                    new Known(Problem.UNPROCESSABLE, "INSUFFICIENT_POINTS", "Not enough points")),
            java.util.Map.entry(
                    "member.suspended",
                    new Known(Problem.UNPROCESSABLE, "MEMBER_SUSPENDED", "The member is suspended")),
            java.util.Map.entry(
                    "member.card.blocked", new Known(Problem.UNPROCESSABLE, "CARD_BLOCKED", "The card is blocked")),
            java.util.Map.entry(
                    "points.transaction.conflict",
                    new Known(
                            Response.Status.CONFLICT,
                            "DUPLICATE",
                            "This transaction id was used for a different request")),
            java.util.Map.entry(
                    "points.reversal.already",
                    new Known(Response.Status.CONFLICT, "ALREADY_REVERSED", "This transaction was already reversed")),
            java.util.Map.entry(
                    "points.reversal.exceedsBalance",
                    new Known(
                            Problem.UNPROCESSABLE,
                            "REVERSAL_EXCEEDS_BALANCE",
                            "The member no longer has the points this reversal takes back")),
            java.util.Map.entry(
                    "points.reversal.notReversible",
                    new Known(Problem.UNPROCESSABLE, "NOT_REVERSIBLE", "This transaction cannot be reversed")),
            java.util.Map.entry(
                    "points.amount.invalid", new Known(Response.Status.BAD_REQUEST, "VALIDATION", "Invalid amount")),
            java.util.Map.entry(
                    "points.transaction.invalid",
                    new Known(Response.Status.BAD_REQUEST, "VALIDATION", "Invalid transaction id")),
            java.util.Map.entry(
                    "member.storeCode.invalid",
                    new Known(Response.Status.BAD_REQUEST, "VALIDATION", "Invalid store code")),
            java.util.Map.entry(
                    "points.earn.nothing",
                    new Known(Problem.UNPROCESSABLE, "NO_POINTS", "The purchase earns no points")),
            java.util.Map.entry(
                    "member.duplicateCandidate",
                    new Known(
                            Response.Status.CONFLICT,
                            "DUPLICATE_CANDIDATE",
                            "A member with this birth date and phone or e-mail exists; confirm to enrol anyway")),
            java.util.Map.entry(
                    "api.body.tooLarge",
                    new Known(Problem.status(413, "Content Too Large"), "TOO_LARGE", "The request body is too large")),
            java.util.Map.entry(
                    "api.body.required",
                    new Known(Response.Status.BAD_REQUEST, "VALIDATION", "The request has no body")));

    /** "member.card.blocked" → "CARD_BLOCKED": the last two parts, upper case. */
    static String codeOf(String messageKey) {
        String[] parts = messageKey.split("\\.");
        String tail = parts.length >= 2 ? parts[parts.length - 2] + "_" + parts[parts.length - 1] : messageKey;
        return tail.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(java.util.Locale.ROOT);
    }
}
