package jp.member.web.failure;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.ProtectedViewException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.servlet.http.HttpServletResponse;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What went wrong with a request, as the person and the log are told: a kind, the HTTP status and, for a failure
 * nobody expected, an incident id that the log repeats. Never a class name, a message, SQL or input.
 */
public record Failure(Kind kind, int status, String incident) {

    /** The kinds a person can be told apart; each has its text in the message bundles ({@code error.KIND}). */
    public enum Kind {
        /** An expired page, or a form that was not sent from the page it claims (ViewState, CSP nonce). */
        STALE_FORM(true),
        /** The caller may not do this (a role missing at the page or in the business). */
        FORBIDDEN(true),
        NOT_FOUND(true),
        /** Any other refusal of a malformed or unsupported request (4xx). */
        REFUSED(true),
        /** Nobody expected it: logged with its stack frames under an incident id. */
        INTERNAL(false);

        private final boolean expected;

        Kind(boolean expected) {
            this.expected = expected;
        }

        public boolean expected() {
            return expected;
        }

        /** The message bundle key of the text people see. */
        public String messageKey() {
            return "error." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '.');
        }
    }

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern INCIDENT = Pattern.compile("[0-9a-f]{12}");
    private static final String PRIMEFACES_CSP = "org.primefaces.csp.CspException";

    /** What an exception means for the person who caused it. */
    public static Failure of(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ViewExpiredException
                    || t instanceof ProtectedViewException
                    || t.getClass().getName().equals(PRIMEFACES_CSP)) {
                return forgedForm();
            }
            if (t instanceof EJBAccessException) {
                return new Failure(Kind.FORBIDDEN, HttpServletResponse.SC_FORBIDDEN, null);
            }
        }
        return internal();
    }

    /** A form post that does not come from the application's own pages (a foreign Origin): refused like a forged one. */
    public static Failure forgedForm() {
        return new Failure(Kind.STALE_FORM, HttpServletResponse.SC_BAD_REQUEST, null);
    }

    /** What a status the container chose means (an error page reached without an exception). */
    public static Failure ofStatus(int status) {
        if (status == HttpServletResponse.SC_NOT_FOUND) {
            return new Failure(Kind.NOT_FOUND, status, null);
        }
        if (status == HttpServletResponse.SC_FORBIDDEN) {
            return new Failure(Kind.FORBIDDEN, status, null);
        }
        if (status >= 400 && status < 500) {
            return new Failure(Kind.REFUSED, status, null);
        }
        return internal();
    }

    private static Failure internal() {
        byte[] id = new byte[6];
        RANDOM.nextBytes(id);
        return new Failure(
                Kind.INTERNAL,
                HttpServletResponse.SC_INTERNAL_SERVER_ERROR,
                HexFormat.of().formatHex(id));
    }

    /**
     * The failure named in the error page's query (where an Ajax request is sent, since a partial response cannot
     * show a page): only a known kind and a well-formed incident id are taken, anything else is a plain refusal.
     */
    public static Failure fromQuery(String kind, String incident) {
        Kind known = kind == null
                ? Kind.REFUSED
                : java.util.Arrays.stream(Kind.values())
                        .filter(k -> k.name().equals(kind))
                        .findFirst()
                        .orElse(Kind.REFUSED);
        if (known == Kind.INTERNAL) {
            return incident != null && INCIDENT.matcher(incident).matches()
                    ? new Failure(known, HttpServletResponse.SC_INTERNAL_SERVER_ERROR, incident)
                    : new Failure(Kind.REFUSED, HttpServletResponse.SC_BAD_REQUEST, null);
        }
        int status =
                switch (known) {
                    case FORBIDDEN -> HttpServletResponse.SC_FORBIDDEN;
                    case NOT_FOUND -> HttpServletResponse.SC_NOT_FOUND;
                    default -> HttpServletResponse.SC_BAD_REQUEST;
                };
        return new Failure(known, status, null);
    }

    /** The error page's address for this failure, relative to the application. */
    public String errorPath() {
        return "/error?kind=" + kind.name()
                + Optional.ofNullable(incident).map(i -> "&incident=" + i).orElse("");
    }
}
