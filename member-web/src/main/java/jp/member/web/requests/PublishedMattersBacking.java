package jp.member.web.requests;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import jp.member.requests.boundary.PublishedMatters;
import jp.member.requests.boundary.PublishedView;
import jp.member.requests.rules.PublishedItem;
import jp.member.shared.BusinessTime;
import jp.member.web.shell.LocaleBacking;
import jp.member.web.shell.Messages;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * The published matters in force (Art. 32), for every member of staff, in the language of the page (an item without
 * English in Japanese) — what an agent reads out when a member asks — and the same as an HTML file for the company's
 * web site.
 */
@Named
@ViewScoped
public class PublishedMattersBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PublishedMatters published;

    @Inject
    LocaleBacking locale;

    @Inject
    BusinessTime time;

    private PublishedView current;

    public PublishedView getCurrent() {
        if (current == null) {
            current = published.current();
        }
        return current;
    }

    /** The items that have a text, in the order they are published. */
    public List<PublishedItem> getItems() {
        return Arrays.stream(PublishedItem.values())
                .filter(item -> !getCurrent().item(item).ja().isEmpty())
                .toList();
    }

    /** The item in the page's language. */
    public String text(PublishedItem item) {
        return getCurrent().item(item).in(locale.getLanguage());
    }

    /** The page as a standalone HTML file in the page's language. */
    public StreamedContent download() {
        String language = locale.getLanguage();
        byte[] html = PublishedHtml.render(
                        getCurrent(),
                        Messages.bundle(),
                        language,
                        time.dateOf(getCurrent().createdAt()))
                .getBytes(StandardCharsets.UTF_8);
        return DefaultStreamedContent.builder()
                .name("published-matters-v" + getCurrent().version() + "-" + language + ".html")
                .contentType("text/html; charset=UTF-8")
                .contentLength((long) html.length)
                .stream(() -> new ByteArrayInputStream(html))
                .build();
    }
}
