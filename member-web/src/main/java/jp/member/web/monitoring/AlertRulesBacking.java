package jp.member.web.monitoring;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import jp.member.monitoring.boundary.AlertRules;
import jp.member.monitoring.rules.RuleSettings;
import jp.member.web.shell.Messages;

/** The alert rules' settings as an editable table; each row is saved on its own. */
@Named
@ViewScoped
public class AlertRulesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AlertRules rules;

    private List<Row> rows;

    /** One editable rule. */
    public static final class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private final RuleSettings original;
        private boolean enabled;
        private int threshold;
        private int windowMinutes;
        private int startHour;
        private int endHour;
        private boolean autoSuspend;

        Row(RuleSettings s) {
            original = s;
            enabled = s.enabled();
            threshold = s.threshold();
            windowMinutes = s.windowMinutes();
            startHour = s.startHour();
            endHour = s.endHour();
            autoSuspend = s.autoSuspend();
        }

        public String getCode() {
            return original.code().name();
        }

        RuleSettings edited() {
            return new RuleSettings(
                    original.code(), enabled, threshold, windowMinutes, startHour, endHour, autoSuspend);
        }

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        public int getThreshold() {
            return threshold;
        }

        public void setThreshold(int threshold) {
            this.threshold = threshold;
        }

        public int getWindowMinutes() {
            return windowMinutes;
        }

        public void setWindowMinutes(int windowMinutes) {
            this.windowMinutes = windowMinutes;
        }

        public int getStartHour() {
            return startHour;
        }

        public void setStartHour(int startHour) {
            this.startHour = startHour;
        }

        public int getEndHour() {
            return endHour;
        }

        public void setEndHour(int endHour) {
            this.endHour = endHour;
        }

        public boolean isAutoSuspend() {
            return autoSuspend;
        }

        public void setAutoSuspend(boolean autoSuspend) {
            this.autoSuspend = autoSuspend;
        }
    }

    public void save(Row row) {
        try {
            RuleSettings edited = row.edited();
            if (Messages.attempt(() -> rules.change(edited), "alert.rule.saved")) {
                rows = null;
            }
        } catch (IllegalArgumentException outOfRange) {
            Messages.error("alert.rule.invalid");
        }
    }

    public List<Row> getRows() {
        if (rows == null) {
            rows = new ArrayList<>(rules.list().stream().map(Row::new).toList());
        }
        return rows;
    }
}
