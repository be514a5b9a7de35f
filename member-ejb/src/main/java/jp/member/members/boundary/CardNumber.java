package jp.member.members.boundary;

import java.io.Serializable;
import java.time.Instant;
import jp.member.members.entity.RetiredNumber;

/**
 * A card number a member has or had: the current one ({@code retiredBecause} null), lost or replaced ones, and the
 * numbers of duplicates merged into this member.
 */
public record CardNumber(String number, RetiredNumber.Reason retiredBecause, Instant retiredAt)
        implements Serializable {

    public boolean current() {
        return retiredBecause == null;
    }
}
