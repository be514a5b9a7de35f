package jp.member.requests.rules;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * Which sections the reply to a request contains. A refusal gets the covering letter only (with the reason); a
 * partial disclosure leaves out the sections the officer withheld, and says so in the letter.
 */
public final class PackageContents {

    private PackageContents() {}

    /** The data sections a request of {@code kind} discloses in full. */
    public static Set<PackageSection> dataSections(RequestKind kind) {
        return switch (kind) {
            case DISCLOSURE ->
                EnumSet.of(
                        PackageSection.PERSONAL_FIELDS,
                        PackageSection.CONSENTS,
                        PackageSection.POINT_BALANCE,
                        PackageSection.POINT_LOTS,
                        PackageSection.POINT_HISTORY,
                        PackageSection.RANK_HISTORY,
                        PackageSection.PROVISION_RECORDS,
                        PackageSection.INQUIRIES);
            case PROVISION_RECORDS -> EnumSet.of(PackageSection.PROVISION_RECORDS);
            default -> EnumSet.noneOf(PackageSection.class);
        };
    }

    /** The sections of the reply, in print order. */
    public static Set<PackageSection> sections(RequestKind kind, Decision decision, Set<PackageSection> withheld) {
        EnumSet<PackageSection> sections = EnumSet.of(PackageSection.COVERING_LETTER);
        if (decision == Decision.REFUSED) {
            return Collections.unmodifiableSet(sections);
        }
        switch (kind) {
            case PURPOSE_NOTICE -> sections.add(PackageSection.PURPOSES);
            case DISCLOSURE, PROVISION_RECORDS -> {
                sections.addAll(dataSections(kind));
                if (decision == Decision.PARTLY && withheld != null) {
                    sections.removeAll(withheld);
                }
            }
            case CORRECTION -> sections.add(PackageSection.CORRECTED_FIELDS);
            case STOP_USE, STOP_PROVISION -> sections.add(PackageSection.STOP_MEASURES);
            case ERASURE ->
                sections.add(
                        decision == Decision.ACCEPTED
                                ? PackageSection.ERASURE_AND_RETENTION
                                : PackageSection.STOP_MEASURES);
        }
        return Collections.unmodifiableSet(sections);
    }

    /** Whether any section reads the member's personal fields (and so needs each read recorded). */
    public static boolean readsPersonalData(Set<PackageSection> sections) {
        return sections.stream().anyMatch(PackageSection::memberData);
    }
}
