package jp.member.members.boundary;

import java.io.Serializable;
import java.util.List;
import jp.member.members.entity.RetiredNumber;

/**
 * What a search found. More than {@link MemberSearch#MAX_RESULTS} matches shows nothing and asks for more
 * criteria: the search is for finding one caller, not for browsing.
 */
public record SearchResult(List<MemberSummary> members, boolean tooMany, RetiredNumber.Reason retiredNumber)
        implements Serializable {

    static SearchResult tooManyMatches() {
        return new SearchResult(List.of(), true, null);
    }
}
