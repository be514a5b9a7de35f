package jp.member.web.requests;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import jp.member.requests.boundary.ReplyFile;
import jp.member.requests.boundary.RequestReplies;
import jp.member.shared.BusinessException;
import jp.member.web.shell.Messages;
import jp.member.web.shell.StreamedFile;
import org.primefaces.model.StreamedContent;

/**
 * The reply to a decided request, for the privacy officer: the printable letter (opened in the browser to print) or
 * the encrypted ZIP (downloaded) and its password (shown in a dialog with a copy button; each showing recorded), and
 * producing it again after a failure. Every opening is recorded by the boundary before a byte is sent.
 */
@Named
@ViewScoped
public class RequestReplyBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RequestReplies replies;

    @Inject
    RequestBacking page;

    private ShownPassword password;

    /** The ZIP password as shown, with the request it opens. */
    public record ShownPassword(String holder, String secret) implements Serializable {

        @Override
        public String toString() {
            return "ShownPassword[holder=" + holder + ", secret=***]";
        }
    }

    /** The reply, written straight to the response: inline for the printable letter, a download for the ZIP. */
    public StreamedContent open() {
        try {
            ReplyFile file = replies.open(page.getRef());
            return StreamedFile.of(file.fileName(), file.contentType(), file::writeTo, "Request reply");
        } catch (BusinessException refused) {
            Messages.error(refused);
            return null;
        }
    }

    public void showPassword() {
        try {
            password = new ShownPassword(page.getRef(), replies.revealPassword(page.getRef()));
            page.reload();
        } catch (BusinessException refused) {
            Messages.error(refused);
        }
    }

    /** The password dialog closed: the password is gone from the page and from this view. */
    public void forgetIssued() {
        password = null;
    }

    /** Queues the reply to be produced again (after a failure, or to replace one not yet sent). */
    public void produceAgain() {
        if (Messages.attempt(() -> replies.produceAgain(page.getRef()), "request.reply.queuedAgain")) {
            page.reload();
        }
    }

    /** The page reads the request again after a download (the count of openings). */
    public void refresh() {
        page.reload();
    }

    public ShownPassword getPassword() {
        return password;
    }
}
