package jp.member.web.incidents;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.Locale;
import jp.member.incidents.rules.CauseCategory;
import jp.member.incidents.rules.ReportItem;
import jp.member.shared.BusinessException;
import jp.member.shared.InvalidInputException;
import jp.member.shared.Violation;
import jp.member.web.shell.Messages;

/**
 * Runs an incident use case and shows its outcome: the success message, or each refused field next to its input
 * (client id: a prefix such as {@code facts:} or {@code incident:tabs:scope-}, then the field) and at the top with
 * the field's name. The incident forms name fields the shared {@code field.*}
 * labels do not know — a contact's row, a checklist's cause, a report item — so their labels are composed here.
 */
final class IncidentRefusals {

    private IncidentRefusals() {}

    /** True when the use case succeeded; on a refusal nothing was changed (the transaction rolled back). */
    static boolean attempt(String idPrefix, Runnable useCase, String successKey) {
        try {
            useCase.run();
            if (successKey != null) {
                Messages.info(successKey);
            }
            return true;
        } catch (InvalidInputException refused) {
            show(idPrefix, refused);
            return false;
        } catch (BusinessException refused) {
            Messages.error(refused);
            return false;
        }
    }

    /** As {@link #attempt}, for a dialog: a refusal keeps it open with the message in it. */
    static boolean attemptInDialog(String idPrefix, Runnable useCase, String successKey) {
        boolean done = attempt(idPrefix, useCase, successKey);
        if (!done) {
            FacesContext.getCurrentInstance().validationFailed();
        }
        return done;
    }

    /** A refused field: next to its input ({@code idPrefix + field}) when it has one, and at the top in any case. */
    static void field(String idPrefix, String field, String messageKey) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String text = Messages.text(messageKey);
        String label = label(field);
        boolean named = text.toLowerCase(Locale.ROOT).contains(label.toLowerCase(Locale.ROOT));
        FacesMessage message = new FacesMessage(FacesMessage.SEVERITY_ERROR, named ? text : label + ": " + text, null);
        boolean simple = field.matches("[A-Za-z0-9]+");
        faces.addMessage(idPrefix != null && simple ? idPrefix + field : null, message);
    }

    static void show(String idPrefix, InvalidInputException refused) {
        for (Violation v : refused.violations()) {
            field(idPrefix, v.field(), v.messageKey());
        }
    }

    /** The name of a refused field in the viewer's language. */
    static String label(String field) {
        String[] parts = field.split("\\.");
        if (parts[0].equals("contact") && parts.length > 1 && parts[1].matches("[0-9]+")) {
            return Messages.text("procedure.contact.row", Integer.parseInt(parts[1]) + 1);
        }
        if (parts[0].equals("checklist") && parts.length > 1) {
            return Messages.text("procedure.checklist") + " ("
                    + Messages.text(
                            "incident.cause." + CauseCategory.valueOf(parts[1]).name()) + ")";
        }
        if (field.matches("item[1-9]")) {
            ReportItem item = ReportItem.ofNumber(Integer.parseInt(field.substring(4)));
            return item.number() + ". " + item.japaneseTitle();
        }
        return Messages.text("incident.field." + field);
    }
}
