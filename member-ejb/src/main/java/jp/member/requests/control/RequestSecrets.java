package jp.member.requests.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import jp.member.requests.entity.MemberRequest;
import jp.member.security.crypto.DataProtection;
import jp.member.security.crypto.Resealing;
import jp.member.security.crypto.SealedValues;

/**
 * What requests keep sealed with the data key — the true values of a correction until the decision, the reply file's
 * key and its ZIP password until the reply is sent — re-sealed by key rotation, so removing an old key never leaves a
 * pending request unreadable. Only open requests hold them: they are counted by reading their bytes.
 */
@ApplicationScoped
public class RequestSecrets implements SealedValues {

    /** How key rotation names the requests' sealed values. */
    public static final String KIND = "requestSecrets";

    private static final String HOLDING =
            "(r.correctionSealed IS NOT NULL OR r.replyKey IS NOT NULL" + " OR r.replyPassword IS NOT NULL)";

    @PersistenceContext
    EntityManager em;

    @Inject
    DataProtection protection;

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Map<String, Long> countByKey() {
        return SealedValues.tally(em.createQuery(
                        "SELECT r.correctionSealed, r.replyKey, r.replyPassword FROM MemberRequest r WHERE " + HOLDING,
                        Object[].class)
                .getResultStream()
                .flatMap(row -> Stream.of((byte[]) row[0], (byte[]) row[1], (byte[]) row[2])));
    }

    @Override
    public Batch resealAfter(long afterId) {
        List<MemberRequest> batch = em.createQuery(
                        "SELECT r FROM MemberRequest r WHERE r.id > :after AND " + HOLDING + " ORDER BY r.id",
                        MemberRequest.class)
                .setParameter("after", afterId)
                .setMaxResults(BATCH)
                .getResultList();
        if (batch.isEmpty()) {
            return Batch.NONE_LEFT;
        }
        Resealing resealing = new Resealing(protection.cipher());
        for (MemberRequest r : batch) {
            String where = "secrets of request id " + r.getId();
            r.resealSecrets(
                    resealing.reseal(r.getReplyKey(), ReplyFiles.keyBinding(r.getRef()), where),
                    resealing.reseal(r.getReplyPassword(), ReplyFiles.passwordBinding(r.getRef()), where),
                    resealing.reseal(r.getCorrectionSealed(), CorrectionValues.binding(r.getRef()), where));
        }
        return resealing.done(batch.get(batch.size() - 1).getId());
    }
}
