package jp.member.demo;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.List;
import jp.member.members.control.MemberCsvImporter;

/**
 * The CSV format of the member bulk import, written for synthetic members: RFC 4180 (comma, CRLF after every line,
 * a field in double quotes when it holds a comma, quote, CR or LF, inner quotes doubled), one header line, dates as
 * yyyy-MM-dd, booleans as 1/0 and a missing value as an empty field. The encoding is the writer's: the import expects
 * UTF-8 without byte-order mark.
 */
public final class MemberCsv {

    /** The import's own column list: what this writes is exactly what the import reads. */
    public static final List<String> HEADER = MemberCsvImporter.HEADER;

    private static final String LINE_END = "\r\n";

    private MemberCsv() {}

    /**
     * Writes the header and the next {@code count} members of the generator. Neither flushes nor closes the writer,
     * which stays the caller's; give it a buffered UTF-8 writer for a million rows.
     */
    public static void write(Writer out, SyntheticMembers generator, long count) throws IOException {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative: " + count);
        }
        out.write(String.join(",", HEADER));
        out.write(LINE_END);
        for (long i = 0; i < count; i++) {
            out.write(row(generator.next()));
            out.write(LINE_END);
        }
    }

    /** One data line in {@link #HEADER} order, without the line end. */
    public static String row(SyntheticMember m) {
        StringBuilder line = new StringBuilder(256);
        field(line, m.nameKanji());
        field(line, m.nameKana());
        field(line, date(m.birthDate()));
        field(line, m.gender());
        field(line, m.postalCode());
        field(line, m.prefectureCode());
        field(line, m.city());
        field(line, m.street());
        field(line, m.building());
        field(line, m.phone());
        field(line, m.email());
        field(line, date(m.enrolledOn()));
        field(line, m.channel());
        field(line, m.storeCode());
        field(line, flag(m.consentPost()));
        field(line, flag(m.consentEmail()));
        field(line, flag(m.consentPhone()));
        field(line, flag(m.consentSms()));
        return line.substring(1);
    }

    /** Appends a separator and the value, quoted only when RFC 4180 requires it. */
    private static void field(StringBuilder line, String value) {
        line.append(',');
        if (value == null) {
            return;
        }
        if (!needsQuotes(value)) {
            line.append(value);
            return;
        }
        line.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"') {
                line.append('"');
            }
            line.append(c);
        }
        line.append('"');
    }

    private static boolean needsQuotes(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == ',' || c == '"' || c == '\r' || c == '\n') {
                return true;
            }
        }
        return false;
    }

    private static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static String flag(boolean value) {
        return value ? "1" : "0";
    }
}
