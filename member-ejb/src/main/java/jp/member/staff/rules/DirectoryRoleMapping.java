package jp.member.staff.rules;

import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.LDAPException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import jp.member.security.Roles;

/**
 * Which directory groups give which staff role, as configured in {@code member.directory.roles}: entries separated
 * by {@code ;}, each {@code ROLE:group DN}, e.g.
 *
 * <pre>AGENT:cn=member-agents,ou=groups,dc=example,dc=jp; MANAGER:cn=member-managers,ou=groups,dc=example,dc=jp</pre>
 *
 * <p>The role comes first because a DN is full of {@code =} and {@code ,}; the role is the text before the first
 * {@code :}. A group may give several roles (one entry each) and several groups the same role. Group DNs are compared
 * as DNs (case, spacing and escaping do not matter), never as strings. The roles are the staff roles of {@link
 * Roles#STAFF}; anything else fails the configuration, as does an empty mapping — with no mapped group nobody could
 * sign in through the directory.
 */
public final class DirectoryRoleMapping {

    private final Map<DN, Set<String>> rolesByGroup;

    private DirectoryRoleMapping(Map<DN, Set<String>> rolesByGroup) {
        this.rolesByGroup = rolesByGroup;
    }

    /**
     * The mapping the text describes.
     *
     * @throws IllegalArgumentException naming the entry (by position) and what is wrong with it
     */
    public static DirectoryRoleMapping parse(String text) {
        Map<DN, Set<String>> mapping = new LinkedHashMap<>();
        String[] entries = text == null ? new String[0] : text.split(";");
        for (int i = 0; i < entries.length; i++) {
            String entry = entries[i].strip();
            if (entry.isEmpty()) {
                continue;
            }
            int colon = entry.indexOf(':');
            if (colon < 0) {
                throw new IllegalArgumentException(
                        "member.directory.roles: entry " + (i + 1) + " is not ROLE:group DN");
            }
            String role = entry.substring(0, colon).strip().toUpperCase(Locale.ROOT);
            if (!Roles.isStaffRole(role)) {
                throw new IllegalArgumentException("member.directory.roles: entry " + (i + 1) + " names no staff role"
                        + " (one of " + Roles.STAFF + ")");
            }
            DN group = dn(entry.substring(colon + 1).strip(), i + 1);
            mapping.computeIfAbsent(group, g -> new TreeSet<>()).add(role);
        }
        if (mapping.isEmpty()) {
            throw new IllegalArgumentException("member.directory.roles maps no group to a role");
        }
        return new DirectoryRoleMapping(mapping);
    }

    private static DN dn(String text, int position) {
        try {
            DN dn = new DN(text);
            if (dn.isNullDN()) {
                throw new IllegalArgumentException(
                        "member.directory.roles: entry " + position + " has an empty group DN");
            }
            return dn;
        } catch (LDAPException e) {
            throw new IllegalArgumentException(
                    "member.directory.roles: entry " + position + " has a group that is not a DN");
        }
    }

    /**
     * The roles these groups give: the union over every mapped group among them. Groups that are not DNs or not
     * mapped give nothing. Empty: the person may not sign in.
     */
    public Set<String> rolesOf(Collection<String> groupDns) {
        Set<String> roles = new TreeSet<>();
        for (String group : groupDns) {
            try {
                Set<String> mapped = rolesByGroup.get(new DN(group));
                if (mapped != null) {
                    roles.addAll(mapped);
                }
            } catch (LDAPException notADn) {
                // a value that is not a DN cannot be a mapped group
            }
        }
        return Set.copyOf(roles);
    }

    /** The mapped groups' DNs, for a group search's result to be compared with. */
    public List<String> groups() {
        List<String> groups = new ArrayList<>();
        rolesByGroup.keySet().forEach(dn -> groups.add(dn.toString()));
        return groups;
    }
}
