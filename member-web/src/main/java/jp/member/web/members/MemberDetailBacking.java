package jp.member.web.members;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import jp.member.members.boundary.ConsentChange;
import jp.member.members.boundary.MemberMaintenance;
import jp.member.members.boundary.MemberRecords;
import jp.member.members.boundary.MemberView;
import jp.member.members.boundary.RevealReason;
import jp.member.members.entity.ConsentChannel;
import jp.member.members.entity.PersonalField;
import jp.member.shared.BusinessException;
import jp.member.web.shell.Messages;

/**
 * A member's page: masked fields, reveal one with a reason ({@link RevealRequest}), consent, card reissue, withdrawal
 * and (managers) suspension. The member is addressed by the random reference from the search results.
 */
@Named
@ViewScoped
public class MemberDetailBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MemberRecords records;

    @Inject
    MemberMaintenance maintenance;

    private String ref;
    private MemberView member;
    private final Map<PersonalField, String> revealed = new EnumMap<>(PersonalField.class);
    private final RevealRequest revealRequest = new RevealRequest();

    /** Loads the page once, on the first GET (each load is an access record). */
    public void load() {
        try {
            member = records.view(ref);
        } catch (BusinessException refused) {
            member = null;
            Messages.error(refused);
        }
    }

    public void startReveal(PersonalField field) {
        revealRequest.start(field);
    }

    public void reveal() {
        PersonalField field = revealRequest.getField();
        try {
            revealed.put(
                    field, records.reveal(ref, field, revealRequest.getReason(), revealRequest.getInquiryNumber()));
        } catch (BusinessException refused) {
            Messages.error(refused);
        }
    }

    public void changeConsent(ConsentChannel channel) {
        boolean granted = !Boolean.TRUE.equals(member.consents().get(channel));
        act(() -> maintenance.changeConsent(ref, channel, granted), "member.consent.changed");
    }

    public void reissueCard() {
        try {
            String number = maintenance.reissueCard(ref);
            Messages.info("member.card.reissued", number);
            member = records.view(ref);
        } catch (BusinessException refused) {
            Messages.error(refused);
        }
    }

    public void withdraw() {
        act(() -> maintenance.withdraw(ref), "member.withdrawn");
    }

    public void suspend() {
        act(() -> maintenance.suspend(ref), "member.suspended");
    }

    public void reactivate() {
        act(() -> maintenance.reactivate(ref), "member.reactivated");
    }

    private void act(Runnable change, String successKey) {
        if (Messages.attempt(change, successKey)) {
            revealed.clear();
            load();
        }
    }

    public String display(PersonalField field) {
        String full = revealed.get(field);
        return full != null ? full : member.masked().get(field);
    }

    public boolean isRevealed(PersonalField field) {
        return revealed.containsKey(field);
    }

    public List<ConsentChange> getConsentHistory() {
        return member == null ? List.of() : records.consentHistory(ref);
    }

    public PersonalField[] getFields() {
        return PersonalField.values();
    }

    public ConsentChannel[] getConsentChannels() {
        return ConsentChannel.values();
    }

    public RevealReason[] getReasons() {
        return RevealReason.values();
    }

    public String getRef() {
        return ref;
    }

    public void setRef(String ref) {
        this.ref = ref;
    }

    public MemberView getMember() {
        return member;
    }

    public RevealRequest getRevealRequest() {
        return revealRequest;
    }
}
