package jp.member.staff.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TotpTest {

    private static final byte[] SHA1_SEED = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SHA256_SEED = "12345678901234567890123456789012".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SHA512_SEED =
            "1234567890123456789012345678901234567890123456789012345678901234".getBytes(StandardCharsets.US_ASCII);

    @ParameterizedTest(name = "T = {0}")
    @CsvSource({
        "59, 94287082, 46119246, 90693936",
        "1111111109, 07081804, 68084774, 25091201",
        "1111111111, 14050471, 67062674, 99943326",
        "1234567890, 89005924, 91819424, 93441116",
        "2000000000, 69279037, 90698825, 38618901",
        "20000000000, 65353130, 77737706, 47863826"
    })
    @DisplayName("RFC 6238 Appendix B test vectors, 8 digits, SHA-1 / SHA-256 / SHA-512")
    void rfc6238Vectors(long time, String sha1, String sha256, String sha512) {
        long step = Totp.step(Instant.ofEpochSecond(time));

        assertThat(Totp.code(SHA1_SEED, step, 8, "HmacSHA1")).isEqualTo(sha1);
        assertThat(Totp.code(SHA256_SEED, step, 8, "HmacSHA256")).isEqualTo(sha256);
        assertThat(Totp.code(SHA512_SEED, step, 8, "HmacSHA512")).isEqualTo(sha512);
    }

    @Test
    @DisplayName("six digits: the last six of the RFC vector; accepted one step either side, not two")
    void sixDigitsAndDrift() {
        Instant now = Instant.ofEpochSecond(1111111111);
        long step = Totp.step(now);
        String code = Totp.code(SHA1_SEED, step);

        assertThat(code).isEqualTo("050471");
        assertThat(Totp.verify(SHA1_SEED, code, now, 0)).hasValue(step);
        assertThat(Totp.verify(SHA1_SEED, "050 471", now.plusSeconds(30), 0)).hasValue(step);
        assertThat(Totp.verify(SHA1_SEED, code, now.minusSeconds(30), 0)).hasValue(step);
        assertThat(Totp.verify(SHA1_SEED, code, now.plusSeconds(60), 0)).isEmpty();
    }

    @Test
    @DisplayName("a code is refused once its step was used (no replay); malformed codes are refused")
    void replayAndMalformed() {
        Instant now = Instant.ofEpochSecond(2000000000);
        long step = Totp.step(now);
        String code = Totp.code(SHA1_SEED, step);

        assertThat(Totp.verify(SHA1_SEED, code, now, step)).isEmpty();
        assertThat(Totp.verify(SHA1_SEED, code, now, step - 1)).hasValue(step);
        for (String bad : new String[] {null, "", "12345", "1234567", "abcdef", "12345a"}) {
            assertThat(Totp.verify(SHA1_SEED, bad, now, 0)).isEmpty();
        }
    }

    @Test
    @DisplayName("base32 as RFC 4648 spells it (no padding)")
    void base32() {
        assertThat(Totp.base32("foobar".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MZXW6YTBOI");
        assertThat(Totp.base32("f".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MY");
        assertThat(Totp.base32(SHA1_SEED)).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
        assertThat(Totp.fromBase32("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ")).isEqualTo(SHA1_SEED);
        assertThat(Totp.fromBase32(Totp.base32(new byte[] {1, 2, 3, (byte) 0xff, 9})))
                .containsExactly(1, 2, 3, (byte) 0xff, 9);
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException().isThrownBy(() -> Totp.fromBase32("a1"));
    }
}
