package jp.member.members.control;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads RFC 4180 CSV: comma-separated, fields optionally in double quotes (quotes doubled inside), CRLF or LF line
 * ends, line breaks allowed inside quoted fields. Tracks the line each record starts on, for the import report.
 */
public final class CsvReader {

    private final Reader in;
    private int pending = -2;
    private long line = 1;
    private long recordLine;

    public CsvReader(Reader in) {
        this.in = in;
    }

    /** The next record, or null at the end of input. */
    public List<String> next() throws IOException {
        int c = read();
        if (c == -1) {
            return null;
        }
        recordLine = line;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        while (true) {
            if (quoted) {
                if (c == -1) {
                    throw new IOException("unterminated quoted field starting on line " + recordLine);
                }
                if (c == '"') {
                    int after = read();
                    if (after == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        c = after;
                        continue;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append((char) c);
                }
            } else if (c == '"' && field.length() == 0 && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                wasQuoted = false;
            } else if (c == '\r' || c == '\n' || c == -1) {
                if (c == '\r') {
                    int after = read();
                    if (after != '\n') {
                        pending = after;
                    }
                }
                if (c != -1) {
                    line++;
                }
                fields.add(field.toString());
                return fields;
            } else {
                field.append((char) c);
            }
            c = read();
        }
    }

    /** The line on which the record last returned by {@link #next()} started. */
    public long recordLine() {
        return recordLine;
    }

    private int read() throws IOException {
        if (pending != -2) {
            int c = pending;
            pending = -2;
            return c;
        }
        return in.read();
    }
}
