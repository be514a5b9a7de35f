package jp.member.staff.rules;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * From which networks each role may sign in. An account is let in from an address only when every one of its roles
 * allows it there (a manager who is also an agent signs in where managers may). A role without any network is let in
 * from nowhere — except ADMIN, which then may sign in from the set-up networks, so that the first administrator can
 * enter the company's networks (and nobody else can) on a new installation.
 */
public record NetworkPolicy(Map<String, List<Cidr>> byRole, List<Cidr> setup) {

    public static final String ADMIN = "ADMIN";

    public boolean allows(Collection<String> roles, String address) {
        if (roles.isEmpty() || Cidr.address(address).isEmpty()) {
            return false;
        }
        return roles.stream().allMatch(role -> networksOf(role).stream().anyMatch(n -> n.contains(address)));
    }

    /** The networks a role may sign in from, with the set-up networks for an administrator that has none yet. */
    public List<Cidr> networksOf(String role) {
        List<Cidr> networks = byRole.getOrDefault(role, List.of());
        return networks.isEmpty() && ADMIN.equals(role) ? setup : networks;
    }
}
