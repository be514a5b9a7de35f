package jp.member.web.members;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.member.members.boundary.MemberMaintenance;
import jp.member.members.validation.Prefecture;
import jp.member.web.shell.Messages;

/**
 * Changing a member's contact details. The agent types only what changes; the old values are never shown here.
 */
@Named
@RequestScoped
public class MemberContactBacking {

    @Inject
    MemberMaintenance maintenance;

    private String ref;
    private final ContactInputs contact = new ContactInputs();

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
