package jp.member.shared;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import java.util.Optional;

/**
 * Deployment settings, read from a JVM system property (e.g. {@code -Dmember.mode=demo}) or else from the
 * environment variable of the same name in upper case with underscores ({@code MEMBER_MODE}). Secrets are
 * supplied the same way and never live in the repository or the database.
 */
@ApplicationScoped
public class Settings {

    /** How the application was started. */
    public enum Mode {
        /** Embedded database, demo accounts and demo data. Never for real members. */
        DEMO,
        /** Real deployment: no default accounts, secrets required. The default when nothing is said. */
        PRODUCTION
    }

    public Mode mode() {
        return value("member.mode")
                .map(v -> Mode.valueOf(v.trim().toUpperCase(Locale.ROOT)))
                .orElse(Mode.PRODUCTION);
    }

    public boolean isDemo() {
        return mode() == Mode.DEMO;
    }

    /** The setting's value, or empty when neither the system property nor the environment variable is set. */
    public Optional<String> value(String name) {
        String property = System.getProperty(name);
        if (property != null && !property.isBlank()) {
            return Optional.of(property);
        }
        String env =
                System.getenv(name.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_'));
        return env == null || env.isBlank() ? Optional.empty() : Optional.of(env);
    }

    public int intValue(String name, int defaultValue) {
        return value(name).map(String::trim).map(Integer::parseInt).orElse(defaultValue);
    }
}
