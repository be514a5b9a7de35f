package jp.member.requests.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.util.Map;
import jp.member.requests.rules.PublishedItem;

/** A version of the published matters (Art. 32): each item in Japanese and English, and the fee. */
public record PublishedView(
        int version,
        Instant createdAt,
        String createdBy,
        String changeNote,
        long feeYen,
        Map<PublishedItem, Text> items)
        implements Serializable {

    /** One item's text in both languages. */
    public record Text(String ja, String en) implements Serializable {

        public Text {
            ja = ja == null ? "" : ja.strip();
            en = en == null ? "" : en.strip();
        }

        /** The text in {@code language}, Japanese when the English is missing. */
        public String in(String language) {
            return "en".equals(language) && !en.isEmpty() ? en : ja;
        }
    }

    public Text item(PublishedItem item) {
        return items.getOrDefault(item, new Text("", ""));
    }
}
