package jp.member.exports.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import jp.member.shared.BusinessException;

/**
 * The export lockdown (a containment action of a leak incident): while it is on, no export is requested or approved
 * and no file is downloaded or its password shown. A file approved before is still written (encrypted at rest) but
 * cannot leave until the lockdown is lifted. One row, read in the transaction of every such step, so the lockdown
 * holds on every server from the moment it commits.
 */
@ApplicationScoped
public class ExportLockdown {

    @PersistenceContext
    EntityManager em;

    public boolean isOn() {
        Object locked = em.createNativeQuery("SELECT locked FROM export_lockdown WHERE id = 1")
                .getSingleResult();
        return locked instanceof Boolean b ? b : ((Number) locked).intValue() != 0;
    }

    /** Refuses the step while the lockdown is on. */
    public void requireOff() {
        if (isOn()) {
            throw new BusinessException("export.lockdown");
        }
    }

    /** Turns the lockdown on or off; in the caller's transaction. */
    public void set(boolean on, String by, String reason, Instant at) {
        em.createNativeQuery("UPDATE export_lockdown SET locked = ?1, changed_at = ?2, changed_by = ?3, reason = ?4"
                        + " WHERE id = 1")
                .setParameter(1, on)
                .setParameter(2, Timestamp.from(at))
                .setParameter(3, by)
                .setParameter(4, reason)
                .executeUpdate();
    }
}
