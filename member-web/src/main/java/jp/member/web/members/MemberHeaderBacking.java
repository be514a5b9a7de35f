package jp.member.web.members;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import jp.member.members.boundary.MemberHeader;
import jp.member.members.boundary.MemberRecords;
import jp.member.members.boundary.MemberView;
import jp.member.members.entity.PersonalField;
import jp.member.shared.BusinessException;

/**
 * The header at the top of every member page (number, masked name, status, rank), read once per page for the member
 * it is about — view-scoped, because a postback evaluates the header's {@code rendered} again and a new read would be
 * a new access record; each member shown joins the agent's recently viewed members.
 */
@Named("memberHeader")
@ViewScoped
public class MemberHeaderBacking implements Serializable {

    private static final long serialVersionUID = 1L;

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
