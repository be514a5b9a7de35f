package jp.member.web.points;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import jp.member.web.shell.Formats;

/**
 * How a programme setting's stored value reads: rates as percentages (0.015 → 1.5%), yen as {@code ¥1,234}, points
 * with {@code pt}. The value is stored and edited as the rules read it; this is what it means to the person.
 */
@Named
@ApplicationScoped
public class SettingTexts {

    @Inject
    Formats fmt;

    /** The value as people read it; a value of no known kind, or not a number, as it is stored. */
    public String value(String name, String value) {
        String meaning = meaning(name, value);
        return meaning.isEmpty() && value != null ? value : meaning;
    }

    /**
     * What a rate, yen or point value means ({@code 0.015} → {@code 1.5%}), shown next to the stored value; empty for
     * a setting that is no number (the expiry rule) or a value that does not parse.
     */
    public String meaning(String name, String value) {
        if (name == null || value == null) {
            return "";
        }
        try {
            if (name.startsWith("earn.rate.") || name.equals("expected.redemption.rate")) {
                return fmt.percent(new BigDecimal(value));
            }
            if (name.startsWith("rank.threshold.") || name.equals("point.value.yen")) {
                return fmt.yen(new BigDecimal(value));
            }
            if (name.equals("adjustment.approval.threshold")) {
                return fmt.points(new BigDecimal(value));
            }
            return "";
        } catch (NumberFormatException storedAsText) {
            return "";
        }
    }
}
