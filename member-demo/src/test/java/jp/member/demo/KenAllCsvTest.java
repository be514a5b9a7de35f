package jp.member.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.util.List;
import jp.member.members.control.KenAllFile;
import jp.member.members.entity.PostalArea;
import jp.member.members.validation.Prefecture;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class KenAllCsvTest {

    @Test
    @DisplayName("a row in the file's format: 15 columns, names quoted, CRLF, Shift_JIS (Windows-31J)")
    void format() {
        byte[] file = KenAllCsv.bytes(
                List.of(new KenAllCsv.Row("1000001", Prefecture.TOKYO, "千代田区", "千代田", "ﾁﾖﾀﾞｸ", "ﾁﾖﾀﾞ")));

        assertThat(new String(file, KenAllCsv.CHARSET))
                .isEqualTo("13000,\"100  \",\"1000001\",\"\",\"ﾁﾖﾀﾞｸ\",\"ﾁﾖﾀﾞ\",\"東京都\",\"千代田区\",\"千代田\","
                        + "0,0,0,0,0,0\r\n");
        // 東京 in two double-byte characters, ﾁﾖ in two single bytes
        assertThat(file)
                .containsSequence((byte) 0x93, (byte) 0x8C, (byte) 0x8B, (byte) 0x9E)
                .containsSequence((byte) 0xC1, (byte) 0xD6);
    }

    @Test
    @DisplayName("a code with several towns carries the file's flag for it on each of its rows")
    void severalTownsFlag() {
        byte[] file = KenAllCsv.bytes(List.of(
                KenAllCsv.Row.of("0493514", Prefecture.HOKKAIDO, "山越郡長万部町", "共立"),
                KenAllCsv.Row.of("0493514", Prefecture.HOKKAIDO, "山越郡長万部町", "大中"),
                KenAllCsv.Row.of("1000001", Prefecture.TOKYO, "千代田区", "千代田")));

        assertThat(new String(file, KenAllCsv.CHARSET).split("\r\n"))
                .extracting(line -> line.substring(line.length() - 11))
                .containsExactly("0,0,0,1,0,0", "0,0,0,1,0,0", "0,0,0,0,0,0");
    }

    @Test
    @DisplayName("the demo members' towns read through the import: each member's code gives their city and town")
    void demoMembersImport() {
        SyntheticMembers members = new SyntheticMembers(DemoMembers.SEED, DemoMembers.REFERENCE_DATE);

        KenAllFile.Contents contents = KenAllFile.read(
                new ByteArrayInputStream(KenAllCsv.bytes(KenAllCsv.ofMembers(members, DemoMembers.COUNT))));

        assertThat(contents.rowsRefused()).isZero();
        for (int i = 0; i < DemoMembers.COUNT; i++) {
            SyntheticMember m = members.member(i);
            assertThat(contents.areas())
                    .filteredOn(a -> a.getPostalCode().equals(m.postalCode()))
                    .extracting(
                            a -> a.getPrefecture().code(),
                            PostalArea::getCity,
                            a -> m.street().startsWith(a.getTown())
                                    && !a.getTown().isEmpty())
                    .contains(tuple(m.prefectureCode(), m.city(), true));
        }
    }
}
