package jp.member.points.entity;

import jakarta.persistence.Converter;
import jp.member.points.rules.Yen;
import jp.member.shared.ValueConverter;

/** An amount of {@link Yen} in its {@code BIGINT} column of whole yen. */
@Converter
public class YenConverter extends ValueConverter<Yen, Long> {

    public YenConverter() {
        super(Yen::value, Yen::of);
    }
}
