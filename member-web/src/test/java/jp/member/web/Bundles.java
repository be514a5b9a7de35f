package jp.member.web;

import java.util.Locale;
import java.util.ResourceBundle;

/** The pages' message bundle in each language, as the running application reads it (no fallback between them). */
public final class Bundles {

    private static final String BASE = "jp.member.web.i18n.messages";

    private Bundles() {}

    public static ResourceBundle japanese() {
        return of(Locale.JAPANESE);
    }

    public static ResourceBundle english() {
        return of(Locale.ENGLISH);
    }

    private static ResourceBundle of(Locale locale) {
        return ResourceBundle.getBundle(
                BASE, locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
