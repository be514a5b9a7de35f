package jp.member.members.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.member.members.control.PersonalDataVault;
import jp.member.members.entity.Member;
import jp.member.security.Roles;
import jp.member.security.crypto.DataProtection;

/**
 * Re-encrypts members' personal data with the current data key, in small batches, each its own transaction, while
 * the application keeps running (old keys stay in the ring until no row uses them). Safe to interrupt and to run
 * again: it picks up whatever still carries an old key. See README, "Key rotation".
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class KeyRotation {

    static final int BATCH = 200;

    @Inject
    DataProtection protection;

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

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

    /** Re-encrypts up to {@value #BATCH} members still sealed with an older key; returns how many. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int reencryptBatch() {
        String current = protection.keys().currentKeyId();
        List<Member> batch = em.createQuery(
                        "SELECT m FROM Member m WHERE m.sealed.keyId IS NOT NULL"
                                + " AND m.sealed.keyId <> :current ORDER BY m.id",
                        Member.class)
                .setParameter("current", current)
                .setMaxResults(BATCH)
                .getResultList();
        PersonalDataVault vault = protection.vault();
        for (Member member : batch) {
            member.reseal(vault.seal(vault.open(member.getSealed(), member.getDataRef()), member.getDataRef()));
        }
        return batch.size();
    }

    /** Runs batches until no member carries an old key; returns the number re-encrypted. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public long reencryptAll() {
        KeyRotation self = context.getBusinessObject(KeyRotation.class);
        long total = 0;
        int done;
        do {
            try {
                done = self.reencryptBatch();
            } catch (OptimisticLockException | jakarta.ejb.EJBException changedMeanwhile) {
                done = 1; // a member was edited during the batch; the next batch picks it up again
                continue;
            }
            total += done;
        } while (done > 0);
        return total;
    }
}
