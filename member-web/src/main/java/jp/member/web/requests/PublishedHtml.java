package jp.member.web.requests;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.ResourceBundle;
import jp.member.requests.boundary.PublishedView;
import jp.member.requests.rules.PublishedItem;

/**
 * The published matters as a standalone HTML page for the company's web site, in one language (an item without
 * English in Japanese): the title, the version and its day, then each item that has a text under its heading. Every
 * text is escaped; the page runs no script and loads nothing.
 */
final class PublishedHtml {

    private PublishedHtml() {}

    static String render(PublishedView view, ResourceBundle bundle, String language, LocalDate asOf) {
        String lang = "en".equals(language) ? "en" : "ja";
        String title = bundle.getString("published.title");
        StringBuilder html = new StringBuilder(4096)
                .append("<!DOCTYPE html>\n<html lang=\"")
                .append(lang)
                .append("\">\n<head>\n<meta charset=\"UTF-8\">\n<title>")
                .append(escape(title))
                .append("</title>\n<style>body{font-family:sans-serif;max-width:48em;margin:2em auto;")
                .append("padding:0 1em;line-height:1.7}h2{font-size:1.1em;border-bottom:1px solid #999}</style>\n")
                .append("</head>\n<body>\n<h1>")
                .append(escape(title))
                .append("</h1>\n<p>")
                .append(escape(new MessageFormat(bundle.getString("published.html.asOf"), bundle.getLocale())
                        .format(new Object[] {String.valueOf(view.version()), String.valueOf(asOf)})))
                .append("</p>\n");
        for (PublishedItem item : PublishedItem.values()) {
            String text = view.item(item).in(lang);
            if (text.isEmpty()) {
                continue;
            }
            html.append("<section>\n<h2>")
                    .append(escape(bundle.getString("published.item." + item.name())))
                    .append("</h2>\n<p>")
                    .append(escape(text).replace("\n", "<br>\n"))
                    .append("</p>\n</section>\n");
        }
        return html.append("</body>\n</html>\n").toString();
    }

    static String escape(String raw) {
        StringBuilder s = new StringBuilder(raw.length() + 16);
        raw.codePoints().forEach(c -> {
            switch (c) {
                case '<' -> s.append("&lt;");
                case '>' -> s.append("&gt;");
                case '&' -> s.append("&amp;");
                case '"' -> s.append("&quot;");
                case '\'' -> s.append("&#39;");
                default -> s.appendCodePoint(c);
            }
        });
        return s.toString();
    }
}
