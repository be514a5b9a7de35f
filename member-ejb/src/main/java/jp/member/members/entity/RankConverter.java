package jp.member.members.entity;

import jakarta.persistence.Converter;
import jp.member.members.rules.Rank;
import jp.member.shared.ValueConverter;

/** A {@link Rank} in its {@code VARCHAR(16)} column as the rank code, one the programme no longer has included. */
@Converter
public class RankConverter extends ValueConverter<Rank, String> {

    public RankConverter() {
        super(Rank::code, Rank::of);
    }
}
