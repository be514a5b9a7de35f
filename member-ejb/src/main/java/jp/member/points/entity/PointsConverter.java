package jp.member.points.entity;

import jakarta.persistence.Converter;
import jp.member.points.rules.Points;
import jp.member.shared.ValueConverter;

/** A count of {@link Points} (a balance, what a lot holds) in its {@code BIGINT} column; a negative one is refused. */
@Converter
public class PointsConverter extends ValueConverter<Points, Long> {

    public PointsConverter() {
        super(Points::value, Points::of);
    }
}
