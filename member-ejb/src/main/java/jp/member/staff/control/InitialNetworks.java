package jp.member.staff.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import jp.member.security.Roles;
import jp.member.staff.entity.AllowedNetwork;
import jp.member.staff.rules.Cidr;

/** The networks an installation starts with: allowed for every staff role, only while no network is allowed at all. */
@ApplicationScoped
public class InitialNetworks {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** Whether these networks were allowed (false when some network already was, or there are none). */
    public boolean allowIfNone(List<Cidr> networks) {
        long configured = em.createQuery("SELECT COUNT(n) FROM AllowedNetwork n", Long.class)
                .getSingleResult();
        if (configured > 0 || networks.isEmpty()) {
            return false;
        }
        for (String role : Roles.STAFF) {
            for (Cidr network : networks) {
                em.persist(new AllowedNetwork(role, network, "初期設定 (initial)", clock.instant(), "system"));
            }
        }
        return true;
    }

    /** Allows these networks for one role that has none yet (a role added to an installation that has networks). */
    public void allowForRole(String role, List<Cidr> networks) {
        long configured = em.createQuery("SELECT COUNT(n) FROM AllowedNetwork n WHERE n.role = :role", Long.class)
                .setParameter("role", role)
                .getSingleResult();
        if (configured == 0) {
            for (Cidr network : networks) {
                em.persist(new AllowedNetwork(role, network, "初期設定 (initial)", clock.instant(), "system"));
            }
        }
    }
}
