package jp.member.staff.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * When a directory account counts as disabled, as configured in {@code member.directory.disabled}: conditions
 * separated by commas, any one of which disables the account.
 *
 * <ul>
 *   <li>{@code userAccountControl}: Active Directory's flag word has bit 2 ({@code ACCOUNTDISABLE}) set;
 *   <li>{@code present:ATTRIBUTE}: the account has the attribute at all (e.g. {@code pwdAccountLockedTime}, set by
 *       OpenLDAP's password policy while an account is locked);
 *   <li>{@code ATTRIBUTE=VALUE}: the attribute has this value, compared without case (e.g. {@code
 *       nsAccountLock=true} of 389 Directory Server and FreeIPA).
 * </ul>
 *
 * The default, {@value #DEFAULT}, covers these three kinds of directory; a condition on an attribute the directory
 * does not have never matches. The directory's own refusal of a bind (expired password, its lockout) refuses the
 * sign-in as well; these conditions are what the session check can see with the service account.
 */
public final class DirectoryDisabledRule {

    public static final String DEFAULT = "userAccountControl, present:pwdAccountLockedTime, nsAccountLock=true";

    private static final Pattern ATTRIBUTE = Pattern.compile("[A-Za-z][A-Za-z0-9-]*");
    private static final int ACCOUNTDISABLE = 0x2;

    private final List<Predicate<Map<String, List<String>>>> conditions;
    private final Set<String> attributes;

    private DirectoryDisabledRule(List<Predicate<Map<String, List<String>>>> conditions, Set<String> attributes) {
        this.conditions = conditions;
        this.attributes = attributes;
    }

    /** @throws IllegalArgumentException for a condition that is none of the three forms */
    public static DirectoryDisabledRule parse(String text) {
        List<Predicate<Map<String, List<String>>>> conditions = new ArrayList<>();
        Set<String> attributes = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        for (String raw : (text == null || text.isBlank() ? DEFAULT : text).split(",")) {
            String condition = raw.strip();
            if (condition.isEmpty()) {
                continue;
            }
            if (condition.equalsIgnoreCase("userAccountControl")) {
                attributes.add("userAccountControl");
                conditions.add(entry ->
                        values(entry, "userAccountControl").stream().anyMatch(DirectoryDisabledRule::hasDisableBit));
            } else if (condition.regionMatches(true, 0, "present:", 0, 8)) {
                String attribute = attribute(condition.substring(8).strip());
                attributes.add(attribute);
                conditions.add(entry -> !values(entry, attribute).isEmpty());
            } else if (condition.indexOf('=') > 0) {
                int eq = condition.indexOf('=');
                String attribute = attribute(condition.substring(0, eq).strip());
                String value = condition.substring(eq + 1).strip();
                attributes.add(attribute);
                conditions.add(entry -> values(entry, attribute).stream().anyMatch(value::equalsIgnoreCase));
            } else {
                throw new IllegalArgumentException(
                        "member.directory.disabled: a condition is none of userAccountControl,"
                                + " present:ATTRIBUTE, ATTRIBUTE=VALUE");
            }
        }
        return new DirectoryDisabledRule(List.copyOf(conditions), Set.copyOf(attributes));
    }

    private static String attribute(String name) {
        if (!ATTRIBUTE.matcher(name).matches()) {
            throw new IllegalArgumentException("member.directory.disabled: a condition names no attribute");
        }
        return name;
    }

    /** Whether an account with these attributes (names in any case) is disabled. */
    public boolean isDisabled(Map<String, List<String>> entry) {
        return conditions.stream().anyMatch(condition -> condition.test(entry));
    }

    /** The attributes the conditions read: what to ask the directory for. */
    public Collection<String> attributes() {
        return attributes;
    }

    private static boolean hasDisableBit(String flags) {
        try {
            return (Long.parseLong(flags.strip()) & ACCOUNTDISABLE) != 0;
        } catch (NumberFormatException notANumber) {
            return true; // a flag word that cannot be read is no proof the account is enabled
        }
    }

    private static List<String> values(Map<String, List<String>> entry, String attribute) {
        for (Map.Entry<String, List<String>> e : entry.entrySet()) {
            if (e.getKey().toLowerCase(Locale.ROOT).equals(attribute.toLowerCase(Locale.ROOT))) {
                return e.getValue();
            }
        }
        return List.of();
    }
}
