package jp.member.web.shell;

import java.util.List;

/**
 * A manager's inbox of requests that wait for a second person: the pending requests, one comment, and approve or
 * reject with it, each reported as a message. The rule that the requester cannot decide is the service's; a page
 * keeps only what differs — which service, how a request is addressed, and the words for the outcome.
 *
 * @param <K> how a request is addressed: its id or its reference
 * @param <R> a pending request as the page lists it
 */
public abstract class ApprovalInbox<K, R> {

    private final String approvedKey;
    private final String rejectedKey;
    private List<R> pending;
    private String comment;

    /** The message keys shown when a request was approved or rejected. */
    protected ApprovalInbox(String approvedKey, String rejectedKey) {
        this.approvedKey = approvedKey;
        this.rejectedKey = rejectedKey;
    }

    public void approve(K request) {
        Messages.attempt(() -> approveWithComment(request, comment), approvedKey);
        pending = null;
    }

    public void reject(K request) {
        Messages.attempt(() -> rejectWithComment(request, comment), rejectedKey);
        pending = null;
    }

    /** Read once per request, and again after a decision. */
    public List<R> getPending() {
        if (pending == null) {
            pending = readPending();
        }
        return pending;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    protected abstract List<R> readPending();

    protected abstract void approveWithComment(K request, String comment);

    protected abstract void rejectWithComment(K request, String comment);
}
