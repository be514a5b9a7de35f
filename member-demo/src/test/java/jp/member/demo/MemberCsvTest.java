package jp.member.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.time.LocalDate;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MemberCsvTest {

    private static final LocalDate REFERENCE = LocalDate.of(2025, 4, 1);
    private static final String BEFORE_BUILDING = "見本　花子,ミホン　ハナコ,1980-01-02,,1000001,13,千代田区,本町1丁目2-3,";
    private static final String AFTER_BUILDING = ",09000000000,sample@example.jp,2020-12-31,WEB,,1,0,0,1";

    /** A hand-made member whose only interesting value is the building; no generated data involved. */
    private static SyntheticMember withBuilding(String building) {
        return new SyntheticMember(
                "見本　花子",
                "ミホン　ハナコ",
                LocalDate.of(1980, 1, 2),
                null,
                "1000001",
                "13",
                "千代田区",
                "本町1丁目2-3",
                building,
                "09000000000",
                "sample@example.jp",
                LocalDate.of(2020, 12, 31),
                "WEB",
                null,
                true,
                false,
                false,
                true);
    }

    @Test
    @DisplayName("the first line is the header, in HEADER order, ended by CRLF")
    void headerMatches() throws Exception {
        StringWriter out = new StringWriter();

        MemberCsv.write(out, new SyntheticMembers(1, REFERENCE), 0);

        assertThat(out.toString()).isEqualTo(String.join(",", MemberCsv.HEADER) + "\r\n");
        assertThat(MemberCsv.HEADER).hasSize(18).startsWith("name_kanji").endsWith("consent_sms");
    }

    @Test
    @DisplayName("write puts the header and then one CRLF-ended row per member, in generator order")
    void writesHeaderThenRows() throws Exception {
        StringWriter out = new StringWriter();
        SyntheticMembers reference = new SyntheticMembers(7, REFERENCE);

        MemberCsv.write(out, new SyntheticMembers(7, REFERENCE), 5);

        String expected = String.join(",", MemberCsv.HEADER) + "\r\n"
                + LongStream.range(0, 5)
                        .mapToObj(i -> MemberCsv.row(reference.member(i)) + "\r\n")
                        .reduce("", String::concat);
        assertThat(out.toString().equals(expected))
                .as("written text equals header + rows")
                .isTrue();
    }

    @Test
    @DisplayName("null is an empty field, dates are ISO, booleans are 1/0")
    void plainValues() {
        String row = MemberCsv.row(withBuilding(null));

        assertThat(row).isEqualTo(BEFORE_BUILDING + AFTER_BUILDING);
    }

    static Stream<Arguments> awkwardValues() {
        return Stream.of(
                Arguments.of("メゾン桜 203", "メゾン桜 203"),
                Arguments.of("A棟, 2F", "\"A棟, 2F\""),
                Arguments.of("\"Sunny\" 101", "\"\"\"Sunny\"\" 101\""),
                Arguments.of("1行目\n2行目", "\"1行目\n2行目\""),
                Arguments.of("CR\rLF\r\n", "\"CR\rLF\r\n\""),
                Arguments.of("", ""));
    }

    @ParameterizedTest
    @MethodSource("awkwardValues")
    @DisplayName("a field with comma, quote, CR or LF is quoted with inner quotes doubled; others stay bare")
    void quoting(String building, String expectedField) {
        SyntheticMember member = withBuilding(building);

        String row = MemberCsv.row(member);

        assertThat(row).isEqualTo(BEFORE_BUILDING + expectedField + AFTER_BUILDING);
    }

    @Test
    @DisplayName("generated rows have 18 fields and need no quoting")
    void generatedRowsAreSimple() {
        SyntheticMembers generator = new SyntheticMembers(3, REFERENCE);

        long offending = LongStream.range(0, 20_000)
                .mapToObj(i -> MemberCsv.row(generator.member(i)))
                .filter(row -> row.split(",", -1).length != 18 || row.indexOf('"') >= 0 || row.indexOf('\n') >= 0)
                .count();

        assertThat(offending).isZero();
    }

    @Test
    @DisplayName("100,000 members are written as the header and 100,000 lines (a sanity check, not a timing)")
    void writesManyRows() throws Exception {
        LineCounter counter = new LineCounter();

        MemberCsv.write(counter, new SyntheticMembers(5, REFERENCE), 100_000);

        assertThat(counter.lines()).isEqualTo(100_001);
    }
}
