package jp.member.web.members;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Set;
import jp.member.inquiries.boundary.Inquiries;
import jp.member.inquiries.boundary.InquirySummary;
import jp.member.members.boundary.CardNumber;
import jp.member.members.boundary.ConsentChange;
import jp.member.members.boundary.MemberMaintenance;
import jp.member.members.boundary.MemberRecords;
import jp.member.members.boundary.MemberView;
import jp.member.members.entity.ConsentChannel;
import jp.member.members.entity.PersonalField;
import jp.member.points.boundary.EntryView;
import jp.member.points.boundary.PointsDesk;
import jp.member.points.boundary.PointsSummary;
import jp.member.shared.BusinessException;
import jp.member.web.shell.Messages;

/**
 * The member view: one page per member with tabs for the profile (masked, reveals in {@link RevealBacking}), points,
 * consent, cards and inquiries, and the actions (card reissue, withdrawal, suspension for managers). The member is
 * addressed by the random reference from the search results. A tab's data is read when it is first shown.
 */
@Named
@ViewScoped
public class MemberDetailBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** How many ledger entries the points tab shows. */
    private static final int RECENT_ENTRIES = 5;

    @Inject
    MemberRecords records;

    @Inject
    MemberMaintenance maintenance;

    @Inject
    PointsDesk points;

    @Inject
    Inquiries inquiries;

    @Inject
    RevealBacking reveals;

    @Inject
    MemberHeaderBacking headers;

    private String ref;
    private MemberView member;
    private PointsSummary pointsSummary;
    private List<EntryView> recentEntries;
    private List<CardNumber> cards;
    private List<InquirySummary> pastInquiries;

    /** Loads the page once, on the first GET (each load is an access record). */
    public void load() {
        try {
            member = records.view(ref);
            headers.known(member);
        } catch (BusinessException refused) {
            member = null;
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
            cards = null;
            member = records.view(ref);
        } catch (BusinessException refused) {
            Messages.error(refused);
        }
    }

    public void withdraw() {
        act(() -> maintenance.withdraw(ref), "member.withdrawn");
    }

    public void suspend() {
        act(() -> maintenance.suspend(ref), "member.suspend.done");
    }

    public void reactivate() {
        act(() -> maintenance.reactivate(ref), "member.reactivated");
    }

    private void act(Runnable change, String successKey) {
        if (Messages.attempt(change, successKey)) {
            reveals.forget();
            load();
        }
    }

    public List<ConsentChange> getConsentHistory() {
        return member == null ? List.of() : records.consentHistory(ref);
    }

    public PointsSummary getPointsSummary() {
        if (pointsSummary == null && member != null) {
            pointsSummary = points.summary(ref);
        }
        return pointsSummary;
    }

    /** The latest few ledger entries; the points page has the whole history. */
    public List<EntryView> getRecentEntries() {
        if (recentEntries == null && member != null) {
            recentEntries =
                    points.history(ref, Set.of(), null, null, 0, RECENT_ENTRIES).entries();
        }
        return recentEntries;
    }

    public List<CardNumber> getCards() {
        if (cards == null && member != null) {
            cards = records.cards(ref);
        }
        return cards;
    }

    public List<InquirySummary> getInquiries() {
        if (pastInquiries == null && member != null) {
            pastInquiries = inquiries.ofMember(ref);
        }
        return pastInquiries;
    }

    public PersonalField[] getFields() {
        return PersonalField.values();
    }

    public ConsentChannel[] getConsentChannels() {
        return ConsentChannel.values();
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
}
