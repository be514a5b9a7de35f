package jp.member.members.boundary;

import java.util.Map;

/** Which data key is current and how many members each key still seals. */
public record RotationStatus(String currentKeyId, Map<String, Long> membersByKey) {

    public long remaining() {
        return membersByKey.entrySet().stream()
                .filter(e -> !e.getKey().equals(currentKeyId))
                .mapToLong(Map.Entry::getValue)
                .sum();
    }
}
