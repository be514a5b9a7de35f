package jp.member.shared;

import jakarta.persistence.AttributeConverter;
import java.util.Objects;
import java.util.function.Function;

/**
 * A value type (points, yen, a member number, a rank) in the plain column it had before the type existed: its one
 * component written as it is, read back through the type's factory, so a value the type refuses is refused on the way
 * in from the database too. Null stays null both ways. A converter of a feature's value is a one-line subclass in
 * that feature's {@code entity} package, applied field by field with {@code @Convert}.
 *
 * <p>EclipseLink passes a literal compared with a converted field through the converter as well, so a query compares
 * such a field with a parameter of the value type ({@code l.remainingPoints > :none}), never with a literal.
 *
 * @param <V> the value type
 * @param <C> what the column holds
 */
public abstract class ValueConverter<V, C> implements AttributeConverter<V, C> {

    private final Function<V, C> toColumn;
    private final Function<C, V> toValue;

    /**
     * @param toColumn the value's component as the column holds it
     * @param toValue the type's factory; it may refuse what the column holds
     */
    protected ValueConverter(Function<V, C> toColumn, Function<C, V> toValue) {
        this.toColumn = Objects.requireNonNull(toColumn, "toColumn");
        this.toValue = Objects.requireNonNull(toValue, "toValue");
    }

    @Override
    public C convertToDatabaseColumn(V value) {
        return value == null ? null : toColumn.apply(value);
    }

    @Override
    public V convertToEntityAttribute(C column) {
        return column == null ? null : toValue.apply(column);
    }
}
