package jp.member.web.requests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import jp.member.requests.boundary.PublishedView;
import jp.member.requests.rules.PublishedItem;
import jp.member.web.Bundles;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PublishedHtmlTest {

    private static PublishedView view() {
        Map<PublishedItem, PublishedView.Text> items = new EnumMap<>(PublishedItem.class);
        items.put(PublishedItem.BUSINESS_NAME, new PublishedView.Text("株式会社<テスト>", "Test & Co."));
        items.put(PublishedItem.PURPOSES, new PublishedView.Text("1. ポイント\n2. ご案内", ""));
        items.put(PublishedItem.ACCREDITED_ORGANISATION, new PublishedView.Text("", ""));
        return new PublishedView(3, Instant.parse("2026-12-03T01:00:00Z"), "privacy", "更新", 500, items);
    }

    @Test
    @DisplayName("the web site's page in Japanese: title, version, each item with a text under its heading, escaped")
    void japanese() {
        String html = PublishedHtml.render(view(), Bundles.japanese(), "ja", LocalDate.of(2026, 12, 3));

        assertThat(html)
                .startsWith("<!DOCTYPE html>")
                .contains("<html lang=\"ja\">")
                .contains("<h1>個人情報の取扱いについて（公表事項）</h1>")
                .contains("第3版（2026-12-03）")
                .contains("<h2>事業者の名称</h2>\n<p>株式会社&lt;テスト&gt;</p>")
                .contains("1. ポイント<br>\n2. ご案内")
                .doesNotContain("認定個人情報保護団体")
                .doesNotContain("<script");
    }

    @Test
    @DisplayName("in English an item without English is given in Japanese")
    void english() {
        String html = PublishedHtml.render(view(), Bundles.english(), "en", LocalDate.of(2026, 12, 3));

        assertThat(html)
                .contains("<html lang=\"en\">")
                .contains("<h2>Business name</h2>\n<p>Test &amp; Co.</p>")
                .contains("<h2>Purposes of use</h2>\n<p>1. ポイント");
    }
}
