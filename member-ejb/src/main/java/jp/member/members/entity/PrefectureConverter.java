package jp.member.members.entity;

import jakarta.persistence.Converter;
import jp.member.members.validation.Prefecture;
import jp.member.shared.ValueConverter;

/** A {@link Prefecture} in its {@code CHAR(2)} column as the JIS X 0401 code; any other column value is refused. */
@Converter
public class PrefectureConverter extends ValueConverter<Prefecture, String> {

    public PrefectureConverter() {
        super(Prefecture::code, code -> Prefecture.of(code)
                .filter(p -> p.code().equals(code))
                .orElseThrow(() -> new IllegalArgumentException("not a prefecture code")));
    }
}
