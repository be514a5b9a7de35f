package jp.member.staff.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import jp.member.staff.entity.SignInSwitch;

/**
 * The administrators' switches of the sign-in policy (table {@code sign_in_policy}), read from the database at each
 * question: a sign-in is rare enough, and a change applies at once on every instance.
 */
@ApplicationScoped
public class SignInPolicy {

    @PersistenceContext
    EntityManager em;

    /** Whether the OpenID provider's own multi-factor check ({@code amr}) stands for our second factor. */
    public boolean providerMfaAccepted() {
        SignInSwitch accepted = em.find(SignInSwitch.class, SignInSwitch.PROVIDER_MFA);
        return accepted != null && accepted.isEnabled();
    }

    /** Turns the provider's MFA switch (in the caller's transaction); false when it already was so. */
    public boolean acceptProviderMfa(boolean accepted, Instant at, String by) {
        SignInSwitch sw = em.find(SignInSwitch.class, SignInSwitch.PROVIDER_MFA);
        if (sw == null) {
            throw new IllegalStateException("the sign-in policy has no " + SignInSwitch.PROVIDER_MFA + " switch");
        }
        return sw.turn(accepted, at, by);
    }
}
