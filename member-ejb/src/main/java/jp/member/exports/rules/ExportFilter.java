package jp.member.exports.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import jp.member.members.entity.ConsentChannel;
import jp.member.members.entity.MemberStatus;
import jp.member.members.rules.Rank;
import jp.member.members.validation.Prefecture;
import jp.member.shared.Violation;

/**
 * Which members an export contains: status (only findable members: a withdrawn member's data is no longer used),
 * ranks, enrolment period (both days included), prefectures of the address, and consent to a channel. Empty sets
 * and null dates do not restrict. Stored with the request in a compact text form ({@link #spec()}).
 *
 * @param consent members who have not consented to this channel are left out (and counted); required for marketing
 * @param memberList only the members of this fixed list (an incident's members to notify), or null
 */
public record ExportFilter(
        Set<MemberStatus> statuses,
        Set<String> ranks,
        LocalDate enrolledFrom,
        LocalDate enrolledTo,
        Set<Prefecture> prefectures,
        ConsentChannel consent,
        Long memberList)
        implements java.io.Serializable {

    public static final int MAX_RANKS = 20;

    /**
     * The members a notice after a leak goes to: all who still have personal data. A withdrawn member's data is no
     * longer used for anything else, but it may have leaked, and the duty to notify does not end with withdrawal.
     */
    public static final Set<MemberStatus> NOTICE_STATUSES =
            Set.copyOf(EnumSet.of(MemberStatus.ACTIVE, MemberStatus.SUSPENDED, MemberStatus.WITHDRAWN));

    public ExportFilter {
        statuses = statuses == null || statuses.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(statuses));
        ranks = ranks == null ? Set.of() : Set.copyOf(new TreeSet<>(ranks));
        prefectures = prefectures == null || prefectures.isEmpty() ? Set.of() : Set.copyOf(prefectures);
    }

    public ExportFilter(
            Set<MemberStatus> statuses,
            Set<String> ranks,
            LocalDate enrolledFrom,
            LocalDate enrolledTo,
            Set<Prefecture> prefectures,
            ConsentChannel consent) {
        this(statuses, ranks, enrolledFrom, enrolledTo, prefectures, consent, null);
    }

    /** Active members, nothing else restricted. */
    public static ExportFilter activeMembers() {
        return new ExportFilter(EnumSet.of(MemberStatus.ACTIVE), Set.of(), null, null, Set.of(), null);
    }

    public ExportFilter withConsent(ConsentChannel channel) {
        return new ExportFilter(statuses, ranks, enrolledFrom, enrolledTo, prefectures, channel, memberList);
    }

    /** The same filter with other statuses. */
    public ExportFilter withStatuses(Set<MemberStatus> chosen) {
        return new ExportFilter(chosen, ranks, enrolledFrom, enrolledTo, prefectures, consent, memberList);
    }

    /** The same filter, limited to the members of a fixed list. */
    public ExportFilter withMemberList(Long list) {
        return new ExportFilter(statuses, ranks, enrolledFrom, enrolledTo, prefectures, consent, list);
    }

    /** The same filter without the consent condition: the members the consent rule then leaves out are counted. */
    public ExportFilter withoutConsent() {
        return withConsent(null);
    }

    public List<Violation> violations() {
        List<Violation> violations = new ArrayList<>();
        boolean notice = memberList != null;
        if (statuses.isEmpty()
                || statuses.stream().anyMatch(s -> !(s.isFindable() || (notice && NOTICE_STATUSES.contains(s))))) {
            violations.add(new Violation("statuses", "export.filter.status"));
        }
        if (enrolledFrom != null && enrolledTo != null && enrolledFrom.isAfter(enrolledTo)) {
            violations.add(new Violation("enrolledTo", "export.filter.period"));
        }
        if (ranks.size() > MAX_RANKS || ranks.stream().anyMatch(r -> !Rank.isCode(r))) {
            violations.add(new Violation("ranks", "export.filter.rank"));
        }
        return violations;
    }

    /** e.g. {@code status=ACTIVE,SUSPENDED;rank=GOLD;from=2024-01-01;to=;prefecture=13,14;consent=EMAIL}. */
    public String spec() {
        return "status=" + join(statuses.stream().sorted().map(Enum::name).toList())
                + ";rank=" + join(ranks.stream().sorted().toList())
                + ";from=" + (enrolledFrom == null ? "" : enrolledFrom)
                + ";to=" + (enrolledTo == null ? "" : enrolledTo)
                + ";prefecture="
                + join(prefectures.stream().map(Prefecture::code).sorted().toList())
                + ";consent=" + (consent == null ? "" : consent.name())
                + (memberList == null ? "" : ";list=" + memberList);
    }

    public static ExportFilter parse(String spec) {
        Set<MemberStatus> statuses = EnumSet.noneOf(MemberStatus.class);
        Set<String> ranks = new LinkedHashSet<>();
        LocalDate from = null;
        LocalDate to = null;
        Set<Prefecture> prefectures = new LinkedHashSet<>();
        ConsentChannel consent = null;
        Long list = null;
        for (String part : spec.split(";")) {
            int eq = part.indexOf('=');
            String name = part.substring(0, eq);
            String value = part.substring(eq + 1);
            if (value.isEmpty()) {
                continue;
            }
            switch (name) {
                case "status" -> items(value).forEach(s -> statuses.add(MemberStatus.valueOf(s)));
                case "rank" -> ranks.addAll(items(value));
                case "from" -> from = LocalDate.parse(value);
                case "to" -> to = LocalDate.parse(value);
                case "prefecture" ->
                    items(value).forEach(p -> prefectures.add(Prefecture.of(p).orElseThrow()));
                case "consent" -> consent = ConsentChannel.valueOf(value);
                case "list" -> list = Long.valueOf(value);
                default -> throw new IllegalArgumentException("unknown filter part " + name);
            }
        }
        return new ExportFilter(statuses, ranks, from, to, prefectures, consent, list);
    }

    private static String join(Collection<String> values) {
        return values.stream().collect(Collectors.joining(","));
    }

    private static List<String> items(String value) {
        return Arrays.asList(value.split(","));
    }
}
