package jp.member.monitoring.rules;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Evaluates one rule over one actor's recent entries (oldest first): a staff account's or an API client's. Each rule counts within its own window
 * ending at {@code now}; the evidence is the entries counted.
 */
public final class Detector {

    private Detector() {}

    /**
     * @param events the actor's entries, oldest first, covering at least the rule's window
     * @param knownAddresses addresses of the account's successful sign-ins before the window (for NEW_ADDRESS)
     */
    public static Optional<Hit> evaluate(
            RuleSettings rule, List<AccessEvent> events, Collection<String> knownAddresses, Instant now, ZoneId zone) {
        if (!rule.enabled()) {
            return Optional.empty();
        }
        Instant from = now.minusSeconds(60L * rule.windowMinutes());
        List<AccessEvent> window = events.stream()
                .filter(e -> !e.at().isBefore(from) && !e.at().isAfter(now))
                .toList();
        return switch (rule.code()) {
            case MEMBERS_PER_HOUR, MEMBERS_PER_DAY, CLIENT_MEMBERS_PER_HOUR, CLIENT_MEMBERS_PER_DAY ->
                distinctMembers(rule, window);
            case OUTSIDE_HOURS -> outsideHours(rule, window, zone);
            case ENUMERATION -> enumeration(rule, window);
            case REVEALS_WITHOUT_INQUIRY -> revealsWithoutInquiry(rule, window);
            case NEW_ADDRESS -> newAddress(rule, window, knownAddresses);
            case CLIENT_ENUMERATION -> missedLookups(rule, window);
        };
    }

    private static Optional<Hit> distinctMembers(RuleSettings rule, List<AccessEvent> window) {
        Set<Long> members = new HashSet<>();
        List<Long> evidence = new ArrayList<>();
        for (AccessEvent e : window) {
            if (e.isRead() && e.memberId() != null && members.add(e.memberId())) {
                evidence.add(e.entryId());
            }
        }
        return members.size() > rule.threshold()
                ? Optional.of(new Hit(rule.code(), members.size(), evidence))
                : Optional.empty();
    }

    private static Optional<Hit> outsideHours(RuleSettings rule, List<AccessEvent> window, ZoneId zone) {
        List<Long> evidence = window.stream()
                .filter(AccessEvent::isRead)
                .filter(e -> {
                    LocalTime t = LocalTime.ofInstant(e.at(), zone);
                    return t.getHour() < rule.startHour() || t.getHour() >= rule.endHour();
                })
                .map(AccessEvent::entryId)
                .toList();
        return evidence.size() > rule.threshold()
                ? Optional.of(new Hit(rule.code(), evidence.size(), evidence))
                : Optional.empty();
    }

    /** Searches in the window minus the members opened (VIEW) in it: what was looked for and never followed up. */
    private static Optional<Hit> enumeration(RuleSettings rule, List<AccessEvent> window) {
        List<Long> searches = window.stream()
                .filter(e -> AccessEvent.SEARCH.equals(e.type()))
                .map(AccessEvent::entryId)
                .toList();
        long views = window.stream()
                .filter(e -> e.isRead() && "VIEW".equals(e.purpose()))
                .map(AccessEvent::memberId)
                .distinct()
                .count();
        long unfollowed = searches.size() - views;
        return unfollowed > rule.threshold()
                ? Optional.of(new Hit(rule.code(), unfollowed, searches))
                : Optional.empty();
    }

    /** Member numbers asked for that named nobody, and enrolments refused as duplicates (both probe the members). */
    private static Optional<Hit> missedLookups(RuleSettings rule, List<AccessEvent> window) {
        List<Long> evidence = window.stream()
                .filter(AccessEvent::isProbe)
                .map(AccessEvent::entryId)
                .toList();
        return evidence.size() > rule.threshold()
                ? Optional.of(new Hit(rule.code(), evidence.size(), evidence))
                : Optional.empty();
    }

    private static Optional<Hit> revealsWithoutInquiry(RuleSettings rule, List<AccessEvent> window) {
        List<Long> evidence = window.stream()
                .filter(e -> e.isRead() && "REVEAL".equals(e.purpose()))
                .filter(e -> e.inquiryNumber() == null || e.inquiryNumber().isBlank())
                .map(AccessEvent::entryId)
                .toList();
        return evidence.size() > rule.threshold()
                ? Optional.of(new Hit(rule.code(), evidence.size(), evidence))
                : Optional.empty();
    }

    /** Only for an account with a history: its first sign-in ever is not news. */
    private static Optional<Hit> newAddress(RuleSettings rule, List<AccessEvent> window, Collection<String> known) {
        Set<String> seen = new HashSet<>(known);
        List<Long> evidence = new ArrayList<>();
        for (AccessEvent e : window) {
            if (!AccessEvent.SIGN_IN.equals(e.type())) {
                continue;
            }
            if (!seen.isEmpty() && !seen.contains(e.clientAddress())) {
                evidence.add(e.entryId());
            }
            seen.add(e.clientAddress());
        }
        return evidence.size() > rule.threshold()
                ? Optional.of(new Hit(rule.code(), evidence.size(), evidence))
                : Optional.empty();
    }
}
