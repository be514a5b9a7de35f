package jp.member.web.requests;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.Set;
import jp.member.members.boundary.MemberInput;
import jp.member.members.entity.PersonalField;
import jp.member.requests.rules.DeliveryForm;
import jp.member.requests.rules.IdentityMethod;
import jp.member.requests.rules.RequestChannel;
import jp.member.requests.rules.RequestIntake;
import jp.member.requests.rules.RequestKind;
import jp.member.requests.rules.Requester;
import jp.member.requests.rules.StopGround;

/**
 * A request as typed into the agent's form (inside an inquiry) or the privacy officer's (post, counter): what is
 * asked, who asks, how they were identified (none: the documents are awaited), the reply's form and language, the
 * ground of an Art. 35 request, and the fields of a correction with their true values. A choice the kind does not take
 * (a ground kept from an earlier kind) is left out of the intake rather than refused.
 */
public class IntakeForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private RequestKind kind;
    private Requester requester = Requester.MEMBER;
    private IdentityMethod identityMethod;
    private DeliveryForm delivery;
    private String replyLanguage = "ja";
    private StopGround ground;
    private PersonalField[] fields = new PersonalField[0];
    private final CorrectionInputs correction = new CorrectionInputs();

    public RequestIntake toIntake(RequestChannel channel) {
        return new RequestIntake(
                kind,
                channel,
                requester,
                identityMethod,
                delivery,
                replyLanguage,
                isGroundNeeded() ? ground : null,
                isFieldsNeeded() ? chosen() : Set.of());
    }

    /** The true values of the chosen fields for a correction; none for any other kind. */
    public MemberInput correctionInput() {
        return isFieldsNeeded() ? correction.toInput(chosen()) : null;
    }

    public boolean isGroundNeeded() {
        return kind != null && kind.needsGround();
    }

    public boolean isFieldsNeeded() {
        return kind != null && kind.needsFields();
    }

    /** Whether the member says this field is wrong (its input is shown). */
    public boolean chose(PersonalField field) {
        return isFieldsNeeded() && chosen().contains(field);
    }

    private Set<PersonalField> chosen() {
        EnumSet<PersonalField> set = EnumSet.noneOf(PersonalField.class);
        if (fields != null) {
            for (PersonalField f : fields) {
                set.add(f);
            }
        }
        return set;
    }

    public CorrectionInputs getCorrection() {
        return correction;
    }

    public RequestKind getKind() {
        return kind;
    }

    public void setKind(RequestKind kind) {
        this.kind = kind;
    }

    public Requester getRequester() {
        return requester;
    }

    public void setRequester(Requester requester) {
        this.requester = requester;
    }

    public IdentityMethod getIdentityMethod() {
        return identityMethod;
    }

    public void setIdentityMethod(IdentityMethod identityMethod) {
        this.identityMethod = identityMethod;
    }

    public DeliveryForm getDelivery() {
        return delivery;
    }

    public void setDelivery(DeliveryForm delivery) {
        this.delivery = delivery;
    }

    public String getReplyLanguage() {
        return replyLanguage;
    }

    public void setReplyLanguage(String replyLanguage) {
        this.replyLanguage = replyLanguage;
    }

    public StopGround getGround() {
        return ground;
    }

    public void setGround(StopGround ground) {
        this.ground = ground;
    }

    public PersonalField[] getFields() {
        return fields;
    }

    public void setFields(PersonalField[] fields) {
        this.fields = fields;
    }
}
