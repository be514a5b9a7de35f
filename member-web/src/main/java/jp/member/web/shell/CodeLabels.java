package jp.member.web.shell;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import jp.member.members.rules.Rank;

/**
 * A code as people read it, in the viewer's language: the bundle's text under the code's key ({@code rank.GOLD} is
 * ゴールド), or the code itself where the bundle has none — a rank the programme added after this release, say, is
 * shown as its code rather than as an error.
 */
@Named("labels")
@ApplicationScoped
public class CodeLabels {

    /** A member's rank ({@code rank.*}). */
    public String rank(Rank rank) {
        return rank == null ? "" : of(Messages.bundle(), "rank.", rank.code());
    }

    /** The text under {@code prefix + code}, with the arguments put in; the code itself when there is none. */
    public static String of(ResourceBundle bundle, String prefix, String code, Object... arguments) {
        if (code == null || code.isEmpty()) {
            return "";
        }
        String key = prefix + code;
        if (!bundle.containsKey(key)) {
            return code;
        }
        String pattern = bundle.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(arguments);
    }
}
