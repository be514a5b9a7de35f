package jp.member.web.incidents;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Collectors;
import jp.member.incidents.boundary.BaseExposure;
import jp.member.incidents.boundary.IncidentNotices;
import jp.member.incidents.boundary.IncidentView;
import jp.member.incidents.entity.Containment;
import jp.member.incidents.rules.CauseCategory;
import jp.member.incidents.rules.IncidentClock;
import jp.member.incidents.rules.IncidentKind;
import jp.member.incidents.rules.JnsaModel.ResponseRating;
import jp.member.incidents.rules.Malice;
import jp.member.incidents.rules.ReportItem;
import jp.member.incidents.rules.ScopeSpec;
import jp.member.shared.BusinessTime;
import jp.member.web.shell.CodeLabels;
import jp.member.web.shell.Formats;
import jp.member.web.shell.Messages;

/**
 * How an incident's codes read on a page, in the viewer's language: the data items by the export columns' names, the
 * scope as it was described, the days left to a deadline, a notice as the call centre tells it; and the choices the
 * incident forms offer.
 */
@Named
@ApplicationScoped
public class IncidentTexts {

    /** The items a list of member numbers may have held: every personal item, the card number, balance, history. */
    private static final List<String> LIST_ITEMS;

    static {
        Set<String> items = new LinkedHashSet<>(BaseExposure.ITEMS);
        items.add("points_balance");
        LIST_ITEMS = List.copyOf(items);
    }

    @Inject
    BusinessTime time;

    @Inject
    Formats fmt;

    /** A data item: by its export column's name, else its own label, else as stored (a custom field's key). */
    public String item(String key) {
        return item(Messages.bundle(), key);
    }

    static String item(ResourceBundle bundle, String key) {
        if (key == null) {
            return "";
        }
        String column = "export.column." + key.toUpperCase(Locale.ROOT);
        return bundle.containsKey(column) ? bundle.getString(column) : CodeLabels.of(bundle, "incident.item.", key);
    }

    /** Items, each by its name, as the viewer's language lists things. */
    public String items(List<String> keys) {
        ResourceBundle bundle = Messages.bundle();
        return keys == null
                ? ""
                : keys.stream()
                        .map(k -> item(bundle, k))
                        .collect(Collectors.joining(bundle.getString("list.separator")));
    }

    /**
     * A scope as it was described ({@code STAFF actors=a,b from=… to=…}), in words: the kind, then each part by its
     * label. A part this release does not know is shown as stored.
     */
    public String scope(String spec) {
        if (spec == null || spec.isBlank()) {
            return "";
        }
        ResourceBundle bundle = Messages.bundle();
        String separator = bundle.getString("list.separator");
        String[] parts = spec.strip().split(" ");
        List<String> words = new ArrayList<>();
        words.add(CodeLabels.of(bundle, "incident.scope.kind.", parts[0]));
        for (String part : Arrays.asList(parts).subList(1, parts.length)) {
            int eq = part.indexOf('=');
            if (eq < 0) {
                words.add(part);
                continue;
            }
            String name = part.substring(0, eq);
            String value = part.substring(eq + 1);
            String shown =
                    switch (name) {
                        case "from", "to" -> moment(value);
                        case "accesses" ->
                            Arrays.stream(value.split(","))
                                    .map(a -> CodeLabels.of(bundle, "incident.access.", a))
                                    .collect(Collectors.joining(separator));
                        case "items" ->
                            Arrays.stream(value.split(","))
                                    .map(i -> item(bundle, i))
                                    .collect(Collectors.joining(separator));
                        case "actors" -> value.replace(",", separator);
                        default -> value;
                    };
            words.add(CodeLabels.of(bundle, "incident.scope.part.", name) + ": " + shown);
        }
        return String.join(" / ", words);
    }

    private String moment(String value) {
        try {
            return fmt.dateTime(Instant.parse(value));
        } catch (DateTimeParseException e) {
            return value;
        }
    }

    /**
     * A timeline step's detail in words: the boundary writes it for the trail (an action and its target, a report's
     * stage, a count), so the codes in it are put in the viewer's language here; anything else is shown as written.
     */
    public String timeline(IncidentView.TimelineView t) {
        String d = t.detail();
        if (d == null || d.isBlank()) {
            return "";
        }
        ResourceBundle bundle = Messages.bundle();
        return switch (t.kind()) {
            case CONTAINED, CONTAINMENT_LIFTED -> {
                int space = d.indexOf(' ');
                int colon = d.indexOf(':');
                int end = space >= 0 && (colon < 0 || space < colon) ? space : colon;
                yield end < 0 ? d : CodeLabels.of(bundle, "incident.action.", d.substring(0, end)) + d.substring(end);
            }
            case REPORT_SAVED, REPORT_SENT -> CodeLabels.of(bundle, "incident.stage.", d);
            case OPENED -> d.startsWith("alert:") ? Messages.text("incident.timeline.fromAlert", d.substring(6)) : d;
            case ASSESSED -> assessed(d);
            case NOTICE_LIST_PREPARED ->
                d.startsWith("list:") ? Messages.text("incident.timeline.list", d.substring(5)) : d;
            case NOTICES_RECORDED -> {
                int space = d.indexOf(' ');
                yield space < 0
                        ? d
                        : CodeLabels.of(bundle, "incident.method.", d.substring(0, space)) + d.substring(space);
            }
            case SCOPED -> {
                int arrow = d.indexOf(" → ");
                yield arrow < 0 ? scope(d) : scope(d.substring(0, arrow)) + d.substring(arrow);
            }
            default -> d;
        };
    }

    private static String assessed(String d) {
        if (d.equals("confirmed")) {
            return Messages.text("incident.timeline.confirmed");
        }
        if (d.startsWith("reportable: ")) {
            return Messages.text("incident.decision.REPORTABLE") + ": " + d.substring("reportable: ".length());
        }
        if (d.startsWith("not reportable: ")) {
            return Messages.text("incident.decision.NOT_REPORTABLE") + ": " + d.substring("not reportable: ".length());
        }
        return d;
    }

    /** Where a due date stands today: 「あと3日」, 「本日期限」, 「2日超過」. */
    public String daysLeft(LocalDate dueOn) {
        if (dueOn == null) {
            return "";
        }
        long left = IncidentClock.daysLeft(time.today(), dueOn);
        if (left == 0) {
            return Messages.text("incident.clock.dueToday");
        }
        return left > 0
                ? Messages.text("incident.clock.daysLeft", left)
                : Messages.text("incident.clock.daysOver", -left);
    }

    /** A day written out in the viewer's language: 2026年12月3日, 3 Dec 2026. */
    public String longDate(LocalDate day) {
        if (day == null) {
            return "";
        }
        ResourceBundle bundle = Messages.bundle();
        return DateTimeFormatter.ofPattern(bundle.getString("incident.date.pattern"), bundle.getLocale())
                .format(day);
    }

    /** 「この会員には、事案 INC-2026-0001「…」の通知を 2026年12月3日 に郵送しました。」 */
    public String memberNotice(IncidentNotices.MemberNotice n) {
        return Messages.text(
                "incident.memberNotice." + n.method().name(),
                n.incidentRef(),
                n.incidentTitle(),
                longDate(n.notifiedOn()));
    }

    public IncidentKind[] getKinds() {
        return IncidentKind.values();
    }

    public CauseCategory[] getCauses() {
        return CauseCategory.values();
    }

    public List<CauseCategory> getChecklistCauses() {
        return CauseCategory.withChecklist();
    }

    public Malice[] getMalices() {
        return Malice.values();
    }

    public ResponseRating[] getRatings() {
        return ResponseRating.values();
    }

    public Containment.Action[] getActions() {
        return Containment.Action.values();
    }

    public ScopeSpec.Kind[] getScopeKinds() {
        return ScopeSpec.Kind.values();
    }

    public ScopeSpec.Access[] getAccesses() {
        return ScopeSpec.Access.values();
    }

    public IncidentNotices.Method[] getMethods() {
        return IncidentNotices.Method.values();
    }

    /** The items of the notice to the members (Rule 10): 1, 2, 4, 5, 9. */
    public List<ReportItem> getNoticeItems() {
        return ReportItem.forNotice();
    }

    public List<String> getListItems() {
        return LIST_ITEMS;
    }
}
