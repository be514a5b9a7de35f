package jp.member.web.shell;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import jp.member.shared.BusinessException;
import jp.member.shared.InvalidInputException;
import jp.member.shared.Violation;

/** Faces messages in the viewer's language, from the {@code msg} resource bundle. */
public final class Messages {

    /** The {@code msg} bundle of faces-config.xml. */
    private static final String BUNDLE = "jp.member.web.i18n.messages";

    private Messages() {}

    public static String text(String key, Object... arguments) {
        ResourceBundle bundle = bundle();
        try {
            String pattern = bundle.getString(key);
            return arguments.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(arguments);
        } catch (MissingResourceException e) {
            return bundle.getString("error.generic");
        }
    }

    /**
     * The bundle in the viewer's chosen language. Not the view root's: during a GET's view action (a page refusing
     * to open) the view's locale is not applied yet and would follow the browser's Accept-Language instead.
     */
    public static ResourceBundle bundle() {
        Locale locale = CDI.current().select(LocaleBacking.class).get().getLocale();
        return ResourceBundle.getBundle(BUNDLE, locale, Thread.currentThread().getContextClassLoader());
    }

    public static void info(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_INFO, key, arguments);
    }

    public static void error(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_ERROR, key, arguments);
    }

    /** The refusal as the person should read it; the transaction was already rolled back. */
    public static void error(BusinessException refusal) {
        add(
                FacesMessage.SEVERITY_ERROR,
                refusal.messageKey(),
                refusal.arguments().toArray());
    }

    /**
     * Runs a use case and reports its outcome as a message: the success key, or the refusal in the viewer's
     * language. True when it succeeded.
     */
    public static boolean attempt(Runnable useCase, String successKey) {
        return attempt(null, useCase, successKey);
    }

    /**
     * As {@link #attempt(Runnable, String)} for a dialog: a refusal counts as failed validation, so the dialog stays
     * open with the message in it instead of closing over it.
     */
    public static boolean attemptInDialog(Runnable useCase, String successKey) {
        boolean done = attempt(null, useCase, successKey);
        if (!done) {
            FacesContext.getCurrentInstance().validationFailed();
        }
        return done;
    }

    /** As {@link #attempt(Runnable, String)}, with field refusals shown next to the inputs of the given form. */
    public static boolean attempt(String formId, Runnable useCase, String successKey) {
        try {
            useCase.run();
            info(successKey);
            return true;
        } catch (InvalidInputException refused) {
            violations(formId, refused);
            return false;
        } catch (BusinessException refused) {
            error(refused);
            return false;
        }
    }

    /**
     * Field-level refusals: each message is attached to its input ({@code formId:field}) when a form is given, and
     * listed at the top in any case.
     */
    public static void violations(String formId, InvalidInputException refused) {
        FacesContext faces = FacesContext.getCurrentInstance();
        for (Violation v : refused.violations()) {
            FacesMessage message = new FacesMessage(
                    FacesMessage.SEVERITY_ERROR, withLabel(text("field." + v.field()), text(v.messageKey())), null);
            faces.addMessage(formId == null ? null : formId + ":" + v.field(), message);
        }
    }

    /**
     * The field's label before the message, so a message at the top of the page says which field it is about —
     * unless the message names the field already (「郵便番号は7桁の数字です」 needs no 「郵便番号: 」 in front).
     */
    static String withLabel(String label, String message) {
        boolean named = message.toLowerCase(Locale.ROOT).contains(label.toLowerCase(Locale.ROOT));
        return named ? message : label + ": " + message;
    }

    /** An error already in the viewer's language (composed from several keys). */
    public static void errorText(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    /** Keeps this request's messages for the page a redirect leads to. */
    public static void keepForNextPage() {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }

    private static void add(FacesMessage.Severity severity, String key, Object... arguments) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text(key, arguments), null));
    }
}
