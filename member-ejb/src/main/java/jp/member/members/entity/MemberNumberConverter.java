package jp.member.members.entity;

import jakarta.persistence.Converter;
import jp.member.members.validation.MemberNumber;
import jp.member.shared.ValueConverter;

/**
 * A {@link MemberNumber} in its {@code CHAR(12)} column as the 12 digits. A column value that is no valid member
 * number is refused: the application only stores numbers it generated with their check digit.
 */
@Converter
public class MemberNumberConverter extends ValueConverter<MemberNumber, String> {

    public MemberNumberConverter() {
        super(MemberNumber::digits, MemberNumber::of);
    }
}
