package jp.member.members.control;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads RFC 4180 CSV with Apache Commons CSV (decision 0009): comma-separated, fields optionally in double quotes
 * (quotes doubled inside), CRLF or LF line ends, line breaks allowed inside quoted fields; text after a closing quote
 * belongs to the field, as it always did here. Tracks the line each record starts on, for the import report. A
 * malformed file fails with an {@link IOException} naming that line and nothing of its content.
 */
public final class CsvReader {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180
            .builder()
            .setIgnoreEmptyLines(false)
            .setTrailingData(true)
            .get();

    private final Reader in;
    private CSVParser parser;
    private Iterator<CSVRecord> records;
    private long recordLine;

    public CsvReader(Reader in) {
        this.in = in;
    }

    /** The next record, or null at the end of input. */
    public List<String> next() throws IOException {
        if (parser == null) {
            parser = CSVParser.builder().setReader(in).setFormat(FORMAT).get();
            records = parser.iterator();
        }
        long starts = parser.getCurrentLineNumber() + 1;
        try {
            if (!records.hasNext()) {
                return null;
            }
            recordLine = starts;
            return records.next().toList();
        } catch (UncheckedIOException e) {
            // the parser's message may quote the file; ours names the line only
            throw new IOException(
                    "malformed CSV (e.g. an unterminated quoted field) in the record starting on line " + starts);
        }
    }

    /** The line on which the record last returned by {@link #next()} started. */
    public long recordLine() {
        return recordLine;
    }
}
