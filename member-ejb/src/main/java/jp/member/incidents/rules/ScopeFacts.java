package jp.member.incidents.rules;

import java.util.List;

/**
 * The scope of an incident as counted from the evidence (GL 3-5-2 step 3, 影響範囲の特定): what {@link Reportability}
 * decides on.
 *
 * @param members all members affected, however their data reached anyone
 * @param exposedMembers the members with at least one item in clear or masked (the rest had items only encrypted)
 * @param items per item, how many members had it exposed each way
 * @param membersWithUsableBalance exposed members whose card number was exposed and whose point balance is above zero:
 *     someone holding the number could spend their points
 * @param sensitiveItems whether a 要配慮個人情報 custom field is among the exposed items (an only-encrypted one counts
 *     when {@code keyExposed})
 * @param keyExposed whether the key or password of the encrypted items was exposed too; then the only-encrypted
 *     members count as exposed and the encryption exemption is lost
 */
public record ScopeFacts(
        long members,
        long exposedMembers,
        List<ItemExposure> items,
        long membersWithUsableBalance,
        boolean sensitiveItems,
        boolean keyExposed) {

    /**
     * @throws IllegalArgumentException if a count is negative, more members are exposed than affected, or more have a
     *     usable balance than are affected
     */
    public ScopeFacts {
        items = List.copyOf(items);
        if (members < 0 || exposedMembers < 0 || membersWithUsableBalance < 0) {
            throw new IllegalArgumentException("member counts are zero or more");
        }
        if (exposedMembers > members || membersWithUsableBalance > members) {
            throw new IllegalArgumentException("no more members exposed or with a balance than affected");
        }
    }

    /** The members whose data reached anyone only encrypted: {@code members − exposedMembers}. */
    public long encryptedOnly() {
        return members - exposedMembers;
    }

    /**
     * The members who count as exposed for the triggers: those in clear or masked, and the only-encrypted ones as well
     * when the key was exposed.
     */
    public long effectivelyExposed() {
        return keyExposed ? members : exposedMembers;
    }
}
