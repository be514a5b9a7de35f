package jp.member.web.requests;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import jp.member.requests.boundary.MemberRequests;
import jp.member.requests.boundary.RequestSummary;
import jp.member.requests.rules.RequestChannel;
import jp.member.web.shell.Messages;

/**
 * The privacy officer enters a request that came by post or to a counter, finding the member by number; without the
 * identity documents yet, it waits for them. On success the request's page opens.
 */
@Named
@ViewScoped
public class RequestNewBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MemberRequests requests;

    private String memberNumber;
    private RequestChannel channel = RequestChannel.POST;
    private final IntakeForm form = new IntakeForm();

    public String enter() {
        RequestSummary[] entered = new RequestSummary[1];
        boolean done = RequestRefusals.attempt(
                "entry:",
                () -> entered[0] = requests.enter(memberNumber, form.toIntake(channel), form.correctionInput()),
                null);
        if (!done) {
            return null;
        }
        Messages.info("request.entered", entered[0].ref());
        Messages.keepForNextPage();
        return "/privacy/request?faces-redirect=true&ref=" + entered[0].ref();
    }

    public IntakeForm getForm() {
        return form;
    }

    public String getMemberNumber() {
        return memberNumber;
    }

    public void setMemberNumber(String memberNumber) {
        this.memberNumber = memberNumber;
    }

    public RequestChannel getChannel() {
        return channel;
    }

    public void setChannel(RequestChannel channel) {
        this.channel = channel;
    }
}
