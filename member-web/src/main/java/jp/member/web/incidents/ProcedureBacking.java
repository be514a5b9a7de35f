package jp.member.web.incidents;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import jp.member.incidents.boundary.ProcedureView;
import jp.member.incidents.boundary.ProcedureView.Organisation;
import jp.member.incidents.boundary.ResponseProcedures;
import jp.member.incidents.rules.CauseCategory;
import jp.member.security.Roles;
import jp.member.shared.BusinessException;
import jp.member.web.shell.Messages;

/**
 * The response procedure: the version in force (or an earlier one, {@code ?version=}), its history, and — for the
 * privacy officer, on the version in force — the form that saves a new version: contacts, organisation, a checklist
 * per cause (one step a line) and the reason for the change.
 */
@Named
@ViewScoped
public class ProcedureBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ResponseProcedures procedures;

    private Integer version;
    private ProcedureView shown;
    private List<ProcedureView> history;
    private final List<ContactRow> contacts = new ArrayList<>();
    private String decides;
    private String reportsToPpc;
    private String speaksPublicly;
    private final Map<CauseCategory, String> checklists = new EnumMap<>(CauseCategory.class);
    private String changeNote;

    /** Reads the version asked for, or the one in force, and fills the form with it. */
    public void load() {
        try {
            shown = version == null ? procedures.current() : procedures.version(version);
        } catch (BusinessException refused) {
            Messages.error(refused);
            shown = procedures.current();
            version = null;
        }
        fill(shown);
    }

    private void fill(ProcedureView p) {
        contacts.clear();
        p.contacts().forEach(c -> contacts.add(ContactRow.of(c)));
        decides = p.organisation().decides();
        reportsToPpc = p.organisation().reportsToPpc();
        speaksPublicly = p.organisation().speaksPublicly();
        checklists.clear();
        for (CauseCategory cause : CauseCategory.withChecklist()) {
            checklists.put(cause, String.join("\n", p.checklist(cause)));
        }
        changeNote = null;
    }

    public void addContact() {
        contacts.add(new ContactRow());
    }

    public void removeContact(int index) {
        if (index >= 0 && index < contacts.size()) {
            contacts.remove(index);
        }
    }

    /** Saves the form as a new version; the page then shows it. */
    public void save() {
        Map<CauseCategory, List<String>> steps = new EnumMap<>(CauseCategory.class);
        checklists.forEach((cause, text) -> steps.put(
                cause,
                text == null
                        ? List.of()
                        : Arrays.stream(text.split("\\R"))
                                .map(String::strip)
                                .filter(s -> !s.isEmpty())
                                .toList()));
        int[] saved = new int[1];
        boolean done = IncidentRefusals.attempt(
                "procedure:",
                () -> saved[0] = procedures.save(
                        contacts.stream()
                                .filter(r -> !r.isBlank())
                                .map(ContactRow::toContact)
                                .toList(),
                        new Organisation(decides, reportsToPpc, speaksPublicly),
                        steps,
                        changeNote),
                null);
        if (done) {
            Messages.info("procedure.saved", saved[0]);
            version = null;
            history = null;
            load();
        }
    }

    /** Only the privacy officer edits, and only the version in force. */
    public boolean isEditable() {
        return version == null
                && FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Roles.PRIVACY_OFFICER);
    }

    public List<ProcedureView> getHistory() {
        if (history == null) {
            history = procedures.history();
        }
        return history;
    }

    public ProcedureView getShown() {
        return shown;
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }

    public List<ContactRow> getContacts() {
        return contacts;
    }

    public String getDecides() {
        return decides;
    }

    public void setDecides(String decides) {
        this.decides = decides;
    }

    public String getReportsToPpc() {
        return reportsToPpc;
    }

    public void setReportsToPpc(String reportsToPpc) {
        this.reportsToPpc = reportsToPpc;
    }

    public String getSpeaksPublicly() {
        return speaksPublicly;
    }

    public void setSpeaksPublicly(String speaksPublicly) {
        this.speaksPublicly = speaksPublicly;
    }

    public Map<CauseCategory, String> getChecklists() {
        return checklists;
    }

    public String getChangeNote() {
        return changeNote;
    }

    public void setChangeNote(String changeNote) {
        this.changeNote = changeNote;
    }
}
