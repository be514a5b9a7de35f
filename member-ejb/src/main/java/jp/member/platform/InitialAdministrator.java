package jp.member.platform;

import java.util.Optional;
import jp.member.staff.control.PasswordPolicy;

/**
 * The first administrator as the environment asks for it ({@code MEMBER_INITIAL_ADMIN},
 * {@code MEMBER_INITIAL_ADMIN_PASSWORD}), decided before anything is written. A password that breaks the policy stops
 * the deployment: a deployment that "succeeds" with nobody able to sign in is found only when someone tries, and the
 * log line that said why is long gone by then.
 */
final class InitialAdministrator {

    static final String DEFAULT_USERNAME = "admin";

    private final String username;
    private final String password;

    private InitialAdministrator(String username, String password) {
        this.username = username;
        this.password = password;
    }

    /**
     * The administrator to create: empty when no password is given (nobody is created, the log says how to create
     * one).
     *
     * @throws IllegalStateException when the password breaks the password policy; the message names the rule, never
     *     the password
     */
    static Optional<InitialAdministrator> from(Optional<String> username, Optional<String> password) {
        if (password.isEmpty()) {
            return Optional.empty();
        }
        String name = username.map(String::strip).filter(u -> !u.isEmpty()).orElse(DEFAULT_USERNAME);
        PasswordPolicy.violation(password.get(), name).ifPresent(rule -> {
            throw new IllegalStateException("Refusing to start: MEMBER_INITIAL_ADMIN_PASSWORD breaks the password"
                    + " policy (" + rule + "; at least " + PasswordPolicy.MIN_LENGTH + " characters, not a common"
                    + " password, not containing the username). Set another one and deploy again.");
        });
        return Optional.of(new InitialAdministrator(name, password.get()));
    }

    String username() {
        return username;
    }

    String password() {
        return password;
    }

    @Override
    public String toString() {
        return "InitialAdministrator[" + username + "]"; // never the password
    }
}
