package jp.member.shared;

import java.util.regex.Pattern;

/**
 * Writes CSV that is safe to open in a spreadsheet: RFC 4180 quoting (a cell with a comma, quote, CR or LF is
 * quoted, inner quotes doubled), and formula injection neutralised — a cell that starts with {@code = + - @}, a tab
 * or a CR, or with the full-width {@code ＝ ＋ － ＠} that Japanese Excel also reads as a formula, gets a leading
 * apostrophe, so Excel shows it as text instead of running it. Plain numbers (also negative ones) stay numbers.
 */
public final class CsvCells {

    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    private CsvCells() {}

    /** One record, cells separated by commas, without the line end. Null is an empty cell. */
    public static String line(String... cells) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(cell(cells[i]));
        }
        return out.toString();
    }

    public static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String safe = isFormula(value) ? "'" + value : value;
        boolean quote =
                safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\r') >= 0 || safe.indexOf('\n') >= 0;
        return quote ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
    }

    private static boolean isFormula(String value) {
        char first = value.charAt(0);
        boolean risky = "=+-@\t\r\0＝＋－＠".indexOf(first) >= 0;
        return risky && !NUMBER.matcher(value).matches();
    }
}
