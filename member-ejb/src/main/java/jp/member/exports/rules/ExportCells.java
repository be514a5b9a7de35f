package jp.member.exports.rules;

import java.time.LocalDate;
import java.util.List;
import jp.member.members.validation.Masking;
import jp.member.members.validation.Prefecture;
import jp.member.shared.CsvCells;

/**
 * A column's value as the file shows it (a prefecture by its Japanese name, dates ISO, consents as 1/0) and as the
 * preview shows it: personal values masked the way the call centre sees them, never whole.
 */
public final class ExportCells {

    private static final String HIDDEN = "****";

    private ExportCells() {}

    /** The file's first line: the column keys, or their Japanese names. */
    public static String header(List<ExportColumn> columns, boolean japanese) {
        return CsvCells.line(columns.stream()
                        .map(japanese ? ExportColumn::japanese : ExportColumn::key)
                        .toArray(String[]::new))
                + "\r\n";
    }

    /** One formula-safe CSV record with its CRLF. */
    public static String line(String[] cells) {
        return CsvCells.line(cells) + "\r\n";
    }

    /** The stored text of a column (sealed fields opened) as the file shows it. */
    public static String shown(ExportColumn column, String stored) {
        if (stored == null) {
            return null;
        }
        return column == ExportColumn.PREFECTURE
                ? Prefecture.of(stored).map(Prefecture::japanese).orElse(stored)
                : stored;
    }

    /** The value for the preview: non-personal columns as they are, personal ones masked. */
    public static String masked(ExportColumn column, String stored) {
        if (stored == null || !column.isPersonal()) {
            return shown(column, stored);
        }
        return switch (column) {
            case MEMBER_NUMBER -> HIDDEN + stored.substring(Math.max(0, stored.length() - 4));
            case NAME_KANJI, NAME_KANA -> Masking.name(stored);
            case BIRTH_DATE -> Masking.birthDate(LocalDate.parse(stored));
            case POSTAL_CODE -> Masking.postalCode(stored);
            case PREFECTURE, CITY -> shown(column, stored);
            case PHONE -> Masking.phone(stored);
            case EMAIL -> Masking.email(stored);
            default -> HIDDEN;
        };
    }
}
