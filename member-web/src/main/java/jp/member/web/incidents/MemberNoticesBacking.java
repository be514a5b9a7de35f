package jp.member.web.incidents;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import jp.member.incidents.boundary.IncidentNotices;
import jp.member.incidents.boundary.IncidentNotices.MemberNotice;
import jp.member.shared.BusinessException;

/**
 * On the member's page: the leak-incident notices the member was sent, so that an agent can answer a call about one
 * ("this member was notified of incident INC-… on …"). Read once per page.
 */
@Named
@ViewScoped
public class MemberNoticesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    IncidentNotices notices;

    private String readFor;
    private List<MemberNotice> sent;

    /** The notices this member was sent, newest first; none when the member cannot be read. */
    public List<MemberNotice> of(String memberRef) {
        if (memberRef == null) {
            return List.of();
        }
        if (!memberRef.equals(readFor)) {
            try {
                sent = notices.ofMember(memberRef);
            } catch (BusinessException refused) {
                sent = List.of();
            }
            readFor = memberRef;
        }
        return sent;
    }
}
