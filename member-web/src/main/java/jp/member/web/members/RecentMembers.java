package jp.member.web.members;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedList;
import java.util.List;
import jp.member.members.boundary.MemberHeader;

/**
 * The members this person opened in this session, newest first, one click away (number and masked name only; the
 * list ends with the session).
 */
@Named
@SessionScoped
public class RecentMembers implements Serializable {

    private static final long serialVersionUID = 1L;

    /** How many members the list keeps. */
    static final int KEPT = 8;

    private final LinkedList<MemberHeader> members = new LinkedList<>();

    synchronized void viewed(MemberHeader header) {
        members.removeIf(m -> m.ref().equals(header.ref()));
        members.addFirst(header);
        while (members.size() > KEPT) {
            members.removeLast();
        }
    }

    public synchronized List<MemberHeader> getMembers() {
        return new ArrayList<>(members);
    }
}
