package jp.member.web.requests;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import jp.member.requests.boundary.MemberRequests;
import jp.member.requests.boundary.RequestSummary;

/**
 * The requests as the privacy officer and the auditor list them, each read only when a page asks: those not yet
 * closed, the earliest due first, and those closed most recently.
 */
@Named
@RequestScoped
public class RequestDesk {

    @Inject
    MemberRequests requests;

    private List<RequestSummary> queue;
    private List<RequestSummary> closed;

    public List<RequestSummary> getQueue() {
        if (queue == null) {
            queue = requests.queue();
        }
        return queue;
    }

    public List<RequestSummary> getClosed() {
        if (closed == null) {
            closed = requests.closed();
        }
        return closed;
    }
}
