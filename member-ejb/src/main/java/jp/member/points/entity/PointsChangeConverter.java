package jp.member.points.entity;

import jakarta.persistence.Converter;
import jp.member.points.rules.PointsChange;
import jp.member.shared.ValueConverter;

/** A signed {@link PointsChange} (a ledger entry, a lot movement, an adjustment) in its {@code BIGINT} column. */
@Converter
public class PointsChangeConverter extends ValueConverter<PointsChange, Long> {

    public PointsChangeConverter() {
        super(PointsChange::value, PointsChange::of);
    }
}
