package jp.member.members.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressTest {

    @ParameterizedTest
    @CsvSource(
            delimiterString = "=>",
            quoteCharacter = '"',
            value = {
                "sato.taro@example.jp => sato.taro@example.jp",
                "Sato.Taro@Example.JP => sato.taro@example.jp",
                "ｓａｔｏ＠ｅｘａｍｐｌｅ．ｊｐ => sato@example.jp",
                "sato＠example.jp => sato@example.jp",
                "a@b.co => a@b.co",
                "user+tag@mail.example.co.jp => user+tag@mail.example.co.jp",
                "o'brien@example.com => o'brien@example.com",
                "x!#$%&*/=?^_`{|}~-y@example.com => x!#$%&*/=?^_`{|}~-y@example.com",
                "first_last@sub-domain.example.org => first_last@sub-domain.example.org",
                "123@456.example.jp => 123@456.example.jp",
                "a.b.c@x-1.example.jp => a.b.c@x-1.example.jp",
                "sato－taro@example.jp => sato-taro@example.jp",
                "satoーtaro@example.jp => sato-taro@example.jp",
                "sato@sub‐domain.example.jp => sato@sub-domain.example.jp",
                "sato@example。jp => sato@example.jp",
                "sato。taro@example｡jp => sato.taro@example.jp",
                "ｓａｔｏ＿ｔａｒｏ＠ｅｘａｍｐｌｅ。ｃｏ。ｊｐ => sato_taro@example.co.jp"
            })
    @DisplayName("valid addresses are folded from full width and lower-cased")
    void accepted(String input, String expected) {
        assertThat(EmailAddress.normalize(input)).contains(expected);
    }

    @Test
    @DisplayName("spaces around the address, ASCII or ideographic, are trimmed")
    void trimmed() {
        assertThat(EmailAddress.normalize(" \u3000sato@example.jp\t\u3000 ")).contains("sato@example.jp");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(
            strings = {
                "sato",
                "sato@",
                "@example.jp",
                "sato@@example.jp",
                "sa@to@example.jp",
                "sato@localhost",
                "sato@example",
                "sato@example.j",
                "sato@example.123",
                "sato@example.j2",
                ".sato@example.jp",
                "sato.@example.jp",
                "sa..to@example.jp",
                "sa to@example.jp",
                "sato@exa mple.jp",
                "\"sato\"@example.jp",
                "sato(comment)@example.jp",
                "sato@[192.168.0.1]",
                "sato@-example.jp",
                "sato@example-.jp",
                "sato@example..jp",
                "sato@.example.jp",
                "sato@example.jp.",
                "sato@exam_ple.jp",
                "佐藤@example.jp",
                "sato@例え.jp",
                "sató@example.jp"
            })
    @DisplayName(
            "no @, two @, no dot in the domain, short or numeric TLD, misplaced dots or hyphens, quoted or non-ASCII local parts are refused")
    void refused(String input) {
        assertThat(EmailAddress.normalize(input)).isEmpty();
    }

    @Test
    @DisplayName("a local part of 64 characters is accepted, 65 is refused")
    void localPartLength() {
        String domain = "@example.jp";

        assertThat(EmailAddress.normalize("a".repeat(64) + domain)).isPresent();
        assertThat(EmailAddress.normalize("a".repeat(65) + domain)).isEmpty();
    }

    @Test
    @DisplayName("an address of 254 characters is accepted, 255 is refused")
    void totalLength() {
        String local = "a".repeat(64) + "@";
        String labels = "b".repeat(63) + "." + "c".repeat(63) + ".";
        String exactly254 = local + labels + "d".repeat(254 - local.length() - labels.length() - 3) + ".jp";
        String exactly255 = local + labels + "d".repeat(255 - local.length() - labels.length() - 3) + ".jp";

        assertThat(exactly254).hasSize(254);
        assertThat(exactly255).hasSize(255);
        assertThat(EmailAddress.normalize(exactly254)).contains(exactly254);
        assertThat(EmailAddress.normalize(exactly255)).isEmpty();
    }

    @Test
    @DisplayName("a domain label of 63 characters is accepted, 64 is refused (the DNS limit)")
    void labelLength() {
        assertThat(EmailAddress.normalize("sato@" + "a".repeat(63) + ".jp")).isPresent();
        assertThat(EmailAddress.normalize("sato@" + "a".repeat(64) + ".jp")).isEmpty();
    }

    @Test
    @DisplayName("the stored form normalises to itself")
    void idempotent() {
        String once = EmailAddress.normalize(" Sato.Taro@Example.JP ").orElseThrow();

        assertThat(EmailAddress.normalize(once)).contains(once);
    }
}
