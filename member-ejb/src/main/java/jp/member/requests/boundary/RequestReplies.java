package jp.member.requests.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import jp.member.audit.control.AuditEvent;
import jp.member.audit.control.AuditTrail;
import jp.member.audit.entity.AuditEventType;
import jp.member.requests.control.ReplyFiles;
import jp.member.requests.control.ReplyQueued;
import jp.member.requests.control.RequestViews;
import jp.member.requests.entity.MemberRequest;
import jp.member.requests.rules.DeliveryForm;
import jp.member.security.Roles;
import jp.member.security.crypto.AesZip;
import jp.member.security.crypto.DataProtection;
import jp.member.shared.BusinessException;

/**
 * The reply to a decided request, for the privacy officer only: printed (the member chose paper: the letter opens in
 * the browser to print) or downloaded as an AES-256 ZIP whose password is shown separately (the member chose
 * electronic delivery; the password goes by another route). Each opening is recorded. The reply can be produced again
 * after a failure, or to replace one not yet sent.
 */
@Stateless
@RolesAllowed(Roles.PRIVACY_OFFICER)
public class RequestReplies {

    @Inject
    RequestViews views;

    @Inject
    ReplyFiles files;

    @Inject
    DataProtection protection;

    @Inject
    Event<ReplyQueued> queued;

    @Inject
    AuditTrail audit;

    /** Queues the reply to be produced again (the old file is replaced when the new one is ready). */
    public RequestView produceAgain(String ref) {
        MemberRequest request = views.byRef(ref);
        request.queueReply();
        queued.fire(new ReplyQueued(request.getId()));
        return views.view(request);
    }

    /** The reply, to print or to download; the opening is recorded. */
    public ReplyFile open(String ref) {
        MemberRequest request = views.byRef(ref);
        request.replyRead();
        audit.record(AuditEvent.of(AuditEventType.REQUEST_REPLY_OPENED)
                .member(request.getMemberId())
                .target("member-request:" + ref + ";" + request.getDelivery()));
        byte[] key = request.getReplyKey();
        if (request.getDelivery() == DeliveryForm.PAPER) {
            return new Printable(files, ref, key);
        }
        return new EncryptedZip(files, ref, key, password(request));
    }

    /** The ZIP password of an electronic reply, to send by another route; recorded. */
    public String revealPassword(String ref) {
        MemberRequest request = views.byRef(ref);
        if (request.getReplyState() != MemberRequest.ReplyState.READY || request.getReplyPassword() == null) {
            throw new BusinessException("request.reply.noPassword");
        }
        audit.record(AuditEvent.of(AuditEventType.REQUEST_REPLY_OPENED)
                .member(request.getMemberId())
                .target("member-request:" + ref + ";password"));
        return password(request);
    }

    private String password(MemberRequest request) {
        return protection.cipher().open(request.getReplyPassword(), ReplyFiles.passwordBinding(request.getRef()));
    }

    private record Printable(ReplyFiles files, String ref, byte[] key) implements ReplyFile {

        @Override
        public String fileName() {
            return ref + ".html";
        }

        @Override
        public String contentType() {
            return "text/html; charset=UTF-8";
        }

        @Override
        public boolean inline() {
            return true;
        }

        @Override
        public void writeTo(OutputStream out) throws IOException {
            try (InputStream in = files.open(ref, key)) {
                in.transferTo(out);
            }
        }

        @Override
        public String toString() {
            return "Printable[" + ref + "]";
        }
    }

    private record EncryptedZip(ReplyFiles files, String ref, byte[] key, String password) implements ReplyFile {

        @Override
        public String fileName() {
            return ref + ".zip";
        }

        @Override
        public String contentType() {
            return "application/zip";
        }

        @Override
        public boolean inline() {
            return false;
        }

        @Override
        public void writeTo(OutputStream out) throws IOException {
            try (InputStream in = files.open(ref, key)) {
                AesZip.write(in, ref + ".html", password, out);
            }
        }

        @Override
        public String toString() {
            return "EncryptedZip[" + ref + "]";
        }
    }
}
