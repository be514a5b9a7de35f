package jp.member.members.boundary;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Which data key is current, how many members each key still seals, and how many values of every other kind (inquiry
 * notes, second-factor secrets, export file keys) each key seals.
 */
public record RotationStatus(String currentKeyId, Map<String, Long> membersByKey, List<SealedCount> otherValues) {

    /** Keys in order of their ids, the other values in the order given. */
    public RotationStatus {
        membersByKey = Collections.unmodifiableMap(new TreeMap<>(membersByKey));
        otherValues = List.copyOf(otherValues);
    }

    /** How many values of one kind ({@code keys.kind.<kind>} names it) one key seals. */
    public record SealedCount(String kind, String keyId, long count) {}

    /**
     * Members and other values still sealed with an older key: re-encryption has work while this is above 0, and an
     * old key may leave the ring only when nothing is left under it.
     */
    public long remaining() {
        long members = membersByKey.entrySet().stream()
                .filter(e -> !e.getKey().equals(currentKeyId))
                .mapToLong(Map.Entry::getValue)
                .sum();
        long elsewhere = otherValues.stream()
                .filter(c -> !c.keyId().equals(currentKeyId))
                .mapToLong(SealedCount::count)
                .sum();
        return members + elsewhere;
    }
}
