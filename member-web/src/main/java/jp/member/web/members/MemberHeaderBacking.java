package jp.member.web.members;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;
import jp.member.members.boundary.MemberHeader;
import jp.member.members.boundary.MemberRecords;
import jp.member.members.boundary.MemberView;
import jp.member.members.entity.PersonalField;
import jp.member.shared.BusinessException;

/**
 * The header at the top of every member page (number, masked name, status, rank), read once per request for the
 * member the page is about; each member shown joins the agent's recently viewed members.
 */
@Named("memberHeader")
@RequestScoped
public class MemberHeaderBacking {

    @Inject
    MemberRecords records;

    @Inject
    RecentMembers recent;

    private final Map<String, MemberHeader> read = new HashMap<>();

    /** The member's header, or null when the reference leads to no member this person may see. */
    public MemberHeader of(String ref) {
        if (ref == null || ref.isBlank()) {
            return null;
        }
        return read.computeIfAbsent(ref, this::load);
    }

    /**
     * The page already read the member (its own recorded view): the header is taken from that read, so one page
     * shown is one access record.
     */
    public void known(MemberView view) {
        MemberHeader header = new MemberHeader(
                view.ref(),
                view.memberNumber(),
                view.masked().get(PersonalField.NAME_KANJI),
                view.status(),
                view.rank());
        read.put(view.ref(), header);
        recent.viewed(header);
    }

    private MemberHeader load(String ref) {
        try {
            MemberHeader header = records.header(ref);
            recent.viewed(header);
            return header;
        } catch (BusinessException refused) {
            return null;
        }
    }
}
