package jp.member.requests.control;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The reply as a printable HTML document, written as it goes (a long history never sits in memory): headings,
 * paragraphs, definition lists and tables, every value escaped. Texts come from the reply bundle in the language the
 * member chose ({@code jp.member.requests.reply}, Japanese and English).
 */
final class ReplyDocument {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Writer out;
    private final ResourceBundle texts;
    private final ZoneId zone;
    private final String language;

    ReplyDocument(Writer out, String language, ZoneId zone) {
        this.out = out;
        this.language = "en".equals(language) ? "en" : "ja";
        this.texts = ResourceBundle.getBundle("jp.member.requests.reply", Locale.forLanguageTag(this.language));
        this.zone = zone;
    }

    String language() {
        return language;
    }

    /** The text for {@code key}, with {0}… filled in (escaped when written). */
    String text(String key, Object... args) {
        String pattern;
        try {
            pattern = texts.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return args.length == 0 ? pattern : java.text.MessageFormat.format(pattern.replace("'", "''"), args);
    }

    /** The text for {@code key}, or {@code fallback} when the bundle has none (a rank the programme added). */
    String textOr(String key, String fallback) {
        return texts.containsKey(key) ? texts.getString(key) : fallback;
    }

    /** The label of an enum value ({@code prefix.NAME}). */
    String label(String prefix, Enum<?> value) {
        return value == null ? "—" : text(prefix + "." + value.name());
    }

    void begin(String title) throws IOException {
        out.write("<!DOCTYPE html>\n<html lang=\"" + language + "\"><head><meta charset=\"UTF-8\"><title>");
        out.write(escape(title));
        out.write("</title><style>body{font-family:sans-serif;max-width:48em;margin:2em auto;line-height:1.6}"
                + "table{border-collapse:collapse;width:100%;margin:.5em 0 1.5em}th,td{border:1px solid #888;"
                + "padding:.2em .4em;text-align:left;vertical-align:top}dt{font-weight:bold}dd{margin:0 0 .5em 1em}"
                + "section{page-break-inside:auto}h2{border-bottom:2px solid #333;margin-top:2em}"
                + ".address{margin-bottom:2em}.right{text-align:right}@media print{body{margin:0}}</style>"
                + "</head><body>\n");
    }

    void end() throws IOException {
        out.write("</body></html>\n");
    }

    void heading(int level, String text) throws IOException {
        out.write("<h" + level + ">" + escape(text) + "</h" + level + ">\n");
    }

    void paragraph(String text) throws IOException {
        out.write("<p>" + escape(text).replace("\n", "<br>") + "</p>\n");
    }

    void paragraph(String cssClass, String text) throws IOException {
        out.write("<p class=\"" + cssClass + "\">" + escape(text).replace("\n", "<br>") + "</p>\n");
    }

    void definitions(List<String[]> pairs) throws IOException {
        out.write("<dl>");
        for (String[] pair : pairs) {
            out.write("<dt>" + escape(pair[0]) + "</dt><dd>"
                    + escape(orDash(pair[1])).replace("\n", "<br>") + "</dd>");
        }
        out.write("</dl>\n");
    }

    void tableHead(String... headers) throws IOException {
        out.write("<table><thead><tr>");
        for (String h : headers) {
            out.write("<th scope=\"col\">" + escape(h) + "</th>");
        }
        out.write("</tr></thead><tbody>\n");
    }

    void row(Object... cells) throws IOException {
        out.write("<tr>");
        for (Object cell : cells) {
            out.write("<td>"
                    + escape(orDash(cell == null ? null : cell.toString())).replace("\n", "<br>") + "</td>");
        }
        out.write("</tr>\n");
    }

    void tableEnd() throws IOException {
        out.write("</tbody></table>\n");
    }

    String date(LocalDate day) {
        return day == null ? "—" : DATE.format(day);
    }

    String time(Instant at) {
        return at == null ? "—" : TIME.format(at.atZone(zone));
    }

    static String orDash(String value) {
        return value == null || value.isBlank() ? "—" : value;
    }

    static String escape(String raw) {
        if (raw == null) {
            return "";
        }
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
