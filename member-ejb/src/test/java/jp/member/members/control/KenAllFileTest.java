package jp.member.members.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import jp.member.members.entity.PostalArea;
import jp.member.shared.BusinessException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Japan Post's postal-code file with each of its quirks: a sample in the official format (Shift_JIS, CRLF, 15
 * columns) under test resources, and rows built here for the refusals.
 */
class KenAllFileTest {

    private static final String CHIYODA = row("13101", "1000001", "ﾁﾖﾀﾞｸ", "ﾁﾖﾀﾞ", "東京都", "千代田区", "千代田");

    @Test
    @DisplayName("the sample file: every quirk dealt with, each area in the file's order")
    void sample() {
        KenAllFile.Contents contents = read(resource());

        assertThat(contents.areas())
                .extracting(
                        PostalArea::getPostalCode,
                        a -> a.getPrefecture().japanese(),
                        PostalArea::getCity,
                        PostalArea::getTown)
                .containsExactly(
                        tuple("1000000", "東京都", "千代田区", ""),
                        tuple("1000001", "東京都", "千代田区", "千代田"),
                        tuple("1000005", "東京都", "千代田区", "丸の内"),
                        tuple("1006990", "東京都", "千代田区", "丸の内ＪＰタワー"),
                        tuple("0600042", "北海道", "札幌市中央区", "大通西"),
                        tuple("0660005", "北海道", "千歳市", "協和"),
                        tuple("0287913", "岩手県", "久慈市", "山根町端神"),
                        tuple("3060400", "茨城県", "猿島郡境町", ""),
                        tuple("5220341", "滋賀県", "犬上郡多賀町", "一円"),
                        tuple("3994511", "長野県", "上伊那郡奥山村", ""),
                        tuple("0493514", "北海道", "山越郡長万部町", "共立"),
                        tuple("0493514", "北海道", "山越郡長万部町", "大中"),
                        tuple("0493514", "北海道", "山越郡長万部町", "豊野"),
                        tuple("0600001", "北海道", "札幌市中央区", "北一条西"));
        assertThat(contents.rowsRead()).isEqualTo(18);
        assertThat(contents.rowsRefused()).isZero();
        assertThat(contents.refusals()).isEmpty();
        assertThat(contents.postalCodes()).isEqualTo(12);
    }

    @Test
    @DisplayName("readings become full-width katakana, without the remark, and empty where the town is")
    void readings() {
        KenAllFile.Contents contents = read(resource());

        assertThat(contents.areas())
                .extracting(PostalArea::getCityKana, PostalArea::getTownKana)
                .startsWith(
                        tuple("チヨダク", ""),
                        tuple("チヨダク", "チヨダ"),
                        tuple("チヨダク", "マルノウチ"),
                        tuple("チヨダク", "マルノウチジェイピータワー"),
                        tuple("サッポロシチュウオウク", "オオドオリニシ"),
                        tuple("チトセシ", "キョウワ"),
                        tuple("クジシ", "ヤマネチョウハシノカミ"));
    }

    @Test
    @DisplayName("a town over three rows is joined, reading too, before the remark is dropped")
    void townOverSeveralRows() {
        byte[] file = file(
                row("01224", "0660005", "ﾁﾄｾｼ", "ｷｮｳﾜ(88-2､271-10､343-2､404-1､427-", "北海道", "千歳市", "協和（８８－２、４２７－"),
                row("01224", "0660005", "ﾁﾄｾｼ", "3､431-12､443-6､608-2､641-8､814､842-", "北海道", "千歳市", "３、８４２－"),
                row("01224", "0660005", "ﾁﾄｾｼ", "5､1137-3､1392､1657､1752ﾊﾞﾝﾁ)", "北海道", "千歳市", "５、１７５２番地）"),
                CHIYODA);

        KenAllFile.Contents contents = read(file);

        assertThat(contents.areas())
                .extracting(PostalArea::getPostalCode, PostalArea::getTown, PostalArea::getTownKana)
                .containsExactly(tuple("0660005", "協和", "キョウワ"), tuple("1000001", "千代田", "チヨダ"));
        assertThat(contents.rowsRead()).isEqualTo(4);
    }

    @Test
    @DisplayName("rows that repeat the reading of a split town give it once")
    void repeatedReading() {
        byte[] file = file(
                row("03202", "0287913", "ｸｼﾞｼ", "ﾔﾏﾈﾁｮｳﾊｼﾉｶﾐ", "岩手県", "久慈市", "山根町端神（第１地割「１番地～"),
                row("03202", "0287913", "ｸｼﾞｼ", "ﾔﾏﾈﾁｮｳﾊｼﾉｶﾐ", "岩手県", "久慈市", "２０番地」を除く）"));

        assertThat(read(file).areas()).singleElement().satisfies(a -> {
            assertThat(a.getTown()).isEqualTo("山根町端神");
            assertThat(a.getTownKana()).isEqualTo("ヤマネチョウハシノカミ");
        });
    }

    @Test
    @DisplayName("「以下に掲載がない場合」, 「○○の次に番地がくる場合」 and 「○○一円」 give no town; a place called 一円 keeps it")
    void townsThatAreNoTowns() {
        assertThat(TownNames.town("以下に掲載がない場合")).isEmpty();
        assertThat(TownNames.town("境町の次に番地がくる場合")).isEmpty();
        assertThat(TownNames.town("奥山村一円")).isEmpty();
        assertThat(TownNames.town("一円")).isEqualTo("一円");
        assertThat(TownNames.reading("ｲｶﾆｹｲｻｲｶﾞﾅｲﾊﾞｱｲ", "")).isEmpty();
    }

    @Test
    @DisplayName("remarks in parentheses are dropped, nested ones and text after them too")
    void remarks() {
        assertThat(TownNames.town("丸の内（次のビルを除く）")).isEqualTo("丸の内");
        assertThat(TownNames.town("大通西（１～１９丁目）")).isEqualTo("大通西");
        assertThat(TownNames.town("西新宿新宿アイランドタワー（地階・階層不明）")).isEqualTo("西新宿新宿アイランドタワー");
        assertThat(TownNames.town("葛巻（第４０地割「５７番地（一部）を除く」～第４５地割）")).isEqualTo("葛巻");
        assertThat(TownNames.town("中央（その他）")).isEqualTo("中央");
        assertThat(TownNames.town(" 本町 ")).isEqualTo("本町");
        assertThat(TownNames.reading("ﾏﾙﾉｳﾁ(ﾂｷﾞﾉﾋﾞﾙｦﾉｿﾞｸ)", "丸の内")).isEqualTo("マルノウチ");
        assertThat(TownNames.continues("協和（８８－２、")).isTrue();
        assertThat(TownNames.continues("協和（８８－２）")).isFalse();
    }

    @Test
    @DisplayName("one postal code for several towns: every town, in the file's order; the same town twice is kept once")
    void severalTowns() {
        byte[] file = file(
                row("01345", "0493514", "", "ｷｮｳﾘﾂ", "北海道", "山越郡長万部町", "共立"),
                row("01345", "0493514", "", "ｵｵﾅｶ", "北海道", "山越郡長万部町", "大中"),
                row("01101", "0600001", "", "", "北海道", "札幌市中央区", "北一条西（１～１９丁目）"),
                row("01101", "0600001", "", "", "北海道", "札幌市中央区", "北一条西（２０丁目）"));

        KenAllFile.Contents contents = read(file);

        assertThat(contents.areas())
                .extracting(PostalArea::getPostalCode, PostalArea::getTown)
                .containsExactly(tuple("0493514", "共立"), tuple("0493514", "大中"), tuple("0600001", "北一条西"));
        assertThat(contents.postalCodes()).isEqualTo(2);
        assertThat(contents.rowsRead()).isEqualTo(4);
        assertThat(contents.rowsRefused()).isZero();
    }

    @Test
    @DisplayName("bad rows among good ones are refused with their line and reason; the good ones are kept")
    void badRows() {
        byte[] file = file(
                CHIYODA,
                "13101,\"100  \",\"1000002\",\"ﾄｳｷｮｳﾄ\",\"ﾁﾖﾀﾞｸ\",\"\",\"東京都\",\"千代田区\"",
                row("13101", "100-0003", "", "", "東京都", "千代田区", "一ツ橋"),
                row("13101", "1000004", "", "", "大阪府", "千代田区", "大手町"),
                row("13101", "1000005", "", "", "東京都", "", "丸の内"),
                row("13101", "1000006", "", "", "東京都", "千代田区", "有楽町".repeat(40)),
                row("13101", "1000011", "", "", "東京都", "千代田区", "内幸町").replace(",0,0,0,0,0,0", ",0,0,0,0,2,6"),
                row("13101", "1000012", "", "", "東京都", "千代田区", "日比谷公園"));

        KenAllFile.Contents contents = read(file);

        assertThat(contents.areas()).extracting(PostalArea::getPostalCode).containsExactly("1000001", "1000012");
        assertThat(contents.refusals())
                .containsExactly(
                        new KenAllFile.Refusal(2, "postal.row.columns"),
                        new KenAllFile.Refusal(3, "postal.row.code"),
                        new KenAllFile.Refusal(4, "postal.row.prefecture"),
                        new KenAllFile.Refusal(5, "postal.row.city"),
                        new KenAllFile.Refusal(6, "postal.row.town"),
                        new KenAllFile.Refusal(7, "postal.row.abolished"));
        assertThat(contents.rowsRead()).isEqualTo(8);
        assertThat(contents.rowsRefused()).isEqualTo(6);
    }

    @Test
    @DisplayName("a split town that never closes is refused at its first line, with all its rows")
    void unclosedTown() {
        byte[] file = file(
                row("01224", "0660005", "", "", "北海道", "千歳市", "協和（８８－２、"),
                row("01224", "0660005", "", "", "北海道", "千歳市", "３、４３１－１２、"),
                CHIYODA,
                row("01224", "0660006", "", "", "北海道", "千歳市", "蘭越（１～"));

        KenAllFile.Contents contents = read(file);

        assertThat(contents.areas()).extracting(PostalArea::getPostalCode).containsExactly("1000001");
        assertThat(contents.refusals())
                .containsExactly(
                        new KenAllFile.Refusal(1, "postal.row.unclosed"),
                        new KenAllFile.Refusal(4, "postal.row.unclosed"));
        assertThat(contents.rowsRefused()).isEqualTo(3);
    }

    @Test
    @DisplayName("Japan Post's ZIP with the CSV inside reads as the CSV does")
    void zip() throws IOException {
        byte[] csv = resource();

        KenAllFile.Contents fromZip = read(zipped("ken_all/KEN_ALL.CSV", csv));

        assertThat(fromZip.areas()).hasSameSizeAs(read(csv).areas());
        assertThat(fromZip.areas().get(1).getTown()).isEqualTo("千代田");
    }

    @Test
    @DisplayName("files that are not Japan Post's postal-code file are refused as a whole, each with its reason")
    void refusedFiles() throws IOException {
        byte[] utf8 = (CHIYODA + "\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] bom = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "13101,\"1000001\"\r\n".getBytes());
        byte[] notShiftJis = concat(file(CHIYODA), new byte[] {(byte) 0x81, (byte) 0x0A});
        byte[] memberCsv =
                "name_kanji,name_kana,birth_date\r\n山田　太郎,ヤマダ　タロウ,1980-01-01\r\n".getBytes(KenAllFile.CHARSET);
        byte[] brokenCsv = file(CHIYODA, "13101,\"100  \",\"1000002");

        assertRefused(null, "postal.file.missing");
        assertRefused(new byte[0], "postal.file.missing");
        assertRefused("\r\n\r\n".getBytes(StandardCharsets.US_ASCII), "postal.file.missing");
        assertRefused(utf8, "postal.file.encoding");
        assertRefused(bom, "postal.file.encoding");
        assertRefused(notShiftJis, "postal.file.encoding");
        assertRefused(memberCsv, "postal.file.format");
        assertRefused(brokenCsv, "postal.file.malformed");
        assertRefused(zipped("readme.txt", "x".getBytes(StandardCharsets.US_ASCII)), "postal.file.zip");
        assertRefused(concat(new byte[] {'P', 'K', 3, 4}, new byte[40]), "postal.file.zip");
    }

    @Test
    @DisplayName("a file whose first row is good but none is usable replaces nothing: refused")
    void noUsableRow() {
        byte[] file =
                file(row("13101", "1000011", "", "", "東京都", "千代田区", "内幸町").replace(",0,0,0,0,0,0", ",0,0,0,0,2,6"));

        assertRefused(file, "postal.file.noAreas");
    }

    @Test
    @DisplayName("a file larger than the limit is refused before it is read further")
    void tooLarge() {
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return ' ';
            }

            @Override
            public int read(byte[] b, int off, int len) {
                java.util.Arrays.fill(b, off, off + len, (byte) ' ');
                return len;
            }
        };

        assertThatThrownBy(() -> KenAllFile.read(endless)).isInstanceOfSatisfying(BusinessException.class, e -> {
            assertThat(e.messageKey()).isEqualTo("postal.file.tooLarge");
            assertThat(e.arguments()).containsExactly(KenAllFile.MAX_BYTES / (1024 * 1024));
        });
    }

    @Test
    @DisplayName("the refusals listed stop at the limit; the count does not")
    void refusalsCapped() {
        String[] rows = new String[KenAllFile.MAX_LISTED + 11];
        rows[0] = CHIYODA;
        for (int i = 1; i < rows.length; i++) {
            rows[i] = row("13101", "100000x", "", "", "東京都", "千代田区", "x");
        }

        KenAllFile.Contents contents = read(file(rows));

        assertThat(contents.refusals()).hasSize(KenAllFile.MAX_LISTED);
        assertThat(contents.rowsRefused()).isEqualTo(KenAllFile.MAX_LISTED + 10);
    }

    private static void assertRefused(byte[] file, String messageKey) {
        assertThatThrownBy(() -> KenAllFile.read(file == null ? null : new ByteArrayInputStream(file)))
                .as(messageKey)
                .isInstanceOfSatisfying(
                        BusinessException.class, e -> assertThat(e.messageKey()).isEqualTo(messageKey));
    }

    private static KenAllFile.Contents read(byte[] file) {
        return KenAllFile.read(new ByteArrayInputStream(file));
    }

    private static byte[] resource() {
        try (InputStream in = KenAllFileTest.class.getResourceAsStream("KEN_ALL-quirks.CSV")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A row in the file's format: names quoted, the old code from the new, the six flags 0. */
    private static String row(
            String localCode,
            String postalCode,
            String cityKana,
            String townKana,
            String prefecture,
            String city,
            String town) {
        return localCode + ",\"" + postalCode.substring(0, 3) + "  \",\"" + postalCode + "\",\"\",\"" + cityKana
                + "\",\"" + townKana + "\",\"" + prefecture + "\",\"" + city + "\",\"" + town + "\",0,0,0,0,0,0";
    }

    private static byte[] file(String... rows) {
        return (String.join("\r\n", rows) + "\r\n").getBytes(KenAllFile.CHARSET);
    }

    private static byte[] zipped(String name, byte[] content) throws IOException {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry(name));
            out.write(content);
            out.closeEntry();
        }
        return zip.toByteArray();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = new byte[a.length + b.length];
        System.arraycopy(a, 0, both, 0, a.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
