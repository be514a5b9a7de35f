package jp.member.members.control;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import jp.member.members.entity.PostalArea;
import jp.member.members.validation.Limits;
import jp.member.members.validation.Prefecture;
import jp.member.shared.BusinessException;

/**
 * Japan Post's postal-code file (郵便番号データ, the complete file {@code KEN_ALL.CSV}) read into postal areas: 15
 * columns per row (全国地方公共団体コード, 旧郵便番号, 郵便番号, the readings of prefecture, city and town in half-width
 * katakana, 都道府県名, 市区町村名, 町域名, and six flags), in Shift_JIS as Japan Post publishes it, read as Windows-31J
 * (its superset, which Excel writes too). The upload may also be Japan Post's ZIP with the CSV inside. Plain Java, no
 * container: {@code KenAllFileTest} covers every quirk.
 *
 * <p>The file's quirks: a town name too long for one row goes on over the next rows of the same code (the first
 * opens a full-width parenthesis that a later one closes) and is joined, the reading too (where the rows repeat the
 * reading, once); the town names that are no towns and the remarks in parentheses are dealt with by {@link
 * TownNames}; a code may stand for several towns, each a row. Rows the same after that are kept once.
 *
 * <p>A file that is not this format is refused as a whole ({@link BusinessException}: nothing is imported): not
 * Shift_JIS, a first row not shaped like the file's, broken CSV, larger than {@value #MAX_BYTES} bytes, or without
 * a single usable row. A bad row among good ones is refused with its line and reason — never its text — and the
 * others are kept.
 */
public final class KenAllFile {

    /** About twice the complete file (12 to 17 MB, some 124,000 rows). */
    public static final int MAX_BYTES = 32 * 1024 * 1024;

    /** At most this many refused rows are listed; the count is always complete. */
    public static final int MAX_LISTED = 1000;

    static final Charset CHARSET = Charset.forName("windows-31j");
    static final int COLUMNS = 15;

    private static final int LOCAL_CODE = 0;
    private static final int POSTAL_CODE = 2;
    private static final int CITY_KANA = 4;
    private static final int TOWN_KANA = 5;
    private static final int PREFECTURE = 6;
    private static final int CITY = 7;
    private static final int TOWN = 8;
    private static final int UPDATE = 13;
    /** 更新の表示 2: the row was abolished (only the file of deletions has such rows). */
    private static final String ABOLISHED = "2";

    private static final Pattern LOCAL_CODE_DIGITS = Pattern.compile("[0-9]{5}");
    private static final Pattern POSTAL_CODE_DIGITS = Pattern.compile("[0-9]{7}");
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    private static final int ENCODING_SAMPLE = 64 * 1024;

    private KenAllFile() {}

    /** A row not imported: the line it starts on and why, as a message key. */
    public record Refusal(long line, String messageKey) {}

    /**
     * What a file holds.
     *
     * @param areas the areas, in the file's order
     * @param rowsRead the file's rows (a town joined from three rows counts three)
     * @param rowsRefused rows not imported (every row of a refused town)
     * @param refusals the first {@value #MAX_LISTED} refusals
     */
    public record Contents(List<PostalArea> areas, long rowsRead, long rowsRefused, List<Refusal> refusals) {

        /** How many different postal codes the areas have. */
        public int postalCodes() {
            return (int)
                    areas.stream().map(PostalArea::getPostalCode).distinct().count();
        }
    }

    /**
     * Reads an upload (the CSV, or Japan Post's ZIP around it).
     *
     * @throws BusinessException when the file is not Japan Post's postal-code file or has no usable row
     */
    public static Contents read(InputStream upload) {
        if (upload == null) {
            throw new BusinessException("postal.file.missing");
        }
        byte[] bytes;
        try {
            bytes = capped(upload);
        } catch (IOException e) {
            throw new BusinessException("postal.file.unreadable");
        }
        if (startsWith(bytes, ZIP_MAGIC)) {
            try {
                bytes = unzipped(bytes);
            } catch (IOException e) {
                throw new BusinessException("postal.file.zip");
            }
        }
        if (bytes.length == 0) {
            throw new BusinessException("postal.file.missing");
        }
        return parse(decoded(bytes));
    }

    private static byte[] capped(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw new BusinessException("postal.file.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        return bytes;
    }

    /** The first CSV file in the ZIP. */
    private static byte[] unzipped(byte[] zip) throws IOException {
        try (ZipInputStream entries = new ZipInputStream(new ByteArrayInputStream(zip), CHARSET)) {
            for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                if (!entry.isDirectory()
                        && entry.getName().toLowerCase(Locale.ROOT).endsWith(".csv")) {
                    return capped(entries);
                }
            }
        }
        throw new BusinessException("postal.file.zip");
    }

    /**
     * The text of a Shift_JIS file. A UTF-8 file (a converted copy, a BOM) could decode as Shift_JIS nonsense without
     * an error, so it is recognised first: Japanese in Shift_JIS is never valid UTF-8.
     */
    private static String decoded(byte[] bytes) {
        if (isUtf8(bytes)) {
            throw new BusinessException("postal.file.encoding");
        }
        try {
            return CHARSET.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new BusinessException("postal.file.encoding");
        }
    }

    /** Whether the file starts with a BOM, or its beginning has non-ASCII text that is valid UTF-8. */
    private static boolean isUtf8(byte[] bytes) {
        if (startsWith(bytes, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF})) {
            return true;
        }
        int sample = Math.min(bytes.length, ENCODING_SAMPLE);
        boolean nonAscii = false;
        for (int i = 0; i < sample && !nonAscii; i++) {
            nonAscii = bytes[i] < 0;
        }
        if (!nonAscii) {
            return false;
        }
        CharsetDecoder utf8 = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        // not the end of input: a character cut at the sample's end is no error
        CoderResult result = utf8.decode(ByteBuffer.wrap(bytes, 0, sample), CharBuffer.allocate(sample), false);
        return !result.isError();
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static Contents parse(String text) {
        CsvReader csv = new CsvReader(new StringReader(text));
        Rows rows = new Rows();
        try {
            List<String> record = nextRow(csv);
            if (record == null) {
                throw new BusinessException("postal.file.missing");
            }
            if (shapeProblem(record) != null || prefecture(record).isEmpty()) {
                throw new BusinessException("postal.file.format");
            }
            Town pending = null;
            for (; record != null; record = nextRow(csv)) {
                long line = csv.recordLine();
                rows.read++;
                if (pending != null) {
                    if (pending.continuedBy(record)) {
                        pending.add(record);
                        if (!TownNames.continues(pending.name)) {
                            rows.add(pending);
                            pending = null;
                        }
                        continue;
                    }
                    rows.refuse(pending.line, "postal.row.unclosed", pending.rows);
                    pending = null;
                }
                String problem = shapeProblem(record);
                if (problem != null) {
                    rows.refuse(line, problem, 1);
                } else if (TownNames.continues(record.get(TOWN))) {
                    pending = new Town(line, record);
                } else {
                    rows.add(new Town(line, record));
                }
            }
            if (pending != null) {
                rows.refuse(pending.line, "postal.row.unclosed", pending.rows);
            }
        } catch (IOException e) {
            throw new BusinessException("postal.file.malformed", csv.recordLine() + 1);
        }
        if (rows.areas.isEmpty()) {
            throw new BusinessException("postal.file.noAreas");
        }
        return new Contents(List.copyOf(rows.areas), rows.read, rows.refused, List.copyOf(rows.refusals));
    }

    /** The next record that is not an empty line. */
    private static List<String> nextRow(CsvReader csv) throws IOException {
        List<String> record = csv.next();
        while (record != null && record.size() == 1 && record.get(0).isBlank()) {
            record = csv.next();
        }
        return record;
    }

    /** The message key of what is wrong with a row's shape, or null. */
    private static String shapeProblem(List<String> record) {
        if (record.size() != COLUMNS) {
            return "postal.row.columns";
        }
        if (!LOCAL_CODE_DIGITS.matcher(record.get(LOCAL_CODE)).matches()
                || !POSTAL_CODE_DIGITS.matcher(record.get(POSTAL_CODE)).matches()) {
            return "postal.row.code";
        }
        return null;
    }

    /** The prefecture of a row: its local government code's first two digits, which the name must match. */
    private static Optional<Prefecture> prefecture(List<String> record) {
        String code = record.get(LOCAL_CODE).substring(0, 2);
        return Prefecture.of(code).filter(p -> p.code().equals(code)).filter(p -> p.japanese()
                .equals(record.get(PREFECTURE).strip()));
    }

    /** A town as the file gives it, over one row or several. */
    private static final class Town {
        final long line;
        final List<String> first;
        String name;
        String kana;
        String lastKana;
        int rows = 1;

        Town(long line, List<String> first) {
            this.line = line;
            this.first = first;
            this.name = first.get(TOWN);
            this.kana = first.get(TOWN_KANA);
            this.lastKana = kana;
        }

        /** A row that goes on with this town: well-shaped, of the same city and code. */
        boolean continuedBy(List<String> record) {
            return shapeProblem(record) == null
                    && record.get(LOCAL_CODE).equals(first.get(LOCAL_CODE))
                    && record.get(POSTAL_CODE).equals(first.get(POSTAL_CODE));
        }

        void add(List<String> record) {
            name += record.get(TOWN);
            String rowKana = record.get(TOWN_KANA);
            if (!rowKana.equals(lastKana)) {
                kana += rowKana;
            }
            lastKana = rowKana;
            rows++;
        }
    }

    /** The areas and refusals so far. */
    private static final class Rows {
        final List<PostalArea> areas = new ArrayList<>();
        final Set<String> places = new HashSet<>();
        final List<Refusal> refusals = new ArrayList<>();
        long read;
        long refused;

        void refuse(long line, String messageKey, int count) {
            refused += count;
            if (refusals.size() < MAX_LISTED) {
                refusals.add(new Refusal(line, messageKey));
            }
        }

        void add(Town town) {
            List<String> row = town.first;
            Optional<Prefecture> prefecture = prefecture(row);
            if (prefecture.isEmpty()) {
                refuse(town.line, "postal.row.prefecture", town.rows);
                return;
            }
            if (row.get(UPDATE).strip().equals(ABOLISHED)) {
                refuse(town.line, "postal.row.abolished", town.rows);
                return;
            }
            String city = row.get(CITY).strip();
            String cityKana = TownNames.cityReading(row.get(CITY_KANA));
            if (city.isEmpty()
                    || !Limits.within(city, Limits.CITY_MAX)
                    || !Limits.within(cityKana, PostalArea.CITY_KANA_MAX)) {
                refuse(town.line, "postal.row.city", town.rows);
                return;
            }
            String name = TownNames.town(town.name);
            String kana = TownNames.reading(town.kana, name);
            if (!Limits.within(name, PostalArea.TOWN_MAX) || !Limits.within(kana, PostalArea.TOWN_KANA_MAX)) {
                refuse(town.line, "postal.row.town", town.rows);
                return;
            }
            String postalCode = row.get(POSTAL_CODE);
            if (places.add(postalCode + '\t' + prefecture.get().code() + '\t' + city + '\t' + name)) {
                areas.add(new PostalArea(postalCode, prefecture.get(), city, name, cityKana, kana));
            }
        }
    }
}
