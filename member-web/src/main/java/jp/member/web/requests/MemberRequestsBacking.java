package jp.member.web.requests;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import jp.member.inquiries.boundary.InquiryView;
import jp.member.requests.boundary.MemberRequests;
import jp.member.requests.boundary.RequestSummary;
import jp.member.requests.rules.RequestChannel;
import jp.member.shared.BusinessException;
import jp.member.web.inquiries.InquiryBacking;
import jp.member.web.shell.Messages;

/**
 * A member's requests under the APPI, on the member's pages ({@code ?m=ref}): where each stands (state, due day,
 * clock), so that an agent can tell a caller; and the form that takes a new one — only inside the agent's open inquiry
 * whose caller is this member, as the boundary requires. On success the new number is shown, to tell the member.
 */
@Named
@ViewScoped
public class MemberRequestsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The take form's client id prefix: refused fields are shown at their inputs. */
    static final String FORM = "take:";

    @Inject
    MemberRequests requests;

    @Inject
    InquiryBacking inquiry;

    private String ref;
    private List<RequestSummary> listed;
    private IntakeForm form = new IntakeForm();

    public void load() {
        try {
            listed = requests.ofMember(ref);
        } catch (BusinessException refused) {
            listed = null;
            Messages.error(refused);
        }
    }

    /** Takes the request in the open inquiry; the form starts again empty and the list shows the new one. */
    public void take() {
        RequestSummary[] taken = new RequestSummary[1];
        boolean done = RequestRefusals.attempt(
                FORM,
                () -> taken[0] = requests.take(ref, form.toIntake(RequestChannel.INQUIRY), form.correctionInput()),
                null);
        if (done) {
            Messages.info("request.taken", taken[0].ref());
            form = new IntakeForm();
            load();
        }
    }

    /** Whether the page's member is the caller of the agent's open inquiry: only then can a request be taken. */
    public boolean isTakeable() {
        InquiryView open = inquiry.getCurrent();
        return listed != null && open != null && ref != null && ref.equals(open.memberRef());
    }

    /** An inquiry is open, but about someone else (or nobody yet): the page offers to name this member. */
    public boolean isOtherCaller() {
        InquiryView open = inquiry.getCurrent();
        return listed != null && open != null && !isTakeable();
    }

    public boolean isFound() {
        return listed != null;
    }

    public List<RequestSummary> getRequests() {
        return listed == null ? List.of() : listed;
    }

    public IntakeForm getForm() {
        return form;
    }

    public String getRef() {
        return ref;
    }

    public void setRef(String ref) {
        this.ref = ref;
    }
}
