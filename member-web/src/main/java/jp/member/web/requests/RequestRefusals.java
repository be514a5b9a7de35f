package jp.member.web.requests;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.Arrays;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.UnaryOperator;
import jp.member.members.entity.PersonalField;
import jp.member.requests.rules.PublishedItem;
import jp.member.shared.BusinessException;
import jp.member.shared.InvalidInputException;
import jp.member.shared.Violation;
import jp.member.web.shell.CodeLabels;
import jp.member.web.shell.Messages;

/**
 * Runs a request use case and shows its outcome: the success message, or each refused field next to its input and at
 * the top with the field's name. The request forms name fields the shared {@code field.*} labels do not know (the
 * kind, the requester, a published item), so their names are looked up here: a member's field by its member-page
 * label, a published item by its heading, anything else under {@code request.field.*}.
 */
final class RequestRefusals {

    private RequestRefusals() {}

    /** True when the use case succeeded; on a refusal nothing was changed (the transaction rolled back). */
    static boolean attempt(String idPrefix, Runnable useCase, String successKey) {
        return attempt(field -> idPrefix == null ? null : idPrefix + field, useCase, successKey);
    }

    /** As {@link #attempt(String, Runnable, String)}, with the client id of each refused field given by a rule. */
    static boolean attempt(UnaryOperator<String> clientIdOf, Runnable useCase, String successKey) {
        try {
            useCase.run();
            if (successKey != null) {
                Messages.info(successKey);
            }
            return true;
        } catch (InvalidInputException refused) {
            for (Violation v : refused.violations()) {
                field(clientIdOf.apply(v.field()), v.field(), v.messageKey());
            }
            return false;
        } catch (BusinessException refused) {
            Messages.error(refused);
            return false;
        }
    }

    /** A refused field: next to its input (when it has a client id) and at the top, named unless the text names it. */
    static void field(String clientId, String field, String messageKey) {
        String text = Messages.text(messageKey);
        String label = label(Messages.bundle(), field);
        boolean named = text.toLowerCase(Locale.ROOT).contains(label.toLowerCase(Locale.ROOT));
        FacesContext.getCurrentInstance()
                .addMessage(
                        clientId,
                        new FacesMessage(FacesMessage.SEVERITY_ERROR, named ? text : label + ": " + text, null));
    }

    /** The name of a refused field in the bundle's language; the field as named when there is no label. */
    static String label(ResourceBundle bundle, String field) {
        for (PersonalField personal : PersonalField.values()) {
            if (personal.property().equals(field)) {
                return CodeLabels.of(bundle, "field.", field);
            }
        }
        if (Arrays.stream(PublishedItem.values()).anyMatch(item -> item.name().equals(field))) {
            return CodeLabels.of(bundle, "published.item.", field);
        }
        return CodeLabels.of(bundle, "request.field.", field);
    }
}
