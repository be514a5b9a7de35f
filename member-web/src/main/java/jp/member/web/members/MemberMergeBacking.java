package jp.member.web.members;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import jp.member.members.boundary.MemberMaintenance;
import jp.member.members.boundary.MemberSearch;
import jp.member.members.boundary.MemberSummary;
import jp.member.shared.BusinessException;
import jp.member.web.shell.Messages;

/** A manager merges a duplicate into the member who stays, after seeing both (masked). */
@Named
@ViewScoped
public class MemberMergeBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MemberSearch search;

    @Inject
    MemberMaintenance maintenance;

    @Inject
    MemberHeaderBacking headers;

    /** The member whose page the manager came from: the one who stays, unless the manager changes it. */
    private String ref;

    private String survivorNumber;
    private String duplicateNumber;
    private MemberSummary survivor;
    private MemberSummary duplicate;

    /** Coming from a member's page: that member is proposed as the one who stays. */
    public void load() {
        var header = headers.of(ref);
        if (header != null && survivorNumber == null) {
            survivorNumber = header.memberNumber();
        }
    }

    public String getRef() {
        return ref;
    }

    public void setRef(String ref) {
        this.ref = ref;
    }

    public void preview() {
        try {
            survivor = single(survivorNumber);
            duplicate = single(duplicateNumber);
            if (survivor == null || duplicate == null) {
                Messages.error("member.merge.notFound");
            }
        } catch (BusinessException refused) {
            Messages.error(refused);
        }
    }

    public void merge() {
        if (Messages.attempt(() -> maintenance.merge(survivor.ref(), duplicate.ref()), "member.merged")) {
            survivor = null;
            duplicate = null;
        }
    }

    private MemberSummary single(String number) {
        var found = search.byNumber(number).members();
        return found.size() == 1 ? found.get(0) : null;
    }

    public boolean isReady() {
        return survivor != null && duplicate != null && !survivor.ref().equals(duplicate.ref());
    }

    public String getSurvivorNumber() {
        return survivorNumber;
    }

    public void setSurvivorNumber(String survivorNumber) {
        this.survivorNumber = survivorNumber;
    }

    public String getDuplicateNumber() {
        return duplicateNumber;
    }

    public void setDuplicateNumber(String duplicateNumber) {
        this.duplicateNumber = duplicateNumber;
    }

    public MemberSummary getSurvivor() {
        return survivor;
    }

    public MemberSummary getDuplicate() {
        return duplicate;
    }
}
