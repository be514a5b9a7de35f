package jp.member.requests.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import javax.crypto.SecretKey;
import jp.member.audit.control.AuditEvent;
import jp.member.audit.control.AuditTrail;
import jp.member.audit.entity.AuditEntry.ActorKind;
import jp.member.audit.entity.AuditEventType;
import jp.member.requests.entity.MemberRequest;
import jp.member.requests.rules.DeliveryForm;
import jp.member.security.crypto.DataProtection;
import jp.member.security.crypto.FileCipher;
import jp.member.shared.BusinessTime;
import jp.member.shared.Secrets;

/**
 * Produces one reply (called by {@link ReplyWorker}): the claim under a row lock lets exactly one producer have it,
 * also with several instances. The reply is written into an encrypted file in the same transaction as the access records of everything read for it; if
 * anything fails, the partial file goes, the records roll back with it, and the reply is marked failed for the
 * officer to produce again.
 */
@ApplicationScoped
public class ReplyProduction {

    @PersistenceContext
    EntityManager em;

    @Inject
    ReplyComposer composer;

    @Inject
    ReplyFiles files;

    @Inject
    DataProtection protection;

    @Inject
    AuditTrail audit;

    @Inject
    BusinessTime time;

    /** Claims the reply and produces it, in one transaction; false when another producer has it. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean produce(long id) {
        MemberRequest request = em.find(MemberRequest.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (request == null || !request.startReply()) {
            return false;
        }
        String ref = request.getRef();
        SecretKey key = FileCipher.newKey();
        try (Writer out =
                new BufferedWriter(new OutputStreamWriter(files.create(ref, key), StandardCharsets.UTF_8), 1 << 16)) {
            composer.write(request, out);
        } catch (Exception | Error e) {
            files.discard(ref);
            throw new IllegalStateException("reply not written: " + e.getClass().getSimpleName(), e);
        }
        long bytes;
        try {
            bytes = files.publish(ref);
        } catch (java.io.IOException e) {
            files.discard(ref);
            throw new java.io.UncheckedIOException(e);
        }
        byte[] password = request.getDelivery() == DeliveryForm.ELECTRONIC ? sealedPassword(ref) : null;
        request.replyReady(files.sealKey(ref, key), password, bytes, time.now());
        audit.record(AuditEvent.of(AuditEventType.REQUEST_REPLY_PRODUCED)
                .by("system", ActorKind.SYSTEM)
                .member(request.getMemberId())
                .target("member-request:" + ref + ";bytes:" + bytes));
        return true;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void failed(long id) {
        MemberRequest request = em.find(MemberRequest.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (request != null && request.getReplyState() != MemberRequest.ReplyState.READY) {
            request.replyFailed();
        }
    }

    private byte[] sealedPassword(String ref) {
        return protection.cipher().seal(Secrets.zipPassword(), ReplyFiles.passwordBinding(ref));
    }
}
