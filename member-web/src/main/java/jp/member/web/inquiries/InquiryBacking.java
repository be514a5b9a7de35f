package jp.member.web.inquiries;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import jp.member.inquiries.boundary.Inquiries;
import jp.member.inquiries.boundary.InquirySummary;
import jp.member.inquiries.boundary.InquiryView;
import jp.member.inquiries.entity.InquiryCategory;
import jp.member.inquiries.entity.InquiryChannel;
import jp.member.inquiries.entity.InquiryOutcome;
import jp.member.shared.BusinessException;
import jp.member.web.shell.Messages;

/**
 * The inquiry bar at the top of every agent and manager page: start an inquiry when a call begins, keep notes, say
 * which member the caller is, close it with an outcome. The open inquiry lives in the database (one per agent), so
 * it follows the agent from page to page and survives a new sign-in.
 */
@Named
@ViewScoped
public class InquiryBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Inquiries inquiries;

    private InquiryView current;
    private boolean loaded;

    private InquiryChannel channel = InquiryChannel.PHONE;
    private InquiryCategory category;
    private String notes;
    private InquiryOutcome outcome;
    private LocalDate followUpOn;
    private String followUpOwner;

    /** The open inquiry, read once per page. */
    public InquiryView getCurrent() {
        if (!loaded) {
            refresh();
        }
        return current;
    }

    public boolean isOpen() {
        return getCurrent() != null;
    }

    public void start() {
        try {
            current = inquiries.start(channel, category);
            loaded = true;
            fillForm();
            Messages.info("inquiry.started", current.number());
        } catch (BusinessException refused) {
            Messages.error(refused);
        }
    }

    public void save() {
        try {
            current = inquiries.update(category, notes);
            fillForm();
            Messages.info("inquiry.saved", current.number());
        } catch (BusinessException refused) {
            Messages.error(refused);
        }
    }

    /** The member on the page is the caller. */
    public void identify(String memberRef) {
        try {
            current = inquiries.identify(memberRef);
            Messages.info("inquiry.memberSet", current.number());
        } catch (BusinessException refused) {
            Messages.error(refused);
        }
    }

    public void close() {
        try {
            if (current != null && notes != null && !notes.equals(current.notes())) {
                inquiries.update(category, notes);
            }
            InquirySummary closed = inquiries.close(outcome, followUpOn, followUpOwner);
            Messages.info("inquiry.closed", closed.number());
            current = null;
            outcome = null;
            followUpOn = null;
            followUpOwner = null;
            category = null;
            notes = null;
        } catch (BusinessException refused) {
            Messages.error(refused);
        }
    }

    /** Reads the open inquiry again (another bean changed it, e.g. the identity check named its member). */
    public void reload() {
        refresh();
    }

    private void refresh() {
        current = inquiries.current();
        loaded = true;
        fillForm();
    }

    private void fillForm() {
        if (current != null) {
            category = current.category();
            notes = current.notes();
        }
    }

    public InquiryChannel[] getChannels() {
        return InquiryChannel.values();
    }

    public InquiryCategory[] getCategories() {
        return InquiryCategory.values();
    }

    public InquiryOutcome[] getOutcomes() {
        return InquiryOutcome.values();
    }

    public InquiryChannel getChannel() {
        return channel;
    }

    public void setChannel(InquiryChannel channel) {
        this.channel = channel;
    }

    public InquiryCategory getCategory() {
        return category;
    }

    public void setCategory(InquiryCategory category) {
        this.category = category;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public InquiryOutcome getOutcome() {
        return outcome;
    }

    public void setOutcome(InquiryOutcome outcome) {
        this.outcome = outcome;
    }

    public LocalDate getFollowUpOn() {
        return followUpOn;
    }

    public void setFollowUpOn(LocalDate followUpOn) {
        this.followUpOn = followUpOn;
    }

    public String getFollowUpOwner() {
        return followUpOwner;
    }

    public void setFollowUpOwner(String followUpOwner) {
        this.followUpOwner = followUpOwner;
    }
}
