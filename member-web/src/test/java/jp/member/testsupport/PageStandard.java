package jp.member.testsupport;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import jp.member.audit.entity.AccessPurpose;
import jp.member.audit.entity.AuditEventType;
import jp.member.exports.entity.ExportStatus;
import jp.member.exports.rules.ConsentBasis;
import jp.member.exports.rules.ExportColumn;
import jp.member.exports.rules.PurposeCategory;
import jp.member.exports.rules.RecipientKind;
import jp.member.members.boundary.RevealReason;
import jp.member.members.entity.Gender;
import jp.member.members.entity.MemberStatus;
import jp.member.members.entity.PersonalField;
import jp.member.members.rules.Rank;
import jp.member.monitoring.entity.Alert;
import jp.member.monitoring.rules.RuleCode;
import jp.member.points.control.Programme;
import jp.member.points.entity.AdjustmentRequest;
import jp.member.points.entity.EntryType;
import jp.member.staff.entity.SignInEvent;
import org.openqa.selenium.JavascriptExecutor;

/**
 * What every page must meet, measured in the browser as it shows the page (issue 13): no critical or serious axe-core
 * violation (colour contrast included), no horizontal scrolling at the call-centre screen's 1366×768, the menu on one
 * row, no button whose label breaks inside a word, no resource answered with an error, and — on Japanese pages — no
 * internal code or column name where a person expects a word.
 */
public final class PageStandard {

    /** The widest page a call-centre screen shows without scrolling sideways. */
    public static final int SCREEN_WIDTH = 1366;

    private static final Set<String> BLOCKING_IMPACTS = Set.of("critical", "serious");

    /**
     * The codes the application stores or sends that must never reach a Japanese page as they are: event types,
     * purposes, reasons, statuses, ranks, ledger entry types and till reasons, export columns, rule codes and sign-in
     * outcomes (as names and as the columns' lower-case names), and a character reference escaped once too often.
     */
    static final Set<String> CODES = codes();

    private static final Pattern LETTER_OR_DIGIT = Pattern.compile("[A-Za-z0-9_]");

    private PageStandard() {}

    /** Everything this page falls short in; empty when it meets the standard. */
    public static List<String> findings(Browser browser, boolean japanese) {
        List<String> findings = new ArrayList<>();
        findings.addAll(axeViolations(browser));
        findings.addAll(layout(browser));
        findings.addAll(failedResources(browser));
        if (japanese) {
            findings.addAll(untranslatedCodes(visibleText(browser)));
        }
        return findings;
    }

    /** Critical and serious axe-core violations, each with the selectors of the elements at fault. */
    public static List<String> axeViolations(Browser browser) {
        List<String> findings = new ArrayList<>();
        for (Rule rule : new AxeBuilder().analyze(browser.driver()).getViolations()) {
            if (!BLOCKING_IMPACTS.contains(rule.getImpact())) {
                continue;
            }
            List<String> targets = new ArrayList<>();
            for (CheckedNode node : rule.getNodes()) {
                targets.add(String.valueOf(node.getTarget()));
            }
            findings.add("axe " + rule.getId() + " (" + rule.getImpact() + ") at " + String.join(" ", targets));
        }
        return findings;
    }

    /**
     * Sideways scrolling, a menu on more than one row, and buttons whose label wraps (a label on one line has all
     * its characters on one line box).
     */
    @SuppressWarnings("unchecked")
    public static List<String> layout(Browser browser) {
        List<String> findings = new ArrayList<>();
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        long scrollWidth = ((Number) js.executeScript("return document.documentElement.scrollWidth;")).longValue();
        long clientWidth = ((Number) js.executeScript("return document.documentElement.clientWidth;")).longValue();
        if (scrollWidth > Math.min(clientWidth, SCREEN_WIDTH)) {
            findings.add("page " + scrollWidth + " px wide, scrolls sideways in " + clientWidth + " px");
        }
        Number menuRows = (Number) js.executeScript("""
                const items = Array.from(document.querySelectorAll('#shell\\\\:menu > ul > li'))
                  .filter(i => i.offsetParent !== null);
                return new Set(items.map(i => Math.round(i.getBoundingClientRect().top))).size;""");
        if (menuRows.longValue() > 1) {
            findings.add("menu on " + menuRows + " rows");
        }
        List<String> wrapped = (List<String>) js.executeScript("""
                const wrapped = [];
                for (const label of document.querySelectorAll('.ui-button .ui-button-text')) {
                  if (!label.offsetParent || !label.textContent.trim()) continue;
                  const range = document.createRange();
                  range.selectNodeContents(label);
                  const lines = new Set(Array.from(range.getClientRects(), r => Math.round(r.top)));
                  if (lines.size > 1) {
                    const button = label.closest('.ui-button');
                    wrapped.push((button.id ? '#' + button.id + ' ' : '') + label.textContent.trim());
                  }
                }
                return wrapped;""");
        for (String button : wrapped) {
            findings.add("button label wraps: " + button);
        }
        return findings;
    }

    /** Resources of the page (style sheets, scripts, images, fonts) the server answered with an error status. */
    @SuppressWarnings("unchecked")
    public static List<String> failedResources(Browser browser) {
        List<String> failed = (List<String>) ((JavascriptExecutor) browser.driver()).executeScript("""
                        return performance.getEntriesByType('resource')
                          .filter(r => r.responseStatus >= 400)
                          .map(r => r.responseStatus + ' ' + r.name);""");
        return failed.stream().map(f -> "resource failed: " + f).toList();
    }

    /**
     * Every resource the page names (style sheets, icons, scripts, images) and the icon a browser asks for when the
     * page names none ({@code /favicon.ico} at the server's root), fetched in the page's session: those answered
     * with an error. Unlike {@link #failedResources}, this does not depend on when the browser gets round to them.
     */
    @SuppressWarnings("unchecked")
    public static List<String> unreachableResources(Browser browser) {
        List<String> failed = (List<String>) ((JavascriptExecutor) browser.driver()).executeAsyncScript("""
                        const done = arguments[arguments.length - 1];
                        const urls = Array.from(document.querySelectorAll('link[href]'), l => l.href)
                          .concat(Array.from(document.querySelectorAll('script[src], img[src]'), e => e.src));
                        if (!document.querySelector('link[rel~="icon"]')) {
                          urls.push(new URL('/favicon.ico', location.href).href);
                        }
                        Promise.all(urls.map(u => fetch(u, {credentials: 'same-origin'})
                            .then(r => r.ok ? null : r.status + ' ' + u, e => 'unreachable ' + u)))
                          .then(results => done(results.filter(r => r !== null)));""");
        return failed.stream().map(f -> "resource failed: " + f).toList();
    }

    /** The known codes found as words of the text. */
    public static List<String> untranslatedCodes(String text) {
        List<String> found = new ArrayList<>();
        for (String code : CODES) {
            int at = text.indexOf(code);
            while (at >= 0) {
                if (standsAlone(text, at, code.length())) {
                    found.add("untranslated code: " + code);
                    break;
                }
                at = text.indexOf(code, at + 1);
            }
        }
        return found;
    }

    private static boolean standsAlone(String text, int at, int length) {
        boolean before =
                at > 0 && LETTER_OR_DIGIT.matcher(text.substring(at - 1, at)).matches();
        int end = at + length;
        boolean after = end < text.length()
                && LETTER_OR_DIGIT.matcher(text.substring(end, end + 1)).matches();
        return !before && !after;
    }

    /** The text a person sees (not hidden elements, not attribute values). */
    public static String visibleText(Browser browser) {
        return (String) ((JavascriptExecutor) browser.driver()).executeScript("return document.body.innerText;");
    }

    private static Set<String> codes() {
        Set<String> codes = new LinkedHashSet<>();
        Stream.of(
                        AuditEventType.values(),
                        AccessPurpose.values(),
                        RevealReason.values(),
                        MemberStatus.values(),
                        Gender.values(),
                        EntryType.values(),
                        ExportStatus.values(),
                        ExportColumn.values(),
                        PurposeCategory.values(),
                        RecipientKind.values(),
                        ConsentBasis.values(),
                        RuleCode.values(),
                        Alert.Status.values(),
                        AdjustmentRequest.Status.values(),
                        SignInEvent.Outcome.values(),
                        PersonalField.values())
                .flatMap(Stream::of)
                .forEach(code -> codes.add(code.name()));
        for (PersonalField field : PersonalField.values()) {
            codes.add(field.column());
            codes.add(field.property());
        }
        for (ExportColumn column : ExportColumn.values()) {
            codes.add(column.key());
        }
        for (Rank rank : Programme.RANKS) {
            codes.add(rank.code());
        }
        // The till's reasons for an earn and a redemption, and an HTML entity shown as text.
        codes.addAll(List.of("purchase", "redemption", "&nbsp;"));
        return codes;
    }
}
