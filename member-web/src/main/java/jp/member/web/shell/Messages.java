package jp.member.web.shell;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import jp.member.shared.BusinessException;

/** Faces messages in the viewer's language, from the {@code msg} resource bundle. */
public final class Messages {

    private Messages() {}

    public static String text(String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
        try {
            String pattern = bundle.getString(key);
            return arguments.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(arguments);
        } catch (MissingResourceException e) {
            return bundle.getString("error.generic");
        }
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
        try {
            useCase.run();
            info(successKey);
            return true;
        } catch (BusinessException refused) {
            error(refused);
            return false;
        }
    }

    private static void add(FacesMessage.Severity severity, String key, Object... arguments) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text(key, arguments), null));
    }
}
