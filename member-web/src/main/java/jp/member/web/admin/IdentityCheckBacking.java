package jp.member.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import jp.member.inquiries.boundary.IdentityCheck;
import jp.member.members.entity.PersonalField;
import jp.member.web.shell.Messages;

/** ADMIN chooses the fields the identity check (本人確認) reveals together. */
@Named("identityCheckAdmin")
@ViewScoped
public class IdentityCheckBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    IdentityCheck identityCheck;

    /** An array, so that the page converts the checked values to the enum by itself. */
    private PersonalField[] chosen;

    public PersonalField[] getChosen() {
        if (chosen == null) {
            chosen = identityCheck.fields().toArray(PersonalField[]::new);
        }
        return chosen;
    }

    public void setChosen(PersonalField[] chosen) {
        this.chosen = chosen;
    }

    public void save() {
        Set<PersonalField> wanted = EnumSet.noneOf(PersonalField.class);
        wanted.addAll(Arrays.asList(getChosen()));
        Messages.attempt(() -> identityCheck.configure(wanted), "identityCheck.saved");
    }

    public PersonalField[] getFields() {
        return PersonalField.values();
    }
}
