package jp.member.incidents.rules;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import jp.member.shared.Violation;

/**
 * How the officer describes an incident's scope, from which the affected members are computed: staff accounts in a
 * period; API clients in a period; one export; every access of some kinds in a period; or a list of member numbers
 * (e.g. found in a leaked file) with the items the list held. Its description ({@link #describe()}) is stored with
 * each computation; it never contains a member number (only how many were given).
 */
public record ScopeSpec(
        Kind kind,
        List<String> actors,
        Instant from,
        Instant to,
        String exportRef,
        Set<Access> accesses,
        List<String> memberNumbers,
        Set<String> items) {

    /** What the scope is described by. */
    public enum Kind {
        STAFF,
        API_CLIENT,
        EXPORT,
        PERIOD,
        MEMBER_LIST
    }

    /** A kind of access the trail records. */
    public enum Access {
        /** Shown masked in search results. */
        SEARCH,
        /** A member's page opened (masked). */
        VIEW,
        /** A field shown in full. */
        REVEAL,
        /** Read by a machine client. */
        API_READ,
        /** An export file downloaded. */
        EXPORT_DOWNLOAD
    }

    /** The most actors in one scope, and the most member numbers in an uploaded list. */
    public static final int MAX_ACTORS = 50;

    public static final int MAX_MEMBER_NUMBERS = 1_000_000;

    public ScopeSpec {
        actors = actors == null
                ? List.of()
                : List.copyOf(new TreeSet<>(actors.stream()
                        .map(String::strip)
                        .filter(a -> !a.isEmpty())
                        .toList()));
        accesses = accesses == null || accesses.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(accesses));
        memberNumbers = memberNumbers == null ? List.of() : List.copyOf(memberNumbers);
        items = items == null ? Set.of() : Set.copyOf(new TreeSet<>(items));
        exportRef = exportRef == null || exportRef.isBlank() ? null : exportRef.strip();
    }

    public static ScopeSpec staff(List<String> usernames, Instant from, Instant to) {
        return new ScopeSpec(Kind.STAFF, usernames, from, to, null, null, null, null);
    }

    public static ScopeSpec apiClient(List<String> clientIds, Instant from, Instant to) {
        return new ScopeSpec(Kind.API_CLIENT, clientIds, from, to, null, null, null, null);
    }

    public static ScopeSpec export(String ref) {
        return new ScopeSpec(Kind.EXPORT, null, null, null, ref, null, null, null);
    }

    public static ScopeSpec period(Instant from, Instant to, Set<Access> accesses) {
        return new ScopeSpec(Kind.PERIOD, null, from, to, null, accesses, null, null);
    }

    public static ScopeSpec memberList(List<String> numbers, Set<String> items) {
        return new ScopeSpec(Kind.MEMBER_LIST, null, null, null, null, null, numbers, items);
    }

    /** What is missing or wrong, as message keys per field; empty when the scope can be computed. */
    public List<Violation> violations() {
        List<Violation> violations = new ArrayList<>();
        if (kind == null) {
            violations.add(new Violation("kind", "incident.scope.kindRequired"));
            return violations;
        }
        boolean needsPeriod = kind == Kind.STAFF || kind == Kind.API_CLIENT || kind == Kind.PERIOD;
        if (needsPeriod && (from == null || to == null || !from.isBefore(to))) {
            violations.add(new Violation("to", "incident.scope.period"));
        }
        if ((kind == Kind.STAFF || kind == Kind.API_CLIENT) && (actors.isEmpty() || actors.size() > MAX_ACTORS)) {
            violations.add(new Violation("actors", "incident.scope.actorsRequired"));
        }
        if (kind == Kind.EXPORT && exportRef == null) {
            violations.add(new Violation("exportRef", "incident.scope.exportRequired"));
        }
        if (kind == Kind.PERIOD && accesses.isEmpty()) {
            violations.add(new Violation("accesses", "incident.scope.accessRequired"));
        }
        if (kind == Kind.MEMBER_LIST) {
            if (memberNumbers.isEmpty() || memberNumbers.size() > MAX_MEMBER_NUMBERS) {
                violations.add(new Violation("memberNumbers", "incident.scope.numbersRequired"));
            }
            if (items.isEmpty()) {
                violations.add(new Violation("items", "incident.scope.itemsRequired"));
            }
        }
        return violations;
    }

    /** A description to keep with the computation, e.g. {@code STAFF actors=agent1,agent2 from=… to=…}. */
    public String describe() {
        StringBuilder d = new StringBuilder(kind.name());
        if (!actors.isEmpty()) {
            d.append(" actors=").append(String.join(",", actors));
        }
        if (from != null) {
            d.append(" from=").append(from);
        }
        if (to != null) {
            d.append(" to=").append(to);
        }
        if (exportRef != null) {
            d.append(" export=").append(exportRef);
        }
        if (!accesses.isEmpty()) {
            d.append(" accesses=")
                    .append(accesses.stream().map(Enum::name).sorted().collect(Collectors.joining(",")));
        }
        if (!memberNumbers.isEmpty()) {
            d.append(" numbers=").append(memberNumbers.size());
        }
        if (!items.isEmpty()) {
            d.append(" items=").append(String.join(",", items));
        }
        return d.toString();
    }
}
