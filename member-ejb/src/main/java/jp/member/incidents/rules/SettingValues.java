package jp.member.incidents.rules;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads the incident settings for the {@code from} factories: a value that is missing, unreadable or out of its
 * range gives the default, never an exception, so a typo in the configuration cannot stop the register.
 */
final class SettingValues {

    private SettingValues() {}

    static Optional<String> raw(Function<String, Optional<String>> setting, String key) {
        Optional<String> value = setting.apply(key);
        return value == null ? Optional.empty() : value.map(String::trim).filter(v -> !v.isEmpty());
    }

    /** The setting as a whole number from {@code min} to {@code max}, or {@code fallback}. */
    static long longIn(Function<String, Optional<String>> setting, String key, long min, long max, long fallback) {
        Optional<String> value = raw(setting, key);
        if (value.isEmpty() || !value.get().matches("-?[0-9]{1,18}")) {
            return fallback;
        }
        long parsed = Long.parseLong(value.get());
        return parsed < min || parsed > max ? fallback : parsed;
    }

    /** The setting as {@code true} or {@code false} in any case, or {@code fallback}. */
    static boolean bool(Function<String, Optional<String>> setting, String key, boolean fallback) {
        return raw(setting, key)
                .map(v -> v.toLowerCase(Locale.ROOT))
                .map(v -> switch (v) {
                    case "true" -> Boolean.TRUE;
                    case "false" -> Boolean.FALSE;
                    default -> fallback;
                })
                .orElse(fallback);
    }
}
