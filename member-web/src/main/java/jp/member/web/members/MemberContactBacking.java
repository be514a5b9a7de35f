package jp.member.web.members;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import jp.member.members.boundary.MemberMaintenance;
import jp.member.members.boundary.MemberRecords;
import jp.member.members.boundary.MemberView;
import jp.member.members.entity.PersonalField;
import jp.member.members.validation.Prefecture;
import jp.member.shared.BusinessException;
import jp.member.web.shell.Messages;

/**
 * Changing a member's contact details. The agent types only what changes; the current values are shown masked above
 * the form (a recorded view), so the agent sees which member and which values they are about to replace — in full
 * only through a reveal on the member's page.
 */
@Named
@RequestScoped
public class MemberContactBacking {

    private static final List<PersonalField> CONTACT_FIELDS = List.of(
            PersonalField.POSTAL_CODE,
            PersonalField.PREFECTURE,
            PersonalField.CITY,
            PersonalField.STREET,
            PersonalField.BUILDING,
            PersonalField.PHONE,
            PersonalField.EMAIL);

    @Inject
    MemberMaintenance maintenance;

    @Inject
    MemberRecords records;

    @Inject
    MemberHeaderBacking headers;

    private String ref;
    private final ContactInputs contact = new ContactInputs();
    private Map<PersonalField, String> current;

    /** The contact fields as they are now, masked; the order of the form. */
    public List<PersonalField> getContactFields() {
        return CONTACT_FIELDS;
    }

    /** Reads the member once for the page (one access record): the header and the current values come from it. */
    public void load() {
        try {
            MemberView view = records.view(ref);
            headers.known(view);
            current = view.masked();
        } catch (BusinessException refused) {
            current = Map.of();
            Messages.error(refused);
        }
    }

    /** The current values, masked (read again when the form comes back with a refusal). */
    public Map<PersonalField, String> getCurrent() {
        if (current == null && ref != null) {
            load();
        }
        return current;
    }

    public String save() {
        boolean saved = Messages.attempt(
                "contact", () -> maintenance.changeContact(ref, contact.toInput()), "member.contact.changed");
        if (!saved) {
            return null;
        }
        Messages.keepForNextPage();
        return "/members/detail.xhtml?faces-redirect=true&m=" + ref;
    }

    public Prefecture[] getPrefectures() {
        return Prefecture.values();
    }

    public ContactInputs getContact() {
        return contact;
    }

    public String getRef() {
        return ref;
    }

    public void setRef(String ref) {
        this.ref = ref;
    }
}
