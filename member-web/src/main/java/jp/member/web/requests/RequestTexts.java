package jp.member.web.requests;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.text.MessageFormat;
import java.util.Collection;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import jp.member.members.entity.PersonalField;
import jp.member.requests.boundary.RequestSummary;
import jp.member.requests.rules.PackageSection;
import jp.member.requests.rules.RequestClock;
import jp.member.requests.rules.RequestKind;
import jp.member.web.shell.CodeLabels;
import jp.member.web.shell.Messages;

/**
 * How a request's codes read on a page, in the viewer's language: the kind with its article of the Act (開示（法第33条
 * 第1項）, Disclosure (Art. 33(1))), the days left to the reply, and sets of fields or reply sections as a list.
 */
@Named
@ApplicationScoped
public class RequestTexts {

    private static final Pattern ARTICLE = Pattern.compile("(\\d+)((?:\\(\\d+\\))*)");
    private static final Pattern PARAGRAPH = Pattern.compile("\\((\\d+)\\)");

    public String kind(RequestKind kind) {
        return kind == null ? "" : CodeLabels.of(Messages.bundle(), "request.kind.", kind.name());
    }

    /** The kind and, in brackets, its article: 「第三者提供記録の開示（法第33条第5項）」. */
    public String kindWithArticle(RequestKind kind) {
        if (kind == null) {
            return "";
        }
        ResourceBundle bundle = Messages.bundle();
        return CodeLabels.of(bundle, "request.kind.", kind.name()) + " (" + article(bundle, kind.article()) + ")";
    }

    /** An article as written in the rules ({@code 35(1)(5)}) in the bundle's words: 法第35条第1項・第5項, Art. 35(1)(5). */
    static String article(ResourceBundle bundle, String article) {
        Matcher whole = ARTICLE.matcher(article == null ? "" : article);
        if (!whole.matches()) {
            return article == null ? "" : article;
        }
        StringBuilder text = new StringBuilder(format(bundle, "request.article.law", whole.group(1)));
        Matcher paragraph = PARAGRAPH.matcher(whole.group(2));
        boolean first = true;
        while (paragraph.find()) {
            if (!first) {
                text.append(bundle.getString("request.article.and"));
            }
            text.append(format(bundle, "request.article.paragraph", paragraph.group(1)));
            first = false;
        }
        return text.toString();
    }

    /** Where the reply's due day stands: 「あと3日」, 「本日期限」, 「2日超過」; nothing once replied. */
    public String daysLeft(RequestSummary s) {
        if (s == null || s.clock() == RequestClock.State.DONE) {
            return "";
        }
        return daysLeft(Messages.bundle(), s.daysLeft());
    }

    static String daysLeft(ResourceBundle bundle, long left) {
        if (left == 0) {
            return bundle.getString("request.clock.dueToday");
        }
        return left > 0
                ? format(bundle, "request.clock.daysLeft", left)
                : format(bundle, "request.clock.daysOver", -left);
    }

    /** Personal fields by their member-page labels, as the viewer's language lists things. */
    public String fields(Collection<PersonalField> fields) {
        ResourceBundle bundle = Messages.bundle();
        return fields == null
                ? ""
                : fields.stream()
                        .map(f -> CodeLabels.of(bundle, "field.", f.property()))
                        .collect(Collectors.joining(bundle.getString("list.separator")));
    }

    /** Sections of the reply by their names. */
    public String sections(Collection<PackageSection> sections) {
        ResourceBundle bundle = Messages.bundle();
        return sections == null
                ? ""
                : sections.stream()
                        .map(s -> CodeLabels.of(bundle, "request.section.", s.name()))
                        .collect(Collectors.joining(bundle.getString("list.separator")));
    }

    private static String format(ResourceBundle bundle, String key, Object argument) {
        return new MessageFormat(bundle.getString(key), bundle.getLocale()).format(new Object[] {argument});
    }
}
