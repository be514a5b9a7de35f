package jp.member.staff.boundary;

import java.io.Serializable;
import java.util.Set;

/**
 * What the company's OpenID provider vouched for in an ID token the web tier checked (signature, issuer, audience,
 * expiry, nonce): no token, only what the sign-in needs (decision 0022).
 *
 * @param subject the provider's stable id of the person ({@code sub})
 * @param username the account name (the configured username claim)
 * @param displayName the person's name ({@code name}), or null
 * @param roles the staff roles the person's claim values grant (empty: none)
 * @param secondFactorChecked the provider says it checked a second factor ({@code amr})
 */
public record ProvidedIdentity(
        String subject, String username, String displayName, Set<String> roles, boolean secondFactorChecked)
        implements Serializable {

    public ProvidedIdentity {
        roles = Set.copyOf(roles);
    }

    /** Written into logs: no name, subject or role. */
    @Override
    public String toString() {
        return "ProvidedIdentity";
    }
}
