package jp.member.web.requests;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import jp.member.requests.boundary.MemberRequests;
import jp.member.requests.boundary.RequestDecisions;
import jp.member.requests.boundary.RequestView;
import jp.member.requests.entity.MemberRequest;
import jp.member.requests.rules.FeeStatus;
import jp.member.requests.rules.IdentityMethod;
import jp.member.requests.rules.Requester;
import jp.member.security.Roles;
import jp.member.shared.BusinessException;
import jp.member.shared.BusinessTime;
import jp.member.web.shell.Messages;

/**
 * One request's page ({@code ?ref=REQ-…}): every fact, and for the privacy officer the step it waits for — the
 * identity check once the documents arrived, the fee, the day the reply was sent. The decision and the reply have
 * their own beans ({@link RequestDecisionBacking}, {@link RequestReplyBacking}), which read the reference here and
 * ask for the request to be read again after a change. The auditor reads the same page without the forms.
 */
@Named
@ViewScoped
public class RequestBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MemberRequests requests;

    @Inject
    RequestDecisions decisions;

    @Inject
    BusinessTime time;

    private String ref;
    private RequestView view;
    private Requester requester = Requester.MEMBER;
    private IdentityMethod method;
    private LocalDate sentOn;

    public void load() {
        reload();
        sentOn = time.today();
    }

    /** Reads the request again (after a change, and while its reply is being produced). */
    public void reload() {
        view = null;
        if (ref == null || ref.isBlank()) {
            Messages.error("request.notFound");
            return;
        }
        try {
            view = requests.get(ref);
        } catch (BusinessException refused) {
            Messages.error(refused);
        }
    }

    /** The identity documents arrived and confirmed the requester: the request waits for the decision. */
    public void identify() {
        if (RequestRefusals.attempt(
                "identify:", () -> requests.identify(ref, requester, method), "request.identified")) {
            reload();
        }
    }

    public void recordFee(FeeStatus status) {
        if (RequestRefusals.attempt("fee:", () -> decisions.recordFee(ref, status), "request.fee.recorded")) {
            reload();
        }
    }

    /** The reply was sent on the day given: the request is closed. */
    public void close() {
        if (RequestRefusals.attempt("close:", () -> decisions.close(ref, sentOn), "request.closedNow")) {
            reload();
        }
    }

    /** True while the reply waits to be produced or is being produced: the page keeps reading it. */
    public boolean isBusy() {
        return view != null
                && (view.reply() == MemberRequest.ReplyState.QUEUED
                        || view.reply() == MemberRequest.ReplyState.RUNNING);
    }

    /** Only the privacy officer acts on a request; hiding the forms from the auditor is cosmetic. */
    public boolean isOfficer() {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Roles.PRIVACY_OFFICER);
    }

    public String getRef() {
        return ref;
    }

    public void setRef(String ref) {
        this.ref = ref;
    }

    public RequestView getView() {
        return view;
    }

    public Requester getRequester() {
        return requester;
    }

    public void setRequester(Requester requester) {
        this.requester = requester;
    }

    public IdentityMethod getMethod() {
        return method;
    }

    public void setMethod(IdentityMethod method) {
        this.method = method;
    }

    public LocalDate getSentOn() {
        return sentOn;
    }

    public void setSentOn(LocalDate sentOn) {
        this.sentOn = sentOn;
    }
}
