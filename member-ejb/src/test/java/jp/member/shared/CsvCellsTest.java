package jp.member.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CsvCellsTest {

    @Test
    @DisplayName("cells starting with = + - @ are neutralised with an apostrophe (and quoted when needed)")
    void formulaNeutralised() {
        assertThat(CsvCells.cell("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(CsvCells.cell("+81 3 1234")).isEqualTo("'+81 3 1234");
        assertThat(CsvCells.cell("-2+3")).isEqualTo("'-2+3");
        assertThat(CsvCells.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvCells.cell("=1+1")).isEqualTo("'=1+1");
    }

    @Test
    @DisplayName("a leading tab, CR or NUL is neutralised too; plain numbers, also negative, stay numbers")
    void tabsAndNumbers() {
        assertThat(CsvCells.cell("\tcmd")).isEqualTo("'\tcmd");
        assertThat(CsvCells.cell("\0=1+1")).as("a leading NUL (ASVS 1.2.10)").isEqualTo("'\0=1+1");
        assertThat(CsvCells.cell("\r=1")).isEqualTo("\"'\r=1\"");
        assertThat(CsvCells.cell("-120")).isEqualTo("-120");
        assertThat(CsvCells.cell("-1.5")).isEqualTo("-1.5");
        assertThat(CsvCells.cell("42")).isEqualTo("42");
    }

    @Test
    @DisplayName("Japanese text passes unchanged; commas, quotes and line breaks are quoted per RFC 4180")
    void quoting() {
        assertThat(CsvCells.cell("山田 太郎")).isEqualTo("山田 太郎");
        assertThat(CsvCells.cell("東京都,千代田区")).isEqualTo("\"東京都,千代田区\"");
        assertThat(CsvCells.cell("「引用」\"です\"")).isEqualTo("\"「引用」\"\"です\"\"\"");
        assertThat(CsvCells.cell("一行目\r\n二行目")).isEqualTo("\"一行目\r\n二行目\"");
        assertThat(CsvCells.cell("=式\n改行")).isEqualTo("\"'=式\n改行\"");
    }

    @Test
    @DisplayName("the full-width ＝ ＋ － ＠ that Japanese Excel also takes for a formula are neutralised")
    void fullWidthFormula() {
        assertThat(CsvCells.cell("＝HYPERLINK(\"http://x\")")).isEqualTo("\"'＝HYPERLINK(\"\"http://x\"\")\"");
        assertThat(CsvCells.cell("＋１")).isEqualTo("'＋１");
        assertThat(CsvCells.cell("－１")).isEqualTo("'－１");
        assertThat(CsvCells.cell("＠ＳＵＭ")).isEqualTo("'＠ＳＵＭ");
        assertThat(CsvCells.cell("東京＝大阪")).isEqualTo("東京＝大阪");
    }

    @Test
    @DisplayName("a line joins the cells with commas; null and empty are empty cells")
    void line() {
        assertThat(CsvCells.line("a", null, "", "=b", "c,d")).isEqualTo("a,,,'=b,\"c,d\"");
    }
}
