package jp.member.web.requests;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import jp.member.members.entity.PersonalField;
import jp.member.requests.boundary.RequestDecisions;
import jp.member.requests.rules.Decision;
import jp.member.requests.rules.DecisionDraft;
import jp.member.requests.rules.PackageSection;
import jp.member.requests.rules.RefusalReason;
import jp.member.requests.rules.Remedy;

/**
 * The privacy officer's decision on an identified request: accept, in part, or refuse — anything but full acceptance
 * with the reason and the text the member is told (Art. 36); a partial decision with what it leaves out (sections of
 * a disclosure, fields of a correction) or the lesser remedy it takes. What it accepts is carried out at once and the
 * reply is produced in the background; the page then follows the reply.
 */
@Named
@ViewScoped
public class RequestDecisionBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RequestDecisions decisions;

    @Inject
    RequestBacking page;

    private Decision decision;
    private RefusalReason reason;
    private String reasonText;
    private Remedy remedy;
    private PersonalField[] applyFields = new PersonalField[0];
    private PackageSection[] withheld = new PackageSection[0];

    public void decide() {
        DecisionDraft draft = new DecisionDraft(decision, reason, reasonText, remedy, set(applyFields), set(withheld));
        if (RequestRefusals.attempt("decide:", () -> decisions.decide(page.getRef(), draft), "request.decided")) {
            page.reload();
        }
    }

    /** Whether the reason and its text are asked for (anything but full acceptance). */
    public boolean isReasonNeeded() {
        return decision != null && decision.needsReason();
    }

    public boolean isPartly() {
        return decision == Decision.PARTLY;
    }

    private static <E extends Enum<E>> Set<E> set(E[] chosen) {
        return chosen == null || chosen.length == 0 ? Set.of() : EnumSet.copyOf(Arrays.asList(chosen));
    }

    public Decision getDecision() {
        return decision;
    }

    public void setDecision(Decision decision) {
        this.decision = decision;
    }

    public RefusalReason getReason() {
        return reason;
    }

    public void setReason(RefusalReason reason) {
        this.reason = reason;
    }

    public String getReasonText() {
        return reasonText;
    }

    public void setReasonText(String reasonText) {
        this.reasonText = reasonText;
    }

    public Remedy getRemedy() {
        return remedy;
    }

    public void setRemedy(Remedy remedy) {
        this.remedy = remedy;
    }

    public PersonalField[] getApplyFields() {
        return applyFields;
    }

    public void setApplyFields(PersonalField[] applyFields) {
        this.applyFields = applyFields;
    }

    public PackageSection[] getWithheld() {
        return withheld;
    }

    public void setWithheld(PackageSection[] withheld) {
        this.withheld = withheld;
    }
}
