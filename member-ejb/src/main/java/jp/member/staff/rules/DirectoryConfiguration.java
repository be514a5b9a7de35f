package jp.member.staff.rules;

import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.LDAPURL;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Staff sign-in through the company's directory (LDAP / Active Directory), as one deployment configured it; off when
 * {@code member.directory.url} is not set. Every setting is read once, checked here, and a wrong one stops the
 * deployment with a message naming the setting — never its value, as some are secrets (decision 0021).
 *
 * <p>The transport is always TLS: {@code ldaps://} or {@code ldap://} with {@code member.directory.starttls=true}.
 * Plain LDAP would carry every staff password in clear; it is refused, except in demo mode ({@link
 * #transportAllowed}).
 *
 * @param userFilter the filter that finds a person by the name they type, {@code {0}} standing for it (escaped)
 * @param groupFilter with {@code groupBase}: the filter that finds a person's groups, {@code {0}} standing for their DN
 *     and {@code {1}} for their name (both escaped)
 * @param breakGlass the local accounts that still sign in with their own password (they must also hold ADMIN)
 */
public record DirectoryConfiguration(
        LDAPURL url,
        boolean startTls,
        String bindDn,
        String bindPassword,
        String userBase,
        String userFilter,
        String nameAttribute,
        String groupAttribute,
        String groupBase,
        String groupFilter,
        DirectoryRoleMapping roles,
        DirectoryDisabledRule disabled,
        String trustStore,
        String trustStorePassword,
        Set<String> breakGlass,
        Duration timeout,
        Duration cache,
        Duration grace) {

    public static final String DEFAULT_USER_FILTER = "(&(objectClass=person)(uid={0}))";
    public static final String DEFAULT_GROUP_FILTER = "(|(member={0})(uniqueMember={0}))";

    /** Where settings come from: {@code Settings::value} (system property, else environment), or a test's map. */
    @FunctionalInterface
    public interface Source {
        /** The setting's value, or empty when it is not set. */
        Optional<String> value(String name);
    }

    /**
     * The configuration the settings describe, or empty when the directory is off.
     *
     * @param setting a setting's value by name (empty when not set)
     * @param demo whether the application runs in demo mode (the only mode that may use plain LDAP)
     * @throws IllegalArgumentException naming the first setting that is missing or wrong
     */
    public static Optional<DirectoryConfiguration> from(Source setting, boolean demo) {
        Optional<String> url = setting.value("member.directory.url").map(String::strip);
        if (url.isEmpty()) {
            return Optional.empty();
        }
        LDAPURL parsed = ldapUrl(url.get());
        boolean startTls = flag(setting.value("member.directory.starttls"), "member.directory.starttls");
        if (!transportAllowed(parsed.getScheme(), startTls, demo)) {
            throw new IllegalArgumentException("member.directory.url: plain LDAP would carry passwords in clear; use"
                    + " ldaps:// or set member.directory.starttls=true");
        }
        String bindDn = dn(
                required(setting.value("member.directory.bind.dn"), "member.directory.bind.dn"),
                "member.directory.bind.dn");
        String bindPassword =
                required(setting.value("member.directory.bind.password"), "member.directory.bind.password");
        String userBase = dn(
                required(setting.value("member.directory.user.base"), "member.directory.user.base"),
                "member.directory.user.base");
        String userFilter = template(
                setting.value("member.directory.user.filter").orElse(DEFAULT_USER_FILTER),
                "member.directory.user.filter");
        String groupBase = setting.value("member.directory.group.base")
                .map(String::strip)
                .map(base -> dn(base, "member.directory.group.base"))
                .orElse("");
        String groupFilter = template(
                setting.value("member.directory.group.filter").orElse(DEFAULT_GROUP_FILTER),
                "member.directory.group.filter");
        String groupAttribute = setting.value("member.directory.group.attribute")
                .map(String::strip)
                .orElse("memberOf");
        if (groupBase.isEmpty() && groupAttribute.equalsIgnoreCase("none")) {
            throw new IllegalArgumentException("member.directory.group.attribute: with no member.directory.group.base"
                    + " the groups must come from an attribute");
        }
        Optional<String> trustStore =
                setting.value("member.directory.truststore").map(String::strip);
        return Optional.of(new DirectoryConfiguration(
                parsed,
                startTls,
                bindDn,
                bindPassword,
                userBase,
                userFilter,
                setting.value("member.directory.user.name").map(String::strip).orElse("displayName"),
                groupAttribute.equalsIgnoreCase("none") ? "" : groupAttribute,
                groupBase,
                groupFilter,
                DirectoryRoleMapping.parse(required(setting.value("member.directory.roles"), "member.directory.roles")),
                DirectoryDisabledRule.parse(
                        setting.value("member.directory.disabled").orElse(DirectoryDisabledRule.DEFAULT)),
                trustStore.orElse(""),
                setting.value("member.directory.truststore.password").orElse(""),
                Set.copyOf(names(setting.value("member.directory.breakglass").orElse(""))),
                seconds(setting.value("member.directory.timeoutSeconds"), "member.directory.timeoutSeconds", 5, 1, 60),
                seconds(setting.value("member.directory.cacheSeconds"), "member.directory.cacheSeconds", 5, 0, 60),
                seconds(setting.value("member.directory.graceSeconds"), "member.directory.graceSeconds", 60, 0, 600)));
    }

    /**
     * Whether passwords may travel this way: over TLS from the first byte ({@code ldaps}) or after StartTLS; plain
     * {@code ldap} without StartTLS only in demo mode.
     */
    public static boolean transportAllowed(String scheme, boolean startTls, boolean demo) {
        return switch (scheme.toLowerCase(Locale.ROOT)) {
            case "ldaps" -> !startTls; // StartTLS inside LDAPS is a misconfiguration
            case "ldap" -> startTls || demo;
            default -> false;
        };
    }

    /** Whether passwords travel over TLS (demo mode may run plain LDAP). */
    public boolean usesTls() {
        return startTls || "ldaps".equalsIgnoreCase(url.getScheme());
    }

    /** The filter that finds the person who typed this name; every filter metacharacter in it is escaped. */
    public Filter userFilterFor(String username) {
        return filled(userFilter, username);
    }

    /** The filter that finds this person's groups (with a group base). */
    public Filter groupFilterFor(String userDn, String username) {
        return filled(groupFilter, userDn, username);
    }

    /** Whether this local account keeps signing in with its own password while the directory is on. */
    public boolean isBreakGlass(String username) {
        return username != null && breakGlass.contains(username.toLowerCase(Locale.ROOT));
    }

    /** Written into logs: never the bind password or the trust store's password. */
    @Override
    public String toString() {
        return "directory " + url.getScheme() + "://" + url.getHost() + ":" + url.getPort()
                + (startTls ? " with StartTLS" : "");
    }

    private static Filter filled(String template, String... values) {
        // one pass over the template: a value that itself contains "{1}" is never substituted again
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            int index = i + 2 < template.length() && template.charAt(i + 2) == '}' ? template.charAt(i + 1) - '0' : -1;
            if (c == '{' && index >= 0 && index < values.length) {
                text.append(Filter.encodeValue(values[index]));
                i += 2;
            } else {
                text.append(c);
            }
        }
        try {
            return Filter.create(text.toString());
        } catch (LDAPException e) {
            // the template was checked at start with a value of the same kind: an escaped value cannot break it
            throw new IllegalStateException("a directory filter could not be built");
        }
    }

    private static String template(String template, String name) {
        String stripped = template.strip();
        if (!stripped.contains("{0}")) {
            throw new IllegalArgumentException(name + " must contain {0}");
        }
        try {
            Filter.create(stripped.replace("{0}", "x").replace("{1}", "x"));
        } catch (LDAPException e) {
            throw new IllegalArgumentException(name + " is not an LDAP filter");
        }
        return stripped;
    }

    private static LDAPURL ldapUrl(String text) {
        try {
            LDAPURL url = new LDAPURL(text);
            if (!url.hostProvided()) {
                throw new IllegalArgumentException("member.directory.url names no host");
            }
            return url;
        } catch (LDAPException e) {
            throw new IllegalArgumentException("member.directory.url is not an LDAP URL (ldaps://host:636)");
        }
    }

    private static String dn(String text, String name) {
        try {
            return new DN(text).toString();
        } catch (LDAPException e) {
            throw new IllegalArgumentException(name + " is not a DN");
        }
    }

    private static String required(Optional<String> setting, String name) {
        return setting.filter(value -> !value.isBlank())
                .orElseThrow(() -> new IllegalArgumentException(name + " must be set when member.directory.url is"));
    }

    private static boolean flag(Optional<String> setting, String name) {
        String value = setting.map(String::strip).orElse("false");
        if (!value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
            throw new IllegalArgumentException(name + " must be true or false");
        }
        return Boolean.parseBoolean(value.toLowerCase(Locale.ROOT));
    }

    private static Duration seconds(Optional<String> setting, String name, int defaultValue, int min, int max) {
        int value;
        try {
            value = setting.map(String::strip).map(Integer::parseInt).orElse(defaultValue);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a number of seconds");
        }
        if (value < min || value > max) {
            throw new IllegalArgumentException(name + " must be between " + min + " and " + max);
        }
        return Duration.ofSeconds(value);
    }

    /** A comma-separated list of account names ({@code member.directory.breakglass}), in lower case. */
    public static Set<String> names(String list) {
        return Arrays.stream(list.split(","))
                .map(String::strip)
                .filter(name -> !name.isEmpty())
                .map(name -> name.toLowerCase(Locale.ROOT))
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
