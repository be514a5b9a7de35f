package jp.member.web.points;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import jp.member.points.entity.EntryType;

/** The history filter as the agent fills it in: entry types, and days from and to as typed (yyyy-mm-dd). */
public class HistoryCriteria implements Serializable {

    private static final long serialVersionUID = 1L;

    /**
     * Mutable on purpose: Faces fills a multiple-choice value by instantiating the class of the current value, which
     * an immutable list (List.of) does not allow — the filter then failed on every use.
     */
    private List<String> types = new ArrayList<>();

    private String from;
    private String to;

    /** The types ticked in the filter (submitted as names; anything else is ignored). */
    Set<EntryType> chosenTypes() {
        Set<EntryType> chosen = EnumSet.noneOf(EntryType.class);
        for (EntryType type : EntryType.values()) {
            if (types.contains(type.name())) {
                chosen.add(type);
            }
        }
        return chosen;
    }

    /** The first day, or null when none is given; throws when the text is not a day. */
    LocalDate fromDay() throws DateTimeParseException {
        return day(from);
    }

    /** The last day, or null when none is given; throws when the text is not a day. */
    LocalDate toDay() throws DateTimeParseException {
        return day(to);
    }

    private static LocalDate day(String text) {
        return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
    }

    public List<String> getTypes() {
        return types;
    }

    public void setTypes(List<String> types) {
        this.types = types == null ? new ArrayList<>() : new ArrayList<>(types);
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }
}
