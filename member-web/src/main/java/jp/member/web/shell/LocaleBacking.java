package jp.member.web.shell;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;

/** The language of the UI: Japanese unless the person switches to English. */
@Named
@SessionScoped
public class LocaleBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    private Locale locale = Locale.JAPANESE;

    public Locale getLocale() {
        return locale;
    }

    public String getLanguage() {
        return locale.getLanguage();
    }

    public boolean isJapanese() {
        return Locale.JAPANESE.equals(locale);
    }

    /** Switches between Japanese and English and shows the same page again. */
    public void toggle() {
        locale = isJapanese() ? Locale.ENGLISH : Locale.JAPANESE;
        FacesContext.getCurrentInstance().getViewRoot().setLocale(locale);
    }
}
