package jp.member.web.requests;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import jp.member.requests.boundary.PublishedMatters;
import jp.member.requests.boundary.PublishedView;
import jp.member.requests.rules.PublishedItem;
import jp.member.security.Roles;
import jp.member.web.shell.Messages;

/**
 * The privacy officer keeps the published matters: each item in Japanese and English, the fee, and the reason for the
 * change, saved as a new version; the versions so far. The auditor reads the same page without the form.
 */
@Named
@ViewScoped
public class PublishedEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PublishedMatters published;

    private PublishedView current;
    private List<PublishedView> history;
    private final Map<PublishedItem, String> ja = new EnumMap<>(PublishedItem.class);
    private final Map<PublishedItem, String> en = new EnumMap<>(PublishedItem.class);
    private Long feeYen;
    private String changeNote;

    /** Fills the form with the version in force. */
    public void load() {
        current = published.current();
        for (PublishedItem item : PublishedItem.values()) {
            ja.put(item, current.item(item).ja());
            en.put(item, current.item(item).en());
        }
        feeYen = current.feeYen();
        changeNote = null;
    }

    public void save() {
        Map<PublishedItem, PublishedView.Text> items = new EnumMap<>(PublishedItem.class);
        for (PublishedItem item : PublishedItem.values()) {
            items.put(item, new PublishedView.Text(ja.get(item), en.get(item)));
        }
        long fee = feeYen == null ? -1 : feeYen;
        int[] saved = new int[1];
        boolean done = RequestRefusals.attempt(
                PublishedEditBacking::clientId, () -> saved[0] = published.save(items, fee, changeNote), null);
        if (done) {
            Messages.info("published.saved", saved[0]);
            history = null;
            load();
        }
    }

    /** Where a refused field's message goes: an item at its Japanese text, the fee and the note at their inputs. */
    static String clientId(String field) {
        for (PublishedItem item : PublishedItem.values()) {
            if (item.name().equals(field)) {
                return "edit:items:" + item.ordinal() + ":ja";
            }
        }
        return "edit:" + field;
    }

    public boolean isEditable() {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Roles.PRIVACY_OFFICER);
    }

    public PublishedItem[] getItems() {
        return PublishedItem.values();
    }

    public List<PublishedView> getHistory() {
        if (history == null) {
            history = published.history();
        }
        return history;
    }

    public PublishedView getCurrent() {
        return current;
    }

    public Map<PublishedItem, String> getJa() {
        return ja;
    }

    public Map<PublishedItem, String> getEn() {
        return en;
    }

    public Long getFeeYen() {
        return feeYen;
    }

    public void setFeeYen(Long feeYen) {
        this.feeYen = feeYen;
    }

    public String getChangeNote() {
        return changeNote;
    }

    public void setChangeNote(String changeNote) {
        this.changeNote = changeNote;
    }
}
