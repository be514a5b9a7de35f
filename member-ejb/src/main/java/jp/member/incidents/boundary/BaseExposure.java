package jp.member.incidents.boundary;

import java.io.Serializable;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import jp.member.incidents.control.AffectedMembers;
import jp.member.members.entity.PersonalField;

/**
 * The JNSA model's expected damages if the whole member base leaked: members, yen per member, yen in all. An estimate
 * of compensation (慰謝料) by the model only.
 */
public record BaseExposure(long members, long perMember, long total) implements Serializable {

    /** What every member's record holds: each personal field, the card number and the points history. */
    public static final Set<String> ITEMS = Stream.concat(
                    Stream.of(PersonalField.values()).map(PersonalField::column),
                    Stream.of(AffectedMembers.MEMBER_NUMBER, "points_history"))
            .collect(Collectors.toCollection(LinkedHashSet::new));
}
