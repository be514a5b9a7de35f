package jp.member.web.security.openid;

import java.util.Set;

/**
 * What the company's provider vouched for in a checked ID token.
 *
 * @param subject the provider's stable id of the person
 * @param username the account name (the configured username claim)
 * @param displayName the person's name ({@code name}), or null
 * @param roles the staff roles the person's claim values grant (empty: none)
 * @param secondFactorChecked the provider says it checked a second factor ({@code amr})
 */
public record OpenIdIdentity(
        String subject, String username, String displayName, Set<String> roles, boolean secondFactorChecked) {

    public OpenIdIdentity {
        roles = Set.copyOf(roles);
    }

    /** Written into logs: no name, subject or role. */
    @Override
    public String toString() {
        return "OpenIdIdentity";
    }
}
