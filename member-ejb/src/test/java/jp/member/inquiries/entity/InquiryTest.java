package jp.member.inquiries.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import jp.member.security.crypto.FieldCipher;
import jp.member.security.crypto.TestKeyRings;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class InquiryTest {

    private final Inquiry inquiry =
            new Inquiry("INQ-20261203-0001", "agent", InquiryChannel.PHONE, InquiryCategory.POINTS, Instant.EPOCH);

    @Test
    @DisplayName("the key that sealed the notes is kept beside them, read from the sealed form, and goes with them")
    void notesKeyFollowsTheNotes() {
        inquiry.keepNotes(new FieldCipher(TestKeyRings.of("k1")).seal("メモ", "inquiry_notes:INQ-20261203-0001"));
        assertThat(inquiry.getNotesKeyId()).isEqualTo("k1");

        inquiry.keepNotes(new FieldCipher(TestKeyRings.of("k2", "k1")).seal("メモ", "inquiry_notes:INQ-20261203-0001"));
        assertThat(inquiry.getNotesKeyId()).isEqualTo("k2");

        inquiry.keepNotes(null);
        assertThat(inquiry.getNotesKeyId()).isNull();
    }
}
