package jp.member.events.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import jp.member.events.entity.WebhookSubscription;
import jp.member.events.rules.WebhookSignature;
import jp.member.security.crypto.DataProtection;
import jp.member.security.crypto.Resealing;
import jp.member.security.crypto.SealedValues;
import jp.member.shared.Secrets;

/**
 * The subscriptions' signing secrets: generated here (Standard Webhooks form, 32 random bytes), sealed with the data
 * keys and bound to the subscription's name (which never changes), opened only to sign. Key rotation re-seals them
 * ({@link SealedValues}).
 */
@ApplicationScoped
public class SubscriptionSecrets implements SealedValues {

    public static final String KIND = "webhookSecrets";

    @Inject
    DataProtection protection;

    @PersistenceContext
    EntityManager em;

    /** A fresh secret, {@code whsec_} + base64 of 32 random bytes. */
    public static String generate() {
        return WebhookSignature.secretOf(Secrets.randomBytes(WebhookSignature.KEY_BYTES));
    }

    public byte[] seal(String name, String secret) {
        return protection.cipher().seal(secret, aad(name));
    }

    public String open(String name, byte[] sealed) {
        return protection.cipher().open(sealed, aad(name));
    }

    private static String aad(String name) {
        return "webhook_subscription.secret:" + name;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Map<String, Long> countByKey() {
        return SealedValues.tally(em.createQuery("SELECT s.secretSealed FROM WebhookSubscription s", byte[].class)
                .getResultStream());
    }

    @Override
    public Batch resealAfter(long afterId) {
        List<WebhookSubscription> batch = em.createQuery(
                        "SELECT s FROM WebhookSubscription s WHERE s.id > :after ORDER BY s.id",
                        WebhookSubscription.class)
                .setParameter("after", afterId)
                .setMaxResults(BATCH)
                .getResultList();
        if (batch.isEmpty()) {
            return Batch.NONE_LEFT;
        }
        Resealing resealing = new Resealing(protection.cipher());
        for (WebhookSubscription s : batch) {
            s.seal(resealing.reseal(s.getSecretSealed(), aad(s.getName()), "webhook subscription id " + s.getId()));
        }
        return resealing.done(batch.get(batch.size() - 1).getId());
    }
}
