package jp.member.members.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import jp.member.audit.control.AuditEvent;
import jp.member.audit.control.AuditTrail;
import jp.member.audit.entity.AuditEventType;
import jp.member.members.control.PersonalDataVault;
import jp.member.members.entity.Member;
import jp.member.security.Roles;
import jp.member.security.crypto.DataProtection;
import jp.member.security.crypto.TamperedException;

/**
 * Re-encrypts members' personal data with the current data key, in small batches, each its own transaction, while
 * the application keeps running (old keys stay in the ring until no row uses them). It walks the table once by id:
 * safe to interrupt and to run again, and a record that cannot be opened (altered, or sealed with a key no longer
 * in the ring) is counted and left as it is rather than stopping the run. See docs/members.md, "Keys and key rotation".
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class KeyRotation {

    static final int BATCH = 200;
    private static final int ATTEMPTS = 3;
    private static final Logger LOG = Logger.getLogger(KeyRotation.class.getName());

    @Inject
    AuditTrail audit;

    @Inject
    DataProtection protection;

    @Inject
    PersonalDataVault vault;

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    /** One batch: how many were re-encrypted, how many could not be opened, and the last id looked at. */
    public record Batch(int reencrypted, int unreadable, long lastId) {}

    /** A whole run. */
    public record Result(long reencrypted, long unreadable) {}

    /** How many members' data each key seals, and which key is current. */
    public RotationStatus status() {
        List<Object[]> rows = em.createQuery(
                        "SELECT m.sealed.keyId, COUNT(m) FROM Member m"
                                + " WHERE m.sealed.keyId IS NOT NULL GROUP BY m.sealed.keyId",
                        Object[].class)
                .getResultList();
        Map<String, Long> byKey = new LinkedHashMap<>();
        rows.forEach(r -> byKey.put((String) r[0], (Long) r[1]));
        return new RotationStatus(protection.keys().currentKeyId(), byKey);
    }

    /**
     * Re-encrypts up to {@value #BATCH} members after the given id that are still sealed with an older key. A
     * lastId of -1 means there are none left.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Batch reencryptBatch(long afterId) {
        List<Member> batch = em.createQuery(
                        "SELECT m FROM Member m WHERE m.id > :after AND m.sealed.keyId IS NOT NULL"
                                + " AND m.sealed.keyId <> :current ORDER BY m.id",
                        Member.class)
                .setParameter("after", afterId)
                .setParameter("current", protection.keys().currentKeyId())
                .setMaxResults(BATCH)
                .getResultList();
        int done = 0;
        int unreadable = 0;
        for (Member member : batch) {
            try {
                member.reseal(vault.seal(vault.open(member.getSealed(), member.getDataRef()), member.getDataRef()));
                done++;
            } catch (TamperedException e) {
                unreadable++;
                LOG.warning(() -> "Key rotation: member id " + member.getId() + " cannot be opened (" + e.getMessage()
                        + "); left as it is");
            }
        }
        return new Batch(
                done,
                unreadable,
                batch.isEmpty() ? -1 : batch.get(batch.size() - 1).getId());
    }

    /**
     * Walks all members once, batch by batch. A batch that collides with an agent's edit (optimistic lock) is
     * retried; one that keeps failing stops the run with the error.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Result reencryptAll() {
        KeyRotation self = context.getBusinessObject(KeyRotation.class);
        long after = 0;
        long done = 0;
        long unreadable = 0;
        while (true) {
            Batch batch = null;
            for (int attempt = 1; batch == null; attempt++) {
                try {
                    batch = self.reencryptBatch(after);
                } catch (EJBException collided) {
                    if (attempt == ATTEMPTS) {
                        throw collided;
                    }
                }
            }
            if (batch.lastId() < 0) {
                audit.recordOnItsOwn(AuditEvent.of(AuditEventType.KEY_ROTATION)
                        .target("key:" + protection.keys().currentKeyId() + ";reencrypted:" + done + ";unreadable:"
                                + unreadable));
                return new Result(done, unreadable);
            }
            done += batch.reencrypted();
            unreadable += batch.unreadable();
            after = batch.lastId();
        }
    }
}
