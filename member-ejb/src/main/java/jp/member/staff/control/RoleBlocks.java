package jp.member.staff.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * Roles whose sign-in is stopped (a containment action during a leak incident): nobody holding a blocked role signs
 * in, and a live session of such a person ends at its next request, until the block is lifted. Read on every sign-in
 * and session check, so a block takes effect at once on every server.
 */
@ApplicationScoped
public class RoleBlocks {

    @PersistenceContext
    EntityManager em;

    /** Whether any of these roles is blocked. */
    public boolean blocksAny(Collection<String> roles) {
        // the table holds a handful of rows at most
        return !roles.isEmpty() && blocked().stream().anyMatch(roles::contains);
    }

    /** Blocks the role (again: the first block's time and reason stay); in the caller's transaction. */
    public void block(String role, String by, String reason, Instant at) {
        em.createNativeQuery("INSERT IGNORE INTO staff_role_block (role_name, blocked_at, blocked_by, reason)"
                        + " VALUES (?1, ?2, ?3, ?4)")
                .setParameter(1, role)
                .setParameter(2, java.sql.Timestamp.from(at))
                .setParameter(3, by)
                .setParameter(4, reason)
                .executeUpdate();
    }

    public void lift(String role) {
        em.createNativeQuery("DELETE FROM staff_role_block WHERE role_name = ?1")
                .setParameter(1, role)
                .executeUpdate();
    }

    @SuppressWarnings("unchecked")
    public List<String> blocked() {
        return em.createNativeQuery("SELECT role_name FROM staff_role_block ORDER BY role_name")
                .getResultList();
    }
}
