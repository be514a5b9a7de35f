package jp.member.members.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvReaderTest {

    @Test
    @DisplayName("plain records are split at commas and line ends")
    void plainRecords() throws IOException {
        List<List<String>> records = readAll("a,b,c\nd,e,f\n");

        assertThat(records).containsExactly(List.of("a", "b", "c"), List.of("d", "e", "f"));
    }

    @Test
    @DisplayName("a quoted field may contain a comma")
    void quotedComma() throws IOException {
        List<List<String>> records = readAll("\"千代田区,丸の内\",x\n");

        assertThat(records).containsExactly(List.of("千代田区,丸の内", "x"));
    }

    @Test
    @DisplayName("a doubled quote inside a quoted field is one quote")
    void doubledQuote() throws IOException {
        List<List<String>> records = readAll("\"say \"\"hi\"\"\",\"\"\"\"\n");

        assertThat(records).containsExactly(List.of("say \"hi\"", "\""));
    }

    @Test
    @DisplayName("CRLF and LF inside a quoted field are kept as they are")
    void lineBreaksInsideQuotes() throws IOException {
        List<List<String>> records = readAll("\"one\r\ntwo\",\"three\nfour\"\r\nnext,x\r\n");

        assertThat(records).containsExactly(List.of("one\r\ntwo", "three\nfour"), List.of("next", "x"));
    }

    @Test
    @DisplayName("empty fields are kept, including an empty last field")
    void emptyFields() throws IOException {
        List<List<String>> records = readAll("a,,c\na,b,\n,\n\"\",x\n");

        assertThat(records)
                .containsExactly(List.of("a", "", "c"), List.of("a", "b", ""), List.of("", ""), List.of("", "x"));
    }

    @Test
    @DisplayName("a trailing comma at the very end of input still gives an empty last field")
    void trailingCommaAtEndOfInput() throws IOException {
        List<List<String>> records = readAll("a,b,");

        assertThat(records).containsExactly(List.of("a", "b", ""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a,b\nc,d\n", "a,b\r\nc,d\r\n", "a,b\r\nc,d\n", "a,b\nc,d"})
    @DisplayName("records end with CRLF or LF; the last line end is optional")
    void lineEnds(String csv) throws IOException {
        List<List<String>> records = readAll(csv);

        assertThat(records).containsExactly(List.of("a", "b"), List.of("c", "d"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\n", "\r\n"})
    @DisplayName("recordLine is the line a record starts on, also after a record spanning three lines")
    void recordLine(String lineEnd) throws IOException {
        String csv = String.join(lineEnd, "h1,h2", "\"first", "second", "third\",x", "last,y", "");
        CsvReader reader = new CsvReader(new StringReader(csv));
        List<Long> lines = new ArrayList<>();

        while (reader.next() != null) {
            lines.add(reader.recordLine());
        }

        assertThat(lines).containsExactly(1L, 2L, 5L);
    }

    @Test
    @DisplayName("the end of input returns null, also when asked again")
    void endOfInput() throws IOException {
        CsvReader reader = new CsvReader(new StringReader("a\n"));

        assertThat(reader.next()).containsExactly("a");
        assertThat(reader.next()).isNull();
        assertThat(reader.next()).isNull();
    }

    @Test
    @DisplayName("empty input has no records")
    void emptyInput() throws IOException {
        assertThat(new CsvReader(new StringReader("")).next()).isNull();
    }

    @Test
    @DisplayName("an unterminated quote throws IOException naming the line the record started on")
    void unterminatedQuote() throws IOException {
        CsvReader reader = new CsvReader(new StringReader("a,b\n\"open,\nnever closed\n"));
        reader.next();

        assertThatThrownBy(reader::next).isInstanceOf(IOException.class).hasMessageContaining("line 2");
    }

    @Test
    @DisplayName("Japanese text, including a character outside the BMP, is read unchanged")
    void japaneseText() throws IOException {
        List<List<String>> records = readAll("山田　太郎,ヤマダ　タロウ,東京都\n𠮷田　花子,ﾖｼﾀﾞ ﾊﾅｺ,\"大阪府\"\n");

        assertThat(records).containsExactly(List.of("山田　太郎", "ヤマダ　タロウ", "東京都"), List.of("𠮷田　花子", "ﾖｼﾀﾞ ﾊﾅｺ", "大阪府"));
    }

    private static List<List<String>> readAll(String csv) throws IOException {
        CsvReader reader = new CsvReader(new StringReader(csv));
        List<List<String>> records = new ArrayList<>();
        List<String> record;
        while ((record = reader.next()) != null) {
            records.add(record);
        }
        return records;
    }

    @Test
    @DisplayName("text after a closing quote belongs to the field, as before the switch to Commons CSV")
    void textAfterClosingQuote() throws IOException {
        CsvReader reader = new CsvReader(new StringReader("\"03\"-1234,x\r\n"));

        assertThat(reader.next()).containsExactly("03-1234", "x");
    }

    @Test
    @DisplayName("a malformed record's message names its line and nothing of its content (it may be personal)")
    void malformedMessageHoldsNoContent() throws IOException {
        CsvReader reader = new CsvReader(new StringReader("a,b\n\"山田　太郎,090-1111-2222\n"));
        reader.next();

        assertThatThrownBy(reader::next)
                .isInstanceOf(IOException.class)
                .hasMessageContaining("line 2")
                .hasMessageNotContaining("山田")
                .hasMessageNotContaining("090")
                .hasNoCause();
    }
}
