package jp.member.members.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;
import java.util.logging.Logger;
import jp.member.audit.control.AuditEvent;
import jp.member.audit.control.AuditTrail;
import jp.member.audit.entity.AuditEventType;
import jp.member.members.control.PersonalDataVault;
import jp.member.members.entity.Member;
import jp.member.security.Roles;
import jp.member.security.crypto.DataProtection;
import jp.member.security.crypto.SealedValues;
import jp.member.security.crypto.SealedValues.Batch;
import jp.member.security.crypto.TamperedException;
import jp.member.shared.BusinessException;

/**
 * Re-encrypts with the current data key, in small batches, each its own transaction, while the application keeps
 * running (old keys stay in the ring until nothing uses them): first the members' personal data, then every other
 * kind of value sealed with the data keys ({@link SealedValues}: inquiry notes, second-factor secrets, export file
 * keys). Each kind is walked once by id: safe to interrupt and to run again, and a value that cannot be opened
 * (altered, or sealed with a key no longer in the ring) is counted and left as it is rather than stopping the run. See
 * docs/members.md, "Keys and key rotation".
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class KeyRotation {

    static final int BATCH = SealedValues.BATCH;
    private static final int ATTEMPTS = 3;
    private static final Logger LOG = Logger.getLogger(KeyRotation.class.getName());

    @Inject
    AuditTrail audit;

    @Inject
    DataProtection protection;

    @Inject
    PersonalDataVault vault;

    @Inject
    @Any
    Instance<SealedValues> others;

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    /** A whole run, all kinds together: values re-encrypted, values that could not be opened. */
    public record Result(long reencrypted, long unreadable) {

        Result plus(Result other) {
            return new Result(reencrypted + other.reencrypted, unreadable + other.unreadable);
        }
    }

    /** How many members' data, and how many values of each other kind, each key seals; which key is current. */
    public RotationStatus status() {
        List<Object[]> rows = em.createQuery(
                        "SELECT m.sealed.keyId, COUNT(m) FROM Member m"
                                + " WHERE m.sealed.keyId IS NOT NULL GROUP BY m.sealed.keyId",
                        Object[].class)
                .getResultList();
        Map<String, Long> byKey = new LinkedHashMap<>();
        rows.forEach(r -> byKey.put((String) r[0], (Long) r[1]));
        List<RotationStatus.SealedCount> elsewhere = new ArrayList<>();
        for (SealedValues values : others) {
            values.countByKey()
                    .forEach((keyId, count) ->
                            elsewhere.add(new RotationStatus.SealedCount(values.kind(), keyId, count)));
        }
        return new RotationStatus(protection.keys().currentKeyId(), byKey, elsewhere);
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
        if (batch.isEmpty()) {
            return Batch.NONE_LEFT;
        }
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
        return new Batch(done, unreadable, batch.get(batch.size() - 1).getId());
    }

    /**
     * Re-encrypts one batch of another kind's values ({@link SealedValues#resealAfter}) in a transaction of its own;
     * an unknown kind is refused.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Batch resealBatch(String kind, long afterId) {
        for (SealedValues values : others) {
            if (values.kind().equals(kind)) {
                return values.resealAfter(afterId);
            }
        }
        throw new BusinessException("keys.kindUnknown");
    }

    /**
     * Walks all members once, batch by batch, then each other kind of sealed value. A batch that collides with an
     * agent's edit (optimistic lock) is retried; one that keeps failing stops the run with the error.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Result reencryptAll() {
        KeyRotation self = context.getBusinessObject(KeyRotation.class);
        Result total = walk("members", self::reencryptBatch);
        for (SealedValues values : others) {
            String kind = values.kind();
            total = total.plus(walk(kind, after -> self.resealBatch(kind, after)));
        }
        audit.recordOnItsOwn(AuditEvent.of(AuditEventType.KEY_ROTATION)
                .target("key:" + protection.keys().currentKeyId() + ";reencrypted:" + total.reencrypted()
                        + ";unreadable:" + total.unreadable()));
        return total;
    }

    private Result walk(String kind, LongFunction<Batch> batches) {
        long after = 0;
        long done = 0;
        long unreadable = 0;
        while (true) {
            Batch batch = null;
            for (int attempt = 1; batch == null; attempt++) {
                try {
                    batch = batches.apply(after);
                } catch (EJBException collided) {
                    if (attempt == ATTEMPTS) {
                        throw collided;
                    }
                }
            }
            if (batch.lastId() < 0) {
                String key = protection.keys().currentKeyId();
                long reencrypted = done;
                long skipped = unreadable;
                LOG.info(() -> "Key rotation to " + key + ": " + kind + " re-encrypted " + reencrypted + ", unreadable "
                        + skipped);
                return new Result(done, unreadable);
            }
            done += batch.resealed();
            unreadable += batch.unreadable();
            after = batch.lastId();
        }
    }
}
