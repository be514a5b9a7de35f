package jp.member.web.members;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import jp.member.members.boundary.Enrolled;
import jp.member.members.boundary.MemberEnrolment;
import jp.member.members.boundary.MemberInput;
import jp.member.members.entity.ConsentChannel;
import jp.member.members.entity.EnrolmentChannel;
import jp.member.members.validation.Prefecture;
import jp.member.web.shell.Messages;

/** Enrolment over the phone (入会登録). */
@Named
@RequestScoped
public class MemberEnrolBacking {

    @Inject
    MemberEnrolment enrolment;

    private String nameKanji;
    private String nameKana;
    private String birthDate;
    private String gender;
    private final ContactInputs contact = new ContactInputs();
    private List<ConsentChannel> consents = List.of();
    private Enrolled enrolled;

    public String enrol() {
        MemberInput input = new MemberInput(
                nameKanji,
                nameKana,
                birthDate,
                gender,
                contact.getPostalCode(),
                contact.getPrefecture(),
                contact.getCity(),
                contact.getStreet(),
                contact.getBuilding(),
                contact.getPhone(),
                contact.getEmail());
        Map<ConsentChannel, Boolean> given = new EnumMap<>(ConsentChannel.class);
        consents.forEach(c -> given.put(c, true));
        boolean done = Messages.attempt(
                "enrol",
                () -> enrolled = enrolment.enrol(input, EnrolmentChannel.CALL_CENTRE, null, given),
                "member.enrolled");
        if (!done) {
            return null;
        }
        Messages.keepForNextPage();
        return "/members/detail.xhtml?faces-redirect=true&m=" + enrolled.ref();
    }

    public Prefecture[] getPrefectures() {
        return Prefecture.values();
    }

    public ConsentChannel[] getConsentChannels() {
        return ConsentChannel.values();
    }

    public ContactInputs getContact() {
        return contact;
    }

    public String getNameKanji() {
        return nameKanji;
    }

    public void setNameKanji(String nameKanji) {
        this.nameKanji = nameKanji;
    }

    public String getNameKana() {
        return nameKana;
    }

    public void setNameKana(String nameKana) {
        this.nameKana = nameKana;
    }

    public String getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(String birthDate) {
        this.birthDate = birthDate;
    }

    public String getGender() {
        return gender;
    }

    public void setGender(String gender) {
        this.gender = gender;
    }

    public List<ConsentChannel> getConsents() {
        return consents;
    }

    public void setConsents(List<ConsentChannel> consents) {
        this.consents = consents;
    }
}
