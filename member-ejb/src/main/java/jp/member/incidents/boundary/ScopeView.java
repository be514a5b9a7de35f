package jp.member.incidents.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import jp.member.incidents.rules.ItemExposure;

/**
 * One computation of the affected members: the scope as described, when, by whom; how many members, how many had
 * something exposed, how many cards with a usable balance; per item, how many in clear, masked, only encrypted; how
 * many trail entries (or file rows) were read.
 */
public record ScopeView(
        long id,
        String spec,
        Instant computedAt,
        String computedBy,
        long members,
        long exposedMembers,
        long usableBalance,
        List<ItemExposure> items,
        long entriesRead)
        implements Serializable {

    public long encryptedOnly() {
        return members - exposedMembers;
    }
}
