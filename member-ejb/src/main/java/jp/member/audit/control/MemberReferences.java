package jp.member.audit.control;

import java.util.Optional;

/** Which member a member number (as typed, current or old) names, for questions to the trail about one member. */
public interface MemberReferences {

    /** The member's id, empty when the number is malformed or names nobody. */
    Optional<Long> memberIdOf(String memberNumber);
}
