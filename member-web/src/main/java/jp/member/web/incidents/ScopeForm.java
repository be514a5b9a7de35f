package jp.member.web.incidents;

import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import jp.member.incidents.rules.ScopeSpec;

/**
 * A scope as the officer describes it ({@code #{scopeBacking.form.kind}}): the kind, then what that kind needs —
 * accounts or clients and a period, an export, a period and kinds of access, or member numbers one a line with the
 * items the list held. Fields the kind does not use are left out of the description.
 */
public class ScopeForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A period's day or time could not be read. */
    static final class Unreadable extends Exception {
        private static final long serialVersionUID = 1L;
        private final String field;

        Unreadable(String field) {
            this.field = field;
        }

        String field() {
            return field;
        }
    }

    private ScopeSpec.Kind kind = ScopeSpec.Kind.STAFF;
    private List<String> staff = new ArrayList<>();
    private List<String> clients = new ArrayList<>();
    private String fromDay;
    private String fromTime;
    private String toDay;
    private String toTime;
    private String exportRef;
    private List<String> accesses = new ArrayList<>();
    private String memberNumbers;
    private List<String> items = new ArrayList<>();

    ScopeSpec toSpec(ZoneId zone) throws Unreadable {
        Instant from = moment(fromDay, fromTime, zone, "from");
        Instant to = moment(toDay, toTime, zone, "to");
        if (kind == null) {
            return new ScopeSpec(null, null, null, null, null, null, null, null);
        }
        return switch (kind) {
            case STAFF -> ScopeSpec.staff(staff, from, to);
            case API_CLIENT -> ScopeSpec.apiClient(clients, from, to);
            case EXPORT -> ScopeSpec.export(exportRef);
            case PERIOD -> ScopeSpec.period(from, to, chosenAccesses());
            case MEMBER_LIST -> ScopeSpec.memberList(numbers(), Set.copyOf(items));
        };
    }

    private Set<ScopeSpec.Access> chosenAccesses() {
        Set<ScopeSpec.Access> chosen = EnumSet.noneOf(ScopeSpec.Access.class);
        for (ScopeSpec.Access access : ScopeSpec.Access.values()) {
            if (accesses.contains(access.name())) {
                chosen.add(access);
            }
        }
        return chosen;
    }

    /** One number a line; spaces and hyphens as printed on a card are the boundary's to read. */
    private List<String> numbers() {
        if (memberNumbers == null) {
            return List.of();
        }
        return Arrays.stream(memberNumbers.split("\\R"))
                .map(String::strip)
                .filter(n -> !n.isEmpty())
                .toList();
    }

    private static Instant moment(String day, String time, ZoneId zone, String field) throws Unreadable {
        try {
            return DateTimeText.moment(day, time, zone).orElse(null);
        } catch (DateTimeText.Unreadable e) {
            throw new Unreadable(field);
        }
    }

    public ScopeSpec.Kind getKind() {
        return kind;
    }

    public void setKind(ScopeSpec.Kind kind) {
        this.kind = kind;
    }

    /** Mutable: Faces fills a multiple choice by instantiating the class of the current value. */
    public List<String> getStaff() {
        return staff;
    }

    public void setStaff(List<String> staff) {
        this.staff = staff == null ? new ArrayList<>() : new ArrayList<>(staff);
    }

    public List<String> getClients() {
        return clients;
    }

    public void setClients(List<String> clients) {
        this.clients = clients == null ? new ArrayList<>() : new ArrayList<>(clients);
    }

    public String getFromDay() {
        return fromDay;
    }

    public void setFromDay(String fromDay) {
        this.fromDay = fromDay;
    }

    public String getFromTime() {
        return fromTime;
    }

    public void setFromTime(String fromTime) {
        this.fromTime = fromTime;
    }

    public String getToDay() {
        return toDay;
    }

    public void setToDay(String toDay) {
        this.toDay = toDay;
    }

    public String getToTime() {
        return toTime;
    }

    public void setToTime(String toTime) {
        this.toTime = toTime;
    }

    public String getExportRef() {
        return exportRef;
    }

    public void setExportRef(String exportRef) {
        this.exportRef = exportRef;
    }

    public List<String> getAccesses() {
        return accesses;
    }

    public void setAccesses(List<String> accesses) {
        this.accesses = accesses == null ? new ArrayList<>() : new ArrayList<>(accesses);
    }

    public String getMemberNumbers() {
        return memberNumbers;
    }

    public void setMemberNumbers(String memberNumbers) {
        this.memberNumbers = memberNumbers;
    }

    public List<String> getItems() {
        return items;
    }

    public void setItems(List<String> items) {
        this.items = items == null ? new ArrayList<>() : new ArrayList<>(items);
    }
}
